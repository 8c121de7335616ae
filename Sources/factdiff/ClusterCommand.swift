import ArgumentParser
import FactDiff
import Foundation

/// `factdiff cluster`: group a JSONL feed into events and check each group, streaming one JSON line per cluster.
struct ClusterCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cluster",
    abstract: "Group a JSONL feed of articles into events and check each group; one JSON line per cluster.",
    discussion: """
      The feed is read line by line and is assumed to be roughly in publication order: a cluster is printed as \
      soon as the latest published day seen is more than --window-days past its latest day, so memory holds only \
      the open clusters. An article arriving after its day has left the window is still read; it cannot join a \
      closed cluster and is listed under "late". Exit status: 0 when no finding reaches --fail-on, 1 when one \
      does, 2 when a line could not be read (the other lines are still processed) or on a usage error.
      """)

  @Argument(help: ArgumentHelp("The feed: a JSONL file, or - for standard input.", valueName: "feed"))
  var feed: String

  @Option(
    name: .customLong("window-days"),
    help: ArgumentHelp(
      "Articles at most n days apart can be one event; a cluster closes once the feed is n days past it.",
      valueName: "n"))
  var windowDays: Int = 3

  @Option(
    name: .customLong("min-size"),
    help: ArgumentHelp("Print only clusters of at least n articles (default 1: every cluster).", valueName: "n"))
  var minSize: Int = 1

  @Option(
    name: .long, help: ArgumentHelp("Write the clusters to a file instead of standard output.", valueName: "file"))
  var output: String?

  @Option(
    name: .customLong("fail-on"),
    help: ArgumentHelp(
      "Lowest severity that makes the exit status 1 (default: warning, or fail-on in .factdiff.yml).",
      valueName: "severity"))
  var failOn: FailThreshold?

  @Option(
    name: .customLong("max-warnings"),
    help: ArgumentHelp("Exit with status 1 when there are more than n warnings in all.", valueName: "n"))
  var maxWarnings: Int?

  @Option(name: .long, help: "Language of articles that do not declare one and cannot be detected (en, ru, uk).")
  var language: String?

  @Option(name: .long, help: "IANA time zone for bare clock times in articles that do not declare one.")
  var timezone: String?

  @Option(
    name: .customLong("max-bytes"),
    help: ArgumentHelp(
      "Longest line accepted, in bytes (default: 52428800, 50 MB, or max-bytes in .factdiff.yml).", valueName: "n"))
  var maxBytes: Int?

  @OptionGroup var config: ConfigOptions

  func validate() throws {
    if windowDays < 0 { throw ValidationError("--window-days must be 0 or more") }
    if minSize < 1 { throw ValidationError("--min-size must be 1 or more") }
    if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
    if let language, Language(rawValue: language) == nil {
      throw ValidationError("unknown language '\(language)': use en, ru or uk")
    }
    if let maxBytes, maxBytes <= 0 { throw ValidationError("--max-bytes must be a number of bytes above 0") }
  }

  func run() async throws {
    let configuration = try config.load()
    let read = ReadOptions(
      maxBytes: maxBytes ?? configuration.maxBytes ?? ReadOptions.defaultMaxBytes,
      defaultLanguage: language.flatMap(Language.init(rawValue:)), defaultTimezone: timezone)
    let options = FeedRunOptions(
      cluster: FeedClusterOptions(windowDays: windowDays), pipeline: configuration.pipelineOptions(read: read),
      minSize: minSize)

    let fd: Int32
    if feed == "-" {
      fd = STDIN_FILENO
    } else {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: feed, isDirectory: &isDirectory), isDirectory.boolValue {
        fail("\(feed): error: a directory, not a feed: give a JSONL file or -")
      }
      fd = open(feed, O_RDONLY)
      if fd < 0 {
        let why = String(cString: strerror(errno)).lowercased()
        fail("\(feed): error: cannot read: \(why)")
      }
    }
    defer { if fd != STDIN_FILENO { close(fd) } }

    let out: FileHandle
    if let output, output != "-" {
      guard FileManager.default.createFile(atPath: output, contents: nil), let h = FileHandle(forWritingAtPath: output)
      else { fail("\(output): error: cannot write the output") }
      out = h
    } else {
      out = FileHandle.standardOutput
    }

    let policy = ExitPolicy(failOn: (failOn ?? configuration.failOn ?? .warning).severity, maxWarnings: nil)
    var failing = false
    var warnings = 0
    var lines = FileDescriptorFeedLines(fd: fd, maxBytes: read.maxBytes)
    let summary = await FeedClustering.run(
      &lines, path: feed, options: options,
      error: { reportInputErrors([$0]) },
      emit: { report in
        out.write(Data(report.jsonLine.utf8))
        if policy.fails(report.findings) { failing = true }
        warnings += report.findings.filter { $0.severity == .warning }.count
      })
    if let code = lines.readError {
      let why = String(cString: strerror(code)).lowercased()
      FileHandle.standardError.write(Data("\(feed): error: cannot read: \(why)\n".utf8))
      throw ExitCode(2)
    }
    if summary.errors > 0 { throw ExitCode(2) }
    if failing || (maxWarnings.map { warnings > $0 } ?? false) { throw ExitCode(1) }
  }
}
