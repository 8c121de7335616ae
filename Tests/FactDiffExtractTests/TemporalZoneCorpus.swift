import FactDiffModel
import Testing
import _FactDiffTestSupport

/// Where a written zone reaches: the time it follows and the start of the span it closes, then forward to later bare
/// times of the same sentence until a time with its own zone; never backwards, never into or out of parentheses.
struct ZoneCase: Sendable, CustomStringConvertible {
  var language: Language
  var phrase: String
  /// Every clock time of the phrase with the zone it must have ("UTC+00:00", "local", "Europe/Moscow"), nil when it
  /// must have none.
  var times: [(hour: Int, minute: Int, zone: String?)]
  var description: String { "[\(language)] \(phrase)" }
}

enum TemporalZoneCorpus {
  static let all: [ZoneCase] = [
    // The zone in parentheses is the parenthesis' own.
    ZoneCase(
      language: .en, phrase: "The meeting began at 10 a.m. (0200 GMT) and lasted about three hours.",
      times: [(10, 0, nil), (2, 0, "UTC+00:00")]),
    ZoneCase(
      language: .en, phrase: "Talks ran from 10 a.m. (0400 GMT) until about 3:30 p.m. local time.",
      times: [(10, 0, "local"), (4, 0, "UTC+00:00"), (15, 30, "local")]),
    ZoneCase(
      language: .en, phrase: "Talks began at 9:00 a.m. local time (0200 GMT) and ended at 12:40 p.m.",
      times: [(9, 0, "local"), (2, 0, "UTC+00:00"), (12, 40, "local")]),
    ZoneCase(
      language: .en, phrase: "The call began at 4:30 p.m. New Delhi time (1100 GMT) and ended at 6 p.m.",
      times: [(16, 30, "Asia/Kolkata"), (11, 0, "UTC+00:00"), (18, 0, "Asia/Kolkata")]),
    ZoneCase(
      language: .en, phrase: "The talks (due at 10:00 GMT) began at 10:30.",
      times: [(10, 0, "UTC+00:00"), (10, 30, nil)]),
    ZoneCase(
      language: .en, phrase: "They met at 10:00 Moscow time (11:00 in Kyiv).",
      times: [(10, 0, "Europe/Moscow"), (11, 0, nil)]),
    // Forward within the sentence, until a time with its own zone.
    ZoneCase(
      language: .en, phrase: "Talks began at 10:00 Moscow time and ended at 16:20.",
      times: [(10, 0, "Europe/Moscow"), (16, 20, "Europe/Moscow")]),
    ZoneCase(
      language: .en, phrase: "Talks began at 10:00 Moscow time, paused at 13:00 Kyiv time and ended at 16:20.",
      times: [(10, 0, "Europe/Moscow"), (13, 0, "Europe/Kyiv"), (16, 20, "Europe/Kyiv")]),
    ZoneCase(
      language: .en, phrase: "Talks began at 10:00 Moscow time. They ended at 16:20.",
      times: [(10, 0, "Europe/Moscow"), (16, 20, nil)]),
    // Never backwards, except to the start of the span the zone closes.
    ZoneCase(
      language: .en, phrase: "Talks began at 9:30 and ended at about 15:20 local time.",
      times: [(9, 30, nil), (15, 20, "local")]),
    ZoneCase(
      language: .en, phrase: "They talked from 9:30 a.m. till 3:20 p.m. local time.",
      times: [(9, 30, "local"), (15, 20, "local")]),
    ZoneCase(
      language: .en, phrase: "They talked between 10 a.m. and noon GMT.",
      times: [(10, 0, "UTC+00:00"), (12, 0, "UTC+00:00")]),
    ZoneCase(
      language: .ru, phrase: "Встреча началась в 10:00 по местному времени (7:00 мск) и завершилась в 16:20.",
      times: [(10, 0, "local"), (7, 0, "Europe/Moscow"), (16, 20, "local")]),
    ZoneCase(
      language: .ru, phrase: "Переговоры начались в 9:30 и завершились около 15:20 по местному времени.",
      times: [(9, 30, nil), (15, 20, "local")]),
    ZoneCase(
      language: .ru, phrase: "Переговоры шли с 10:00 (7:00 мск) до 16:20 по местному времени.",
      times: [(10, 0, "local"), (7, 0, "Europe/Moscow"), (16, 20, "local")]),
    ZoneCase(
      language: .ru, phrase: "Консультации начались в 10:00 по пекинскому времени (5:00 мск).",
      times: [(10, 0, "Asia/Shanghai"), (5, 0, "Europe/Moscow")]),
    ZoneCase(
      language: .uk,
      phrase: "Переговори почалися о 10:00 за місцевим часом (7:00 за київським часом) і завершилися о 16:20.",
      times: [(10, 0, "local"), (7, 0, "Europe/Kyiv"), (16, 20, "local")]),
    ZoneCase(
      language: .uk, phrase: "Переговори почалися о 9:30 і завершилися близько 15:20 за місцевим часом.",
      times: [(9, 30, nil), (15, 20, "local")]),
    ZoneCase(
      language: .uk, phrase: "Зустріч тривала з 10:00 до 13:00 за київським часом.",
      times: [(10, 0, "Europe/Kyiv"), (13, 0, "Europe/Kyiv")]),
  ]
}

@Test(arguments: TemporalZoneCorpus.all)
func zoneReach(_ c: ZoneCase) {
  let facts = ExtractionHarness.facts(c.phrase, language: c.language)
  let times: [(ClockTime, Fact)] = facts.compactMap {
    if case .time(let t) = $0.value { return (t, $0) }
    return nil
  }
  #expect(times.count == c.times.count, "\(c): \(times.map(\.1.text))")
  for want in c.times {
    guard let (t, f) = times.first(where: { $0.0.hour == want.hour && $0.0.minute == want.minute }) else {
      Issue.record("\(c): no time \(want.hour):\(want.minute)")
      continue
    }
    if let z = want.zone {
      #expect(t.zone?.json == z && t.zoneStated, "\(c): “\(f.text)” has \(t.zone?.json ?? "no zone"), want \(z)")
    } else {
      #expect(t.zone == nil && !t.zoneStated, "\(c): “\(f.text)” has \(t.zone?.json ?? "no zone"), want none")
    }
  }
}

/// A restatement in parentheses does not stop a span: "from 10 a.m. (0400 GMT) until about 3:30 p.m.".
@Test func spanAcrossAParenthesis() throws {
  let facts = ExtractionHarness.facts(
    "Talks ran from 10 a.m. (0400 GMT) until about 3:30 p.m. local time.", language: .en)
  let span = try #require(facts.first { $0.kind == .span })
  guard case .span(let a, let b) = span.value else { return }
  #expect(a.hour == 10 && b.hour == 15 && b.minute == 30)
  #expect(a.zone?.json == "local" && b.zone?.json == "local")
}
