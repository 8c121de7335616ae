import FactDiffExtract
import FactDiffModel
import FactDiffResolve
import FactDiffText

/// Reports of one event give different start (or end) times, once each is put on the UTC time line.
struct TimeMismatch: Check {
  static let info = RuleInfo(
    id: "time-mismatch", fact: .time, scope: .acrossSources, severity: .error,
    summary: "Reports of one event give start or end times that are not the same moment.",
    documentation: """
      Start times are compared with start times and end times with end times (arrivals and departures are not \
      starts and ends). Each is put on the UTC time line of the event's day: a zone written next to the time \
      ("по московскому времени", "3 a.m. Eastern time", "07:00 GMT") or declared in front matter is used with its \
      offset on that day (daylight saving included); "local time" is the zone of the event's place; a bare time \
      is read as local time of the place too, which is an assumption. Stated zones that explain a gap settle it \
      (10:00 Moscow = 07:00 GMT). When a gap remains but another reading would close it — a daylight-saving \
      offset that is not in force on that date, a bare time read in the outlet's home zone, a 12-hour slip — the \
      finding stays and names that cause, as a warning; but a city's time written out ("15:00 за київським \
      часом") that is off by the summer hour is an error that names the slip, since the offset on that day is not \
      in doubt (a loose "EST" in summer is the warning). One instant written on two calendar days ("9 p.m. \
      Eastern time on Thursday" and "9 a.m. Friday" in Hanoi) is one time; the day is date-mismatch's business. \
      A report that gives the event a single clock time and no start or end ("the document was signed at 11 \
      a.m.") is compared only with other reports' single times, never with a stated start; a time after the \
      report's own stated end, in a sentence that does not say the event happened then ("a smaller fire on the \
      quay at 11:20" after a fire fought until 09:40), is another moment and is not compared. An end past \
      midnight takes the offset of its own day (the night the clocks change). With no venue, "local time" is the \
      zone of the one place named in its sentence ("lifted off from Baikonur at 11:05 a.m. local time").
      """,
    example: "wire: \"began at 07:00 GMT\"; daily: \"started at 3 a.m. Eastern time\" (12 Feb: EST, 08:00 UTC)",
    quietExample:
      "agency: \"в 10:00 по московскому времени\"; wire: \"at 07:00 GMT\"; portal: \"о 09:00 за київським часом\"")
  static let unit = CheckUnit.groups

  /// True when a clock time's sentence speaks of a part of the event or of a statement ("spoke one-on-one …
  /// shortly before midnight", "told reporters at 3 p.m.", "over dinner at 8"): not when the event itself began.
  /// A verb of speaking that only attributes the sentence ("the lift stopped at 12:40 Moscow time, the head of the
  /// service said") does not make the time a statement's: see `isTrailingAttribution`.
  static func partOfTheEvent(_ f: Fact, in doc: Document) -> Bool {
    guard f.sentence < doc.sentences.count else { return true }
    let sentence = doc.sentences[f.sentence].tokens
    let tokens = doc.tokens
    let first = doc.tokenIndex(atOrAfter: f.range.start)
    let after = doc.tokenIndex(atOrAfter: f.range.end)
    let parts: Set<Cue> = [.oneOnOne, .press, .meal, .arrival, .departure]
    for hit in CueIndex(doc).hits(in: sentence) {
      if parts.contains(hit.cue) { return true }
      if hit.cue == .speech,
        !isTrailingAttribution(hit.tokens.lowerBound, time: first..<after, sentence: sentence, tokens)
      {
        return true
      }
    }
    return sentence.contains {
      $0 < tokens.count && Self.statementVerbs.contains(tokens[$0].key)
        && !isTrailingAttribution($0, time: first..<after, sentence: sentence, tokens)
    }
  }

  /// True when the verb of speaking at token `k` follows the time's clause after a comma, with at most two words
  /// between the comma and it ("…в 12:40 по московскому времени, операция продолжалась три часа, сообщил глава
  /// службы"; "…at 12:40, Lomidze said"): the sentence reports the event and the verb names its source. A time
  /// opening the sentence ("At 3 p.m., the minister said …") or inside the speaking clause is the statement's.
  static func isTrailingAttribution(_ k: Int, time: Range<Int>, sentence: Range<Int>, _ tokens: [Token]) -> Bool {
    guard k >= time.upperBound else { return false }
    var wordsBefore = 0
    for j in sentence.lowerBound..<min(time.lowerBound, tokens.count) where tokens[j].kind == .word {
      wordsBefore += 1
    }
    guard wordsBefore >= 2 else { return false }
    var words = 0
    var j = k - 1
    while j >= time.upperBound {
      let t = tokens[j]
      if t.isPunct(",") { return true }
      if t.kind == .word {
        words += 1
        if words > 2 { return false }
      }
      j -= 1
    }
    return false
  }

  /// Verbs of speaking: the time of a sentence with one is when someone spoke.
  static let statementVerbs: Set<WordKey> = [
    "spoke", "speaking", "talked", "told", "said", "addressed", "выступил", "выступила", "заявил", "заявила",
    "сказал", "сказала", "виступив", "виступила", "заявив", "заявила", "сказав", "сказала",
  ]

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for group in context.comparableGroups[part] {
      guard let date = context.groupDate(group) else { continue }
      for slot in [Slot.start, .end] {
        var statements: [Statement] = []
        // Reports whose time is only the event's one clock time, or its signing's start (below).
        var soleTimes: Set<String> = []
        for s in group {
          var facts = context.facts(s, slot: slot).filter { !context.flagged.contains($0.id) }
          // A report that gives the event one clock time and no start or end ("the document was signed at 11
          // a.m.", "подписано в 18:00 по московскому времени", "церемония подписания прошла в 12:00"): that
          // time is when the event happened. It is compared only with other such times, never with a stated
          // start (talks that began at 10:00 may well be signed at 12:00).
          if slot == .start, facts.isEmpty, context.facts(s, slot: .end).isEmpty {
            let plain = context.facts(s, slot: Slot("time")).filter { !context.flagged.contains($0.id) }
            let signing = context.facts(s, event: "main/signing", slot: .start)
              .filter { !context.flagged.contains($0.id) }
            if plain.count == 1, let doc = context.doc(s), !Self.partOfTheEvent(plain[0], in: doc) {
              facts = plain
            } else if plain.isEmpty, signing.count == 1 {
              facts = signing
            }
            if !facts.isEmpty { soleTimes.insert(s) }
          }
          if let m = Comparison.merge(placed(facts, of: s, date: date, context)) { statements.append(m) }
        }
        if statements.contains(where: { !soleTimes.contains($0.source) }) {
          statements.removeAll { soleTimes.contains($0.source) }
        }
        statements = Self.alignedToOneDay(statements)
        guard statements.count >= 2, let d = Comparison.compare(statements) else { continue }
        out.append(
          finding(
            d, about: "when the event \(slot == .start ? "started" : "ended")", slot: slot.name, date: date, context))
      }
      if let f = plainTimeFinding(group, date: date, context) { out.append(f) }
    }
    return out
  }

  /// Each clock time of report `s` as a statement in UTC on the event's day (its zone, else the event's); times that
  /// cannot be placed are left out.
  func placed(_ facts: [Fact], of s: String, date: CivilDate, _ context: CheckContext) -> [Statement] {
    let zone = context.events.eventZone(of: s)
    return facts.compactMap { f in
      guard let p = TimeFrame.place(f, date: date, eventZone: zone) else { return nil }
      return Statement(
        source: s, facts: [f], strict: p.strict, widened: p.widened,
        reading: Describe.interval(p.strict, Describe.clock) + " UTC", assumed: p.basis == .assumed)
    }
  }

  /// The finding for a disagreement over clock times: "reports disagree on <about>", each side's readings, and the
  /// likely causes. Causes are sought for the outliers only (the statements outside the largest group of agreeing
  /// ones; with no strict majority, both sides of a pair are tried); a cause that reconciles the figures, or a
  /// minor gap, makes it a warning.
  func finding(_ d: Disagreement, about: String, slot: String, date: CivilDate, _ context: CheckContext) -> Finding {
    let sizes = d.groups.map(\.count).sorted(by: >)
    let majority: Set<String> =
      sizes.count > 1 && sizes[0] > sizes[1] ? Set(d.groups.first { $0.count == sizes[0] }!.map(\.source)) : []
    var causes: [String] = []
    var reconciled = false
    for (a, b, _) in d.pairs {
      for (odd, ref) in [(a, b), (b, a)] where !majority.contains(odd.source) {
        if let c = cause(odd, ref, date: date, context) {
          causes.append(c.text)
          reconciled = reconciled || c.reconciles
        }
      }
    }
    causes = Array(Set(causes)).sorted()
    let severity: Severity = d.verdict == .minor || reconciled ? .warning : .error
    var message = "reports disagree on \(about): " + Comparison.describeGroups(d)
    if !causes.isEmpty { message += ". Likely cause — " + causes.joined(separator: "; ") }
    let evidence = d.groups.enumerated().flatMap { g, sts in
      sts.flatMap { st in st.facts.map { context.evidence($0, reading: st.reading, group: g) } }
    }
    return Finding(
      rule: Self.info.id, fact: .time, scope: .acrossSources, severity: severity, sources: d.sources,
      message: message, evidence: evidence, event: "main", slot: slot,
      likelyCause: causes.isEmpty ? nil : causes.joined(separator: "; "))
  }

  /// The statements moved by whole days so that each lies within half a day of the first. A report that puts
  /// the same instant on another calendar day ("9 p.m. Eastern time on Thursday" against "9 a.m. Friday in
  /// Hanoi") gives the same moment; which day it is belongs to date-mismatch, not here.
  static func alignedToOneDay(_ statements: [Statement]) -> [Statement] {
    guard let ref = statements.first.flatMap({ middle($0.strict) }) else { return statements }
    return statements.map { s in
      guard let m = middle(s.strict) else { return s }
      let days = ((ref - m) / 86400).rounded()
      guard days != 0 else { return s }
      let shift = days * 86400
      return Statement(
        source: s.source, facts: s.facts, strict: s.strict.shifted(by: shift), widened: s.widened.shifted(by: shift),
        reading: s.reading, assumed: s.assumed)
    }
  }

  private static func middle(_ i: Interval) -> Double? {
    guard let lo = i.min, let hi = i.max else { return nil }
    return (lo + hi) / 2
  }

  /// True when the zone's offset changes during the year (so a daylight-saving slip is possible).
  func hasDaylightSaving(_ zone: String, year: Int) -> Bool {
    let jan = TimeZones.utcOffset(
      zone: zone, date: CivilDate(year: year, month: 1, day: 15), secondsAfterMidnight: 43200)
    let jul = TimeZones.utcOffset(
      zone: zone, date: CivilDate(year: year, month: 7, day: 15), secondsAfterMidnight: 43200)
    return jan != nil && jul != nil && jan != jul
  }

  /// A reading of `a` that would make it agree with `b`: a daylight-saving offset not in force on the day, the
  /// outlet's home zone for a bare time, or a 12-hour slip.
  ///
  /// `reconciles` is false for a city's zone written out ("15:00 за київським часом") whose offset on that day is
  /// not in doubt: the daylight-saving slip is named, but the figure is wrong and the finding stays an error. A
  /// zone label such as "EST" used in summer is a loose label, the usual newsroom habit: a warning.
  func cause(_ a: Statement, _ b: Statement, date: CivilDate, _ context: CheckContext) -> (
    text: String, reconciles: Bool
  )? {
    guard let f = a.facts.first, case .time(let t) = f.value, let strict = f.bounds else { return nil }
    func agrees(_ shift: Double) -> Bool { b.strict.overlaps(a.strict.shifted(by: shift)) }
    switch t.zone {
    case .zone(let id)?:
      if hasDaylightSaving(id, year: date.year), agrees(-3600) || agrees(3600) {
        let o = TimeZones.utcOffset(zone: id, date: date, secondsAfterMidnight: t.seconds) ?? 0
        return (
          "\(Describe.quoted(f.text)): on \(Describe.date(date)) \(id) is \(ClockTime.offsetLabel(o)); the figure fits only with the other (daylight-saving) offset",
          false
        )
      }
    case .offset(let o)?:
      if agrees(-3600) || agrees(3600) {
        return (
          "\(Describe.quoted(f.text)) uses a fixed \(ClockTime.offsetLabel(o)) offset; one hour off, as if daylight saving were mixed up",
          true
        )
      }
    case nil:
      if a.assumed, let doc = context.doc(a.source) {
        let home: String? = doc.language == .uk ? "Europe/Kyiv" : doc.language == .ru ? "Europe/Moscow" : nil
        if let home, let o = TimeZones.utcOffset(zone: home, date: date, secondsAfterMidnight: t.seconds) {
          let utc = strict.shifted(by: Double(-o))
          if b.strict.overlaps(utc) {
            return ("\(Describe.quoted(f.text)) has no zone; read as \(home) time it would agree", true)
          }
        }
      }
    default: break
    }
    if agrees(12 * 3600) || agrees(-12 * 3600) {
      return ("\(Describe.quoted(f.text)) is twelve hours off: a 12/24-hour slip", true)
    }
    return nil
  }
}
