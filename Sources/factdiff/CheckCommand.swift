import ArgumentParser
import FactDiff
import Foundation

extension ReportFormat: ExpressibleByArgument {}
extension FailThreshold: ExpressibleByArgument {}
extension ColorMode: ExpressibleByArgument {}

/// `factdiff check`: extract, align and report discrepancies.
struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Find the facts that reports of one event disagree on.",
    discussion: """
      Exit status: 0 when no finding reaches --fail-on (and the warnings stay within --max-warnings), 1 when one \
      does, 2 on a usage, input, configuration or baseline error. The exit status never depends on --format.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var config: ConfigOptions

  @Option(name: .long, help: "Output format.")
  var format: ReportFormat = .text

  @Option(name: .long, help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
  var output: String?

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp(
      "Lowest severity that makes the exit status 1 (default: warning, or fail-on in .factdiff.yml).",
      valueName: "severity"))
  var failOn: FailThreshold?

  @Option(
    name: .customLong("max-warnings"),
    help: ArgumentHelp(
      "Exit with status 1 when there are more than n warnings, whatever --fail-on says.", valueName: "n"))
  var maxWarnings: Int?

  @Option(name: .long, help: "Colour in the text format: auto is a terminal without NO_COLOR.")
  var color: ColorMode = .auto

  @Option(name: .long, help: ArgumentHelp("Hide the findings recorded in this baseline file.", valueName: "file"))
  var baseline: String?

  @Option(
    name: .customLong("write-baseline"),
    help: ArgumentHelp(
      "Record the current findings in this file; the exit status is then 0 unless a report could not be read.",
      valueName: "file"))
  var writeBaseline: String?

  func validate() throws {
    try input.validatePaths()
    if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
  }

  func run() async throws {
    let configuration = try config.load()
    let known = try baseline.map(readBaseline)
    var options = configuration.pipelineOptions(read: input.readOptions(configuration))
    // A large run's texts wait in a temporary file while the checks do not read them (the HTML format prints them).
    if format != .html { options.textsAsideOver = CheckCommand.textsAsideOver }
    let limit = options.read.maxBytes
    let result = await Pipeline.run(
      paths: input.paths, options: options, stdin: { readStandardInput(upTo: limit) })
    var report = result.report
    reportInputErrors(report.errors)
    if let writeBaseline {
      let recorded = Baseline(findings: report.findings)
      try write(recorded.json(), to: writeBaseline, what: "baseline")
      note("wrote \(recorded.entries.count) finding\(recorded.entries.count == 1 ? "" : "s") to \(writeBaseline)")
    }
    if let known, let baseline {
      report = known.apply(to: report)
      if let hidden = report.baselineHidden, hidden > 0, !format.isForPeople {
        note("\(hidden) finding\(hidden == 1 ? "" : "s") hidden by the baseline \(baseline)")
      }
    }
    let colored = color.enabled(
      outputIsTerminal: (output == nil || output == "-") && isatty(STDOUT_FILENO) != 0,
      environment: ProcessInfo.processInfo.environment)
    // The sources' texts only for the HTML report (a list of every report's source is 20 MB in a large run).
    let rendering = RenderOptions(
      color: colored, sources: format == .html ? result.documents.map(\.source) : [],
      utcOffsets: format == .html ? ClockOffsets.of(result) : [:])
    // Written as it is made (the text and JSON formats): a large run's report is never held whole.
    try emit(to: output) { write in ReportRenderer.render(report, as: format, options: rendering, write: write) }
    let policy = ExitPolicy(failOn: (failOn ?? configuration.failOn ?? .warning).severity, maxWarnings: maxWarnings)
    var status = policy.status(report)
    if writeBaseline != nil && status == 1 { status = 0 }
    if status != 0 { throw ExitCode(status) }
  }

  /// The total size of the reports' texts past which a run sets them aside (`PipelineOptions.textsAsideOver`):
  /// below it they cost little memory, and a CI run of a few reports makes no temporary file.
  static let textsAsideOver = 32 << 20

  /// The baseline file, or exit status 2 with `path:line:col: error: …`.
  func readBaseline(_ path: String) throws -> Baseline {
    guard let data = FileManager.default.contents(atPath: path) else {
      fail("\(path): error: cannot read the baseline file (write one with --write-baseline \(path))")
    }
    do {
      return try Baseline.parse(Array(data), path: path)
    } catch {
      fail(error.description)
    }
  }
}
