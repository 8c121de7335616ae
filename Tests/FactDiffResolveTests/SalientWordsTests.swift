import FactDiffModel
import Testing

@testable import FactDiffResolve

/// A run gathers its reports' salient words in one table as their analyses end, in any order (`SalientWords`):
/// each report's words must come back as numbers ordered as their hashes are, so that joining reports by them gives
/// the groups the hashes give.
@Suite struct SalientWordsTests {
  /// Numbers compare as the hashes they stand for, whatever order the reports were added in; a report's numbers
  /// are ascending and as many as its words; two reports share as many numbers as hashes.
  @Test(arguments: [1, 2, 3])
  func numbersFollowTheHashes(seed: UInt64) {
    let s = EventMatcherTests.reports(300, seed: seed)
    var rng = SplitMix64(seed: seed &* 7)
    var table = SalientWords(reports: s.count)
    var order = Array(s.indices)
    for k in order.indices.reversed() { order.swapAt(k, Int(rng.next() % UInt64(k + 1))) }
    for k in order { table.add(report: k, s[k].salient) }
    table.finish()
    var hashOf: [UInt32: UInt64] = [:]
    for k in s.indices {
      let words = Array(table.words(of: k))
      #expect(words.count == s[k].salient.count && table.count(of: k) == words.count)
      #expect(words == words.sorted())
      for (n, h) in zip(words, s[k].salient) {
        #expect(hashOf[n, default: h] == h, "one number, one hash")
        hashOf[n] = h
      }
    }
    let numbers = hashOf.keys.sorted()
    #expect(numbers.map { hashOf[$0]! } == numbers.map { hashOf[$0]! }.sorted())
    #expect(table.wordCount == Set(s.flatMap(\.salient)).count)
    for a in 0..<40 {
      for b in 40..<80 {
        #expect(
          EventMatcher.sharedCount(table.words(of: a), table.words(of: b))
            == EventMatcher.sharedCount(s[a].salient, s[b].salient))
      }
    }
  }

  /// Word links from a table gathered out of order are those made from the summaries' own words, and they join
  /// some reports (a table that lost words would join fewer).
  @Test(arguments: [2, 5])
  func linksFromTheTableAreTheLinksFromTheWords(seed: UInt64) {
    var s = EventMatcherTests.reports(200, seed: seed)
    let groups = EventMatcher.groups(s)
    var table = SalientWords(reports: s.count)
    for k in s.indices.reversed() { table.add(report: k, s[k].salient) }
    table.finish()
    for k in s.indices { s[k].salient = [] }
    let links = EventMatcher.wordLinks(s, words: table)
    #expect(EventMatcher.groups(s, words: links) == groups)
    #expect(EventMatcher.groups(s, words: EventMatcher.wordLinks(s)) != groups)
  }

  /// Reports with no words, and a report with more words than a block holds, read back as added.
  @Test func emptyReportsAndLongOnes() {
    var table = SalientWords(reports: 4)
    let long = (0..<UInt64(SalientWords.blockSize + 5)).map { $0 * 3 }
    table.add(report: 1, [6, 9])
    table.add(report: 2, long)
    table.add(report: 3, [1, 9])
    table.finish()
    #expect(table.words(of: 0).isEmpty && table.count(of: 0) == 0)
    #expect(table.words(of: 2).count == long.count)
    #expect(EventMatcher.sharedCount(table.words(of: 1), table.words(of: 3)) == 1)
    #expect(EventMatcher.sharedCount(table.words(of: 1), table.words(of: 2)) == 2)
  }
}
