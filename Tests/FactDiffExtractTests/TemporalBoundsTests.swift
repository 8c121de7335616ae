import FactDiffModel
import Testing
import _FactDiffTestSupport

/// A sample of facts checked to the number: grain, strict and widened intervals, text and position.
struct BoundsSample: Sendable, CustomStringConvertible {
  var phrase: String
  var language: Language
  var kind: FactKind
  var text: String
  var grain: Double
  var bounds: Interval
  var widened: Interval
  var description: String { phrase }
}

enum TemporalBoundsSamples {
  static let all: [BoundsSample] = [
    BoundsSample(
      phrase: "It lasted nearly six and a half hours.", language: .en, kind: .duration,
      text: "nearly six and a half hours", grain: 1800, bounds: Interval(min: 21600, max: 23400),
      widened: Interval(min: 20700, max: 24300)),
    BoundsSample(
      phrase: "They broke up at about 4:20 p.m.", language: .en, kind: .time, text: "about 4:20 p.m.", grain: 600,
      bounds: Interval(min: 58200, max: 59400), widened: Interval(min: 57900, max: 59700)),
    BoundsSample(
      phrase: "Встреча началась в 10:00.", language: .ru, kind: .time, text: "10:00", grain: 3600,
      bounds: Interval(min: 36000, max: 36000), widened: Interval(min: 35700, max: 36300)),
    BoundsSample(
      phrase: "Переговоры шли с 10:00 до 16:20.", language: .ru, kind: .span, text: "с 10:00 до 16:20", grain: 3600,
      bounds: Interval(min: 22800, max: 22800), widened: Interval(min: 22200, max: 23400)),
    BoundsSample(
      phrase: "Консультации продлились более шести часов.", language: .ru, kind: .duration,
      text: "более шести часов", grain: 3600, bounds: Interval(min: 21600, max: 25200, minOpen: true),
      widened: Interval(min: 21600, max: nil, minOpen: true)),
    BoundsSample(
      phrase: "More than 600 companies took part.", language: .en, kind: .number, text: "More than 600 companies",
      grain: 200, bounds: Interval(min: 600, max: 800, minOpen: true),
      widened: Interval(min: 600, max: nil, minOpen: true)),
    BoundsSample(
      phrase: "They signed at least 12 agreements.", language: .en, kind: .number, text: "at least 12 agreements",
      grain: 2, bounds: Interval(min: 12, max: nil), widened: Interval(min: 11.4, max: nil)),
    BoundsSample(
      phrase: "Deals worth $2.5 billion were signed.", language: .en, kind: .number, text: "$2.5 billion",
      grain: 5e8, bounds: Interval(min: 2.5e9, max: 2.5e9), widened: Interval(min: 2.375e9, max: 2.625e9)),
    BoundsSample(
      phrase: "Переговори тривали кілька годин.", language: .uk, kind: .duration, text: "кілька годин", grain: 3600,
      bounds: Interval(min: 10800, max: 32400), widened: Interval(min: 10800, max: 32400)),
    BoundsSample(
      phrase: "Прийшли десятки людей.", language: .uk, kind: .number, text: "десятки людей", grain: 0,
      bounds: Interval(min: 24, max: 99), widened: Interval(min: 24, max: 99)),
    BoundsSample(
      phrase: "Подписано от 10 до 12 соглашений.", language: .ru, kind: .number, text: "от 10 до 12 соглашений",
      grain: 2, bounds: Interval(min: 10, max: 12), widened: Interval(min: 9, max: 13)),
  ]
}

@Test(arguments: TemporalBoundsSamples.all)
func factBoundsAndText(_ s: BoundsSample) throws {
  let facts = ExtractionHarness.facts(s.phrase, language: s.language)
  let f = try #require(facts.first { $0.kind == s.kind }, "no \(s.kind) in \(facts.map(\.text))")
  #expect(f.text == s.text)
  #expect(f.grain == s.grain)
  #expect(f.bounds == s.bounds)
  #expect(f.widened == s.widened)
}

@Test func positionsCountUnicodeScalars() throws {
  let facts = ExtractionHarness.facts("Встреча началась в 10:00 и завершилась в 16:20.", language: .ru)
  let times = facts.filter { $0.kind == .time }
  try #require(times.count == 2)
  #expect(times[0].position.line == 1)
  #expect(times[0].position.column == 20)
  #expect(times[0].position.offset == 19)
  #expect(times[0].position.length == 5)
  #expect(times[1].position.column == 42)
  #expect(facts.map(\.id) == facts.indices.map { "t#\($0 + 1)" })
}

@Test func sourceZoneFillsBareTimes() throws {
  let facts = ExtractionHarness.facts("The call began at 10:00.", language: .en, timezone: "Europe/Istanbul")
  let f = try #require(facts.first { $0.kind == .time })
  guard case .time(let t) = f.value else { return }
  #expect(t.zone == .zone("Europe/Istanbul"))
  #expect(t.zoneStated == false)
}

@Test func endBeforeStartNeedsAWord() {
  let plain = ExtractionHarness.facts("from 16:00 to 10:00", language: .en)
  #expect(!plain.contains { $0.kind == .span })
  let overnight = ExtractionHarness.facts("talks ran overnight from 22:00 to 03:00", language: .en)
  let span = overnight.first { $0.kind == .span }
  #expect(span?.bounds == Interval(min: 18000, max: 18000))
}

@Test func relativeDatesNeedPublished() {
  let facts = ExtractionHarness.facts("They met yesterday and on Tuesday.", language: .en, published: nil)
  #expect(!facts.contains { $0.kind == .date })
}

@Test func yearInferredNearestPublished() throws {
  let facts = ExtractionHarness.facts(
    "Talks on 28 December.", language: .en, published: CivilDate(year: 2025, month: 1, day: 3))
  let f = try #require(facts.first { $0.kind == .date })
  guard case .date(let d) = f.value else { return }
  #expect(d.year == 2024)
  #expect(d.resolvedFromPublished)
}
