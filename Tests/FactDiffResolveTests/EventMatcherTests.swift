import FactDiffModel
import Testing

@testable import FactDiffResolve

/// Matching main events by key gives the groups that comparing every pair of reports gives.
@Suite struct EventMatcherTests {
  /// The groups of comparing every pair with `EventMatcher.sameEvent`.
  static func allPairs(_ s: [SourceEvents]) -> [[String]] {
    var sets = UnionFind(count: s.count)
    for i in s.indices {
      for j in s.indices where j > i && EventMatcher.sameEvent(s[i], s[j]) { sets.union(i, j) }
    }
    return sets.groups().map { $0.map { s[$0].source }.sorted() }.sorted { $0[0] < $1[0] }
  }

  /// Random reports over few people, places, venues, days and words, so that every way of matching (and the
  /// date window, reports without a date, the share of salient words) is met many times.
  ///
  /// No chain of links may stretch a group past the window, for the limit on a group's span (`EventSets`) not to
  /// decide: with odd seeds the days are three runs of four, a week apart, and every report is dated (a report
  /// without a date would bridge the runs); with even seeds the days are one run of four and one report in six has
  /// no date.
  static func reports(_ n: Int, seed: UInt64) -> [SourceEvents] {
    var rng = SplitMix64(seed: seed)
    func pick(_ k: Int) -> Int { Int(rng.next() % UInt64(k)) }
    let runs = seed % 2 == 1 ? 3 : 1
    return (0..<n).map { i in
      var e = SourceEvents(source: "r\(String(i + 1000))")
      if runs > 1 || pick(6) != 0 { e.mainDate = CivilDate(year: 2025, month: 3, day: 1 + 7 * pick(runs) + pick(4)) }
      if pick(4) == 0 { e.people.insert("P\(pick(40))") }
      if pick(5) == 0 {
        e.venue = PlaceValue(name: "v", entity: "L\(pick(30))")
        e.places.insert(e.venue!.entity)
      }
      if pick(4) == 0 { e.places.insert("L\(pick(30))") }
      var words = Set<UInt64>()
      let topic = UInt64(pick(12)) * 1000
      for _ in 0..<(pick(3) == 0 ? pick(4) : 4 + pick(60)) {
        words.insert(pick(3) == 0 ? UInt64(pick(50)) : topic + UInt64(pick(40)))
      }
      e.salient = words.sorted()
      return e
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
  func sameGroupsAsComparingEveryPair(seed: UInt64) {
    let s = Self.reports(150 + Int(seed) * 20, seed: seed)
    let groups = EventMatcher.groups(s)
    #expect(groups == Self.allPairs(s))
    // Neither one group nor none: the run has something to match and something to keep apart.
    #expect(groups.count > 3 && groups.count < s.count - 3)
    // Salient words alone join some reports here (with them ignored, the grouping differs).
    var wordless = s
    for k in wordless.indices { wordless[k].salient = [] }
    #expect(EventMatcher.groups(wordless) != groups)
  }

  /// Reports joined by salient words first (before entity resolution, their words then freed) end in the same
  /// groups as when every link is made at once.
  @Test(arguments: [1, 2, 3, 4])
  func wordLinksFirstGiveTheSameGroups(seed: UInt64) {
    var s = Self.reports(150 + Int(seed) * 20, seed: seed)
    let groups = EventMatcher.groups(s)
    let words = EventMatcher.wordLinks(s)
    for k in s.indices { s[k].salient = [] }
    #expect(EventMatcher.groups(s, words: words) == groups)
  }

  /// A report a day for three weeks, each naming the same spokesman as the next: every neighbour is within the
  /// window, so the chain would make one event of three weeks. Each group spans at most the window instead, and
  /// the reports of one day stay together.
  @Test func aChainOfDailyReportsIsNotOneEvent() {
    var s: [SourceEvents] = []
    for day in 1...21 {
      for k in 0..<2 {
        var e = SourceEvents(source: "d\(day < 10 ? "0" : "")\(day)-\(k)")
        e.mainDate = CivilDate(year: 2025, month: 3, day: day)
        e.people = ["P1"]
        s.append(e)
      }
    }
    let groups = EventMatcher.groups(s)
    #expect(groups.count > 4)
    let day = Dictionary(uniqueKeysWithValues: s.map { ($0.source, $0.mainDate!.dayNumber) })
    for g in groups {
      let days = g.map { day[$0]! }
      #expect(days.max()! - days.min()! <= EventMatcher.dateWindow, "\(g)")
    }
    for day in 1...21 {
      let prefix = "d\(day < 10 ? "0" : "")\(day)-"
      #expect(groups.contains { g in g.filter { $0.hasPrefix(prefix) }.count == 2 }, "day \(day) split")
    }
  }

  /// The look-alike: reports of one event that disagree on its day by one or three days (a finding, not two
  /// events) stay one group.
  @Test func aDateConflictWithinTheWindowStaysOneEvent() {
    var s: [SourceEvents] = []
    for (k, day) in [10, 11, 10, 13].enumerated() {
      var e = SourceEvents(source: "r\(k)")
      e.mainDate = CivilDate(year: 2025, month: 3, day: day)
      e.people = ["P1"]
      s.append(e)
    }
    #expect(EventMatcher.groups(s) == [["r0", "r1", "r2", "r3"]])
  }

  @Test func emptyAndSingle() {
    #expect(EventMatcher.groups([]) == [])
    #expect(EventMatcher.groups([SourceEvents(source: "a")]) == [["a"]])
  }
}

/// A small seeded generator for the tests.
struct SplitMix64 {
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
