import FactDiffModel

/// Reports of one event state durations that cannot both hold.
struct DurationMismatch: Check {
  static let info = RuleInfo(
    id: "duration-mismatch", fact: .duration, scope: .acrossSources, severity: .error,
    summary: "Reports of one event give durations that cannot both hold.",
    documentation: """
      The stated durations of the same event and part of it (the main meeting, a one-on-one) are compared across \
      reports as intervals, hedges and rounding applied: "about three hours" (2 h 42 min–3 h 18 min) agrees with \
      "roughly three hours" and "около трех часов"; "half an hour" does not agree with "полтора часа". A report \
      that states no duration but gives a start and an end takes part with that span. A duration already flagged \
      against its own report's span is left out here: the reader needs the cause once. A net length ("not \
      counting breaks", "без урахування обідньої перерви") is its own part, compared only with net lengths; in an \
      event of several days, a length given for one day ("Monday's session ran for eight hours") is that day's.
      """,
    example: "wire: \"first met one-on-one for half an hour\"; agency: \"полтора часа беседовали один на один\"",
    quietExample: "wire: \"two and a half hours\"; daily: \"150 minutes\"")
  static let unit = CheckUnit.groups

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for group in context.comparableGroups[part] {
      var events: Set<String> = []
      for s in group {
        for f in context.doc(s)?.facts ?? [] where f.slot == .duration {
          if let e = f.event, e == "main" || e.hasPrefix("main/") { events.insert(e) }
        }
      }
      out += extents(group, context)
      // In an event of several days, a length given for one of them ("Monday's opening session ran for eight
      // hours") is that day's, not the whole event's.
      let multiDay = group.contains { (context.events.sources[$0]?.extentDays ?? 1) > 1 }
      for event in events.sorted() {
        var statements: [Statement] = []
        for s in group {
          guard let doc = context.doc(s) else { continue }
          let stated = doc.facts.filter {
            $0.event == event && $0.slot == .duration && $0.bounds != nil && !context.flagged.contains($0.id)
              && !(multiDay && Self.namesOneDay($0, doc.source))
          }
          if !stated.isEmpty {
            let sts = stated.map {
              Statement(
                source: s, facts: [$0], strict: $0.bounds!, widened: $0.widened ?? $0.bounds!,
                reading: Describe.interval($0.bounds!, Describe.duration))
            }
            if let m = Comparison.merge(sts) { statements.append(m) }
          } else if let span = EventSpan.of(doc, event: event, context: context),
            !span.facts.contains(where: { context.flagged.contains($0.id) })
          {
            statements.append(
              Statement(
                source: s, facts: span.facts, strict: span.strict, widened: span.widened,
                reading: Describe.interval(span.strict, Describe.duration) + " (\(span.words))"))
          }
        }
        // At least one stated duration must take part: two spans are compared by the time checks.
        guard statements.count >= 2, statements.contains(where: { $0.facts.contains { $0.kind == .duration } }),
          let d = Comparison.compare(statements)
        else { continue }
        guard
          d.pairs.contains(where: {
            $0.0.facts.contains { $0.kind == .duration } || $0.1.facts.contains { $0.kind == .duration }
          })
        else { continue }
        let what = event == "main" ? "how long the event lasted" : "how long the \(event.dropFirst(5)) lasted"
        let message = "reports disagree on \(what): " + Comparison.describeGroups(d)
        let evidence = d.groups.enumerated().flatMap { g, sts in
          sts.flatMap { st in st.facts.map { context.evidence($0, reading: st.reading, group: g) } }
        }
        out.append(
          Finding(
            rule: Self.info.id, fact: .duration, scope: .acrossSources, severity: d.verdict.severity!,
            sources: d.sources, message: message, evidence: evidence, event: event, slot: "duration"))
      }
    }
    return out
  }

  /// The shortest span of a report's start and end that takes part in the comparison of how many days the event
  /// lasted (20 hours).
  static let spanExtentMinimum: Double = 72000

  /// How many days the event lasted, where reports say ("two-day talks" against "five days of talks").
  /// Words that tie a length to one day of an event.
  static let dayWords = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "first day", "second day",
    "third day", "opening day", "final day", "last day", "day one", "day two", "понедельник", "вторник", "сред",
    "четверг", "пятниц", "суббот", "воскресень", "первый день", "второй день", "первого дня", "второго дня",
    "понеділ", "вівтор", "серед", "четвер", "п'ятниц", "п’ятниц", "субот", "неділ", "перший день", "другий день",
    "першого дня", "другого дня",
  ]

  /// True when the words before a length in its sentence tie it to one day ("Tuesday's was shorter, lasting four
  /// hours", "в первый день переговоры шли восемь часов").
  static func namesOneDay(_ f: Fact, _ source: Source) -> Bool {
    let before = source.snippet(TextRange(max(0, f.range.start - 96), f.range.start)).lowercased()
    let sentence = String(before.reversed().prefix { $0 != "." && $0 != ";" }.reversed())
    return dayWords.contains { sentence.contains($0) }
  }

  func extents(_ group: [String], _ context: CheckContext) -> [Finding] {
    var statements: [Statement] = []
    for s in group {
      let facts = context.facts(s, slot: Slot("extent")).filter { $0.bounds != nil }
      let sts = facts.map {
        Statement(
          source: s, facts: [$0], strict: $0.bounds!, widened: $0.widened ?? $0.bounds!,
          reading: Describe.interval($0.bounds!, Describe.duration))
      }
      // A start and an end a day or more apart ("began at 10 a.m. on Monday … ended at 7:30 a.m. on Wednesday")
      // say how long the event lasted as well, more exactly than "nearly two days" beside them.
      if !sts.isEmpty, let doc = context.doc(s), let span = EventSpan.of(doc, event: "main", context: context),
        let least = span.strict.min, least >= Self.spanExtentMinimum,
        !span.facts.contains(where: { context.flagged.contains($0.id) }),
        let m = Comparison.merge(
          sts + [
            Statement(
              source: s, facts: span.facts, strict: span.strict, widened: span.widened,
              reading: Describe.interval(span.strict, Describe.duration) + " (\(span.words))")
          ])
      {
        statements.append(m)
      } else if let m = Comparison.merge(sts) {
        statements.append(m)
      }
    }
    guard statements.count >= 2, let d = Comparison.compare(statements) else { return [] }
    let evidence = d.groups.enumerated().flatMap { g, sts in
      sts.flatMap { st in st.facts.map { context.evidence($0, reading: st.reading, group: g) } }
    }
    return [
      Finding(
        rule: Self.info.id, fact: .duration, scope: .acrossSources, severity: d.verdict.severity!, sources: d.sources,
        message: "reports disagree on how many days the event lasted: " + Comparison.describeGroups(d),
        evidence: evidence, event: "main", slot: "extent")
    ]
  }
}
