import FactDiff
import FactDiffFuzzing
import Foundation
import Testing

/// What the hostile tests share: the ordinary report every hostile input is read with, running a hostile input
/// through the whole pipeline, and the checks every run must pass.
enum Hostile {
  /// The repository root (two levels above this file's directory).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// An ordinary English report (the fuzzer's companion): a dateline, a span, a duration, people, a quote.
  static let normal = FuzzHarness.companion
  static let normalPath = FuzzHarness.companionPath

  /// The normal report as a source.
  static let normalSource: Source = {
    let read = SourceReader().source(bytes: Array(normal.utf8), path: normalPath)
    return read.sources[0]
  }()

  /// Each fact of the normal report read alone: kind, line:column and text.
  static let normalFacts: [String] = Extraction.analyze(normalSource).facts.map(key)

  static func key(_ f: Fact) -> String { "\(f.kind.rawValue) \(f.position.line):\(f.position.column) \(f.text)" }

  /// A hostile input read and analysed together with the normal report.
  struct Outcome {
    /// What reading the hostile bytes gave.
    var read: ReadResult
    /// The report of the whole run: hostile sources first, the normal report last.
    var report: Report
    /// The analysed documents, in the same order.
    var documents: [Document]
    /// CPU time of this thread for reading and analysis, in seconds: unlike wall-clock time it does not grow when
    /// other tests run at the same time, so a bound on it catches hangs and quadratic slow-downs, not load.
    var seconds: Double

    /// The facts of the hostile sources.
    var hostileFacts: [Fact] { report.facts.filter { $0.source != "companion" } }
    /// The facts of the normal report.
    var normalFacts: [Fact] { report.facts.filter { $0.source == "companion" } }
    /// The first error, when reading failed.
    var error: SourceError? { read.errors.first }
  }

  /// Reads `bytes` as a file named `path`, runs the pipeline over it and the normal report, and checks what every
  /// hostile input must leave intact: the normal report's facts, an error or a source for the hostile file (never
  /// neither), one-line errors naming the file.
  ///
  /// The stages run as `Pipeline.run(sources:)` runs them, but on this thread, one source after the other, so that
  /// the time taken can be measured as this thread's CPU time.
  static func run(
    _ bytes: [UInt8], path: String, options: ReadOptions = ReadOptions(), checks: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> Outcome {
    let start = CPUTime.now()
    let read = SourceReader(options: options).source(bytes: bytes, path: path)
    let sources = read.sources + [normalSource]
    var documents = sources.map { Extraction.analyze($0) }
    let events = Resolution.resolve(&documents)
    let findings = checks ? Checker.run(documents, events: events) : []
    var report = Report(
      sources: sources.map { .init(id: $0.id, path: $0.path, language: $0.language, outlet: $0.outlet) },
      facts: documents.flatMap(\.facts), findings: findings, groups: events.groups)
    report.errors = read.errors
    let outcome = Outcome(read: read, report: report, documents: documents, seconds: CPUTime.now() - start)
    expectIntact(outcome, path: path, sourceLocation: sourceLocation)
    return outcome
  }

  /// The checks of `run`.
  static func expectIntact(_ o: Outcome, path: String, sourceLocation: SourceLocation) {
    #expect(
      o.normalFacts.map(key) == normalFacts, "the normal report lost or changed facts",
      sourceLocation: sourceLocation)
    #expect(o.report.sources.last?.id == "companion", sourceLocation: sourceLocation)
    #expect(
      !o.read.sources.isEmpty || !o.read.errors.isEmpty, "the hostile file gave neither a source nor an error",
      sourceLocation: sourceLocation)
    for e in o.read.errors {
      #expect(e.path == path, "an error names \(e.path)", sourceLocation: sourceLocation)
      #expect(!e.description.contains("\n"), "a multi-line error: \(e.description)", sourceLocation: sourceLocation)
      #expect(
        e.description.utf8.count < 400, "a long error: \(e.description.prefix(400))", sourceLocation: sourceLocation)
    }
    for f in o.report.facts {
      #expect(
        f.position.line >= 1 && f.position.column >= 1, "\(f.id) at \(f.position)", sourceLocation: sourceLocation)
    }
  }

  /// Every output format of a run, each checked by `OutputSafety` (valid JSON and SARIF, no control or bidi
  /// characters in the terminal, GitHub and Markdown formats, none but tab and line feed in HTML).
  static func expectSafeOutput(
    _ report: Report, sources: [Source], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for format in ReportFormat.allCases {
      let out = ReportRenderer.render(report, as: format, options: RenderOptions(sources: sources))
      #expect(OutputSafety.problem(in: out, format: format) == nil, sourceLocation: sourceLocation)
    }
  }

  static func expectSafeOutput(_ o: Outcome, sourceLocation: SourceLocation = #_sourceLocation) {
    expectSafeOutput(o.report, sources: o.documents.map(\.source), sourceLocation: sourceLocation)
  }

  /// A temporary directory removed when the value is deinitialised.
  final class TempDir {
    let url: URL
    var path: String { url.path }

    init() throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent("factdiff-hostile-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to `name` in the directory and returns the path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
      let file = url.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: file)
      return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
  }
}

/// CPU time of the calling thread.
enum CPUTime {
  /// Seconds of CPU time this thread has used.
  static func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}

/// SplitMix64: a small seeded generator, so that "random" inputs are the same on every run.
struct SeededRandom: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The characters the `hidden-text` rule reports (bidi controls, zero-width characters, word joiners, tags).
enum HiddenCharacters {
  static func isHidden(_ v: UInt32) -> Bool {
    switch v {
    case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xE0000...0xE007F:
      return true
    default: return false
    }
  }
}
