import FactDiffModel

/// A start–end span against a stated duration, within one report.
struct SpanVsDuration: Check {
  static let info = RuleInfo(
    id: "span-vs-duration", fact: .duration, scope: .withinSource, severity: .error,
    summary: "A report's own start and end times do not fit the duration it states.",
    documentation: """
      For each event of a report (the main event and parts of it, such as a one-on-one), the start and end times \
      it states give a span; every duration the same report states for that event must fit it. Both sides are \
      read as intervals once hedges and rounding are applied ("about 4:20 p.m." is 16:10–16:30; "nearly six and a \
      half hours" is 6 h–6 h 30 min). The finding names the statements that cannot all hold and shows the \
      arithmetic: a warning when only the widened readings meet (the figures differ beyond their stated \
      precision), an error when even they do not. On the night the clocks change, the span is measured on the \
      UTC line (10 p.m. to 4 a.m. is seven hours when the clocks went back at 3 a.m.).
      """,
    example: "The meeting started at 10 a.m. and lasted six and a half hours, ending at 4:20 p.m.",
    quietExample: "The session opened at 10:00 a.m. and broke up at about 4:20 p.m., nearly six and a half hours later."
  )
  static let unit = CheckUnit.documents

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for doc in context.documents(part) {
      let events = Set(doc.facts.compactMap(\.event)).filter { $0 == "main" || $0.hasPrefix("main/") }.sorted()
      for event in events {
        guard let span = EventSpan.of(doc, event: event, context: context) else { continue }
        let durations = doc.facts.filter { $0.event == event && $0.slot == .duration && $0.bounds != nil }
        var bad: [(Fact, Verdict)] = []
        for d in durations {
          let v = Verdict.of(strict: span.strict, d.bounds!, widened: span.widened, d.widened ?? d.bounds!)
          if v != .consistent { bad.append((d, v)) }
        }
        guard !bad.isEmpty else { continue }
        let verdict = bad.map(\.1).max()!
        let first = bad[0].0
        let stated = Describe.interval(first.bounds!, Describe.duration)
        var message = "\(span.words) is \(Describe.interval(span.strict, Describe.duration)), but the report says "
        message += "\(Describe.quoted(first.text)) (\(stated))"
        let gap = span.strict.gap(to: first.bounds!)
        if verdict == .minor {
          message += ": \(Describe.duration(gap)) apart, within the rounding of \(Describe.grainPhrase(first.grain))"
        } else {
          let short = (span.strict.max ?? 0) < (first.bounds!.min ?? 0)
          message += ": \(Describe.duration(gap)) \(short ? "short" : "over"), beyond any rounding"
        }
        if bad.count > 1 {
          message += "; also " + bad.dropFirst().map { Describe.quoted($0.0.text) }.joined(separator: ", ")
        }
        if event != "main" { message += " (\(event.dropFirst(5)))" }
        var evidence = span.facts.map { context.evidence($0, reading: reading(of: $0), group: 0) }
        evidence += bad.map {
          context.evidence($0.0, reading: Describe.interval($0.0.bounds!, Describe.duration), group: 1)
        }
        out.append(
          Finding(
            rule: Self.info.id, fact: .duration, scope: .withinSource, severity: verdict.severity!,
            sources: [doc.source.id], message: message, evidence: evidence, event: event, slot: "duration"))
      }
    }
    return out
  }

  func reading(of f: Fact) -> String? {
    switch f.value {
    case .time: return f.bounds.map { Describe.interval($0, Describe.clock) }
    case .span: return f.bounds.map { Describe.interval($0, Describe.duration) }
    default: return nil
    }
  }
}
