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
  static func reports(_ n: Int, seed: UInt64) -> [SourceEvents] {
    var rng = SplitMix64(seed: seed)
    func pick(_ k: Int) -> Int { Int(rng.next() % UInt64(k)) }
    return (0..<n).map { i in
      var e = SourceEvents(source: "r\(String(i + 1000))")
      if pick(6) != 0 { e.mainDate = CivilDate(year: 2025, month: 3, day: 1 + pick(20)) }
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
