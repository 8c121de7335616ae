import ArgumentParser
import FactDiff
import Foundation

enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// `factdiff extract`: print the facts found in each report.
struct ExtractCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract", abstract: "Print the facts found in each report, with their positions.")

  @OptionGroup var input: InputOptions
  @OptionGroup var config: ConfigOptions

  @Option(name: .long, help: "Output format: text or json.")
  var format: ExtractFormat = .text

  @Option(name: .long, help: "Write to a file instead of standard output.")
  var output: String?

  func validate() throws { try input.validatePaths() }

  func run() async throws {
    let configuration = try config.load()
    let options = configuration.pipelineOptions(read: input.readOptions(configuration))
    let limit = options.read.maxBytes
    let result = await Pipeline.run(
      paths: input.paths, options: options, checks: false, factsOnly: true,
      stdin: { readStandardInput(upTo: limit) })
    let report = result.report
    reportInputErrors(report.errors)
    // Written as it is made: the text of a large run's facts is never held whole.
    try emit(to: output) { write in
      if format == .json {
        JSONPrinter.extract(report, write: write)
      } else {
        FactTextPrinter.render(report, write: write)
      }
    }
    if !report.errors.isEmpty { throw ExitCode(2) }
  }
}
