import FactDiffExtract
import FactDiffModel

/// The length of an event from its start and end statements in one report (or a stated span).
struct EventSpan {
  let strict: Interval
  let widened: Interval
  /// The statements it comes from.
  let facts: [Fact]
  /// "10 a.m.–4:20 p.m." in the report's words.
  let words: String

  /// The span of `event` in `doc`: a stated span if there is one, else its start and end statements (which must
  /// agree among themselves). Nil when the report gives no start or no end.
  static func of(_ doc: Document, event: String, context: CheckContext) -> EventSpan? {
    let facts = doc.facts.filter { $0.event == event }
    if let s = facts.first(where: { $0.slot == .span && $0.bounds != nil }) {
      let ends = facts.filter { $0.kind == .time && s.range.contains($0.range) }
      return EventSpan(
        strict: s.bounds!, widened: s.widened ?? s.bounds!, facts: ends.isEmpty ? [s] : ends, words: s.text)
    }
    let starts = facts.filter { $0.slot == .start && $0.bounds != nil }
    let ends = facts.filter { $0.slot == .end && $0.bounds != nil }
    guard let start = mergedTime(starts, doc: doc, context: context),
      let end = mergedTime(ends, doc: doc, context: context)
    else { return nil }
    var strict = end.strict.minus(start.strict)
    var widened = end.widened.minus(start.widened)
    // On the night the clocks change, the wall-clock difference is off by the change ("10 p.m. to 4 a.m." is seven
    // hours when the clocks went back at 3 a.m.): both ends are put on the UTC line of their own days.
    if let date = context.referenceDate(doc.source.id) {
      let zone = context.events.eventZone(of: doc.source.id)
      if let a = TimeFrame.place(start.facts[0], date: date, eventZone: zone),
        let b = TimeFrame.place(end.facts[0], date: date, eventZone: zone), a.offset != b.offset,
        abs(a.offset - b.offset) <= 3600, sameFrame(start.facts[0], end.facts[0])
      {
        let change = Double(a.offset - b.offset)
        strict = strict.shifted(by: change)
        widened = widened.shifted(by: change)
      }
    }
    // An end before the start belongs to the next day only when the words say so ("overnight"): not here.
    if let m = strict.max, m < 0 {
      _ = m
    } else if let m = strict.min, m < 0 {
      strict = strict.intersection(Interval(min: 0, max: nil)) ?? strict
      widened = widened.intersection(Interval(min: 0, max: nil)) ?? widened
    }
    return EventSpan(
      strict: strict, widened: widened, facts: start.facts + end.facts,
      words: "\(start.facts[0].text)–\(end.facts[0].text)")
  }

  /// Several statements of one end, put on one scale: the same zone, else UTC when zones differ.
  static func mergedTime(_ facts: [Fact], doc: Document, context: CheckContext) -> (
    strict: Interval, widened: Interval, facts: [Fact]
  )? {
    guard let first = facts.first else { return nil }
    var strict = first.bounds!
    var widened = first.widened ?? strict
    for f in facts.dropFirst() {
      guard sameFrame(first, f), let s = strict.intersection(f.bounds!) else { continue }
      strict = s
      widened = widened.intersection(f.widened ?? f.bounds!) ?? s
    }
    return (strict, widened, [first] + facts.dropFirst().filter { sameFrame(first, $0) })
  }

  /// Two times read on the same clock (same zone, or both without one).
  static func sameFrame(_ a: Fact, _ b: Fact) -> Bool {
    guard case .time(let x) = a.value, case .time(let y) = b.value else { return false }
    func key(_ z: TimeZoneRef?) -> String { z.map { $0 == .local ? "" : $0.json } ?? "" }
    return key(x.zone) == key(y.zone)
  }
}

extension Describe {
  /// "a half-hour figure", "a figure rounded to the hour".
  static func grainPhrase(_ g: Double?) -> String {
    switch g ?? 0 {
    case 86400: return "a figure in whole days"
    case 3600: return "a figure rounded to the hour"
    case 1800: return "a half-hour figure"
    case 900: return "a quarter-hour figure"
    case 600: return "a figure rounded to ten minutes"
    case 300: return "a figure rounded to five minutes"
    case 0: return "an exact figure"
    default: return "its rounding"
    }
  }
}
