import ArgumentParser
import FactDiff
import Foundation

/// Output formats of `check`.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
  case text, line, json, markdown, sarif, github, html
}

/// Threshold for a failing exit status.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
  case error, warning, info, never

  var severity: Severity? {
    switch self {
    case .error: return .error
    case .warning: return .warning
    case .info: return .info
    case .never: return nil
    }
  }
}

/// `factdiff check`: extract, align and report discrepancies.
struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Find the facts that reports of one event disagree on.",
    discussion: """
      Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on a usage, input or configuration error.
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: "Output format: \(CheckFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: CheckFormat = .text

  @Option(name: .long, help: "Write the report to a file instead of standard output.")
  var output: String?

  @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1: error, warning, info, never.")
  var failOn: FailOn = .warning

  func validate() throws { try input.validatePaths() }

  func run() async throws {
    let result = await Pipeline.run(
      paths: input.paths, options: PipelineOptions(read: input.readOptions), stdin: readStandardInput)
    let report = result.report
    reportInputErrors(report.errors)
    let text: String
    switch format {
    case .json: text = JSONPrinter.check(report)
    default: text = LinePrinter.render(report)
    }
    try emit(text, to: output)
    if !report.errors.isEmpty { throw ExitCode(2) }
    if let threshold = failOn.severity, report.findings.contains(where: { $0.severity >= threshold }) {
      throw ExitCode(1)
    }
  }
}
