import FactDiffExtract
import FactDiffModel

extension EventAnnotator {
  /// Reads each fact's slot from the words that govern it.
  mutating func assignSlots() {
    var endpoint: [Int: Slot] = [:]
    let timesByByte = FactByteIndex(doc.facts) { $0.kind == .time }
    for f in doc.facts where f.kind == .span {
      let inside = timesByByte.inside(f.range).sorted { doc.facts[$0].range.start < doc.facts[$1].range.start }
      if let a = inside.first { endpoint[a] = .start }
      if inside.count >= 2, let b = inside.last { endpoint[b] = .end }
    }
    var timeSlots: [Int: Slot] = [:]
    // Clause-wide tests, once per clause (a fact-by-fact scan of its clause would be quadratic in a long one).
    let targetClauses = clauses.indices.map(targetYear)
    let clockClauses = clauses.indices.map { clockChange(inClause: $0) }
    for k in doc.facts.indices {
      let f = doc.facts[k]
      let r = tokenRange(of: f)
      let c = clause(of: r)
      let planned = isPlanned(r, clause: c)
      var slot: Slot
      switch f.value {
      case .span:
        slot = .span
      case .time:
        if let e = endpoint[k] {
          slot = e
        } else if clockClauses[c] {
          slot = .other
        } else if let conv = conversionSource(k, slots: timeSlots) {
          slot = conv
        } else {
          slot = timeSlot(r)
        }
        timeSlots[k] = slot
      case .duration(let seconds):
        let (s, sub) = durationSlot(r, seconds: seconds)
        slot = clockShift(r) ? .mention : s
        if let sub, doc.facts[k].event == "main" { doc.facts[k].event = "main/\(sub)" }
      case .date(let d):
        slot = dateSlot(f, d, r)
      case .number(let q):
        if followsPreviousValueCue(r) {
          slot = .other
        } else if let year = underTarget(r, year: targetClauses[c]) ?? forLaterYear(r) {
          // A goal for a later year ("two crossings by 2027", "11 млрд кубометров с 2026 года") is compared only
          // with goals for the same year: its slot carries the year.
          if let u = q.unit {
            slot = Slot("amount:\(u)@\(year)")
          } else if let what = q.counts {
            slot = Slot("count:\(what)@\(year)")
          } else {
            slot = .other
          }
        } else if let u = q.unit {
          slot = .amount(u)
        } else if let what = q.counts {
          slot = .count(what)
        } else {
          slot = .mention
        }
      case .place:
        slot = .place
      case .person(let p):
        slot = p.attendance == nil ? .mention : .attendee
      case .quote:
        slot = .quote
      }
      if planned, [Slot.start, .end, .duration, .span].contains(slot) { slot = Slot("planned-\(slot.name)") }
      doc.facts[k].slot = slot
      if [.time, .duration, .span].contains(f.kind), doc.facts[k].event == "main", let part = partOfEvent(c) {
        doc.facts[k].event = "main/\(part.label)"
        if f.kind == .time, slot.name == "time", part.happened { doc.facts[k].slot = .start }
      }
    }
    markVenue()
    placeEndsPastMidnight()
  }

  /// A planned or expected cue ("is expected to", "could", "намечена") governs the first time or duration after it
  /// in its clause ("is expected to start at 11:00"), not what comes before it ("started at 10:00 and could run
  /// for several days").
  func isPlanned(_ r: Range<Int>, clause c: Int) -> Bool {
    // Only cues ending at most eight tokens before the fact count: look that far back in the clause, no further
    // (a clause of thousands of quotes would otherwise make every fact read all its cues).
    let near = max(clauses[c].lowerBound, r.lowerBound - 8 - cues.longestHit)..<max(clauses[c].lowerBound, r.lowerBound)
    for h in cues.hits(in: near)
    where h.cue == .planned && h.tokens.upperBound <= r.lowerBound && r.lowerBound - h.tokens.upperBound <= 8 {
      if !temporals.anyStart(in: h.tokens.upperBound..<r.lowerBound) { return true }
    }
    return false
  }

  /// A part of the event named in a clause that does not name the meeting itself: "the signing ceremony began at
  /// 12:30", "а в 10:30 состоялась церемония подписания", a press conference, a working lunch.
  func partOfEvent(_ c: Int) -> (label: String, happened: Bool)? {
    let hs = cues.hits(in: clauses[c])
    let parts = hs.filter { [.signing, .press, .meal].contains($0.cue) }
    guard let part = parts.first else { return nil }
    let meeting = hs.contains { h in
      h.cue == .eventNoun && !parts.contains { $0.tokens.overlaps(h.tokens) }
    }
    if meeting { return nil }
    let label: String
    switch part.cue {
    case .signing: label = "signing"
    case .press: label = "press-conference"
    default: label = "meal"
    }
    return (label, hs.contains { $0.cue == .happened })
  }

  /// Words of a clock change: the clocks themselves, and the shift ("clocks go back an hour at 3 a.m.", "перевели
  /// годинники на зимовий час", "переводят стрелки часов").
  static let clockNouns: Set<WordKey> = [
    "clock", "clocks", "часы", "часов", "стрелки", "годинник", "годинники", "стрілки",
  ]
  static let clockShiftWords: Set<WordKey> = ["back", "forward", "ahead"]

  /// True when a clause tells of clocks being changed: a clock time in it is the change's, not the event's.
  func clockChange(inClause c: Int) -> Bool {
    let range = clauses[c]
    guard range.contains(where: { Self.clockNouns.contains(tokens[$0].key) }) else { return false }
    return range.contains { i in
      Self.clockShiftWords.contains(tokens[i].key) || tokens[i].norm.hasPrefix("перев")
    }
  }

  /// True for the length of a clock shift: "turned back an hour", "go forward one hour".
  func clockShift(_ r: Range<Int>) -> Bool {
    guard r.lowerBound > 0, Self.clockShiftWords.contains(tokens[r.lowerBound - 1].key) else { return false }
    let window = max(0, r.lowerBound - 8)..<r.lowerBound
    return window.contains { Self.clockNouns.contains(tokens[$0].key) }
  }

  /// The later year a figure is given for right after it ("to 2.1 million tonnes in 2026", "до 2,1 млн тонн
  /// в 2026 году"): a plan, not what was counted at the event.
  func forLaterYear(_ r: Range<Int>) -> Int? {
    guard let ref = doc.reference?.year else { return nil }
    var i = r.upperBound
    if i < tokens.count, tokens[i].kind == .word, ["a", "per", "в", "на"].contains(tokens[i].norm) == false,
      Self.inLaterYearWords.contains(tokens[i].key) == false
    {
      i += 1  // one word of the figure's own ("tonnes" left out of the fact, "annually")
    }
    guard i + 1 < tokens.count, Self.inLaterYearWords.contains(tokens[i].key), tokens[i + 1].normLength == 4,
      let y = tokens[i + 1].intValue
    else { return nil }
    return y > ref && y <= ref + 50 ? y : nil
  }
  static let inLaterYearWords: Set<WordKey> = ["in", "for", "в", "у", "на"]

  /// The later year when a figure is the goal set for it in its clause (the year's token `year`): a figure after
  /// the year ("by 2030, exports will reach 5 million tonnes"), or before it with no other figure between ("rising
  /// to 60,000 tonnes by 2028"), unless the words right after it tie it to this year ("45,000 tonnes in 2026").
  func underTarget(_ r: Range<Int>, year: (at: Int, value: Int)?) -> Int? {
    guard let (y, value) = year else { return nil }
    if r.lowerBound > y { return value }
    if forCurrentYear(r) { return nil }
    return (r.upperBound..<y).contains { tokens[$0].kind == .number && tokens[$0].normLength != 4 } ? nil : value
  }

  /// True when the words right after a figure tie it to the year of publication ("45,000 tonnes in 2026 rising to
  /// 60,000 tonnes by 2028", "45 тыс. тонн в 2026 году", "this year"): in a clause that sets a later target, that
  /// figure is still the event's own.
  func forCurrentYear(_ r: Range<Int>) -> Bool {
    guard let ref = doc.reference?.year else { return false }
    var i = r.upperBound
    if i < tokens.count, tokens[i].kind == .word, !Self.inLaterYearWords.contains(tokens[i].key),
      !Self.thisYearWords.contains(tokens[i].key)
    {
      i += 1  // one word of the figure's own ("tonnes" left out of the fact, "annually")
    }
    guard i + 1 < tokens.count else { return false }
    if Self.inLaterYearWords.contains(tokens[i].key), tokens[i + 1].normLength == 4, let y = tokens[i + 1].intValue {
      return y == ref
    }
    return Self.thisYearWords.contains(tokens[i].key) && Self.yearNouns.contains(tokens[i + 1].key)
      || Self.inLaterYearWords.contains(tokens[i].key) && Self.thisYearWords.contains(tokens[i + 1].key)
  }
  /// "this" before "year" in the three languages ("this year", "этом году", "этого года", "цього року").
  static let thisYearWords: Set<WordKey> = [
    "this", "этом", "этого", "текущем", "текущего", "цього", "цьому", "поточного",
  ]
  static let yearNouns: Set<WordKey> = ["year", "году", "года", "року", "році"]
  /// Endings of a year said as an ordinal ("2030-го", "2030-му").
  static let yearOrdinalSuffixes: Set<WordKey> = ["го", "му", "ого", "ому"]

  /// The token of the later year when a clause sets a target for it ("to generate 42% of its power … by 2030",
  /// "довести … до 30 млн тонн к 2030 году", "до 2030 року"): the figures it governs (`underTarget`) are goals, not
  /// what the event decided or counted.
  func targetYear(_ c: Int) -> (at: Int, value: Int)? {
    let range = clauses[c]
    guard let ref = doc.reference?.year else { return nil }
    for i in range where tokens[i].kind == .number && tokens[i].normLength == 4 && i > range.lowerBound {
      guard let y = tokens[i].intValue, y > ref, y <= ref + 50 else { continue }
      let before = tokens[i - 1].key
      if before == "by" || before == "к" { return (i, y) }
      // "from 2026", "с 2026 года", "з 2026 року": the year a new figure takes effect.
      if Self.fromYearWords.contains(before) { return (i, y) }
      if before == "до", i + 1 < tokens.count, Self.yearWords.contains(tokens[i + 1].key) { return (i, y) }
      // "до 2030-го", "к 2030-му".
      if before == "до" || before == "к", i + 2 < tokens.count, tokens[i + 1].isPunct("-"),
        tokens[i + 1].spacing == .none, Self.yearOrdinalSuffixes.contains(tokens[i + 2].key)
      {
        return (i, y)
      }
    }
    // "will train 60 deminers next year", "в следующем году подготовит 80 саперов", "наступного року".
    if let i = nextYear(in: range) { return (i, ref + 1) }
    return nil
  }

  /// The year noun of "next year" ("next year", "в следующем году", "в будущем году", "наступного року") in a
  /// range of tokens, if any.
  func nextYear(in range: Range<Int>) -> Int? {
    for i in range where i > range.lowerBound && Self.nextYearModifiers.contains(tokens[i - 1].key) {
      if Self.nextYearNouns.contains(tokens[i].key) { return i }
    }
    return nil
  }
  static let nextYearModifiers: Set<WordKey> = [
    "next", "следующем", "следующего", "будущем", "будущего", "наступного", "наступному", "майбутнього",
  ]
  static let nextYearNouns: Set<WordKey> = ["year", "году", "года", "року", "році"]

  /// Words before a later year that make it the year a figure takes effect ("from 2026", "с 2026 года", "з 2026
  /// року", "starting 2026"): a target, not the time of another event.
  static let fromYearWords: Set<WordKey> = ["from", "starting", "beginning", "с", "со", "з", "із", "зі", "від"]

  /// True when "up from", "compared with", "против", "порівняно з" stands right before a number (hedge words may
  /// sit between): the figure is an earlier or compared value.
  func followsPreviousValueCue(_ r: Range<Int>) -> Bool {
    let window = max(0, r.lowerBound - 5)..<r.lowerBound
    return cues.hits(in: window).contains { $0.cue == .previousValue && r.lowerBound - $0.tokens.upperBound <= 2 }
  }

  /// A time in parentheses right after another time restates it in another zone: "10:00 local time (0700 GMT)".
  func conversionSource(_ k: Int, slots: [Int: Slot]) -> Slot? {
    guard k > 0 else { return nil }
    let r = tokenRange(of: doc.facts[k])
    var j = k - 1
    while j >= 0, doc.facts[j].kind != .time { j -= 1 }
    guard j >= 0, let prevSlot = slots[j] else { return nil }
    let pr = tokenRange(of: doc.facts[j])
    guard pr.upperBound <= r.lowerBound, r.lowerBound - pr.upperBound <= 5 else { return nil }
    for t in pr.upperBound..<r.lowerBound where tokens[t].key == "(" { return prevSlot }
    return nil
  }

  /// The slot of a clock time from the nearest start/end/arrival/departure cue with no other time between.
  func timeSlot(_ r: Range<Int>) -> Slot {
    let sentence = sentenceRange(of: r)
    // "until 16:20", "до 16:20" → end; "from 10:00", "с 10:00", "з 10:00" → start.
    var p = r.lowerBound - 1
    while p >= sentence.lowerBound,
      ["about", "around", "approximately", "около", "примерно", "близько", "приблизно", "at", "в", "о", "об"].contains(
        tokens[p].key)
    { p -= 1 }
    if p >= sentence.lowerBound {
      let w = tokens[p].key
      if ["until", "till", "до"].contains(w) { return .end }
      if ["from", "с", "со", "з", "від", "із"].contains(w) { return .start }
      // "met at 10 a.m.", "встретились в 10:00", "зустрілися о 10:00": when a meeting took place is when it began.
      if p < r.lowerBound - 1,
        cues.hits(in: max(sentence.lowerBound, p - 2)..<(p + 1)).contains(where: {
          $0.cue == .happened && $0.tokens.upperBound == p + 1
            && Self.meetingVerbs.contains(tokens[$0.tokens.lowerBound].key)
        })
      {
        return .start
      }
    }
    let relevant: Set<Cue> = [.start, .end, .arrival, .departure]
    let hs = cues.hits(in: sentence).filter { relevant.contains($0.cue) }
    // Left: the nearest cue before the time, with no other time between them.
    if let h = hs.last(where: { $0.tokens.upperBound <= r.lowerBound }),
      !times.anyStart(in: h.tokens.upperBound..<r.lowerBound)
    {
      return slot(for: h.cue)
    }
    // Right: the nearest cue after it, before the next time, within eight tokens.
    let nextTime = times.nextStart(atOrAfter: r.upperBound) ?? sentence.upperBound
    if let h = hs.first(where: { $0.tokens.lowerBound >= r.upperBound }), h.tokens.lowerBound < nextTime,
      h.tokens.lowerBound - r.upperBound <= 8
    {
      return slot(for: h.cue)
    }
    return Slot("time")
  }

  /// Verbs of meeting whose time is the meeting's start ("met at 10 a.m."); not signing or speaking, whose time is
  /// a part of the event.
  static let meetingVerbs: Set<WordKey> = [
    "met", "gathered", "convened", "встретились", "встретился", "встретилась", "собрались", "зустрілися",
    "зустрівся", "зустрілася", "зібралися",
  ]

  func slot(for cue: Cue) -> Slot {
    switch cue {
    case .start: return .start
    case .end: return .end
    case .arrival: return .arrival
    case .departure: return .departure
    default: return Slot("time")
    }
  }

  /// The slot of a duration: the event's length when a "lasted" cue governs it (or "after N hours", "for N hours",
  /// "N hours in all", a span restated as a length); a one-on-one part when such words stand right next to it;
  /// otherwise a mere mention ("the two-year dispute").
  func durationSlot(_ r: Range<Int>, seconds: Double) -> (Slot, String?) {
    let sentence = sentenceRange(of: r)
    let hs = cues.hits(in: sentence)
    // "three hours a day", "двое суток в неделю": a rate, not a length.
    if hs.contains(where: {
      $0.cue == .rate && $0.tokens.lowerBound >= r.upperBound && $0.tokens.lowerBound - r.upperBound <= 1
    }) {
      return (.mention, nil)
    }
    // Whole days ("two-day talks", "Трехдневная сессия", "five days of talks") measure the event's extent, which
    // is compared only with other extents, never with a session's hours.
    if seconds >= 86400, seconds.truncatingRemainder(dividingBy: 86400) == 0 {
      guard seconds <= 31 * 86400, !otherClause[clause(of: r)] else { return (.mention, nil) }
      let near = r.upperBound..<min(sentence.upperBound, r.upperBound + 4)
      let before = max(sentence.lowerBound, r.lowerBound - 4)..<r.lowerBound
      let named = hs.contains {
        ($0.cue == .eventNoun && (near.contains($0.tokens.lowerBound) || before.contains($0.tokens.lowerBound)))
          || $0.cue == .lasting
      }
      return (named ? Slot("extent") : .mention, nil)
    }
    if seconds > 2 * 86400 { return (.mention, nil) }
    // "about five hours, not counting breaks": a net length is its own part of the event.
    if hs.contains(where: { $0.cue == .net && abs($0.tokens.lowerBound - r.upperBound) <= 6 }) {
      return (.duration, "net")
    }
    // One-on-one words within six tokens of the duration, on either side.
    if hs.contains(where: {
      $0.cue == .oneOnOne
        && ($0.tokens.upperBound <= r.lowerBound
          ? r.lowerBound - $0.tokens.upperBound : $0.tokens.lowerBound - r.upperBound) <= 6
    }) {
      return (.duration, "one-on-one")
    }
    // "six-hour talks", "six and a half hours of negotiations", "five and a half hours in all", "a 45-minute
    // ceremony" (the signing's own length: the part is read from the clause).
    let after = r.upperBound..<min(sentence.upperBound, r.upperBound + 3)
    if hs.contains(where: {
      ($0.cue == .eventNoun || $0.cue == .total || $0.cue == .signing) && after.contains($0.tokens.lowerBound)
    }) {
      return (.duration, nil)
    }
    // "in three years", "за последние три года": not the event's length.
    let before: WordKey = r.lowerBound > sentence.lowerBound ? tokens[r.lowerBound - 1].key : ""
    if ["in", "за", "over", "within"].contains(before), seconds >= 86400 { return (.mention, nil) }
    // "after more than four hours", "for half an hour", "в течение двух часов", "протягом години".
    if ["after", "for", "после", "спустя", "через", "після", "протягом", "впродовж", "течение"].contains(before)
      || (r.lowerBound >= 2 && ["after", "for"].contains(tokens[r.lowerBound - 2].key)
        && tokens[r.lowerBound - 1].kind == .word)
    {
      if !otherClause[clause(of: r)] { return (.duration, nil) }
    }
    // A length right after a span or an end time restates it: "from 9.30am to 3.10pm — five and a half hours".
    let spanBefore = spansAndTimes.anyEnd(in: (r.lowerBound - 4)...r.lowerBound) {
      $0.lowerBound >= sentence.lowerBound
    }
    if spanBefore && tokens[max(sentence.lowerBound, r.lowerBound - 1)].kind == .punct { return (.duration, nil) }
    let c = clause(of: r)
    let lasting = hs.filter {
      $0.cue == .lasting && !otherClause[clause(of: $0.tokens)] || $0.cue == .lasting && clause(of: $0.tokens) == c
    }
    if !lasting.isEmpty { return (.duration, nil) }
    return (.mention, nil)
  }

  func dateSlot(_ f: Fact, _ d: DateValue, _ r: Range<Int>) -> Slot {
    if inDateline(r) { return summary.dateFromDateline ? .date : Slot("dateline") }
    guard d.precision == .day, let day = d.civil, let main = summary.mainDate else { return .other }
    if otherClause[clause(of: r)] || isBoundary(r) || isStatementDate(r) { return .other }
    if day == main { return .date }
    // Another day of the same event, next to its start or end ("ended at 01:00 on Friday").
    switch role(near: r) {
    case .start: return Slot("date-start")
    case .end: return Slot("date-end")
    case .plain: return .other
    }
  }

  /// An end time earlier in the day than its start, with "the next day", "overnight", "до 02:00 наступного дня"
  /// or a later date beside it, is on the next day: its bounds move by 24 hours (bounds count seconds from
  /// midnight of the event's day). Also records how many days the event spans.
  mutating func placeEndsPastMidnight() {
    var extent = 1
    for f in doc.facts where f.event == "main" && f.slot == Slot("extent") {
      if case .duration(let s) = f.value { extent = max(extent, Int(s / 86400)) }
    }
    for f in doc.facts where f.event == "main" && (f.slot == Slot("date-end") || f.slot == Slot("date-start")) {
      if case .date(let d) = f.value, let day = d.civil, let main = summary.mainDate {
        extent = max(extent, abs(day.dayNumber - main.dayNumber) + 1)
      }
    }
    let dateEndSentences = Set(doc.facts.lazy.filter { $0.slot == Slot("date-end") }.map(\.sentence))
    // Per sentence, how many days after the event's first day its end date falls ("ended at 7:30 a.m. on
    // Wednesday" after "began at 10 a.m. on Monday": two).
    var daysLater: [Int: Int] = [:]
    if let main = summary.mainDate {
      for f in doc.facts where f.slot == Slot("date-end") {
        if case .date(let d) = f.value, let day = d.civil, day.dayNumber > main.dayNumber {
          daysLater[f.sentence] = max(daysLater[f.sentence] ?? 0, day.dayNumber - main.dayNumber)
        }
      }
    }
    for event in Set(doc.facts.compactMap(\.event)) where event == "main" || event.hasPrefix("main/") {
      guard let start = doc.facts.first(where: { $0.event == event && $0.slot == .start && $0.bounds != nil }),
        let startMin = start.bounds?.min
      else { continue }
      for k in doc.facts.indices where doc.facts[k].event == event && doc.facts[k].slot == .end {
        // An end dated two or more days after the first day moves by as many days, earlier in the day or not.
        if let days = daysLater[doc.facts[k].sentence], days >= 2, let b = doc.facts[k].bounds {
          doc.facts[k].bounds = b.shifted(by: Double(days) * 86400)
          doc.facts[k].widened = doc.facts[k].widened?.shifted(by: Double(days) * 86400)
          extent = max(extent, days + 1)
          continue
        }
        guard let b = doc.facts[k].bounds, let endMax = b.max, endMax < startMin else { continue }
        let r = tokenRange(of: doc.facts[k])
        let sentence = sentenceRange(of: r)
        let nextDayWords = cues.hits(in: sentence).contains { $0.cue == .nextDay }
        let laterDate = dateEndSentences.contains(doc.facts[k].sentence)
        // A length stated beside the times that only the next-day reading fits ("began at 6:30 p.m. … broke up
        // at 3:10 a.m., more than eight hours later") says so too.
        let endFact = doc.facts[k]
        let lengthFits =
          !nextDayWords && !laterDate
          && doc.facts.contains { d in
            guard d.event == event, d.slot == .duration,
              d.sentence == endFact.sentence || d.sentence == start.sentence,
              let w = d.widened, let endMin = b.min, let startMax = start.bounds?.max
            else { return false }
            return Interval(min: endMin + 86400 - startMax, max: endMax + 86400 - startMin).overlaps(w)
          }
        guard nextDayWords || laterDate || lengthFits else { continue }
        doc.facts[k].bounds = b.shifted(by: 86400)
        doc.facts[k].widened = doc.facts[k].widened?.shifted(by: 86400)
        extent = max(extent, 2)
      }
    }
    summary.extentDays = extent
  }

  /// The venue: the first place of the lead named after "in", "at", "в", "у" in a clause about the event (not
  /// "diplomats in Ankara said").
  mutating func markVenue() {
    var chosen: Int? = nil
    var fallback: Int? = nil
    for (k, f) in doc.facts.enumerated() {
      guard case .place(let p) = f.value, doc.facts[k].event == "main", !p.dateline else { continue }
      let r = tokenRange(of: f)
      if inDateline(r) { continue }
      if doc.sentence(ofToken: r.lowerBound) > 4 { break }
      let c = clause(of: r)
      let clauseHits = cues.hits(in: clauses[c])
      let speech = clauseHits.contains { $0.cue == .speech }
      let eventish = clauseHits.contains { $0.cue == .happened || $0.cue == .eventNoun }
      if speech && !eventish { continue }
      // An aside between two dashes or in brackets is background ("into Lviv — Lwów to the older generation in
      // Wrocław and Kraków — without stopping"), not where the event was.
      if inAside(r) { continue }
      // "at 10am Warsaw time" names a clock, not a place.
      if doc.language == .en, r.upperBound < tokens.count, tokens[r.upperBound].key == "time" { continue }
      // A locative within four tokens before it, with no punctuation, verb or event word between ("in the
      // Mediterranean resort of Antalya" yes; "у Відні відбулися консультації Росії" no).
      var locative = false
      var t = r.lowerBound - 1
      while t >= max(clauses[c].lowerBound, r.lowerBound - 5) {
        let tok = tokens[t]
        if tok.kind == .punct && tok.key != "-" { break }
        if cues.has(.locative, at: t) {
          locative = true
          break
        }
        if cues.has(.happened, at: t) || cues.has(.eventNoun, at: t) || cues.has(.speech, at: t) { break }
        t -= 1
      }
      guard locative else { continue }
      // English "to" leads to where something goes, not where the event is ("will hand over 21 trolleybuses to
      // Kharkiv", "flights to Warsaw"); "travelled to Ankara for talks" names the venue again with "in" or a dateline.
      if doc.language == .en, tokens[t].key == "to" { continue }
      // A city named as its region ("turbines in Ukraine's Odesa region", "in the Kharkiv and Mykolaiv regions"):
      // the area, not the venue.
      if regionAfter(r) { continue }
      // Money, aid or goods before the preposition, with no event word between: the place is where they go
      // ("most of the money would go to the Zhytomyr and Chernihiv regions").
      if destination(before: t, in: clauses[c]) { continue }
      // A country is never taken for the venue: "talks of Russia and Austria" names sides, not places.
      if p.category == "country" { continue }
      if p.category == nil || p.category == "city" {
        chosen = k
        break
      }
      if fallback == nil && p.category != "water" && p.category != "region" { fallback = k }
    }
    // A venue phrase with no city in its sentence is attached to the dateline ("SEOUL — The talks at the Ministry
    // of Trade …"): the dateline city is the venue, before any city of a later sentence ("assembled at a shipyard
    // near Baku"), and when the report names no other.
    if let d = doc.facts.firstIndex(where: {
      if case .place(let p) = $0.value { return p.dateline && p.venue != nil && p.category == "city" }
      return false
    }), case .place(let p) = doc.facts[d].value,
      (chosen ?? fallback).map({ doc.facts[$0].sentence > doc.facts[d].sentence }) ?? true
    {
      summary.venue = p
      summary.venueFact = doc.facts[d].id
      return
    }
    if let k = chosen ?? fallback, case .place(let p) = doc.facts[k].value {
      doc.facts[k].slot = .venue
      summary.venue = p
      summary.venueFact = doc.facts[k].id
      return
    }
    summary.localZone = localTimeZone()
  }

  /// The zone of the one place (not a country, not the dateline) named in the sentence of a time written as local
  /// time, outside any time's words ("from Baikonur at 13:05 local time (11:05 Moscow time)"): nil when there is
  /// none or more than one.
  func localTimeZone() -> String? {
    var zones: Set<String> = []
    var sentences: Set<Int> = []
    for f in doc.facts {
      if case .time(let t) = f.value, t.zone == .local, t.zoneStated { sentences.insert(f.sentence) }
    }
    guard !sentences.isEmpty else { return nil }
    // The facts of those sentences only (a report names a handful).
    let near = doc.facts.filter { sentences.contains($0.sentence) }
    for p in near {
      guard case .place(let v) = p.value, !v.dateline, v.category != "country", let z = v.timezone else { continue }
      let insideTime = near.contains {
        ($0.kind == .time || $0.kind == .span) && $0.range.start <= p.range.start && p.range.end <= $0.range.end
      }
      if !insideTime { zones.insert(z) }
    }
    return zones.count == 1 ? zones.first : nil
  }

  /// True when the tokens at `r` stand between two spaced long dashes (not a dateline's, not a range's "14–15") or
  /// inside brackets within their sentence.
  func inAside(_ r: Range<Int>) -> Bool {
    let sentence = sentenceRange(of: r)
    func isDash(_ k: Int) -> Bool {
      let t = tokens[k]
      return t.kind == .punct && t.key == "-" && t.flags.contains(.longDash) && t.spacing != .none
        && !inDateline(k..<(k + 1))
    }
    var open: Int? = nil
    var k = r.lowerBound - 1
    while k >= sentence.lowerBound {
      if isDash(k) || tokens[k].key == "(" || tokens[k].key == ")" {
        open = k
        break
      }
      k -= 1
    }
    guard let o = open, tokens[o].key != ")" else { return false }
    let bracket = tokens[o].key == "("
    k = r.upperBound
    while k < sentence.upperBound {
      if isDash(k) { return !bracket }
      if tokens[k].key == ")" { return bracket }
      if tokens[k].key == "(" { return false }
      k += 1
    }
    return false
  }

  static let regionNouns: Set<WordKey> = [
    "region", "regions", "oblast", "oblasts", "province", "provinces", "district", "districts", "county", "counties",
  ]

  /// True when an English region noun follows the place at `r`, perhaps after "and" and a second name ("the Kharkiv
  /// and Mykolaiv regions").
  func regionAfter(_ r: Range<Int>) -> Bool {
    guard doc.language == .en else { return false }
    var k = r.upperBound
    if k < tokens.count, Self.regionNouns.contains(tokens[k].key) { return true }
    guard k < tokens.count, tokens[k].key == "and" || tokens[k].key == "," else { return false }
    k += 1
    var names = 0
    while k < tokens.count, names < 3, tokens[k].kind == .word, tokens[k].isCapitalized {
      k += 1
      names += 1
    }
    return names > 0 && k < tokens.count && Self.regionNouns.contains(tokens[k].key)
  }

  /// True when a word for money, aid or goods stands within eight tokens before the locative at token `t`, in its
  /// clause, with no event word or verb of the event between. In English only "to" leads to a destination ("aid
  /// talks in Ankara" are in Ankara), and `markVenue` already skips it; "в", "на", "у" do either.
  func destination(before t: Int, in clause: Range<Int>) -> Bool {
    if doc.language == .en, tokens[t].key == "at" { return moneyBefore(t, in: clause) }
    if doc.language == .en, tokens[t].key != "to" { return false }
    var k = t - 1
    while k >= max(clause.lowerBound, t - 8) {
      if cues.has(.goods, at: k) { return true }
      if cues.has(.happened, at: k) || cues.has(.eventNoun, at: k) { return false }
      k -= 1
    }
    return false
  }

  /// True when an amount of money ends within eight tokens before the English "at" at token `t`, in its clause,
  /// with no event word between: "a €120 million, five-year programme at Reni" is where the money goes; "signed a
  /// $2 billion deal in Astana" (with "in") and "met at the ministry in Astana" are not read so.
  func moneyBefore(_ t: Int, in clause: Range<Int>) -> Bool {
    let window = max(clause.lowerBound, t - 8)..<t
    for k in window where cues.has(.happened, at: k) || cues.has(.eventNoun, at: k) { return false }
    for f in doc.facts {
      guard case .number(let n) = f.value, let u = n.unit, u.count == 3, u.uppercased() == u else { continue }
      let r = tokenRange(of: f)
      if r.upperBound > window.lowerBound && r.upperBound <= t { return true }
    }
    return false
  }

  mutating func summarizeEntities() {
    for f in doc.facts {
      switch f.value {
      case .person(let p): if !p.entity.isEmpty { summary.people.insert(p.entity) }
      case .place(let p):
        if !p.entity.isEmpty { summary.places.insert(p.entity) }
        if p.dateline || inDateline(tokenRange(of: f)), summary.dateline == nil {
          summary.dateline = p
          summary.datelineFact = f.id
        }
      default: break
      }
      if f.slot == .date { summary.dateFacts.append(f.id) }
    }
  }
}
