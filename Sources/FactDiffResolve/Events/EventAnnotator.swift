import FactDiffExtract
import FactDiffModel

/// Gives every fact of one report an event ("main", a sub-event such as "main/one-on-one", or another event "e1"…)
/// and a slot (date, start, end, duration, venue, count:…), following EVENTS.md: find the main event from the
/// dateline and the lead, open another event for every cue of another time, then read each fact's slot from the
/// words that govern it.
struct EventAnnotator {
  var doc: Document
  /// The document's tokens, held once (`Document.tokens` is a computed property).
  let tokens: [Token]
  let cues: CueIndex
  /// Clause token ranges, in order, and the clause of each token.
  let clauses: [Range<Int>]
  let clauseOfToken: [Int]
  /// Token range of the dateline ("ISTANBUL, Feb 27 —"), if any.
  let dateline: Range<Int>?
  /// Clauses that speak of another event.
  var otherClause: [Bool]
  /// Clauses that speak of another time only through "next year" ("will train 60 deminers next year", "в
  /// следующем году подготовит 80 саперов"): their figures are the event's goals for that year (`targetYear`
  /// gives them its slot) and stay with the main event; their other facts go with the other time.
  var nextYearOnly: [Bool]
  /// The clause holding the fact that gave the main date: another date in it does not open another event (it is
  /// the same event's date said twice, which the relative-vs-date check compares).
  var mainDateClause: Int? = nil
  var summary: SourceEvents
  /// Clock times; clock times, durations and spans; spans and clock times: by token position.
  let times: FactPositions
  let temporals: FactPositions
  let spansAndTimes: FactPositions
  /// The first token of each date that opens or closes a range of days ("14–17 October", "с 14 по 17 октября",
  /// "from 14 October to 17 October"), with its role. Once the main date is chosen, only the range it opens is
  /// kept: a range written after the event's own day ("agreed on Tuesday … on the sidelines of a forum running
  /// from Sept. 22 to 24") is another, longer event's, and its dates are read as any others.
  var dateRanges: [Int: DateRole]

  init(doc: Document) {
    self.doc = doc
    tokens = doc.tokens
    cues = CueIndex(doc)
    var clauses: [Range<Int>] = []
    var clauseOf = [Int](repeating: 0, count: doc.tokens.count)
    for s in doc.sentences {
      for c in Clauses.split(doc, sentence: s) {
        for t in c { clauseOf[t] = clauses.count }
        clauses.append(c)
      }
    }
    self.clauses = clauses
    clauseOfToken = clauseOf
    dateline = EventAnnotator.findDateline(doc)
    otherClause = [Bool](repeating: false, count: clauses.count)
    nextYearOnly = [Bool](repeating: false, count: clauses.count)
    summary = SourceEvents(source: doc.source.id)
    let facts = doc.facts
    let allTokens = tokens
    let ranges = facts.map { Self.tokenRange(of: $0, doc: doc, tokens: allTokens) }
    times = FactPositions(ranges) { facts[$0].kind == .time }
    temporals = FactPositions(ranges) { [.time, .duration, .span].contains(facts[$0].kind) }
    spansAndTimes = FactPositions(ranges) { facts[$0].kind == .span || facts[$0].kind == .time }
    dateRanges = Self.dateRanges(facts, ranges, tokens: allTokens)
  }

  /// The role of a date that opens or closes a range of days (`dateRanges`).
  func rangeRole(_ r: Range<Int>) -> DateRole? { dateRanges[r.lowerBound] }

  /// Words joining the two days of a range, and those that do so only after an opener before the first day.
  static let rangeJoiners: Set<WordKey> = ["-", "to", "through", "thru", "until", "till"]
  static let openedRangeJoiners: Set<WordKey> = ["and", "по", "до"]
  static let rangeOpeners: Set<WordKey> = ["from", "between", "с", "со", "з", "із", "зі", "від"]

  /// Dates that open or close a range of days: two day dates one joining word apart, the second later and at most
  /// a month on ("14–17 October", "from 14 to 17 October", "с 14 по 17 октября", "з 30 вересня по 2 жовтня",
  /// "between 14 and 17 October"). The first is the day the event began, the second the day it ended.
  static func dateRanges(_ facts: [Fact], _ ranges: [Range<Int>], tokens: [Token]) -> [Int: DateRole] {
    var out: [Int: DateRole] = [:]
    var previous: (range: Range<Int>, day: CivilDate)? = nil
    for (k, f) in facts.enumerated() {
      guard case .date(let d) = f.value else { continue }
      guard d.precision == .day, let day = d.civil else {
        previous = nil
        continue
      }
      let r = ranges[k]
      if let p = previous, r.lowerBound == p.range.upperBound + 1, day > p.day,
        day.dayNumber - p.day.dayNumber <= 31
      {
        let joiner = tokens[p.range.upperBound]
        let opened = p.range.lowerBound > 0 && rangeOpeners.contains(tokens[p.range.lowerBound - 1].key)
        if rangeJoiners.contains(joiner.key) || (opened && openedRangeJoiners.contains(joiner.key)) {
          out[p.range.lowerBound] = .start
          out[r.lowerBound] = .end
        }
      }
      previous = (r, day)
    }
    return out
  }

  // MARK: - Driver

  mutating func annotate() -> SourceEvents {
    markOtherEventClauses()
    let mainDate = chooseMainDate()
    markOtherTimes(mainDate: mainDate)
    assignEvents()
    assignSlots()
    summarizeEntities()
    return summary
  }

  // MARK: - Token helpers

  func tokenRange(of f: Fact) -> Range<Int> { Self.tokenRange(of: f, doc: doc, tokens: tokens) }

  static func tokenRange(of f: Fact, doc: Document, tokens: [Token]) -> Range<Int> {
    let a = doc.tokenIndex(atOrAfter: f.range.start)
    var b = a
    while b < tokens.count, tokens[b].start < f.range.end { b += 1 }
    return a..<max(b, a + 1)
  }

  func inDateline(_ r: Range<Int>) -> Bool {
    guard let d = dateline else { return false }
    return r.lowerBound >= d.lowerBound && r.lowerBound < d.upperBound
  }

  func clause(of r: Range<Int>) -> Int { r.lowerBound < clauseOfToken.count ? clauseOfToken[r.lowerBound] : 0 }

  func hits(_ cue: Cue, inClause c: Int) -> [CueHit] { cues.hits(in: clauses[c]).filter { $0.cue == cue } }

  func sentenceRange(of r: Range<Int>) -> Range<Int> {
    doc.sentences[doc.sentence(ofToken: r.lowerBound)].tokens
  }

  // MARK: - Dateline

  /// The dateline: capitalised place words at the very start, up to a long dash within a dozen tokens, or the
  /// whole first sentence when it is short and ends with a full stop ("СТАМБУЛ, 27 февраля.").
  static func findDateline(_ doc: Document) -> Range<Int>? {
    let tokens = doc.tokens
    guard let first = doc.sentences.first, let t0 = tokens[safe: first.tokens.lowerBound] else { return nil }
    guard t0.kind == .word, t0.flags.contains(.allCaps) || t0.isCapitalized else { return nil }
    // The first word must be all capitals ("ISTANBUL", "ЭР-РИЯД") for a dateline, or be "WASHINGTON"-like.
    guard t0.flags.contains(.allCaps) else { return nil }
    let limit = min(first.tokens.upperBound, first.tokens.lowerBound + 14)
    for i in first.tokens.lowerBound..<limit {
      let t = tokens[i]
      if t.kind == .punct && t.key == "-" && t.flags.contains(.longDash) && i > first.tokens.lowerBound {
        return first.tokens.lowerBound..<(i + 1)
      }
    }
    if first.tokens.count <= 12, tokens[first.tokens.upperBound - 1].key == "." {
      return first.tokens
    }
    return nil
  }

  // MARK: - Other events

  /// Marks clauses with a cue of another event: "earlier", "previous round", "last year's forum", "ранее",
  /// "предыдущая встреча", "торік", "before the talks".
  mutating func markOtherEventClauses() {
    let series = seriesMarks()
    for (c, range) in clauses.enumerated() {
      let hs = cues.hits(in: range)
      var other = false
      var comingYear = false
      for h in hs {
        if inDateline(h.tokens) { continue }
        if h.cue == .otherEvent { other = true }
        // A caption or a stamp opens the clause: "Photo: …", "Updated 14:05 GMT".
        if h.cue == .caption && h.tokens.lowerBound <= range.lowerBound + 1 { other = true }
        if h.cue == .otherModifier {
          // "the next day" (an end past midnight) is not another event. (Hits overlapping this one start at most
          // `longestHit` tokens before it: only those are read, so a clause of many cues stays linear.)
          let overlapping = max(range.lowerBound, h.tokens.lowerBound - cues.longestHit + 1)..<h.tokens.upperBound
          if cues.hits(in: overlapping).contains(where: { $0.cue == .nextDay && $0.tokens.overlaps(h.tokens) }) {
            continue
          }
          // "the first session … in almost four years", "первое заседание за четыре года", "the first talks since
          // 2022": this event is the first of a series in a while, not another one.
          if Self.firstWords.contains(tokens[h.tokens.lowerBound].key), let mark = series[c],
            mark >= h.tokens.upperBound
          {
            continue
          }
          // The modifier must govern an event or time noun within three tokens.
          let window = h.tokens.upperBound..<max(h.tokens.upperBound, min(h.tokens.upperBound + 3, range.upperBound))
          let governed = cues.hits(in: window)
          // "will train 60 deminers next year", "в следующем году подготовит": a plan set at the event for the
          // coming year; "next year's forum" names another event.
          if nextYear(in: h.tokens.lowerBound..<window.upperBound) == h.tokens.upperBound,
            !governed.contains(where: { $0.cue == .eventNoun })
          {
            comingYear = true
            continue
          }
          if governed.contains(where: { $0.cue == .eventNoun || $0.cue == .timeNoun }) {
            other = true
          }
        }
      }
      otherClause[c] = other || comingYear
      nextYearOnly[c] = comingYear && !other
    }
  }

  /// "first" in the three languages (an ordinal that may open a series rather than point at another event).
  static let firstWords: Set<WordKey> = [
    "first", "первый", "первая", "первое", "первой", "первого", "первым", "первую", "первом", "перший", "перша",
    "перше", "першого", "першої", "першим", "першу", "першому",
  ]
  /// Words before a length that measure a gap ("the first … in four years", "за четыре года", "за чотири роки").
  static let gapWords: Set<WordKey> = ["in", "за"]
  /// Words before a year that measure a gap ("the first … since 2022", "впервые с 2022 года", "вперше з 2022 року").
  static let sinceWords: Set<WordKey> = ["since", "с", "со", "з", "із"]

  /// "this" before a period noun ("this year", "этого года", "цього року").
  static let thisWords: Set<WordKey> = ["this", "этом", "этого", "этот", "цього", "цьому", "цей", "поточного"]
  static let periodWords: Set<WordKey> = [
    "year", "month", "week", "году", "года", "месяце", "месяца", "неделе", "року", "році", "місяця", "місяці",
    "тижня", "тижні",
  ]

  /// Per clause, the last token of a gap ("in almost four years", "since 2022", "за чотири роки"), if any.
  func seriesMarks() -> [Int: Int] {
    var out: [Int: Int] = [:]
    for f in doc.facts where f.kind == .duration {
      let r = tokenRange(of: f)
      guard r.lowerBound > 0, r.upperBound <= tokens.count else { continue }
      var k = r.lowerBound - 1
      // The hedge is inside the fact ("almost four years"); "last" / "последние" / "останні" may come between.
      if k > 0, ["last", "past", "последние", "последних", "останні", "останніх"].contains(tokens[k].norm) { k -= 1 }
      guard Self.gapWords.contains(tokens[k].key) else { continue }
      let c = clauseOfToken[r.lowerBound]
      out[c] = max(out[c] ?? 0, r.upperBound - 1)
    }
    // "the first visit … this year", "первый визит в этом году", "перший візит цього року": the first of a series.
    for i in tokens.indices.dropFirst() where Self.thisWords.contains(tokens[i - 1].key) {
      guard Self.periodWords.contains(tokens[i].key) else { continue }
      let c = clauseOfToken[i]
      out[c] = max(out[c] ?? 0, i)
    }
    for (i, t) in tokens.enumerated() where t.kind == .number && t.normLength == 4 && i > 0 {
      guard let y = t.intValue, (1900...2100).contains(y), Self.sinceWords.contains(tokens[i - 1].key) else {
        continue
      }
      let c = clauseOfToken[i]
      out[c] = max(out[c] ?? 0, i)
    }
    return out
  }

  // MARK: - Main date

  /// True when a date is a boundary ("since July 1", "с 1 июля", "з 1 липня") rather than a day of an event.
  func isBoundary(_ r: Range<Int>) -> Bool {
    // "с 14 по 17 октября" gives the days of the event; "с 14 октября" alone is a boundary.
    guard r.lowerBound > 0, rangeRole(r) == nil else { return false }
    let prev = r.lowerBound - 1
    return cues.has(.boundary, at: prev) && !cues.has(.locative, at: prev)
  }

  /// True when a date is the day of a statement: "said on Wednesday", "В понедельник Бранцевич заявил".
  func isStatementDate(_ r: Range<Int>) -> Bool {
    let c = clause(of: r)
    let speech = hits(.speech, inClause: c)
    guard !speech.isEmpty else { return false }
    for h in speech {
      // "said on Wednesday", "said Monday"
      if h.tokens.upperBound <= r.lowerBound && r.lowerBound - h.tokens.upperBound <= 2 { return true }
      // "On Monday X said": the date opens the clause and a speech verb follows without an event verb between.
      if h.tokens.lowerBound >= r.upperBound {
        let between = r.upperBound..<h.tokens.lowerBound
        let eventBetween = cues.hits(in: between).contains { $0.cue == .happened || $0.cue == .eventNoun }
        // "The talks took place on Saturday, the ministry said": a date after words of the event (in English, any
        // clause but an ongoing state), set off from the attribution by a comma, is the event's day; one that opens
        // the clause ("On Monday, the ministry said"), runs straight into the verb ("Lavrov on Monday said") or
        // ends an ongoing state ("were being treated in hospitals on Friday, officials said") is the statement's.
        let punctuated = between.contains { tokens[$0].kind == .punct }
        // A date inside a quote ("… reach it today," Verhoeven said) is the speaker's, left as it was.
        let quoted = between.contains { tokens[$0].kind == .punct && Self.quoteMarks.contains(tokens[$0].norm) }
        if punctuated && !quoted && !opensClause(r, c) && eventWordsBefore(r, c) { continue }
        if !eventBetween && between.count <= 6 { return true }
      }
    }
    return false
  }

  /// True when a word naming the event or its happening stands before the date at `r` in clause `c`.
  /// In English also any clause that does not describe an ongoing state ("brought down 11 hikers … on Saturday,
  /// the rescue service said"), but "were being treated in hospitals on Friday, officials said" does.
  func eventWordsBefore(_ r: Range<Int>, _ c: Int) -> Bool {
    let before = clauses[c].lowerBound..<r.lowerBound
    if cues.hits(in: before).contains(where: { [.eventNoun, .happened, .start, .end, .lasting].contains($0.cue) }) {
      return true
    }
    guard doc.language == .en else { return false }
    for k in before where tokens[k].kind == .word {
      let w = tokens[k].norm
      if w == "being" { return false }
      if Self.progressiveAuxiliaries.contains(w), k + 1 < r.lowerBound, tokens[k + 1].norm.hasSuffix("ing") {
        return false
      }
    }
    return true
  }

  static let progressiveAuxiliaries: Set<String> = ["was", "were", "is", "are"]
  static let quoteMarks: Set<String> = ["\"", "“", "”", "„", "«", "»", "'", "‘", "’"]

  /// True when no word stands before the date at `r` in clause `c`, but in the dateline ("MOSCOW, May 4 — On
  /// Monday, …").
  func opensClause(_ r: Range<Int>, _ c: Int) -> Bool {
    var k = r.lowerBound - 1
    while k >= clauses[c].lowerBound {
      if tokens[k].kind == .word, !inDateline(k..<(k + 1)) { return false }
      k -= 1
    }
    return true
  }

  /// Chooses the main event's date: the first event date of the lead, else the dateline's date; then marks every
  /// other date fact as the main date, the dateline, or another event's date.
  mutating func chooseMainDate() -> CivilDate? {
    var candidates: [(k: Int, date: CivilDate, tokens: Range<Int>)] = []
    var datelineDate: (Int, CivilDate)? = nil
    for (k, f) in doc.facts.enumerated() {
      guard case .date(let d) = f.value, d.precision == .day, let day = d.civil else { continue }
      let r = tokenRange(of: f)
      if inDateline(r) {
        if datelineDate == nil { datelineDate = (k, day) }
        continue
      }
      if otherClause[clause(of: r)] || isBoundary(r) || isStatementDate(r) { continue }
      candidates.append((k, day, r))
    }
    let leadSentences = leadSentenceIndices()
    let leadParagraph = leadSentences.min().map { doc.sentences[$0].paragraph } ?? 0
    let secondParagraph =
      doc.sentences.map(\.paragraph).filter { $0 > leadParagraph }.min() ?? leadParagraph
    var main: (k: Int, date: CivilDate)? = nil
    if let c = candidates.first(where: { leadSentences.contains(doc.sentence(ofToken: $0.tokens.lowerBound)) }) {
      main = (c.k, c.date)
    } else if let c = candidates.first(where: {
      let k = doc.sentence(ofToken: $0.tokens.lowerBound)
      return k < 5 && doc.sentences[k].paragraph <= secondParagraph && clauseNamesTheEvent(clause(of: $0.tokens))
    }) {
      // A date in a sentence about the event beats the dateline, which gives the filing day — in the lead's
      // paragraph or the next; further down a story tells what came before or around the event ("The delegation
      // arrived on Tuesday. On Wednesday she held meetings with importers.").
      main = (c.k, c.date)
    } else if let d = datelineDate {
      main = (d.0, d.1)
      summary.dateFromDateline = true
    } else if let c = candidates.first(where: { doc.sentence(ofToken: $0.tokens.lowerBound) < 4 }) {
      main = (c.k, c.date)
    }
    keepRangeOfMainDate(main.map { tokenRange(of: doc.facts[$0.k]).lowerBound })
    if let k = main?.k, !summary.dateFromDateline {
      summary.dateRole = role(near: tokenRange(of: doc.facts[k]))
    }
    summary.mainDate = main?.date
    if let k = main?.k { mainDateClause = clause(of: tokenRange(of: doc.facts[k])) }
    return main?.date
  }

  /// Keeps in `dateRanges` only the range whose first day is the main date (at token `mainStart`).
  mutating func keepRangeOfMainDate(_ mainStart: Int?) {
    guard let s = mainStart, !summary.dateFromDateline, dateRanges[s] == .start else {
      dateRanges = [:]
      return
    }
    // The range's end is the next date that closes a range after it.
    let end = dateRanges.filter { $0.value == .end && $0.key > s }.keys.min()
    dateRanges = end.map { [s: .start, $0: .end] } ?? [:]
  }

  /// True when a clause names the meeting or what it did ("talks", "began", "прошли", "завершилися").
  func clauseNamesTheEvent(_ c: Int) -> Bool {
    cues.hits(in: clauses[c]).contains { [.eventNoun, .happened, .start, .end, .lasting].contains($0.cue) }
  }

  /// Whether a date names the event's first day or its last: the nearest start or end cue before it in its
  /// clause ("началось в четверг … и завершилось в 01:00 в пятницу"), else the clause's own.
  func role(near r: Range<Int>) -> DateRole {
    if let ranged = rangeRole(r) { return ranged }
    let c = clause(of: r)
    let hs = cues.hits(in: clauses[c]).filter {
      ($0.cue == .start || $0.cue == .end) && $0.tokens.upperBound <= r.lowerBound
    }
    if let h = hs.last { return h.cue == .start ? .start : .end }
    return role(ofClause: c)
  }

  /// Whether a clause speaks of the event's beginning ("opened on Monday"), its end ("concluded on Tuesday",
  /// "завершилися"), or neither.
  func role(ofClause c: Int) -> DateRole {
    let hs = cues.hits(in: clauses[c])
    let start = hs.contains { $0.cue == .start }
    let end = hs.contains { $0.cue == .end }
    if end && !start { return .end }
    if start && !end { return .start }
    return .plain
  }

  /// The sentences of the lead: the first paragraph after the dateline, at most three sentences.
  func leadSentenceIndices() -> Set<Int> {
    var out: Set<Int> = []
    var firstParagraph: Int? = nil
    for (k, s) in doc.sentences.enumerated() {
      if let d = dateline, s.tokens.lowerBound >= d.lowerBound && s.tokens.upperBound <= d.upperBound { continue }
      if firstParagraph == nil { firstParagraph = s.paragraph }
      if s.paragraph != firstParagraph || out.count >= 3 { break }
      out.insert(k)
    }
    return out
  }

  /// Opens another event for clauses with a date other than the main one, or a year or month other than the main
  /// event's ("in 2024", "в январе", "one in March").
  mutating func markOtherTimes(mainDate: CivilDate?) {
    let refYear = mainDate?.year ?? doc.reference?.year
    for f in doc.facts {
      guard case .date(let d) = f.value else { continue }
      let r = tokenRange(of: f)
      if inDateline(r) { continue }
      let c = clause(of: r)
      switch d.precision {
      case .day:
        // The day a statement was made ("the ministry said on Friday") says nothing about the event's day.
        if isStatementDate(r) { continue }
        if let main = mainDate, let day = d.civil, day != main, c != mainDateClause {
          // A day next to the event's start or end, within a week, is the same event running over several days
          // ("began on Thursday … ended at 01:00 on Friday"): not another event.
          if abs(day.dayNumber - main.dayNumber) <= 7, role(near: r) != .plain, !isBoundary(r) {
            continue
          }
          markOther(c)
        }
      case .month, .week:
        // In the clause that gave the main date, a month is the same event's ("agreed on Tuesday to cut tariffs
        // from April"), as a second day there is.
        if c == mainDateClause { continue }
        if let main = mainDate, d.precision == .month, laterMonthFrom(r, d, main: main) { continue }
        if let main = mainDate {
          if d.year != main.year || d.month != main.month { markOther(c) }
        } else if d.year != nil && d.year != refYear {
          markOther(c)
        }
      }
    }
    // Bare years outside any fact.
    var covered = [Bool](repeating: false, count: tokens.count)
    for f in doc.facts {
      for t in tokenRange(of: f) where t < covered.count { covered[t] = true }
    }
    for (i, t) in tokens.enumerated() where t.kind == .number && !covered[i] {
      guard t.normLength == 4, let y = t.intValue, (1900...2100).contains(y) else { continue }
      if i + 1 < tokens.count, tokens[i + 1].spacing == .none, tokens[i + 1].kind == .word { continue }
      guard let ref = refYear, y != ref else { continue }
      // A target year ("a quota for 2025", "на 2026 год", "until 2030") or a year used as an attribute ("a 2026
      // catch limit") is not another event; "in 2024", "в 2024 году", "since 2022", "the 2019 summit" are.
      let before: WordKey = i > 0 ? tokens[i - 1].key : ""
      if Self.targetYearWords.contains(before) { continue }
      // A later year after "from" ("from 2026", "с 2026 года", "з 2026 року") is when a figure agreed at the event
      // takes effect, not another event; an earlier one ("с 2022 года") is.
      if y > ref, Self.fromYearWords.contains(before) { continue }
      if i + 1 < tokens.count, tokens[i + 1].kind == .word, !Self.yearWords.contains(tokens[i + 1].key),
        !cues.has(.eventNoun, at: i + 1), Self.inYearWords.contains(before) == false
      {
        continue
      }
      // In the clause that gave the main date the year is the same event's ("a session that finished on Sunday
      // lifts deliveries to 2.1 million tonnes in 2026"), as a month there is.
      if clauseOfToken[i] == mainDateClause { continue }
      markOther(clauseOfToken[i])
    }
    inheritIntoRelativeClauses()
  }

  /// Marks a clause as another event's for a cue other than "next year".
  mutating func markOther(_ c: Int) {
    otherClause[c] = true
    nextYearOnly[c] = false
  }

  /// Words that open a period at a month ("from September", "starting in March", "с сентября", "з вересня").
  static let fromMonthWords: Set<WordKey> = [
    "from", "starting", "effective", "с", "со", "з", "із", "зі", "від",
  ]

  /// True for a month without a written year, after "from" ("handling more than 200 wagons a day from
  /// September", "с сентября будет принимать", "з вересня прийматиме") and later in the year than the event: when
  /// something agreed at the event takes effect, as a later year after "from" is, not a time of another event.
  func laterMonthFrom(_ r: Range<Int>, _ d: DateValue, main: CivilDate) -> Bool {
    guard d.resolvedFromPublished, d.month > main.month, r.lowerBound > 0 else { return false }
    var k = r.lowerBound - 1
    if tokens[k].key == "in", k > 0 { k -= 1 }
    // "in two shipments, the first in April": the first of the items agreed, not another event.
    if Self.scheduleOrdinals.contains(tokens[k].key), k > 0, tokens[k - 1].key == "the" { return true }
    return Self.fromMonthWords.contains(tokens[k].key)
  }

  static let scheduleOrdinals: Set<WordKey> = ["first", "second", "third", "last"]

  /// Words before a year that make it a target, not a time of another event.
  static let targetYearWords: Set<WordKey> = [
    "for", "to", "until", "till", "through", "by", "на", "до", "к", "по", "к", "на", "до", "по",
  ]
  /// Words after a year that name the year itself ("2024 года", "2024 року", "2024 year").
  static let yearWords: Set<WordKey> = [
    "year", "года", "году", "год", "годом", "року", "рік", "роком", "році", "г", "р",
  ]
  /// Words before a year that place something in it ("in 2024", "в 2024 году", "since 2022").
  static let inYearWords: Set<WordKey> = ["in", "since", "of", "back", "в", "во", "с", "у", "з", "із", "від", "от"]

  /// A relative clause ("…, when 185 prisoners were swapped", "…, which lasted up to three hours a day",
  /// "…, коли…") belongs to the event of the clause it hangs on.
  mutating func inheritIntoRelativeClauses() {
    let relatives: Set<WordKey> = [
      "which", "who", "whom", "whose", "when", "where", "который", "которая", "которое", "которые", "которого",
      "которой", "котором", "которым", "которых", "которую", "когда", "где", "який", "яка", "яке", "які", "якого",
      "якої", "якому", "якій", "яким", "якими", "яких", "яку", "коли", "де",
    ]
    for c in clauses.indices.dropFirst() where !otherClause[c] && otherClause[c - 1] {
      guard doc.sentence(ofToken: clauses[c].lowerBound) == doc.sentence(ofToken: clauses[c - 1].lowerBound) else {
        continue
      }
      var t = clauses[c].lowerBound
      while t < clauses[c].upperBound, tokens[t].kind == .punct { t += 1 }
      if t < clauses[c].upperBound, relatives.contains(tokens[t].key) { otherClause[c] = true }
      // "…, in the course of which…", "…, участь якого…": the pronoun a word or two into the clause.
      if Clauses.relativeWithin(tokens, from: t, end: clauses[c].upperBound) { otherClause[c] = true }
    }
  }

  // MARK: - Events

  mutating func assignEvents() {
    var labels = [String](repeating: "main", count: clauses.count)
    var n = 0
    var previousOther = false
    var previousSentence = -1
    for c in clauses.indices {
      let sentence = doc.sentence(ofToken: clauses[c].lowerBound)
      if otherClause[c] {
        if !previousOther || sentence != previousSentence { n += 1 }
        labels[c] = "e\(n)"
      }
      previousOther = otherClause[c]
      previousSentence = sentence
    }
    for k in doc.facts.indices {
      let r = tokenRange(of: doc.facts[k])
      let c = clause(of: r)
      let goal = nextYearOnly[c] && doc.facts[k].kind == .number && underTarget(r, year: targetYear(c)) != nil
      doc.facts[k].event = inDateline(r) ? "dateline" : goal ? "main" : labels[c]
    }
    // The bare surnames kept aside (`Document.bareSurnames`) are labelled as a person named there would be, should
    // entity resolution make facts of them.
    for k in doc.bareSurnames.indices {
      let r = tokenRange(of: doc.bareSurnames[k].fact)
      doc.bareSurnames[k].fact.event = inDateline(r) ? "dateline" : labels[clause(of: r)]
      doc.bareSurnames[k].fact.slot = .mention
    }
  }
}

extension Array {
  subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
