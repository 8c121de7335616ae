import FactDiff
import Foundation
import Testing
import _FactDiffTestSupport

/// `factdiff cluster` end to end through the library: a feed of interleaved events in three languages.
@Suite struct FeedClusteringTests {
  typealias A = FeedArticles

  /// Runs a feed given as lines; returns the clusters in the order they were emitted and the line errors.
  static func run(
    _ lines: [String], options: FeedRunOptions = FeedRunOptions(pipeline: PipelineOptions(parallelism: 2))
  )
    async -> (clusters: [ClusterReport], errors: [SourceError], summary: FeedRunSummary)
  {
    var source = ArrayFeedLines(lines)
    var clusters: [ClusterReport] = []
    var errors: [SourceError] = []
    let summary = await FeedClustering.run(
      &source, path: "feed.jsonl", options: options, error: { errors.append($0) }, emit: { clusters.append($0) })
    return (clusters, errors, summary)
  }

  static func groups(_ clusters: [ClusterReport]) -> Set<Set<String>> { Set(clusters.map { Set($0.articles) }) }

  @Test func twoInterleavedEventsComeOutAsTwoGroups() async {
    let out = await Self.run([A.aEn, A.bEn, A.aRu, A.bRu, A.bUk, A.aUk].map(\.line))
    #expect(Self.groups(out.clusters) == [["a-en", "a-ru", "a-uk"], ["b-en", "b-ru", "b-uk"]])
    #expect(out.errors.isEmpty)
  }

  @Test func sameDaySameCityOtherPeopleStayApart() async {
    // A (ferry talks) and C (carpet exhibition): both in Baku, both on 4 March, different people and subject.
    let out = await Self.run([A.aEn, A.cEn, A.aRu, A.cRu].map(\.line))
    #expect(Self.groups(out.clusters) == [["a-en", "a-ru"], ["c-en", "c-ru"]])
  }

  @Test func wholeFeed() async {
    let out = await Self.run(A.lines)
    #expect(
      Self.groups(out.clusters) == [
        ["a-en", "a-ru", "a-uk"], ["b-en", "b-ru", "b-uk"], ["c-en", "c-ru"], ["d-en", "d-ru"], ["b-late"],
      ])
    // No cluster mixes events.
    let eventOf = Dictionary(uniqueKeysWithValues: A.feed.map { ($0.id, $0.event) })
    for c in out.clusters { #expect(Set(c.articles.map { eventOf[$0]! }).count == 1, "\(c.articles)") }
    // Ids by opening order, emitted as they close: A, B, C when D arrives, the late report at once, D at the end.
    #expect(out.clusters.map(\.id) == ["c1", "c2", "c3", "c5", "c4"])
    #expect(out.summary.articles == 11)
    #expect(out.summary.errors == 1)
  }

  @Test func conflictInsideAClusterIsFound() async throws {
    let out = await Self.run(A.lines)
    let a = try #require(out.clusters.first { $0.articles.contains("a-ru") })
    let f = try #require(a.findings.first { $0.rule == "duration-mismatch" })
    #expect(f.severity == .error)
    #expect(f.sources.contains("a-ru"))
    // Evidence points at the feed's line of each article (a-ru is line 4).
    let e = try #require(f.evidence.first { $0.source == "a-ru" })
    #expect(e.position.line == 4)
    #expect(e.path == "feed.jsonl")
    // The JSON line carries the finding in the shape of `check --format json`.
    let json = try JSONParser.parse(a.jsonLine)
    #expect(json["cluster"]?.stringValue == a.id)
    #expect(json["findings"]?[0]?["rule"]?.stringValue == f.rule)
    #expect(json["findings"]?[0]?["evidence"] != nil)
  }

  @Test func lookAlikeStaysQuiet() async throws {
    // B: "nearly three hours", 11:00–13:50, "около трех часов", "майже три години", and a previous round of six
    // hours mentioned in passing: nothing to report above info.
    let out = await Self.run(A.lines)
    let b = try #require(out.clusters.first { $0.articles.contains("b-en") })
    #expect(b.findings.filter { $0.severity >= .warning }.isEmpty, "\(b.findings.map(\.message))")
    // C and D agree too.
    for c in out.clusters where c.articles.contains("c-en") || c.articles.contains("d-en") {
      #expect(c.findings.filter { $0.severity >= .warning }.isEmpty, "\(c.findings.map(\.message))")
    }
  }

  @Test func lateAndOutOfOrderArticles() async throws {
    let out = await Self.run(A.lines)
    // c-ru and b-uk were published before a report that precedes them, but within the window: they join.
    #expect(out.clusters.allSatisfy { !$0.late.contains("c-ru") && !$0.late.contains("b-uk") })
    // b-late arrives after the feed reached 10 March; its event (4 March) closed: a cluster of its own, marked
    // late, with no findings.
    let late = try #require(out.clusters.first { $0.articles == ["b-late"] })
    #expect(late.late == ["b-late"])
    #expect(late.findings.isEmpty)
    #expect(out.summary.lateArticles == 1)
  }

  @Test func aLateArticleJoinsAClusterStillOpen() async {
    // With a window of 7 days, B is still open on 10 March and the late report joins it.
    let out = await Self.run(
      A.lines,
      options: FeedRunOptions(cluster: FeedClusterOptions(windowDays: 7), pipeline: PipelineOptions(parallelism: 2)))
    #expect(Self.groups(out.clusters).contains(["b-en", "b-ru", "b-uk", "b-late"]))
  }

  @Test func badLineIsReportedAndTheRestProcessed() async {
    let out = await Self.run(A.lines)
    #expect(out.errors.count == 1)
    #expect(out.errors.first?.line == 12)
    #expect(out.errors.first?.description.hasPrefix("feed.jsonl:12:") == true)
    #expect(out.clusters.count == 5)
  }

  @Test func outputIsDeterministic() async {
    let one = await Self.run(A.lines).clusters.map(\.jsonLine)
    let two = await Self.run(A.lines, options: FeedRunOptions(pipeline: PipelineOptions(parallelism: 1), batchLines: 3))
      .clusters.map(\.jsonLine)
    #expect(one == two)
  }

  @Test func duplicateIdsAmongOpenArticlesAreMadeUnique() async {
    let out = await Self.run([A.aEn.line, A.aEn.line])
    #expect(out.clusters.flatMap(\.articles).sorted() == ["a-en", "a-en~2"])
  }

  @Test func minSizeHidesSingletons() async {
    let out = await Self.run(A.lines, options: FeedRunOptions(pipeline: PipelineOptions(parallelism: 2), minSize: 2))
    #expect(out.clusters.count == 4)
    #expect(out.summary.clusters == 5)
  }

  /// A line source that counts the lines it has handed out.
  final class CountingLines: FeedLineSource {
    var inner: ArrayFeedLines
    var handedOut = 0
    init(_ lines: [String]) { inner = ArrayFeedLines(lines) }
    func next(max: Int) -> [FeedLine]? {
      let batch = inner.next(max: max)
      handedOut += batch?.count ?? 0
      return batch
    }
  }

  @Test func clustersAreEmittedBeforeTheFeedEnds() async {
    var lines = CountingLines(A.lines)
    let counter = lines
    var seenAt: [String: Int] = [:]
    _ = await FeedClustering.run(
      &lines, path: "feed.jsonl", options: FeedRunOptions(pipeline: PipelineOptions(parallelism: 1), batchLines: 1),
      emit: { seenAt[$0.articles[0]] = counter.handedOut })
    // A, B and C close when line 9 (the first report of 9 March) is read; they are checked while the next line
    // is extracted and are out before lines 11 and 12 are read.
    #expect(seenAt["a-en"] == 10)
    #expect(seenAt["b-en"] == 10)
    #expect(seenAt["c-en"] == 10)
    #expect(seenAt["d-en"] == 12)
  }

  /// A line source that hands out one line at a time but says it had no more ready (a slow stream).
  final class TricklingLines: FeedLineSource {
    var inner: ArrayFeedLines
    var handedOut = 0
    init(_ lines: [String]) { inner = ArrayFeedLines(lines) }
    func next(max: Int) -> [FeedLine]? {
      let batch = inner.next(max: 1)
      handedOut += batch?.count ?? 0
      return batch
    }
  }

  @Test func aSlowStreamGetsItsClustersAtOnce() async {
    var lines = TricklingLines(A.lines)
    let counter = lines
    var seenAt: [String: Int] = [:]
    _ = await FeedClustering.run(
      &lines, path: "feed.jsonl", options: FeedRunOptions(pipeline: PipelineOptions(parallelism: 2), batchLines: 8),
      emit: { seenAt[$0.articles[0]] = counter.handedOut })
    // Short batches: A, B and C are printed as soon as line 9 has been read, before line 10 is asked for.
    #expect(seenAt["a-en"] == 9)
    #expect(seenAt["b-late"] == 11)
  }
}

/// The clustering core on hand-made signatures: blocking, the window, closing, merging.
@Suite struct FeedClustererTests {
  static let day = CivilDate(year: 2025, month: 3, day: 4).dayNumber

  static func sig(
    _ id: String, day: Int = 0, people: [String] = [], places: [String] = [], facts: [String] = [],
    words: [String] = []
  ) -> ArticleSignature {
    ArticleSignature(
      id: id, published: Self.day + day, people: people.flatMap(ArticleSignature.personKeys),
      places: places.map { ArticleSignature.key("l:", $0) }, facts: facts.map { ArticleSignature.key("n:", $0) },
      words: words.map { ArticleSignature.key("w:", $0) })
  }

  @Test func incrementalClosing() {
    var c = FeedClusterer<Int>()
    #expect(c.add(Self.sig("a1", people: ["Igor Semyonov"], places: ["baku"]), payload: 1).isEmpty)
    #expect(c.add(Self.sig("b1", people: ["Vadim Yershov"], places: ["geneva"]), payload: 2).isEmpty)
    #expect(c.add(Self.sig("a2", day: 1, people: ["Игорь Семёнов"], places: ["baku"]), payload: 3).isEmpty)
    #expect(c.openClusters == 2)
    // Day 4 is within the window of a2 (day 1) but past b1's (day 0): b closes now, a stays open.
    let closed = c.add(Self.sig("x1", day: 4, people: ["Tomas Petraitis"], places: ["vilnius"]), payload: 4)
    #expect(closed.map { $0.members.map(\.id) } == [["b1"]])
    #expect(c.openArticles == 3)
    let more = c.add(Self.sig("x2", day: 5, people: ["Tomas Petraitis"], places: ["vilnius"]), payload: 5)
    #expect(more.map { $0.members.map(\.id) } == [["a1", "a2"]])
    #expect(more.first?.payloads == [1, 3])
    #expect(c.finish().map { $0.members.map(\.id) } == [["x1", "x2"]])
    #expect(c.openClusters == 0)
  }

  @Test func aStrayDateDoesNotMoveTheClock() {
    var c = FeedClusterer<Int>()
    _ = c.add(Self.sig("a1", people: ["Igor Semyonov"], places: ["baku"]), payload: 0)
    // A line dated 2099 alone does not close the open clusters…
    #expect(c.add(Self.sig("stray", day: 27_000), payload: 0).isEmpty)
    #expect(c.watermark == Self.day)
    _ = c.add(Self.sig("a2", people: ["Игорь Семёнов"], places: ["baku"]), payload: 0)
    #expect(c.openArticles == 3)
    // … but a gap that the next dated article confirms does (the nearer day becomes the clock).
    let closed = c.add(Self.sig("b1", day: 60, people: ["Vadim Yershov"], places: ["geneva"]), payload: 0)
    #expect(c.watermark == Self.day + 60)
    #expect(closed.map { $0.members.map(\.id) } == [["a1", "a2"]])
  }

  @Test func farApartDaysAreNeverOneEvent() {
    var c = FeedClusterer<Int>(options: FeedClusterOptions(windowDays: 10))
    var closed = c.add(Self.sig("a1", people: ["Igor Semyonov"], places: ["baku"]), payload: 0)
    closed += c.add(Self.sig("a2", day: 11, people: ["Igor Semyonov"], places: ["baku"]), payload: 0)
    closed += c.finish()
    #expect(closed.map { $0.members.map(\.id) } == [["a1"], ["a2"]])
  }

  @Test func aSharedPersonAloneIsNotEnough() {
    // The same minister at two events in two cities on consecutive days.
    var c = FeedClusterer<Int>()
    var a = Self.sig("a1", people: ["Igor Semyonov"], places: ["baku"])
    a.venue = ArticleSignature.key("l:", "baku")
    var b = Self.sig("b1", day: 1, people: ["Igor Semyonov"], places: ["ankara"])
    b.venue = ArticleSignature.key("l:", "ankara")
    _ = c.add(a, payload: 0)
    _ = c.add(b, payload: 0)
    #expect(c.finish().count == 2)
  }

  @Test func aBridgingArticleMergesTwoClusters() {
    var c = FeedClusterer<Int>()
    // An English and a Russian report with nothing in common yet, then one that shares people, place and
    // numbers with both.
    _ = c.add(Self.sig("en", people: ["Igor Semyonov"], places: ["baku"], facts: ["40000", "12"]), payload: 0)
    _ = c.add(Self.sig("ru", people: ["Олег Брусницын"], places: ["baku"], facts: ["40000", "12"]), payload: 0)
    _ = c.add(
      Self.sig("uk", people: ["Ігор Семенов", "Олег Брусніцин"], places: ["baku"], facts: ["40000", "12"]), payload: 0)
    let out = c.finish()
    #expect(out.map { $0.members.map(\.id) } == [["en", "ru", "uk"]])
    #expect(out.first?.number == 1)
  }

  @Test func blockingNeedsASharedKey() {
    // Same day, nothing in common: never compared, two clusters.
    var c = FeedClusterer<Int>()
    _ = c.add(Self.sig("a", words: ["ferrie", "caspia"]), payload: 0)
    _ = c.add(Self.sig("b", words: ["carpet", "museum"]), payload: 0)
    #expect(c.finish().count == 2)
  }
}

/// Reading a feed from a file descriptor: chunks, CRLF, a last line without a break, over-long lines.
@Suite struct FeedLinesTests {
  static func lines(_ text: String, maxBytes: Int = 1 << 20, batch: Int = 2) throws -> [FeedLine] {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString).jsonl").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let fd = open(path, O_RDONLY)
    defer { close(fd) }
    let reader = FileDescriptorFeedLines(fd: fd, maxBytes: maxBytes)
    var out: [FeedLine] = []
    while let b = reader.next(max: batch) { out += b }
    return out
  }

  @Test func linesAndNumbers() throws {
    let out = try Self.lines("one\r\ntwo\n\nfour")
    #expect(out.map(\.number) == [1, 2, 3, 4])
    #expect(out.map { String(decoding: $0.bytes, as: UTF8.self) } == ["one", "two", "", "four"])
  }

  @Test func overlongLinesAreSkippedNotKept() throws {
    let long = String(repeating: "x", count: 3 << 20)
    let out = try Self.lines("short\n\(long)\nafter\n\(long)", maxBytes: 1 << 20)
    #expect(out.map(\.number) == [1, 2, 3, 4])
    #expect(out.map(\.tooLong) == [false, true, false, true])
    #expect(String(decoding: out[2].bytes, as: UTF8.self) == "after")
  }

  @Test func aLineAcrossChunks() throws {
    let line = String(repeating: "é", count: 700_000)  // 1.4 MB: longer than one read
    let out = try Self.lines("\(line)\nend\n")
    #expect(out.count == 2)
    #expect(out[0].bytes.count == 1_400_000)
  }
}
