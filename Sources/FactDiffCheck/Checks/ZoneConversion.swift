import FactDiffExtract
import FactDiffModel

/// A clock time restated in another zone in the same breath: "10:00 Moscow time (07:00 GMT)".
struct ZoneConversion: Check {
  static let info = RuleInfo(
    id: "zone-conversion", fact: .time, scope: .withinSource, severity: .error,
    summary: "A time restated in another zone does not convert to the same moment.",
    documentation: """
      When a report gives a time and, in parentheses right after it, the same time in another zone, both are put \
      on the UTC time line of the event's day with the zones' offsets on that day (daylight saving included, from \
      ICU's time-zone data). "Local time" is the zone of the event's place. The two must be the same moment, \
      on whichever day puts them nearest: 9:00 in Wellington is 20:00 GMT the day before.
      """,
    example: "The call began at 10:00 Moscow time (08:00 GMT).",
    quietExample: "The meeting began at 10:00 local time (0700 GMT) in Riyadh.")
  static let unit = CheckUnit.documents

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for doc in context.documents(part) {
      guard let date = context.referenceDate(doc.source.id) else { continue }
      let zone = context.events.eventZone(of: doc.source.id)
      let times = doc.facts.filter { $0.kind == .time && $0.bounds != nil }
      var pairs: [(Fact, Fact)] = []
      for k in times.indices.dropLast() where isParenthetical(doc, times[k], times[k + 1]) {
        // A span restated as a span: "from 10:00 to 15:40 local time (0500-1040 GMT)" pairs start with start and
        // end with end, not the first span's end with the second's start.
        if k >= 1, k + 2 < times.count, joinsRange(doc, times[k - 1], times[k]),
          joinsRange(doc, times[k + 1], times[k + 2])
        {
          pairs.append((times[k - 1], times[k + 1]))
          pairs.append((times[k], times[k + 2]))
        } else {
          pairs.append((times[k], times[k + 1]))
        }
      }
      for (a, b) in pairs {
        guard let pa = TimeFrame.place(a, date: date, eventZone: zone),
          let pb = TimeFrame.place(b, date: date, eventZone: zone),
          pa.basis != .assumed, pb.basis != .assumed
        else { continue }
        // "9:00 по местному времени (20:00 GMT)" in Wellington: the GMT figure is on the day before; the
        // restatement is compared on whichever day puts it nearest.
        var bStrict = pb.strict
        var bWidened = pb.widened
        if let x = pa.strict.min, let y = bStrict.min {
          let shift = ((x - y) / 86400).rounded() * 86400
          bStrict = bStrict.shifted(by: shift)
          bWidened = bWidened.shifted(by: shift)
        }
        let v = Verdict.of(strict: pa.strict, bStrict, widened: pa.widened, bWidened)
        guard let severity = v.severity else { continue }
        let ua = Describe.interval(pa.strict, Describe.clock)
        let ub = Describe.interval(bStrict, Describe.clock)
        let message =
          "\(Describe.quoted(a.text)) is \(ua) UTC on \(Describe.date(date)) (\(pa.zoneLabel)), but the report restates it as \(Describe.quoted(b.text)), \(ub) UTC"
        out.append(
          Finding(
            rule: Self.info.id, fact: .time, scope: .withinSource, severity: severity, sources: [doc.source.id],
            message: message,
            evidence: [
              context.evidence(a, reading: "\(ua) UTC", group: 0), context.evidence(b, reading: "\(ub) UTC", group: 1),
            ], event: a.event, slot: a.slot?.name))
      }
    }
    return out
  }

  /// True when `a` and `b` are the two ends of one range: in one sentence, with only a dash or "to" / "до" / "по"
  /// between them.
  func joinsRange(_ doc: Document, _ a: Fact, _ b: Fact) -> Bool {
    guard a.sentence == b.sentence, b.range.start >= a.range.end, b.range.start - a.range.end <= 6 else { return false }
    let between = doc.source.snippet(TextRange(a.range.end, b.range.start)).lowercased()
    let word = String(between.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    return ["-", "–", "—", "to", "до", "по", "until"].contains(word)
  }

  /// True when `b` follows `a` within a few tokens, inside parentheses.
  func isParenthetical(_ doc: Document, _ a: Fact, _ b: Fact) -> Bool {
    guard a.sentence == b.sentence, b.range.start > a.range.end, b.range.start - a.range.end < 60 else { return false }
    let between = doc.source.snippet(TextRange(a.range.end, b.range.start))
    return between.contains("(")
  }
}
