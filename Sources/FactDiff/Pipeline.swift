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
  /// How many threads work at once: files read, sources analysed, and entity resolution and checks split (0, the
  /// default: one per core). The output does not depend on it.
  public var parallelism: Int
  /// Names pinned to one person each (`aliases:` in `.factdiff.yml`), for entity resolution.
  public var aliases: [[String]]
  /// When the reports' texts total more than this many bytes, a run with checks sets each text aside in a
  /// temporary file once its report is analysed and reads it back for the checks (`TextsAside`): the findings are
  /// the same, the memory held is the facts'. nil (the default): the texts stay in memory, and
  /// `PipelineResult.documents` hold them (the HTML format prints them).
  public var textsAsideOver: Int?

  public init(
    read: ReadOptions = ReadOptions(), check: CheckSettings = CheckSettings(),
    extraction: ExtractionOptions = ExtractionOptions(), parallelism: Int = 0, aliases: [[String]] = [],
    textsAsideOver: Int? = nil
  ) {
    self.read = read
    self.check = check
    self.extraction = extraction
    self.parallelism = parallelism
    self.aliases = aliases
    self.textsAsideOver = textsAsideOver
  }
}

/// The result of a run: the report to print, and the analysed documents for callers who want more (without their
/// texts when the run set them aside: `PipelineOptions.textsAsideOver`).
public struct PipelineResult: Sendable {
  public var report: Report
  public var documents: [Document]
  public var events: EventModel
}

/// The stages end to end: read → extract → resolve → check. A library user's entry point.
///
/// Each report is worked on alone as far as possible: extraction and its events and slots run in parallel (a
/// bounded task group, `PipelineOptions.parallelism` at a time), and then its tokens are dropped
/// (`Document.compact()`), so that a run keeps facts and sources only. Entity resolution, event matching and the
/// checks then read facts. The output does not depend on the parallelism.
public enum Pipeline {
  /// Reads `paths` and runs the whole pipeline. `checks: false` stops after resolution (for `extract`).
  /// `factsOnly: true` (no checks either) keeps only what printing the facts needs (for `extract`): each report's
  /// text is freed once its facts are made, keeping only the stretches of it their words are read from
  /// (`Fact.keepingOnlyTheirWords`), and reports are not matched into events (the documents returned have empty
  /// texts, `events` and the report's `groups` are empty); the facts are the same.
  public static func run(
    paths: [String], options: PipelineOptions = PipelineOptions(), checks: Bool = true, factsOnly: Bool = false,
    stdin: @Sendable () -> [UInt8] = { [] }
  ) async -> PipelineResult {
    var read = SourceReader(options: options.read, parallelism: options.parallelism).read(paths: paths, stdin: stdin)
    // The list read is handed over, not kept: once extracted, each document holds its source (a list of 100,000
    // sources is 20 MB of its own, up to twice that as it grew).
    let sources = read.sources
    read.sources = []
    var result = await run(sources: consume sources, options: options, checks: checks, factsOnly: factsOnly)
    result.report.errors = read.errors
    return result
  }

  /// Runs the pipeline over sources already in memory. The documents returned are compacted (no tokens kept:
  /// `Document.tokens` tokenizes again on demand). The list is taken over: a caller that hands it over (`consume`)
  /// and keeps no other copy has it freed once every document holds its source, before entity resolution.
  public static func run(
    sources: consuming [Source], options: PipelineOptions = PipelineOptions(), checks: Bool = true,
    factsOnly: Bool = false
  ) async -> PipelineResult {
    releaseFreeMemory()  // what reading the sources freed (the files' bytes, the caller's work)
    // By path, whatever the order given (Docs/Security.md); from here on each document holds its source, so neither
    // the list nor a sorted copy of it is kept for the rest of the run.
    let ordered = SourceReader.canonicalOrder(sources)
    _ = consume sources
    let factsOnly = factsOnly && !checks
    let aside = checks ? textsAside(ordered, over: options.textsAsideOver) : nil
    var analysed = await analyzeAndAnnotateApart(
      taking: consume ordered, options: options.extraction, parallelism: options.parallelism,
      people: EntityResolution.People(aliases: options.aliases), factsOnly: factsOnly, aside: aside,
      gatherWords: !factsOnly)
    releaseFreeMemory()  // the tokens of every report, freed on the worker threads
    var docs = analysed.documents
    var summaries = analysed.events
    analysed.documents = []
    analysed.events = []
    // Handed over too: resolution finishes placing the people in place, with no copy of them left behind.
    let people = analysed.people
    analysed.people = EntityResolution.People()
    let events: EventModel
    if factsOnly {
      // Entities only: matching reports into events changes no fact.
      EntityResolution.resolve(&docs, people: consume people, parallelism: options.parallelism)
      events = EventModel()
    } else {
      let salient = analysed.salient
      analysed.salient = SalientWords(reports: 0)
      events = Resolution.resolve(
        &docs, summaries: &summaries, people: consume people, salient: consume salient,
        parallelism: options.parallelism)
    }
    releaseFreeMemory()  // resolution's working set
    // A run that set its texts aside sets its findings aside too (`FindingStore`): they are read back as printed.
    let findings: FindingList =
      !checks
      ? []
      : aside == nil
        ? FindingList(
          Checker.run(docs, events: events, settings: options.check, parallelism: options.parallelism))
        : Checker.run(
          docs, events: events, settings: options.check, parallelism: options.parallelism, texts: aside,
          store: FindingStore())
    releaseFreeMemory()  // the checks' working set (the texts they read back, their tokens)
    // The report reads the documents' fact lists as they are (shared, not copied: a run holds each fact once).
    let report = Report(
      sources: docs.map {
        .init(id: $0.source.id, path: $0.source.path, language: $0.language, outlet: $0.source.outlet)
      },
      factLists: docs.map(\.facts), findings: findings, groups: events.groups)
    return PipelineResult(report: report, documents: docs, events: events)
  }

  /// A store for the texts of `sources` when they total more than `limit` bytes (and one can be made).
  static func textsAside(_ sources: [Source], over limit: Int?) -> TextsAside? {
    guard let limit else { return nil }
    var total = 0
    for s in sources { total += s.text.utf8.count }
    return total > limit ? TextsAside(count: sources.count) : nil
  }

  /// Hands the allocator's free memory back to the system (`FreeMemory`); `run` does so between its stages.
  public static func releaseFreeMemory() { FreeMemory.release() }

  /// Extracts facts from every source, several at a time; the output order is the input order.
  public static func analyze(
    _ sources: [Source], options: ExtractionOptions = ExtractionOptions(), parallelism: Int = 0
  ) async -> [Document] {
    await inOrder(sources, parallelism: parallelism) { Extraction.analyze($0, options: options) }
  }

  /// Per report, what a run keeps of it: the compacted document and its event summary.
  public struct Analysed: Sendable {
    public var document: Document
    public var events: SourceEvents
  }

  /// Extraction, then events and slots, then compaction, for one report; its facts with equal values share one
  /// stored copy (`FactSharing`).
  public static func analyzeAndAnnotate(_ source: Source, options: ExtractionOptions = ExtractionOptions()) -> Analysed
  {
    var sharing = FactSharing()
    return analyzeAndAnnotate(source, options: options) { sharing.share(&$0) }
  }

  static func analyzeAndAnnotate(
    _ source: Source, options: ExtractionOptions, share: (inout [Fact]) -> Void
  ) -> Analysed {
    var doc = Extraction.analyze(source, options: options)
    let events = EventResolution.annotate(&doc)
    doc.compact()
    share(&doc.facts)
    return Analysed(document: doc, events: events)
  }

  /// `analyzeAndAnnotate` for the `index`-th report of a run, with its people found while its tokens are at hand
  /// (`EntityResolution.people`). With `factsOnly`, the document keeps of its text only the stretches its facts'
  /// words are read from, and the event summary is dropped (`noEvents` in its place).
  static func analyzeAndAnnotate(
    _ source: Source, index: Int, options: ExtractionOptions, caches: EntityResolution.KeyCaches, factsOnly: Bool,
    aside: TextsAside? = nil, share: (inout [Fact]) -> Void
  ) -> (Analysed, EntityResolution.ReportPeople) {
    var doc = Extraction.analyze(source, options: options)
    var events = EventResolution.annotate(&doc)
    let people = EntityResolution.people(of: doc, index: index, caches: caches)
    doc.compact()
    share(&doc.facts)
    if factsOnly {
      doc = withoutText(doc)
      events = noEvents
    } else if let aside, aside.put(doc.source, index: index) {
      // Read back for the checks, and the facts' words from there too; a locator that does not read the text (HTML,
      // JSONL) stays, for positions.
      doc = withoutText(doc, keepingLocator: !doc.source.locator.readsText, shelf: (aside, index))
    }
    return (Analysed(document: doc, events: events), people)
  }

  /// The event summary a `factsOnly` run keeps for every report: one empty summary shared by all (a summary of
  /// its own, even empty, is a few hundred bytes per report).
  static let noEvents = SourceEvents(source: "")

  /// `doc` holding no text: its facts read their words from a copy of the stretches they cover, or with `shelf`
  /// from the report's text set aside there; its source keeps everything but the text (and its locator with
  /// `keepingLocator`).
  static func withoutText(
    _ doc: Document, keepingLocator: Bool = false, shelf: (texts: any ShelvedTexts, index: Int)? = nil
  ) -> Document {
    // The bare surnames kept aside read their words from the same place (resolution may make facts of them).
    var facts = doc.facts
    let bare = doc.bareSurnames.count
    if bare > 0 { facts += doc.bareSurnames.map(\.fact) }
    let kept =
      shelf.map { Fact.readingTheirWords(&facts, from: $0.texts, index: $0.index) }
      ?? Fact.keepingOnlyTheirWords(&facts)
    var source = doc.source
    source.text = ""
    if !keepingLocator { source.locator = .empty }
    var light = Document(compacted: source, options: doc.options, origin: kept ?? FactOrigin(source))
    if bare > 0 {
      light.bareSurnames = doc.bareSurnames
      for k in 0..<bare { light.bareSurnames[k].fact = facts[facts.count - bare + k] }
      facts.removeLast(bare)
    }
    light.facts = facts
    return light
  }

  /// `analyzeAndAnnotate` over every source, several at a time; the output order is the input order. Facts with
  /// equal values share one stored copy across all the sources (the same people, places, days and figures recur
  /// from report to report).
  public static func analyzeAndAnnotate(
    _ sources: [Source], options: ExtractionOptions = ExtractionOptions(), parallelism: Int = 0
  ) async -> [Analysed] {
    let sharing = FactSharing.Shared()
    return await inOrder(sources, parallelism: parallelism) {
      analyzeAndAnnotate($0, options: options) { sharing.share(&$0) }
    }
  }

  /// `analyzeAndAnnotate` over every source, with the documents and their event summaries in two lists (input
  /// order), each result put straight in its place: no list of results is copied into others, which for a large
  /// run would hold every document twice for a moment.
  public static func analyzeAndAnnotateApart(
    _ sources: [Source], options: ExtractionOptions = ExtractionOptions(), parallelism: Int = 0
  ) async -> (documents: [Document], events: [SourceEvents]) {
    await analyzeAndAnnotateApart(taking: sources, options: options, parallelism: parallelism)
  }

  /// `analyzeAndAnnotateApart`, taking the list over: when the caller keeps no copy, it is freed on return.
  static func analyzeAndAnnotateApart(
    taking sources: consuming [Source], options: ExtractionOptions, parallelism: Int
  ) async -> (documents: [Document], events: [SourceEvents]) {
    let analysed = await analyzeAndAnnotateApart(
      taking: sources, options: options, parallelism: parallelism, people: EntityResolution.People(),
      factsOnly: false, aside: nil)
    return (analysed.documents, analysed.events)
  }

  /// What a run keeps of its reports once analysed: the documents and their event summaries (input order), and
  /// their people placed across reports.
  struct AnalysedRun {
    var documents: [Document]
    /// The event summaries, without their salient words (`salient` holds them).
    var events: [SourceEvents]
    var people: EntityResolution.People
    /// The reports' salient words, finished.
    var salient: SalientWords
  }

  /// `analyzeAndAnnotateApart`, taking the list over, each source let go by the list as it is handed to a worker,
  /// and each report's people added to `people` in report order as its analysis ends. With `factsOnly` each
  /// report's text is freed once analysed (see `withoutText`) and its event summary dropped, and the allocator's
  /// free space is handed back now and then, so that what the run holds grows by the facts alone. With
  /// `gatherWords` each summary's salient words move to the run's `SalientWords` (else that table stays empty).
  static func analyzeAndAnnotateApart(
    taking sources: consuming [Source], options: ExtractionOptions, parallelism: Int,
    people: consuming EntityResolution.People, factsOnly: Bool, aside: TextsAside?, gatherWords: Bool = false
  ) async -> AnalysedRun {
    // Each source in a box of its own, let go as the source goes to a worker: a list of sources inline (200 bytes
    // each) would stay whole until the run ends, 20 MB for 100,000 reports.
    var list = consume sources
    var items = list.map { Optional(Pending($0)) }
    list = []
    let count = items.count
    let sharing = FactSharing.Shared()
    let caches = EntityResolution.KeyCaches()
    let placeholder = Document(source: Source(id: "", text: "", language: .en))
    var run = AnalysedRun(
      documents: [Document](repeating: placeholder, count: count),
      events: [SourceEvents](repeating: SourceEvents(source: ""), count: count), people: people,
      salient: SalientWords(reports: count))
    // The summaries' venues and datelines, one box per distinct place (`SourceEvents.sharePlaces`).
    var places = PlaceSharing()
    // Reports' people wait here until every report before them was added (results come in any order).
    var waiting: [Int: EntityResolution.ReportPeople] = [:]
    let work: @Sendable (Int, Source) -> (Analysed, EntityResolution.ReportPeople) = { k, source in
      analyzeAndAnnotate(
        source, index: k, options: options, caches: caches, factsOnly: factsOnly, aside: aside
      ) { sharing.share(&$0) }
    }
    func deliver(_ k: Int, _ result: (Analysed, EntityResolution.ReportPeople)) {
      run.documents[k] = result.0.document
      // With `gatherWords`, the words go to one table for the run (a few bytes each) and leave the summary.
      var events = result.0.events
      if gatherWords && !events.salient.isEmpty {
        run.salient.add(report: k, events.salient)
        events.salient = []
      }
      events.sharePlaces(&places)
      run.events[k] = events
      waiting[k] = result.1
      while let next = waiting.removeValue(forKey: run.people.reports) { run.people.add(next) }
      if (factsOnly || aside != nil) && (k + 1) % trimEvery == 0 { releaseFreeMemory() }
    }
    let width = self.width(parallelism)
    if width == 1 || count < 2 {
      for k in 0..<count { deliver(k, work(k, Pending.take(&items[k]))) }
      run.salient.finish()
      return run
    }
    await withTaskGroup(of: (Int, (Analysed, EntityResolution.ReportPeople)).self) { group in
      var next = 0
      func start() {
        let k = next
        let source = Pending.take(&items[k])
        group.addTask { (k, work(k, source)) }
        next += 1
      }
      for _ in 0..<min(width, count) { start() }
      while let (k, r) = await group.next() {
        deliver(k, r)
        if next < count { start() }
      }
    }
    run.salient.finish()
    return run
  }

  /// A source waiting for its worker; `take` hands it over and lets the box go.
  private final class Pending {
    let source: Source
    init(_ source: Source) { self.source = source }
    static func take(_ box: inout Pending?) -> Source {
      defer { box = nil }
      return box!.source
    }
  }

  /// How many reports a `factsOnly` run analyses between two hand-backs of free memory.
  static let trimEvery = 4096

  /// The number of tasks at once for a `parallelism` setting (0: one per core).
  public static func width(_ parallelism: Int) -> Int { max(1, parallelism > 0 ? parallelism : ProcessInfoCores.count) }

  /// `work` over every item, at most `width(parallelism)` at a time, results in input order.
  static func inOrder<T: Sendable, R: Sendable>(
    _ items: [T], parallelism: Int, _ work: @escaping @Sendable (T) -> R
  ) async -> [R] {
    var out = [R?](repeating: nil, count: items.count)
    await each(items, parallelism: parallelism, work) { k, r in out[k] = r }
    return out.map { $0! }
  }

  /// `work` over every item, at most `width(parallelism)` at a time; `deliver(k, result)` is called for item `k` on
  /// the calling task, as each ends (in no particular order).
  static func each<T: Sendable, R: Sendable>(
    _ items: [T], parallelism: Int, _ work: @escaping @Sendable (T) -> R, deliver: (Int, R) -> Void
  ) async {
    let width = self.width(parallelism)
    if width == 1 || items.count < 2 {
      for (k, item) in items.enumerated() { deliver(k, work(item)) }
      return
    }
    await withTaskGroup(of: (Int, R).self) { group in
      var next = 0
      for _ in 0..<min(width, items.count) {
        let k = next
        let item = items[k]
        group.addTask { (k, work(item)) }
        next += 1
      }
      while let (k, r) = await group.next() {
        deliver(k, r)
        if next < items.count {
          let k2 = next
          let item = items[k2]
          group.addTask { (k2, work(item)) }
          next += 1
        }
      }
    }
  }
}
