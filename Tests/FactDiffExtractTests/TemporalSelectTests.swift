import FactDiffModel
import Testing

@testable import FactDiffExtract

/// `TemporalStage.select` moves the chosen candidates into place when they lie in text order in its input, and
/// copies them otherwise: either way it must choose what the plain rule chooses (longest first, then the higher
/// priority, then the earlier; nothing overlapping a chosen one) and give it in text order, payloads intact.
@Suite struct TemporalSelectTests {
  /// The rule written plainly.
  static func reference(_ all: [TemporalCandidate]) -> [TemporalCandidate] {
    let order = all.indices.sorted { a, b in
      let x = all[a]
      let y = all[b]
      if x.tokens.count != y.tokens.count { return x.tokens.count > y.tokens.count }
      if x.priority != y.priority { return x.priority > y.priority }
      return x.tokens.lowerBound < y.tokens.lowerBound
    }
    var chosen: [Int] = []
    for k in order {
      let r = all[k].tokens
      if !r.isEmpty, chosen.contains(where: { !all[$0].tokens.isEmpty && all[$0].tokens.overlaps(r) }) { continue }
      chosen.append(k)
    }
    return chosen.sorted { all[$0].tokens.lowerBound < all[$1].tokens.lowerBound }.map { all[$0] }
  }

  static func describe(_ c: TemporalCandidate) -> String {
    let payload: String
    switch c.payload {
    case .time(let t): payload = "time \(t.hour):\(t.minute)"
    case .date(let d): payload = "date \(d.day)"
    case .duration(let d): payload = "duration \(d.seconds)"
    }
    return "\(c.tokens) \(c.priority) \(payload) \(c.extra.count)"
  }

  @Test(arguments: [false, true])
  func choosesWhatThePlainRuleChooses(shuffled: Bool) {
    var rng = SystemRandomNumberGenerator()
    for round in 0..<3000 {
      let tokenCount = Int.random(in: 1...40, using: &rng)
      var all: [TemporalCandidate] = []
      // Token by token, as the extractors propose them (starts never decrease), unless shuffled.
      for i in 0..<tokenCount where Int.random(in: 0..<3, using: &rng) == 0 {
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
          let end = min(tokenCount, i + Int.random(in: 1...5, using: &rng))
          let payload: TemporalPayload
          switch Int.random(in: 0..<3, using: &rng) {
          case 0: payload = .time(ParsedTime(hour: i % 24, minute: round % 60, zone: nil, pm: nil))
          case 1: payload = .date(DateValue(year: 2024, month: 3, day: 1 + i % 28))
          default:
            payload = .duration(ParsedDuration(seconds: Double(i), upper: nil, unit: 60, writtenInDays: false))
          }
          var c = TemporalCandidate(tokens: i..<end, payload: payload, priority: Int.random(in: 0...2, using: &rng))
          if Bool.random(using: &rng) { c.extra = [(i..<end, payload)] }
          all.append(c)
        }
      }
      if shuffled { all.shuffle(using: &rng) }
      let expected = Self.reference(all).map(Self.describe)
      let got = TemporalStage.select(all, tokenCount: tokenCount).map(Self.describe)
      #expect(got == expected)
    }
  }
}
