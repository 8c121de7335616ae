import FactDiffModel

/// The words of clock times said on a 12-hour dial in one language: "half past ten", "a quarter to three",
/// "twenty past nine"; "в половине второго", "в четверть третьего", "без четверти три", "в пол-одиннадцатого",
/// "десять минут третьего"; "о пів на третю", "о чверть на третю", "о половині третьої", "за чверть третя".
///
/// Russian and Ukrainian name the hour under way ("половина второго" is 1:30, "пів на третю" 2:30) or, after
/// "без"/"за", the hour reached ("без четверти три" and "за чверть третя" are 2:45). The tables are in
/// `‹Language›TimeWords` (`clock…`).
final class ClockWords: Sendable {
  /// Parts of the hour: "half" → 30, "quarter" → 15, "половине" → 30, "четверть" → 15, "пів" → 30.
  let parts: WordMap<Int>
  /// English: "past", "after" → +1; "to", "till", "before" → −1.
  let relations: WordMap<Int>
  /// Words that take minutes from the hour reached: "без" (ru), "за" (uk).
  let minus: WordSet
  /// Parts of the hour after `minus`: "четверти", "чверть".
  let minusParts: WordMap<Int>
  /// A word between a part and the hour under way: "на" (uk).
  let link: WordSet
  /// The hour under way right after a part: "второго" → 2 (ru), "третьої" → 3 (uk).
  let underWay: WordMap<Int>
  /// The hour under way after `link`: "третю" → 3 (uk).
  let underWayAfterLink: WordMap<Int>
  /// The hour reached as an ordinal, after `minus`: "третя" → 3 (uk). Russian says it as a cardinal ("три").
  let reached: WordMap<Int>
  /// Halves written as one word: "полвторого" → 2 (ru).
  let halfCompounds: WordMap<Int>
  /// One o'clock said as the hour word alone: "без пяти час" (ru).
  let oneHour: WordSet
  /// "minutes", "минут", "хвилин".
  let minuteWords: WordSet
  /// Words before a plain number of minutes that make "twenty past nine" a clock time (en).
  let cues: WordSet
  /// Endings of a word that agrees with the ordinal before it as its noun ("в половине второго тайма", "о пів на
  /// третю частину", "половині третьої сесії", "за чверть третя частина"): then the ordinal names no hour.
  let underWayNouns: [WordKey]
  let afterLinkNouns: [WordKey]
  let reachedNouns: [WordKey]
  /// Endings of a noun counted by a cardinal hour ("без пяти три года"): then it is no hour.
  let cardinalNouns: [WordKey]
  /// English: the lower-case words that may follow the hour; any other is a noun it counts ("a quarter to three
  /// times").
  let followers: WordSet
  /// Every word that can start one, for the temporal triggers.
  let firstWords: [WordKey]

  static let shared = PerLanguageTable { ClockWords(language: $0) }
  static func forLanguage(_ language: Language) -> ClockWords { shared[language] }

  init(language: Language) {
    func map(_ rows: [(String, Int)]) -> WordMap<Int> {
      var d: [String: Int] = [:]
      for (w, v) in rows { d[LexiconFolding.fold(w)] = v }
      return WordMap(d)
    }
    func hours(_ words: [String]) -> WordMap<Int> { map(words.enumerated().map { ($1, $0 + 1) }) }
    func keys(_ words: [String]) -> [WordKey] { words.map { WordKey(LexiconFolding.fold($0)) } }
    var first: [String] = []
    switch language {
    case .en:
      parts = map(EnglishTimeWords.clockParts)
      relations = map(EnglishTimeWords.clockPast.map { ($0, 1) } + EnglishTimeWords.clockTo.map { ($0, -1) })
      minus = []
      minusParts = WordMap()
      link = []
      underWay = WordMap()
      underWayAfterLink = WordMap()
      reached = WordMap()
      halfCompounds = WordMap()
      oneHour = []
      minuteWords = WordSet(EnglishTimeWords.clockMinuteWords)
      cues = WordSet(EnglishTimeWords.clockCues)
      underWayNouns = []
      afterLinkNouns = []
      reachedNouns = []
      cardinalNouns = []
      followers = WordSet(EnglishTimeWords.clockFollowers)
      first = EnglishTimeWords.clockParts.map(\.0)
    case .ru:
      parts = map(RussianTimeWords.clockParts)
      relations = WordMap()
      minus = WordSet(RussianTimeWords.clockMinus)
      minusParts = map(RussianTimeWords.clockMinusParts)
      link = []
      underWay = hours(RussianTimeWords.clockHoursUnderWay)
      underWayAfterLink = WordMap()
      reached = WordMap()
      halfCompounds = hours(RussianTimeWords.clockHoursUnderWay.map { "пол" + $0 })
      oneHour = WordSet(RussianTimeWords.clockOneHour)
      minuteWords = WordSet(RussianTimeWords.clockMinuteWords)
      cues = []
      underWayNouns = keys(["а", "я", "ого", "его"])
      afterLinkNouns = []
      reachedNouns = []
      cardinalNouns = keys(["а", "я", "ов", "ев", "ей"])
      followers = []
      first =
        RussianTimeWords.clockParts.map(\.0) + RussianTimeWords.clockMinus
        + RussianTimeWords.clockHoursUnderWay.map { "пол" + $0 }
    case .uk:
      parts = map(UkrainianTimeWords.clockParts)
      relations = WordMap()
      minus = WordSet(UkrainianTimeWords.clockMinus)
      minusParts = map(UkrainianTimeWords.clockMinusParts)
      link = WordSet(UkrainianTimeWords.clockLink)
      underWay = hours(UkrainianTimeWords.clockHoursUnderWay)
      underWayAfterLink = hours(UkrainianTimeWords.clockHoursUnderWayAfterLink)
      reached = hours(UkrainianTimeWords.clockHoursReached)
      halfCompounds = WordMap()
      oneHour = []
      minuteWords = WordSet(UkrainianTimeWords.clockMinuteWords)
      cues = []
      underWayNouns = keys(["и", "ї"])
      afterLinkNouns = keys(["у", "ю"])
      reachedNouns = keys(["а", "я"])
      cardinalNouns = []
      followers = []
      first = UkrainianTimeWords.clockParts.map(\.0) + UkrainianTimeWords.clockMinus
    }
    firstWords = first.map { WordKey(LexiconFolding.fold($0)) }
  }
}

extension TimeExtractor {
  /// A clock time said on a 12-hour dial starting at word `i` (see `ClockWords`), with a.m./p.m. or a part of the
  /// day after it deciding the half of the day ("half past one in the afternoon", "в половине второго дня"); without
  /// one the time keeps its dial hour and is marked `twelveHour`.
  func clockWords(at i: Int) -> TemporalCandidate? {
    let c = clock
    let key = tokens[i].key
    var start = i
    var dial: (hour: Int, minute: Int, end: Int)? = nil
    if let part = c.parts[key] {
      if numerals.language == .en {
        // "a quarter to three", "half past ten", "quarter past 9".
        if i > 0, tokens[i - 1].key == "a", tokens[i].spacing <= .narrow { start = i - 1 }
        if let r = c.relations[at(i + 1)], part != 30 || r > 0, let h = dialHour(at: i + 2) {
          dial = r > 0 ? (h.hour, part, h.end) : (previousHour(h.hour), 60 - part, h.end)
        }
      } else if let h = hourUnderWay(at: i + 1) {
        // "в половине второго", "в четверть третьего", "о пів на третю", "о половині третьої".
        dial = (previousHour(h.hour), part, h.end)
      } else if key == "пол", at(i + 1) == "-", tokens[i + 1].spacing == .none, let h = hourUnderWay(at: i + 2) {
        // "в пол-одиннадцатого".
        dial = (previousHour(h.hour), part, h.end)
      }
    } else if let h = c.halfCompounds[key], freeOfNoun(at: i + 1, c.underWayNouns) {
      // "в полвторого".
      dial = (previousHour(h), 30, i + 1)
    } else if c.minus.contains(key) {
      // "без четверти три", "без пяти час", "за чверть третя", "за десять хвилин третя".
      if let m = c.minusParts[at(i + 1)], let h = hourReached(at: i + 2) {
        dial = (previousHour(h.hour), 60 - m, h.end)
      } else {
        for single in [false, true] {
          if let n = minutes(at: i + 1, max: 29, single: single), let h = hourReached(at: n.end) {
            dial = (previousHour(h.hour), 60 - n.value, h.end)
            break
          }
        }
      }
    } else if let n = minutes(at: i, max: 59) {
      // "twenty past nine", "десять минут третьего", "десять хвилин на третю".
      if numerals.language == .en {
        if n.value <= 30, i > 0, tokens[i - 1].kind == .word, c.cues.contains(tokens[i - 1].key),
          let r = c.relations[at(n.end)], let h = dialHour(at: n.end + 1)
        {
          dial = r > 0 ? (h.hour, n.value, h.end) : (previousHour(h.hour), 60 - n.value, h.end)
        }
      } else if n.unit, let h = hourUnderWay(at: n.end) {
        dial = (previousHour(h.hour), n.value, h.end)
      }
    }
    guard let dial, dial.minute >= 0, dial.minute < 60 else { return nil }
    var end = dial.end
    var time = ParsedTime(hour: dial.hour, minute: dial.minute, zone: nil, pm: nil)
    if end < tokens.count, tokens[end].spacing <= .narrow, let m = words.meridiem.match(tokens, at: end) {
      time.pm = m.value
      if m.value && dial.hour < 12 { time.hour += 12 }
      if !m.value && dial.hour == 12 { time.hour = 0 }
      end = m.end
    } else if end < tokens.count, tokens[end].spacing <= .narrow, let d = words.dayParts.match(tokens, at: end) {
      time.hour = d.value.hour24(dial.hour)
      end = d.end
    } else {
      time.twelveHour = true
    }
    if let (z, e) = zones.zone(tokens, at: end) {
      time.zone = z
      end = e
    }
    return TemporalCandidate(tokens: start..<end, payload: .time(time), priority: 3)
  }

  private var clock: ClockWords { ClockWords.forLanguage(numerals.language) }

  /// The key of token `j`, or an empty key past the end.
  private func at(_ j: Int) -> WordKey {
    j < tokens.count && tokens[j].spacing <= .narrow ? tokens[j].key : WordKey("")
  }

  /// The hour before `h` on the dial: 1 → 12.
  private func previousHour(_ h: Int) -> Int { h == 1 ? 12 : h - 1 }

  /// An hour of the dial said as a cardinal at token `j` ("ten", "10"): 1…12, not followed by more digits.
  private func dialHour(at j: Int) -> (hour: Int, end: Int)? {
    guard j < tokens.count, tokens[j].spacing <= .narrow else { return nil }
    if tokens[j].kind == .number {
      guard tokens[j].normLength <= 2, let v = tokens[j].intValue, v >= 1, v <= 12,
        !TokenTests.gluedDigitsAfter(tokens, j + 1), !(j + 1 < tokens.count && tokens[j + 1].spacing == .none)
      else { return nil }
      return (v, j + 1)
    }
    guard let n = numerals.readWords(at: j), n.value >= 1, n.value <= 12, n.value == n.value.rounded() else {
      return nil
    }
    let end = n.tokens.upperBound
    if numerals.language == .en, end < tokens.count, tokens[end].kind == .word, tokens[end].spacing <= .narrow,
      !tokens[end].isCapitalized, !clock.followers.contains(tokens[end].key),
      words.meridiem.match(tokens, at: end) == nil, words.dayParts.match(tokens, at: end) == nil,
      zones.zone(tokens, at: end) == nil
    {
      return nil
    }
    return (Int(n.value), end)
  }

  /// The hour under way at token `j`: an ordinal ("второго"), or the link and one ("на третю"), not followed by a
  /// noun it agrees with.
  private func hourUnderWay(at j: Int) -> (hour: Int, end: Int)? {
    let c = clock
    if c.link.contains(at(j)), let h = c.underWayAfterLink[at(j + 1)], freeOfNoun(at: j + 2, c.afterLinkNouns) {
      return (h, j + 2)
    }
    if let h = c.underWay[at(j)], freeOfNoun(at: j + 1, c.underWayNouns) { return (h, j + 1) }
    return nil
  }

  /// The hour reached at token `j`: an ordinal (uk "третя"), or a cardinal 1…12 or the hour word (ru "три", "час").
  private func hourReached(at j: Int) -> (hour: Int, end: Int)? {
    let c = clock
    if let h = c.reached[at(j)] { return freeOfNoun(at: j + 1, c.reachedNouns) ? (h, j + 1) : nil }
    guard numerals.language == .ru else { return nil }
    if c.oneHour.contains(at(j)) { return (1, j + 1) }
    guard let h = dialHour(at: j), freeOfNoun(at: h.end, c.cardinalNouns) else { return nil }
    return h
  }

  /// A number of minutes in words at token `j`, with the minute word after it if written ("десять минут", "twenty
  /// minutes"); `single` reads one word only ("без двадцати три" is 2:40, not 23 minutes to something).
  private func minutes(at j: Int, max: Int, single: Bool = false) -> (value: Int, end: Int, unit: Bool)? {
    guard j < tokens.count, tokens[j].kind == .word, var n = numerals.readWords(at: j) else { return nil }
    if single {
      guard n.tokens.count > 1, let w = numerals.words.word(tokens[j].key) else { return nil }
      n.value = w.value
      n.tokens = j..<(j + 1)
    }
    guard n.value >= 1, n.value <= Double(max), n.value == n.value.rounded() else { return nil }
    var end = n.tokens.upperBound
    var unit = false
    if clock.minuteWords.contains(at(end)) {
      end += 1
      unit = true
    }
    return (Int(n.value), end, unit)
  }

  /// False when the word at `j` is a noun the ordinal before it agrees with (its ending is one of `endings`, and it
  /// is neither a part of the day nor an hour word).
  private func freeOfNoun(at j: Int, _ endings: [WordKey]) -> Bool {
    guard !endings.isEmpty, j < tokens.count, tokens[j].kind == .word, tokens[j].spacing <= .narrow,
      !tokens[j].isCapitalized, tokens[j].key.count >= 6
    else { return true }
    if words.dayParts.match(tokens, at: j) != nil || words.hourWords.contains(tokens[j].key) { return true }
    if zones.zone(tokens, at: j) != nil { return true }
    return !endings.contains { tokens[j].key.hasSuffix($0) }
  }
}
