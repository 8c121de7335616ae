/// How `factdiff cluster` runs: clustering, the pipeline's reading, extraction and check settings, batching.
public struct FeedRunOptions: Sendable {
  public var cluster: FeedClusterOptions
  public var pipeline: PipelineOptions
  /// How many lines are read, then extracted in parallel, at a time (fewer when a stream has no more ready).
  public var batchLines: Int
  /// Clusters with fewer articles are checked and counted but not handed to `emit` (1: every cluster).
  public var minSize: Int

  public init(
    cluster: FeedClusterOptions = FeedClusterOptions(), pipeline: PipelineOptions = PipelineOptions(),
    batchLines: Int = 128, minSize: Int = 1
  ) {
    self.cluster = cluster
    self.pipeline = pipeline
    self.batchLines = max(1, batchLines)
    self.minSize = max(1, minSize)
  }
}

/// One closed cluster, checked: what `factdiff cluster` prints as one JSON line.
public struct ClusterReport: Sendable {
  /// `c1`, `c2`, … in the order the clusters were opened.
  public var id: String
  /// The member articles' ids, in feed order.
  public var articles: [String]
  /// The members' lines in the feed, in the same order.
  public var lines: [Int]
  /// The members that arrived late (after the feed's clock had passed their day by more than the window).
  public var late: [String]
  /// The earliest and latest event day of the members.
  public var days: ClosedRange<Int>?
  /// The groups the engine formed inside the cluster (reports it found to tell one event); only members of one
  /// group are compared.
  public var groups: [[String]]
  /// The findings, as `check` reports them (evidence lines are lines of the feed).
  public var findings: [Finding]

  /// The JSON line: `{"cluster", "articles", "days", "late", "groups", "findings"}`, findings in the shape of
  /// `check --format json`.
  public var json: JSONValue {
    var o: [(String, JSONValue)] = [("cluster", .string(id)), ("articles", .array(articles.map(JSONValue.string)))]
    if let days {
      o.append(
        (
          "days",
          .object([
            ("from", .string(CivilDate(dayNumber: days.lowerBound).description)),
            ("to", .string(CivilDate(dayNumber: days.upperBound).description)),
          ])
        ))
    }
    o.append(("late", .array(late.map(JSONValue.string))))
    o.append(("groups", .array(groups.map { .array($0.map(JSONValue.string)) })))
    o.append(("findings", .array(findings.map(JSONPrinter.finding))))
    return .object(o)
  }

  /// `json` on one line, with a line break.
  public var jsonLine: String { json.serialized() + "\n" }
}

/// What a run went through.
public struct FeedRunSummary: Sendable, Hashable {
  public var lines = 0
  public var articles = 0
  public var errors = 0
  public var clusters = 0
  public var emitted = 0
  public var findings = 0
  public var lateArticles = 0
  /// The most articles open (held for clustering and checking) at any time: what memory follows.
  public var peakOpenArticles = 0
  /// Wall-clock seconds spent reading lines into sources; extracting and signing articles and checking closed
  /// clusters (in parallel, `PipelineOptions.parallelism` at a time); clustering (one thread).
  public var readSeconds = 0.0
  public var parallelSeconds = 0.0
  public var clusterSeconds = 0.0
  public init() {}
}

/// `factdiff cluster`: reads a JSONL feed line by line, extracts each article, groups articles into events as the
/// feed goes (`FeedClusterer`), and checks each cluster with the engine as soon as it closes.
public enum FeedClustering {
  /// What an open cluster keeps of an article for its check: its document, compacted (source and facts with
  /// their events and slots; no tokens), and its event summary (`EventResolution.annotate`), so that a check
  /// neither extracts nor annotates it again.
  public struct Kept: Sendable {
    public var document: Document
    public var events: SourceEvents

    public init(document: Document, events: SourceEvents) {
      self.document = document
      self.events = events
    }
  }

  /// Runs the feed from `lines`; `path` names it in errors and evidence (`-` reads as `<stdin>`). Calls `error`
  /// for every line that cannot be read and `emit` for every cluster, in order, as soon as it is closed and
  /// checked. Deterministic: the same feed gives the same calls.
  public static func run<L: FeedLineSource>(
    _ lines: inout L, path: String, options: FeedRunOptions = FeedRunOptions(),
    error: (SourceError) -> Void = { _ in }, emit: (ClusterReport) -> Void
  ) async -> FeedRunSummary {
    var summary = FeedRunSummary()
    var clusterer = FeedClusterer<Kept>(options: options.cluster)
    let reader = SourceReader(options: options.pipeline.read)
    let shownPath = path == "-" ? SourceReader.stdinPath : path
    let readPath = shownPath.hasSuffix(".jsonl") ? shownPath : shownPath + ".jsonl"
    let width = max(1, options.pipeline.parallelism > 0 ? options.pipeline.parallelism : ProcessInfoCores.count)

    let clock = ContinuousClock()
    func seconds(since t: ContinuousClock.Instant) -> Double {
      let d = clock.now - t
      return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
    func report(_ reports: [ClusterReport]) {
      for r in reports {
        summary.findings += r.findings.count
        summary.lateArticles += r.late.count
        if r.articles.count >= options.minSize {
          summary.emitted += 1
          emit(r)
        }
      }
    }

    // Clusters closed by one batch are checked while the next batch is extracted (one pool of tasks keeps both
    // cores busy) and printed after it. When a batch comes back short — a stream that is not keeping up — they are
    // checked and printed at once instead, so output never waits for input that has not arrived.
    var pending: [ClosedCluster<Kept>] = []
    while let batch = lines.next(max: options.batchLines) {
      let t0 = clock.now
      var sources: [(Int, Source)] = []
      var taken: Set<String> = []
      for l in batch {
        summary.lines += 1
        if l.tooLong {
          summary.errors += 1
          error(
            SourceError(
              path: shownPath, reason: .tooLarge,
              message: "line too large: longer than the limit of \(options.pipeline.read.maxBytes) bytes (--max-bytes)",
              line: l.number))
          continue
        }
        if l.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
        let read = reader.source(bytes: l.bytes, path: readPath)
        for var e in read.errors {
          e.path = shownPath
          e.line = l.number
          summary.errors += 1
          error(e)
        }
        for var s in read.sources {
          s.path = shownPath
          if clusterer.openIDs.contains(s.id) || taken.contains(s.id) {
            var n = 2
            while clusterer.openIDs.contains("\(s.id)~\(n)") || taken.contains("\(s.id)~\(n)") { n += 1 }
            s.id = "\(s.id)~\(n)"
          }
          taken.insert(s.id)
          sources.append((l.number, s))
        }
      }
      summary.readSeconds += seconds(since: t0)
      let t1 = clock.now
      let done = await perform(
        pending.map { Job.check($0) } + sources.map { Job.analyse($0.0, $0.1) }, options: options.pipeline,
        width: width)
      summary.parallelSeconds += seconds(since: t1)
      summary.clusters += pending.count
      report(done.compactMap { if case .checked(let r) = $0 { return r } else { return nil } })
      pending = []
      let t2 = clock.now
      var closed: [ClosedCluster<Kept>] = []
      for case .analysed(let signature, let kept) in done {
        summary.articles += 1
        closed += clusterer.add(signature, payload: kept)
        summary.peakOpenArticles = max(summary.peakOpenArticles, clusterer.openArticles)
      }
      summary.clusterSeconds += seconds(since: t2)
      pending = closed
      if batch.count < options.batchLines && !pending.isEmpty {
        let t3 = clock.now
        let done = await perform(pending.map { Job.check($0) }, options: options.pipeline, width: width)
        summary.parallelSeconds += seconds(since: t3)
        summary.clusters += pending.count
        report(done.compactMap { if case .checked(let r) = $0 { return r } else { return nil } })
        pending = []
      }
    }
    pending += clusterer.finish()
    let t4 = clock.now
    let done = await perform(pending.map { Job.check($0) }, options: options.pipeline, width: width)
    summary.parallelSeconds += seconds(since: t4)
    summary.clusters += pending.count
    report(done.compactMap { if case .checked(let r) = $0 { return r } else { return nil } })
    return summary
  }

  /// A piece of parallel work: extract and sign an article, or check a closed cluster.
  enum Job: Sendable {
    case analyse(Int, Source)
    case check(ClosedCluster<Kept>)
  }

  enum Done: Sendable {
    case analysed(ArticleSignature, Kept)
    case checked(ClusterReport)
  }

  /// Runs jobs `width` at a time; results in the jobs' order.
  static func perform(_ jobs: [Job], options: PipelineOptions, width: Int) async -> [Done] {
    @Sendable func run(_ job: Job) -> Done {
      switch job {
      case .analyse(let line, let s):
        let (sig, kept) = analyse(s, line: line, options: options)
        return .analysed(sig, kept)
      case .check(let c): return .checked(check(c, options: options))
      }
    }
    if width == 1 || jobs.count < 2 { return jobs.map(run) }
    return await withTaskGroup(of: (Int, Done).self) { group in
      var out = [Done?](repeating: nil, count: jobs.count)
      var next = 0
      func start() {
        let k = next
        let job = jobs[k]
        group.addTask { (k, run(job)) }
        next += 1
      }
      while next < min(width, jobs.count) { start() }
      while let (k, done) = await group.next() {
        out[k] = done
        if next < jobs.count { start() }
      }
      return out.map { $0! }
    }
  }

  /// Extracts an article and computes its signature.
  static func analyse(_ s: Source, line: Int, options: PipelineOptions) -> (ArticleSignature, Kept) {
    var doc = Extraction.analyze(s, options: options.extraction)
    // The article's own events and slots (main date, venue); entities need no resolving: the signature keys names
    // as written. Then its tokens go: an open cluster holds facts, not tokens.
    let events = EventResolution.annotate(&doc)
    let signature = ArticleSignature.of(doc, summary: events, line: line)
    doc.compact()
    return (signature, Kept(document: doc, events: events))
  }

  /// Checks one cluster with the engine: entities and events resolved across its members, then every check. A
  /// cluster of one article is not checked (there is nothing to compare it with).
  public static func check(_ c: ClosedCluster<Kept>, options: PipelineOptions = PipelineOptions()) -> ClusterReport {
    let ids = c.members.map(\.id)
    var report = ClusterReport(
      id: c.id, articles: ids, lines: c.members.map(\.line), late: c.late, days: c.days, groups: [ids],
      findings: [])
    guard c.members.count >= 2 else { return report }
    var docs = c.payloads.map(\.document)
    var summaries = c.payloads.map(\.events)
    let events = Resolution.resolve(&docs, summaries: &summaries, aliases: options.aliases)
    var findings = Checker.run(docs, events: events, settings: options.check)
    var lineOf: [String: Int] = [:]
    for m in c.members { lineOf[m.id] = m.line }
    for f in findings.indices {
      for e in findings[f].evidence.indices {
        if let line = lineOf[findings[f].evidence[e].source], line > 0 { findings[f].evidence[e].position.line = line }
      }
    }
    report.groups = events.groups
    report.findings = findings
    return report
  }
}
