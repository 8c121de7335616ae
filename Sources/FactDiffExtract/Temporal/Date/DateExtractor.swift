import FactDiffModel

/// Calendar dates written out: "February 27, 2025", "Feb. 27", "27 February", "Thursday, Feb 27", "27.02.2025",
/// "02/27/2025", "27 февраля 2025 года", "26 лютого", "26–28 February", "from 14 to 17 October", "с 14 по 17
/// октября", "19-го"; and year mentions ("in 2021"),
/// which give no fact but keep their digits from the number stage.
final class DateExtractor {
  let tokens: [Token]
  let words: DateWords
  let language: Language
  let reference: CivilDate?

  init(_ doc: Document) {
    tokens = doc.tokens
    words = DateWords.forLanguage(doc.language)
    language = doc.language
    reference = doc.reference
  }

  // MARK: Helpers

  /// A day number (1…31) at `i`, plain digits not glued to a code, with an ordinal suffix ("27th", "1-го").
  func day(at i: Int) -> (Int, Int)? {
    // An ordinal word before a month ("шістнадцятого вересня"): the callers look for the month after it.
    if i < tokens.count, tokens[i].kind == .word, let m = words.ordinalDays.match(tokens, at: i) {
      return (m.value, m.end)
    }
    guard i < tokens.count, tokens[i].kind == .number, tokens[i].normLength <= 2, let d = tokens[i].intValue,
      d >= 1, d <= 31, !TokenTests.isGluedCode(tokens, i)
    else { return nil }
    var end = i + 1
    if end < tokens.count, tokens[end].spacing == .none {
      if tokens[end].kind == .word, words.ordinalSuffixes.contains(tokens[end].key) {
        end += 1
      } else if tokens[end].isPunct("-"), end + 1 < tokens.count, tokens[end + 1].spacing == .none,
        tokens[end + 1].kind == .word, words.ordinalSuffixes.contains(tokens[end + 1].key)
      {
        end += 2
      } else if tokens[end].kind == .word {
        return nil
      }
    }
    return (d, end)
  }

  /// A month name at `i` (English month names are capitalized) and the end, with an abbreviation's dot.
  func month(at i: Int) -> (Int, Int)? {
    guard i < tokens.count, tokens[i].kind == .word, let m = words.months[tokens[i].key] else { return nil }
    if language == .en && !tokens[i].isCapitalized { return nil }
    var end = i + 1
    if end < tokens.count, tokens[end].isPunct("."), tokens[end].spacing == .none,
      words.monthAbbreviations.contains(tokens[i].key)
    {
      end += 1
    }
    return (m, end)
  }

  /// A four-digit year at `i` (1000…2999) with the words after it ("года", "р."), or nil.
  func year(at i: Int) -> (Int, Int)? {
    guard i < tokens.count, tokens[i].kind == .number, tokens[i].normLength == 4, let y = tokens[i].intValue,
      y >= 1000, y <= 2999, tokens[i].spacing <= .narrow
    else { return nil }
    if TokenTests.gluedWordAfter(tokens, i + 1) && !words.yearWords.contains(tokens[i + 1].key) { return nil }
    var end = i + 1
    if end < tokens.count, tokens[end].kind == .word, words.yearWords.contains(tokens[end].key) {
      end += 1
      if end < tokens.count, tokens[end].isPunct("."), tokens[end].spacing == .none { end += 1 }
    }
    return (y, end)
  }

  /// True when token `j` joins the two days of a range whose first part starts at token `first`: a dash, "to",
  /// "through", or — after "from", "between", "с", "з", "від" before `first` — "and", "по", "до" ("between 14 and
  /// 17 October", "с 14 по 17 октября", "з 14 до 17 жовтня").
  func joinsDayRange(_ j: Int, first: Int) -> Bool {
    guard j + 1 < tokens.count, tokens[j].spacing <= .narrow, tokens[j + 1].spacing <= .narrow else { return false }
    if tokens[j].isPunct("-") { return true }
    guard tokens[j].kind == .word else { return false }
    if words.dayRangeJoiners.contains(tokens[j].key) { return true }
    return words.dayRangeJoinersAfterOpener.contains(tokens[j].key) && first > 0
      && words.dayRangeOpeners.contains(tokens[first - 1].key)
  }

  /// True when token `k` makes the number before it an hour: "until 17:00", "until 5 p.m.", "to 5 o'clock".
  func clockAfter(_ k: Int) -> Bool {
    guard k < tokens.count else { return false }
    if tokens[k].isPunct(":") || TokenTests.gluedDigitsAfter(tokens, k) { return true }
    let time = TimeWords.forLanguage(language)
    return time.meridiem.match(tokens, at: k) != nil || time.hourWords.contains(tokens[k].key)
  }

  /// The year that puts month/day nearest the published date (nil without one).
  func nearestYear(month: Int, day: Int) -> Int? {
    guard let ref = reference else { return nil }
    var best: (Int, Int)? = nil
    for y in [ref.year - 1, ref.year, ref.year + 1] {
      guard let c = CivilDate.valid(year: y, month: month, day: day) else { continue }
      let d = abs(c.dayNumber - ref.dayNumber)
      if best == nil || d < best!.1 { best = (y, d) }
    }
    return best?.0
  }

  /// A date value when the day exists (February 30 gives nil).
  func date(year: Int?, month: Int, day: Int, weekday: Int? = nil) -> DateValue? {
    if let y = year {
      guard CivilDate.valid(year: y, month: month, day: day) != nil else { return nil }
      return DateValue(year: y, month: month, day: day, weekday: weekday)
    }
    guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: 2024) else { return nil }
    if let y = nearestYear(month: month, day: day) {
      return DateValue(year: y, month: month, day: day, weekday: weekday, resolvedFromPublished: true)
    }
    if month == 2 && day == 29 { return DateValue(month: month, day: day, weekday: weekday) }
    return DateValue(month: month, day: day, weekday: weekday)
  }

  // MARK: Matching

  /// A date starting at token `i`.
  func match(at i: Int) -> TemporalCandidate? {
    let kind = tokens[i].kind
    if kind == .number {
      // Tried one by one rather than with `??`, which copies each (large) optional result through a temporary.
      if let c = numeric(at: i) { return c }
      if let c = dayFirst(at: i) { return c }
      if let c = ordinalDay(at: i) { return c }
      return yearMention(at: i)
    }
    if kind == .word {
      if let c = dayFirst(at: i) { return c }
      if let w = words.weekdays[tokens[i].key], let c = weekdayWithDate(at: i, weekday: w) { return c }
      return monthFirst(at: i)
    }
    return nil
  }

  /// "27.02.2025", "27/02/2025", "02/27/2025" (month first in English unless impossible), "2025-02-27".
  private func numeric(at i: Int) -> TemporalCandidate? {
    guard !TokenTests.isGluedCode(tokens, i), i + 4 < tokens.count else { return nil }
    let sep = tokens[i + 1]
    guard sep.kind == .punct, sep.key == "." || sep.key == "/" || sep.key == "-", sep.spacing == .none,
      tokens[i + 2].kind == .number, tokens[i + 2].spacing == .none, tokens[i + 3].key == sep.key,
      tokens[i + 3].spacing == .none, tokens[i + 4].kind == .number, tokens[i + 4].spacing == .none,
      !TokenTests.gluedDigitsAfter(tokens, i + 5), !TokenTests.gluedWordAfter(tokens, i + 5),
      let a = tokens[i].intValue, let b = tokens[i + 2].intValue, let c = tokens[i + 4].intValue
    else { return nil }
    let la = tokens[i].normLength
    let lb = tokens[i + 2].normLength
    let lc = tokens[i + 4].normLength
    var value: DateValue?
    if la == 4, lb <= 2, lc <= 2, sep.key == "-" {
      value = date(year: a, month: b, day: c)
    } else if la <= 2, lb <= 2, lc == 4, sep.key != "-" {
      let monthFirst = language == .en && sep.key == "/"
      if monthFirst {
        value = date(year: c, month: a, day: b) ?? date(year: c, month: b, day: a)
      } else {
        value = date(year: c, month: b, day: a) ?? (sep.key == "/" ? date(year: c, month: a, day: b) : nil)
      }
    }
    guard var v = value else { return nil }
    v.resolvedFromPublished = false
    var end = i + 5
    if end < tokens.count, tokens[end].kind == .word, words.yearWords.contains(tokens[end].key) {
      end += 1
      if end < tokens.count, tokens[end].isPunct("."), tokens[end].spacing == .none { end += 1 }
    }
    return TemporalCandidate(tokens: i..<end, payload: .date(v), priority: 2)
  }

  /// "27 February", "27 февраля 2025 года", "27th of February", "26–28 лютого".
  private func dayFirst(at i: Int) -> TemporalCandidate? {
    guard let (d, dEnd) = day(at: i) else { return nil }
    var j = dEnd
    // "26–28 February", "from 14 to 17 October", "с 14 по 17 октября": the first day takes the month of the second.
    if joinsDayRange(j, first: i), let (d2, _) = day(at: j + 1),
      d2 > d, var second = dayFirst(at: j + 1), case .date(let v2) = second.payload
    {
      guard let v1 = date(year: v2.resolvedFromPublished ? nil : v2.year, month: v2.month, day: d) else { return nil }
      var c = TemporalCandidate(tokens: i..<second.tokens.upperBound, payload: .date(v1), priority: 2)
      c.factTokens = i..<dEnd
      second.extra = []
      c.extra = [(second.tokens, second.payload)]
      return c
    }
    if language == .en, j < tokens.count, tokens[j].key == "of" {
      j += 1
    } else if language == .en, tokens[i].kind == .word {
      return nil  // "the second March round": an English ordinal word is a day only in "the twelfth of March".
    }
    guard j < tokens.count, tokens[j].spacing <= .narrow, let (m, mEnd) = month(at: j) else { return nil }
    var end = mEnd
    var y: Int? = nil
    var k = end
    if k < tokens.count, tokens[k].isPunct(","), language == .en { k += 1 }
    if let (yy, yEnd) = year(at: k) {
      y = yy
      end = yEnd
    }
    guard let v = date(year: y, month: m, day: d) else { return nil }
    return TemporalCandidate(tokens: i..<end, payload: .date(v), priority: 2)
  }

  /// "February 27, 2025", "Feb. 27", "Sept. 1", "March 13", "Feb. 26-28"; "March 2024" is a month.
  private func monthFirst(at i: Int) -> TemporalCandidate? {
    if let (m, mEnd) = month(at: i), mEnd < tokens.count, tokens[mEnd].spacing <= .narrow {
      if let (d, dEnd) = day(at: mEnd), !(dEnd < tokens.count && tokens[dEnd].isPunct(":")) {
        var end = dEnd
        var y: Int? = nil
        var k = end
        if k < tokens.count, tokens[k].isPunct(",") { k += 1 }
        if let (yy, yEnd) = year(at: k) {
          y = yy
          end = yEnd
        }
        // "Feb. 26-28", "October 14 to 17", "between Oct. 14 and 17"
        if y == nil, joinsDayRange(end, first: i), let (d2, d2End) = day(at: end + 1), d2 > d,
          !clockAfter(d2End), let v2 = date(year: nil, month: m, day: d2), let v1 = date(year: nil, month: m, day: d)
        {
          var c = TemporalCandidate(tokens: i..<d2End, payload: .date(v1), priority: 2)
          c.factTokens = i..<dEnd
          c.extra = [(end + 1..<d2End, .date(v2))]
          return c
        }
        guard let v = date(year: y, month: m, day: d) else { return nil }
        return TemporalCandidate(tokens: i..<end, payload: .date(v), priority: 2)
      }
    }
    return nil
  }

  /// "Thursday, February 27", "в четверг, 27 февраля", "У середу, 26 лютого", "Thu 27.02.2025".
  private func weekdayWithDate(at i: Int, weekday: Int) -> TemporalCandidate? {
    if language == .en && !tokens[i].isCapitalized { return nil }
    var j = i + 1
    if j < tokens.count, tokens[j].isPunct("."), tokens[j].spacing == .none { j += 1 }
    if j < tokens.count, tokens[j].isPunct(",") { j += 1 }
    guard j < tokens.count, tokens[j].spacing <= .narrow,
      var c = numeric(at: j) ?? dayFirst(at: j) ?? monthFirst(at: j), c.extra.isEmpty,
      case .date(var v) = c.payload
    else { return nil }
    v.weekday = weekday
    c.payload = .date(v)
    c.tokens = i..<c.tokens.upperBound
    return c
  }

  /// "19-го" with the month and year of the dateline or the published date (Russian and Ukrainian), and "the 19th".
  private func ordinalDay(at i: Int) -> TemporalCandidate? {
    guard let (d, end) = day(at: i), end > i + 1 else { return nil }
    if language == .en {
      guard i >= 2, tokens[i - 1].key == "the", tokens[i - 2].key == "on" else { return nil }
    } else {
      guard tokens[end - 1].key == "го" || tokens[end - 1].key == "ого" else { return nil }
    }
    if end < tokens.count, tokens[end].kind == .word,
      words.notDayAfterOrdinal.contains(tokens[end].key) || words.months[tokens[end].key] != nil
    {
      return nil
    }
    // Month and year: filled in by the stage from the nearest date before it, else the published date.
    guard let ref = reference else { return nil }
    guard var v = date(year: ref.year, month: ref.month, day: d) else { return nil }
    v.resolvedFromPublished = true
    var c = TemporalCandidate(tokens: i..<end, payload: .date(v), priority: 2)
    c.contextual = true
    return c
  }

  /// "in 2021", "since 2022", "в 2024 году", "2025 року": no fact, but not a number either.
  private func yearMention(at i: Int) -> TemporalCandidate? {
    guard DateExtractor.isYearMention(tokens, i, words: words) else { return nil }
    var end = i + 1
    if end < tokens.count, tokens[end].kind == .word, words.yearWords.contains(tokens[end].key) {
      end += 1
      if end < tokens.count, tokens[end].isPunct("."), tokens[end].spacing == .none { end += 1 }
    }
    var c = TemporalCandidate(tokens: i..<end, payload: .date(DateValue(month: 1, day: 1)), priority: 0)
    c.silent = true
    return c
  }

  /// True when the four digits at `i` name a year: after "in", "since", "в", "у" …, before "года", "року", or after
  /// a month ("February 2022"), or a bare 19xx/20xx not followed by a unit or a counted noun.
  static func isYearMention(_ tokens: [Token], _ i: Int, words: DateWords) -> Bool {
    guard i < tokens.count, tokens[i].kind == .number, tokens[i].normLength == 4, let y = tokens[i].intValue,
      y >= 1800, y <= 2100, !TokenTests.isGluedCode(tokens, i), !TokenTests.gluedDigitsAfter(tokens, i + 1)
    else { return false }
    if i + 1 < tokens.count, tokens[i + 1].kind == .word, words.yearWords.contains(tokens[i + 1].key) { return true }
    if i > 0, tokens[i - 1].kind == .word,
      words.yearPrepositions.contains(tokens[i - 1].key) || words.months[tokens[i - 1].key] != nil
    {
      return true
    }
    // "2024-2025", "2022–2024 годах".
    if i + 2 < tokens.count, tokens[i + 1].isPunct("-"), tokens[i + 2].kind == .number,
      tokens[i + 2].normLength == 4
    {
      return true
    }
    if i >= 2, tokens[i - 1].isPunct("-"), tokens[i - 2].kind == .number, tokens[i - 2].normLength == 4 {
      return true
    }
    return false
  }
}
