import FactDiffModel
import FactDiffResolve
import FactDiffText

/// Reports of one event give different days for it.
struct DateMismatch: Check {
  static let info = RuleInfo(
    id: "date-mismatch", fact: .date, scope: .acrossSources, severity: .error,
    summary: "Reports of one event give different days for it.",
    documentation: """
      Each report's main event gets a day: the first date of its lead (an absolute date, a weekday or a relative \
      date such as "yesterday", read against that report's own `published` date), else its dateline. Dates of \
      other events (an earlier round, a statement made the day before, "since July 1") are not compared. When the \
      reports of one event disagree, one finding lists every report with the day it gives. A reading that needs \
      an assumption the reports do not state — a report written the day before it was published, day and month \
      swapped, a dateline that gives the filing day — does not silence the finding; it lowers it to a warning \
      and is named as the likely cause. Reports in different time zones may give different days for one instant: \
      start times with stated zones settle it, and without them a report's days are counted in the zone its \
      front matter declares (else the event's place), so adjacent days that share three hours or more of UTC \
      time are one day read in two zones. A multi-day event or a session past midnight that a report states has a \
      day for its start and one for its end: start days are compared with start days, end days with end days, \
      also when the reports agree on the day each calls the event's own ("two days of talks that opened on \
      Tuesday, June 9" and closed on Wednesday, against "переговори, що тривали 10–11 червня"). A day written with a clock time \
      in another zone ("в субботу в 00:30 по московскому времени") is counted in that zone, and when only one \
      report fixes the instant, it must fall within the other report's day (give or take three hours).
      """,
    example: "wire: \"ISTANBUL, Feb 27 — … on Thursday\"; portal: \"У середу, 26 лютого …\"",
    quietExample: "published 15 May: \"вчера подписали\"; published 14 May: \"signed on Wednesday\"")
  static let unit = CheckUnit.groups

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for group in context.comparableGroups[part] {
      var statements: [(source: String, day: CivilDate, facts: [Fact], fromDateline: Bool)] = []
      for s in group {
        guard let e = context.events.sources[s], let day = e.mainDate, let doc = context.doc(s) else { continue }
        let facts = doc.facts.filter { $0.slot == .date && (e.dateFacts.contains($0.id)) }
        guard !facts.isEmpty else { continue }
        statements.append((s, day, facts, e.dateFromDateline))
      }
      let days = Set(statements.map(\.day))
      guard days.count > 1 else {
        if let f = boundaryDays(group, zones: [:], context) { out.append(f) }
        continue
      }
      // Reports in different zones may give different days for one instant ("Monday 9 p.m." in New York is
      // "Tuesday 10:00" in Tokyo): when the start times they state put the event within a few hours of each other,
      // the days are the same instant read in two zones, and the time check speaks for any gap left.
      let instants = Dictionary(
        uniqueKeysWithValues: statements.compactMap { st in
          instant(st.source, day: st.day, dateFacts: st.facts, context).map { (st.source, $0) }
        })
      func agree(_ a: String, _ b: String) -> Bool {
        guard let x = instants[a], let y = instants[b] else { return false }
        return abs(x - y) <= Self.sameInstantWindow
      }
      // A multi-day event (a report says "two-day talks", or a session ran past midnight): start days are
      // compared with start days and end days with end days; a plain day may fall anywhere inside the extent.
      let extent = group.compactMap { context.events.sources[$0]?.extentDays }.max() ?? 1
      func roleOf(_ s: String) -> DateRole { context.events.sources[s]?.dateRole ?? .plain }
      let zones = Dictionary(
        uniqueKeysWithValues: statements.map { ($0.source, dayZone($0.source, dateFacts: $0.facts, context)) })
      func compatible(_ a: (source: String, day: CivilDate), _ b: (source: String, day: CivilDate)) -> Bool {
        if a.day == b.day || agree(a.source, b.source) { return true }
        switch (instants[a.source], instants[b.source]) {
        case (let x?, nil):
          // One report fixes the instant: it must fall within the other's day, counted in that report's zone.
          if Self.within(x, day: b.day, zone: zones[b.source] ?? nil) { return true }
        case (nil, let y?):
          if Self.within(y, day: a.day, zone: zones[a.source] ?? nil) { return true }
        case (nil, nil):
          if Self.daysOverlap(a.day, zone: zones[a.source] ?? nil, b.day, zone: zones[b.source] ?? nil) { return true }
        default: break
        }
        guard extent > 1 else { return false }
        let ra = roleOf(a.source)
        let rb = roleOf(b.source)
        let diff = b.day.dayNumber - a.day.dayNumber
        if ra == rb && ra != .plain { return false }
        if ra == .start && rb == .end { return diff >= 0 && diff <= extent - 1 }
        if ra == .end && rb == .start { return -diff >= 0 && -diff <= extent - 1 }
        return abs(diff) <= extent - 1
      }
      let disagreeing = statements.filter { a in
        statements.contains { b in !compatible((a.source, a.day), (b.source, b.day)) }
      }
      guard !disagreeing.isEmpty else {
        if let f = boundaryDays(group, zones: zones, context) { out.append(f) }
        continue
      }
      statements = statements.filter { a in disagreeing.contains { $0.source == a.source } }
      // The day most reports give; the others are the outliers.
      var count: [CivilDate: Int] = [:]
      for st in statements { count[st.day, default: 0] += 1 }
      let byDay = Dictionary(grouping: statements, by: \.day).sorted {
        count[$0.key]! != count[$1.key]! ? count[$0.key]! > count[$1.key]! : $0.key < $1.key
      }
      let majority = byDay[0].key
      var causes: [String] = []
      var reconciled = true
      for st in statements where st.day != majority {
        if let c = cause(st.facts, st.day, majority, fromDateline: st.fromDateline, context) {
          causes.append("\(st.source): \(c)")
        } else {
          reconciled = false
        }
      }
      var parts: [String] = []
      var evidence: [Evidence] = []
      for (g, (day, sts)) in byDay.enumerated() {
        let words = sts.map { "\($0.source) (\(Describe.quoted($0.facts[0].text)))" }
        parts.append("\(Describe.date(day)) in \(Describe.list(words))")
        for st in sts { evidence += st.facts.map { context.evidence($0, reading: Describe.date(day), group: g) } }
      }
      var message = "reports disagree on the day of the event: " + parts.joined(separator: "; ")
      if !causes.isEmpty { message += ". Likely cause — " + causes.joined(separator: "; ") }
      out.append(
        Finding(
          rule: Self.info.id, fact: .date, scope: .acrossSources, severity: reconciled ? .warning : .error,
          sources: statements.map(\.source), message: message, evidence: evidence, event: "main", slot: "date",
          likelyCause: causes.isEmpty ? nil : causes.joined(separator: "; ")))
    }
    return out
  }

  /// The days of a multi-day event, where reports that agree on the day each calls the event's own disagree on
  /// when it opened and closed ("two days of talks that opened on Tuesday, June 9", closing on Wednesday, against
  /// "переговори, що тривали 10–11 червня"). Only reports that state both a first and a last day (a range of days,
  /// or the event's day with another day of its start or end) take part, and only a range shifted as a whole (both
  /// ends on other days) is a disagreement; adjacent days that two zones make one day are not.
  func boundaryDays(_ group: [String], zones: [String: String?], _ context: CheckContext) -> Finding? {
    var stated: [(source: String, first: CivilDate, last: CivilDate, facts: [Fact])] = []
    for s in group {
      guard let e = context.events.sources[s], let day = e.mainDate, let doc = context.doc(s),
        let own = doc.facts.first(where: { $0.slot == .date && e.dateFacts.contains($0.id) })
      else { continue }
      let other = doc.facts.first { f in
        guard f.event == "main", f.slot == Slot("date-start") || f.slot == Slot("date-end"),
          case .date(let d) = f.value, d.civil != nil
        else { return false }
        return true
      }
      guard let f = other, case .date(let d) = f.value, let boundary = d.civil, boundary != day else { continue }
      if f.slot == Slot("date-start"), boundary < day { stated.append((s, boundary, day, [f, own])) }
      if f.slot == Slot("date-end"), boundary > day { stated.append((s, day, boundary, [own, f])) }
    }
    func zone(_ s: String) -> String? { (zones[s] ?? nil) ?? context.doc(s)?.source.timezone }
    func sameDay(_ a: CivilDate, _ sa: String, _ b: CivilDate, _ sb: String) -> Bool {
      a == b || Self.daysOverlap(a, zone: zone(sa), b, zone: zone(sb))
    }
    let shifted = stated.contains { a in
      stated.contains { b in
        !sameDay(a.first, a.source, b.first, b.source) && !sameDay(a.last, a.source, b.last, b.source)
      }
    }
    guard shifted else { return nil }
    let byRange = Dictionary(grouping: stated, by: { [$0.first, $0.last] }).sorted { $0.key[0] < $1.key[0] }
    var parts: [String] = []
    var evidence: [Evidence] = []
    for (g, (range, sts)) in byRange.enumerated() {
      let days = "\(Describe.date(range[0]))–\(Describe.date(range[1]))"
      parts.append(
        "\(days) in \(Describe.list(sts.map { "\($0.source) (\($0.facts.map { Describe.quoted($0.text) }.joined(separator: ", ")))" }))"
      )
      evidence += sts.flatMap { st in st.facts.map { context.evidence($0, reading: days, group: g) } }
    }
    return Finding(
      rule: Self.info.id, fact: .date, scope: .acrossSources, severity: .error, sources: stated.map(\.source).sorted(),
      message: "reports disagree on the days of the event: " + parts.joined(separator: "; "), evidence: evidence,
      event: "main", slot: "date")
  }

  /// The zone a report's days are counted in: the zone of a clock time written with its zone in the sentence of
  /// its date ("в субботу в 00:30 по московскому времени"), else the zone its front matter declares, else the
  /// event's place.
  func dayZone(_ source: String, dateFacts: [Fact], _ context: CheckContext) -> String? {
    if let doc = context.doc(source) {
      let sentences = Set(dateFacts.map(\.sentence))
      for f in doc.facts where f.kind == .time && sentences.contains(f.sentence) {
        if case .time(let t) = f.value, t.zoneStated, case .zone(let id)? = t.zone { return id }
      }
    }
    return context.doc(source)?.source.timezone ?? context.events.eventZone(of: source)
  }

  /// True when two days counted in two zones share at least `sameInstantWindow` of UTC time: a report that
  /// declares Washington time and says "Wednesday night" of talks in Ulaanbaatar, where it was Thursday, gives
  /// one day read in two zones. Used only when a report states no start time that settles the instant.
  static func daysOverlap(_ a: CivilDate, zone za: String?, _ b: CivilDate, zone zb: String?) -> Bool {
    guard let za, let zb, za != zb, abs(a.dayNumber - b.dayNumber) == 1,
      let oa = TimeZones.utcOffset(zone: za, date: a, secondsAfterMidnight: 43200),
      let ob = TimeZones.utcOffset(zone: zb, date: b, secondsAfterMidnight: 43200)
    else { return false }
    let startA = Double(a.dayNumber * 86400 - oa)
    let startB = Double(b.dayNumber * 86400 - ob)
    let overlap = min(startA, startB) + 86400 - max(startA, startB)
    return overlap >= sameInstantWindow
  }

  /// True when an instant (seconds since 1970 UTC) falls within a day counted in `zone`, give or take
  /// `sameInstantWindow`.
  static func within(_ instant: Double, day: CivilDate, zone: String?) -> Bool {
    guard let zone, let o = TimeZones.utcOffset(zone: zone, date: day, secondsAfterMidnight: 43200) else {
      return false
    }
    let start = Double(day.dayNumber * 86400 - o)
    return instant >= start - sameInstantWindow && instant < start + 86400 + sameInstantWindow
  }

  /// How far apart (seconds) two reports' start instants may be and still be one instant read in two zones.
  static let sameInstantWindow = 3.0 * 3600

  /// The start of the event as an absolute instant (seconds since 1970 UTC), from the source's own day and its
  /// first start time with a known zone.
  func instant(_ source: String, day: CivilDate, dateFacts: [Fact], _ context: CheckContext) -> Double? {
    let zone = context.events.eventZone(of: source)
    for f in context.facts(source, slot: .start) {
      guard let p = TimeFrame.place(f, date: day, eventZone: zone), p.basis != .assumed, let m = p.strict.min else {
        continue
      }
      return Double(day.dayNumber) * 86400 + m
    }
    // Else a clock time written with its zone in the sentence of the date ("в субботу в 00:30 по московскому
    // времени"): the day and the time are read together.
    let sentences = Set(dateFacts.map(\.sentence))
    for f in context.doc(source)?.facts ?? [] where f.kind == .time && sentences.contains(f.sentence) {
      guard case .time(let t) = f.value, t.zoneStated, case .zone? = t.zone,
        let p = TimeFrame.place(f, date: day, eventZone: zone), let m = p.strict.min
      else { continue }
      return Double(day.dayNumber) * 86400 + m
    }
    return nil
  }

  /// An explanation that needs an assumption the report does not state.
  func cause(_ facts: [Fact], _ day: CivilDate, _ other: CivilDate, fromDateline: Bool, _ context: CheckContext)
    -> String?
  {
    if fromDateline { return "its date comes only from the dateline, which gives the day the report was filed" }
    for f in facts {
      guard case .date(let d) = f.value else { continue }
      if d.relative != nil {
        let shift = other.dayNumber - day.dayNumber
        if abs(shift) == 1 {
          return
            "\(Describe.quoted(f.text)) is read against its published date; it matches \(Describe.date(other)) if the report was written a day \(shift < 0 ? "before" : "after") it was published"
        }
      }
      if d.day <= 12, d.month != d.day, let y = d.year, CivilDate.valid(year: y, month: d.day, day: d.month) == other {
        return "day and month swapped (\(Describe.quoted(f.text)) read the other way is \(Describe.date(other)))"
      }
    }
    if abs(other.dayNumber - day.dayNumber) == 1 {
      return nil
    }
    return nil
  }
}
