import FactDiffModel

/// Dates said relative to the day of publication: "yesterday", "позавчора", "on Tuesday", "last Wednesday",
/// "в минувшую пятницу", "last week", "на прошлой неделе", "in January", "у лютому", "next month".
final class RelativeDateExtractor {
  let doc: Document
  let tokens: [Token]
  let words: DateWords
  let language: Language
  let reference: CivilDate?

  init(_ doc: Document) {
    self.doc = doc
    tokens = doc.tokens
    words = DateWords.forLanguage(doc.language)
    language = doc.language
    reference = doc.reference
  }

  /// A relative date starting at token `i` (a word).
  func match(at i: Int, mask: TriggerMask) -> TemporalCandidate? {
    guard let ref = reference, tokens[i].kind == .word else {
      return mask.contains(.monthAlone) ? monthAlone(at: i) : nil
    }
    if mask.contains(.relativeDay), let m = words.relativeDays.match(tokens, at: i) {
      if isAttributive(i..<m.end), !modifiesEventNoun(after: m.end) { return nil }
      let d = ref.adding(days: m.value)
      return candidate(i..<m.end, DateValue(year: d.year, month: d.month, day: d.day, resolvedFromPublished: true))
    }
    if mask.contains(.relativeWeek), let m = words.relativeWeeks.match(tokens, at: i) {
      let monday = ref.adding(days: 1 - ref.weekday + 7 * m.value)
      return candidate(
        i..<m.end,
        DateValue(
          year: monday.year, month: monday.month, day: monday.day, resolvedFromPublished: true, precision: .week))
    }
    if mask.contains(.relativeMonth), let m = words.relativeMonths.match(tokens, at: i) {
      var month = ref.month + m.value
      var year = ref.year
      if month < 1 { month += 12; year -= 1 }
      if month > 12 { month -= 12; year += 1 }
      return candidate(
        i..<m.end, DateValue(year: year, month: month, day: 1, resolvedFromPublished: true, precision: .month))
    }
    if mask.contains(.weekday), let w = words.weekdays[tokens[i].key], words.fullWeekdays.contains(tokens[i].key) {
      return weekday(at: i, weekday: w, reference: ref)
    }
    return mask.contains(.monthAlone) ? monthAlone(at: i) : nil
  }

  /// True when a relative day is written as an attribute of a noun: "today's", "yesterday's", "сегодняшний",
  /// "вчорашні".
  private func isAttributive(_ r: Range<Int>) -> Bool {
    let last = doc.text((r.upperBound - 1)..<r.upperBound).lowercased()
    if last.hasSuffix("'s") || last.hasSuffix("\u{2019}s") { return true }
    return language != .en && last.contains("шн")
  }

  /// True when one of the few words after `j` (up to a punctuation mark other than a hyphen) names an event or
  /// something said or done at one: "yesterday's two-hour meeting", "вчерашних переговоров". "today's cap",
  /// "today's prices", "сегодняшний курс" name the present, not the day of an event.
  private func modifiesEventNoun(after j: Int) -> Bool {
    var k = j
    var seen = 0
    while k < tokens.count, seen < 4 {
      let t = tokens[k]
      if t.kind == .punct {
        guard t.isPunct("-") else { return false }
        k += 1
        continue
      }
      if t.kind == .word {
        let w = t.norm.lowercased()
        if Self.eventStems.contains(where: { w.hasPrefix($0) }) { return true }
        seen += 1
      }
      k += 1
    }
    return false
  }

  /// Beginnings of nouns of events and of what is said or decided at them, in the three languages.
  static let eventStems: [String] = [
    "talk", "meeting", "session", "summit", "round", "negotiat", "consultation", "visit", "signing", "call",
    "conference", "forum", "exchange", "vote", "hearing", "ceremony", "event", "announcement", "decision",
    "agreement", "deal", "attack", "strike", "sitting", "statement", "briefing", "interview", "speech", "debate",
    "opening", "inauguration", "launch",
    "переговор", "встреч", "заседан", "саммит", "визит", "консультац", "раунд", "подписан", "соглашен",
    "разговор", "обмен", "форум", "конференц", "совещан", "удар", "атак", "заявлен", "решени", "брифинг", "открыти",
    "запуск",
    "перемовин", "зустріч", "засідан", "саміт", "візит", "консультаці", "підписан", "угод", "розмов", "обмін",
    "нарад", "заяв", "рішенн", "брифінг", "відкритт", "запуск",
  ]

  private func candidate(_ r: Range<Int>, _ v: DateValue) -> TemporalCandidate {
    var v = v
    v.relative = doc.text(r)
    return TemporalCandidate(tokens: r, payload: .date(v), priority: 2)
  }

  /// True when a word of the sentence of token `i` puts it in the future ("will", "планируется", "наступного"):
  /// anywhere before it, or shortly after it within the same clause ("On Tuesday, the ministers will meet").
  ///
  /// English "would" counts only before it ("said the terminal would reopen on Monday"): after it, it is more
  /// often another clause's ("said on Monday the port would reopen"). `forward: false` looks only before.
  func futureCue(_ i: Int, forward: Bool = true) -> Bool {
    let s = doc.sentences[doc.sentence(ofToken: i)]
    // Backwards within the clause: a comma, a colon or a clause word ends it ("X will continue, Y said on
    // Tuesday"; "Марокко постачатиме добрива: у вівторок підписано угоду").
    var b = i - 1
    while b >= s.tokens.lowerBound && b >= i - 10 {
      if tokens[b].kind == .punct {
        if tokens[b].scalar == "," || tokens[b].scalar == ";" || tokens[b].scalar == ":" || tokens[b].key == "\"" {
          break
        }
        b -= 1
        continue
      }
      // `clauseBreaks` and `futureWords` as the document's scan found them (`Vocabulary`).
      let v = tokens[b].vocabulary
      if v.contains(.clauseBreak) { break }
      if tokens[b].kind == .word
        && (v.contains(.futureWord) || words.isFuturePrefix(tokens[b].key) || isFutureForm(tokens[b].key)
          || language == .en && tokens[b].key == "would")
      {
        return true
      }
      b -= 1
    }
    guard forward else { return false }
    var k = i + 1
    while k < s.tokens.upperBound && k <= i + 6 {
      let v = tokens[k].vocabulary
      if v.contains(.clauseBreak) || tokens[k].kind == .punct && tokens[k].scalar == ":" { break }
      if tokens[k].kind == .word
        && (v.contains(.futureWord) || words.isFuturePrefix(tokens[k].key) || isFutureForm(tokens[k].key))
      {
        return true
      }
      k += 1
    }
    return false
  }

  /// Ukrainian synthetic future of imperfective verbs: "працюватиме", "пропускатимуть", "відкриватимемо".
  private func isFutureForm(_ key: WordKey) -> Bool {
    guard language == .uk else { return false }
    return key.hasSuffix("тиме") || key.hasSuffix("тимуть") || key.hasSuffix("тимемо") || key.hasSuffix("тимете")
  }

  /// English verbs in the present that, before "on" and a weekday, tell a schedule: "the fair closes on Sunday",
  /// "talks resume on Monday".
  static let scheduledPresent: Set<WordKey> = [
    "opens", "closes", "reopens", "resumes", "resume", "starts", "begins", "ends", "expires", "reconvenes",
    "reconvene",
  ]

  /// "on Tuesday", "Tuesday's talks", "early Thursday", "last Wednesday", "в четверг", "минулої п'ятниці".
  private func weekday(at i: Int, weekday w: Int, reference ref: CivilDate) -> TemporalCandidate? {
    if language == .en && !tokens[i].isCapitalized { return nil }
    var start = i
    var direction = WeekdayDirection.nearest
    if let m = words.weekdayModifiers.match(tokens, endingBefore: i), tokens[i].spacing <= .narrow {
      start = m.start
      direction = m.value
    }
    if direction == .plain || direction == .nearest {
      // "on" may have been taken as the weekday's modifier (then `start` is at it).
      let on = start < i ? start : i - 1
      let scheduled =
        language == .en && on >= 1 && tokens[on].key == "on" && Self.scheduledPresent.contains(tokens[on - 1].key)
      direction = scheduled || futureCue(i) ? .future : .nearest
    }
    let back = (ref.weekday - w + 7) % 7
    let date: CivilDate
    switch direction {
    case .past: date = ref.adding(days: back == 0 ? -7 : -back)
    case .future:
      let ahead = (w - ref.weekday + 7) % 7
      date = ref.adding(days: ahead == 0 ? 7 : ahead)
    case .nearest, .plain: date = ref.adding(days: -back)
    }
    return candidate(
      start..<(i + 1),
      DateValue(year: date.year, month: date.month, day: date.day, weekday: w, resolvedFromPublished: true))
  }

  /// "in January", "в январе", "у лютому", "since February 2022", "на март": a whole month.
  private func monthAlone(at i: Int) -> TemporalCandidate? {
    guard tokens[i].kind == .word, let m = words.monthAlone[tokens[i].key] else { return nil }
    if language == .en && !tokens[i].isCapitalized { return nil }
    let locative = words.months[tokens[i].key] != nil && !isICUForm(tokens[i].key)
    if words.monthAbbreviations.contains(tokens[i].key) { return nil }
    var end = i + 1
    var year: Int? = nil
    if end < tokens.count, tokens[end].kind == .number, tokens[end].normLength == 4, let y = tokens[end].intValue,
      y >= 1000, y <= 2999, tokens[end].spacing <= .narrow
    {
      year = y
      end += 1
      if end < tokens.count, tokens[end].kind == .word, words.yearWords.contains(tokens[end].key) {
        end += 1
        if end < tokens.count, tokens[end].isPunct("."), tokens[end].spacing == .none { end += 1 }
      }
    }
    let hasPreposition = i > 0 && tokens[i - 1].kind == .word && words.monthPrepositions.contains(tokens[i - 1].key)
    // "the December exchange", "last March's round": a month naming an event.
    let attributive =
      language == .en && year == nil && i > 0 && Self.monthDeterminers.contains(tokens[i - 1].key)
      && end < tokens.count && tokens[end].kind == .word && Self.monthEventNouns.contains(tokens[end].key)
    guard locative || hasPreposition || year != nil || attributive else { return nil }
    var resolved = false
    if year == nil, let ref = reference {
      resolved = true
      // "since August" is past; "с августа", "із серпня" look for a future word only before them ("будут
      // действовать с августа"), not in the clause after ("закритий із серпня, відкриється в понеділок").
      let origin = i > 0 ? tokens[i - 1].key : ""
      let since = language == .en && origin == "since"
      let from = language != .en && ["с", "со", "з", "із", "зі"].contains(origin)
      if !since && futureCue(i, forward: !from) {
        year = m >= ref.month ? ref.year : ref.year + 1
      } else {
        year = m <= ref.month ? ref.year : ref.year - 1
      }
    }
    var v = DateValue(year: year, month: m, day: 1, resolvedFromPublished: resolved, precision: .month)
    if resolved { v.relative = doc.text(i..<end) }
    return TemporalCandidate(tokens: i..<end, payload: .date(v), priority: 2)
  }

  /// Words before a month used as an attribute ("the December exchange").
  static let monthDeterminers: Set<WordKey> = ["the", "last", "this", "that", "its", "their", "a"]
  /// Nouns of events a month can name ("the March round").
  static let monthEventNouns: Set<WordKey> = [
    "exchange", "swap", "round", "talks", "meeting", "meetings", "summit", "session", "visit", "agreement", "deal",
    "call", "forum", "conference", "negotiations", "consultations", "ceasefire", "truce", "election", "elections",
    "attack", "strike", "accord", "memorandum", "commission", "sitting",
  ]

  /// True for month forms ICU gives (nominative and genitive), false for the locative forms of our tables.
  private func isICUForm(_ key: WordKey) -> Bool {
    switch language {
    case .en: return true
    case .ru: return !RussianDateWords.table.monthsAlone.contains { WordKey($0.0) == key }
    case .uk: return !UkrainianDateWords.table.monthsAlone.contains { WordKey($0.0) == key }
    }
  }
}
