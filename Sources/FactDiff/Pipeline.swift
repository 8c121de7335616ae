@_exported import FactDiffCheck
@_exported import FactDiffExtract
@_exported import FactDiffModel
@_exported import FactDiffReport
@_exported import FactDiffResolve
@_exported import FactDiffSources
@_exported import FactDiffText

/// What a run reads and checks: how sources are read and which checks apply.
public struct PipelineOptions: Sendable {
  public var read: ReadOptions
  public var check: CheckSettings
  public var extraction: ExtractionOptions
  /// How many sources are analysed at once (defaults to the number of cores).
  public var parallelism: Int
  /// Names pinned to one person each (`aliases:` in `.factdiff.yml`), for entity resolution.
  public var aliases: [[String]]

  public init(
    read: ReadOptions = ReadOptions(), check: CheckSettings = CheckSettings(),
    extraction: ExtractionOptions = ExtractionOptions(), parallelism: Int = 0, aliases: [[String]] = []
  ) {
    self.read = read
    self.check = check
    self.extraction = extraction
    self.parallelism = parallelism
    self.aliases = aliases
  }
}

/// The result of a run: the report to print, and the analysed documents for callers who want more.
public struct PipelineResult: Sendable {
  public var report: Report
  public var documents: [Document]
  public var events: EventModel
}

/// The stages end to end: read → extract → resolve → check. A library user's entry point.
public enum Pipeline {
  /// Reads `paths` and runs the whole pipeline. `checks: false` stops after resolution (for `extract`).
  public static func run(
    paths: [String], options: PipelineOptions = PipelineOptions(), checks: Bool = true,
    stdin: @Sendable () -> [UInt8] = { [] }
  ) async -> PipelineResult {
    let read = SourceReader(options: options.read).read(paths: paths, stdin: stdin)
    var result = await run(sources: read.sources, options: options, checks: checks)
    result.report.errors = read.errors
    return result
  }

  /// Runs the pipeline over sources already in memory.
  public static func run(
    sources: [Source], options: PipelineOptions = PipelineOptions(), checks: Bool = true
  ) async -> PipelineResult {
    var docs = await analyze(sources, options: options.extraction, parallelism: options.parallelism)
    let events = Resolution.resolve(&docs, aliases: options.aliases)
    let findings = checks ? Checker.run(docs, events: events, settings: options.check) : []
    let report = Report(
      sources: sources.map { .init(id: $0.id, path: $0.path, language: $0.language, outlet: $0.outlet) },
      facts: docs.flatMap(\.facts), findings: findings, groups: events.groups)
    return PipelineResult(report: report, documents: docs, events: events)
  }

  /// Extracts facts from every source, several at a time; the output order is the input order.
  public static func analyze(_ sources: [Source], options: ExtractionOptions = ExtractionOptions(), parallelism: Int = 0) async -> [Document] {
    let width = max(1, parallelism > 0 ? parallelism : ProcessInfoCores.count)
    if width == 1 || sources.count < 2 { return sources.map { Extraction.analyze($0, options: options) } }
    return await withTaskGroup(of: (Int, Document).self) { group in
      var out = [Document?](repeating: nil, count: sources.count)
      var next = 0
      for _ in 0..<min(width, sources.count) {
        let k = next
        let s = sources[k]
        group.addTask { (k, Extraction.analyze(s, options: options)) }
        next += 1
      }
      while let (k, doc) = await group.next() {
        out[k] = doc
        if next < sources.count {
          let k2 = next
          let s = sources[k2]
          group.addTask { (k2, Extraction.analyze(s, options: options)) }
          next += 1
        }
      }
      return out.map { $0! }
    }
  }
}
