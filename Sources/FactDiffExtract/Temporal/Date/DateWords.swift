import FactDiffModel
import FactDiffText

/// Which way a weekday said alone points from the published date.
enum WeekdayDirection: Sendable {
  /// "on Tuesday": the most recent one on or before `published`, or the next one when a future cue governs it.
  case nearest
  /// "last Wednesday", "в минувшую пятницу": strictly before `published`.
  case past
  /// "next Tuesday", "в следующий вторник": strictly after.
  case future
  /// "on Tuesday" written with a preposition that adds nothing.
  case plain
}

/// The words of dates in one language: month and weekday names (ICU's forms plus the case forms ICU lacks),
/// relative day, week and month phrases, weekday modifiers, year words and future cues.
final class DateWords: Sendable {
  /// Every form of month names with a day ("27 февраля", "Feb. 27", "26 лютого").
  let months: WordMap<Int>
  /// Full month forms that may stand alone for a whole month, with the words that must come before them
  /// (empty: none needed, e.g. "в январе" is matched with its preposition as a phrase).
  let monthAlone: WordMap<Int>
  /// Abbreviated month forms ("feb", "сент", "лют"): they take a dot and never stand alone.
  let monthAbbreviations: WordSet
  /// Prepositions that make a bare month name a month ("in January", "с января", "на март").
  let monthPrepositions: WordSet
  /// Every form of weekday names, abbreviations included (used next to a date).
  let weekdays: WordMap<Int>
  /// Full weekday forms that can stand alone ("on Tuesday", "в четверг", "минулої п'ятниці").
  let fullWeekdays: WordSet
  /// "yesterday" → −1, "позавчера" → −2.
  let relativeDays: PhraseTable<Int>
  /// "last week" → −1, "на этой неделе" → 0.
  let relativeWeeks: PhraseTable<Int>
  /// "next month" → +1.
  let relativeMonths: PhraseTable<Int>
  /// Words before a weekday: "last", "в минувшую", "наступного", "on", "в".
  let weekdayModifiers: PhraseTable<WeekdayDirection>
  /// Words after a year ("года", "року", "р.").
  let yearWords: WordSet
  /// Prepositions that make a bare four-digit number a year ("in 2021", "с 2022", "у 2024").
  let yearPrepositions: WordSet
  /// Stems of words that put a sentence in the future ("will", "планиру", "наступн").
  let futureWords: WordSet
  let futurePrefixes: [WordKey]
  /// Words that open a clause a future cue after a weekday cannot reach across ("which", "что", "що").
  let clauseBreaks: WordSet
  /// Suffixes of an ordinal day ("19-го", "27th").
  let ordinalSuffixes: WordSet
  /// Days written as ordinal words before a month ("шістнадцятого вересня", "двадцать первого сентября").
  let ordinalDays: PhraseTable<Int>
  /// Words after "N-го" that show it is not a day ("19-го века").
  let notDayAfterOrdinal: WordSet
  /// Words joining the days of a range, with and without an opener (`DateTable`), and the openers.
  let dayRangeJoiners: WordSet
  let dayRangeJoinersAfterOpener: WordSet
  let dayRangeOpeners: WordSet

  static let shared = PerLanguageTable { DateWords(language: $0) }
  static func forLanguage(_ language: Language) -> DateWords { shared[language] }

  init(language: Language) {
    let data: DateTable
    switch language {
    case .en: data = EnglishDateWords.table
    case .ru: data = RussianDateWords.table
    case .uk: data = UkrainianDateWords.table
    }
    var months: [String: Int] = [:]
    for entry in CalendarNames.months(language) { months[LexiconFolding.fold(entry.name)] = entry.month }
    for (name, m) in data.extraMonths { months[LexiconFolding.fold(name)] = m }
    // An abbreviation is a form that another, longer form of the same month starts with ("февр" of "февраля").
    var abbreviations = Set<String>()
    // "март" of "марта" differs by one letter: a case ending, not an abbreviation.
    for (a, m) in months
    where months.contains(where: { $0.value == m && $0.key.count >= a.count + 2 && $0.key.hasPrefix(a) }) {
      abbreviations.insert(a)
    }
    for (name, _) in data.extraMonths { abbreviations.insert(LexiconFolding.fold(name)) }
    var alone: [String: Int] = [:]
    for (k, m) in months where !abbreviations.contains(k) { alone[k] = m }
    for (name, m) in data.monthsAlone {
      months[LexiconFolding.fold(name)] = m
      alone[LexiconFolding.fold(name)] = m
    }
    var weekdays: [String: Int] = [:]
    var full = Set<String>()
    for (k, entry) in CalendarNames.weekdays(language).enumerated() {
      let key = LexiconFolding.fold(entry.name)
      weekdays[key] = entry.weekday
      if k < 14, key.count > 3 { full.insert(key) }
    }
    for (name, w) in data.extraWeekdays {
      weekdays[LexiconFolding.fold(name)] = w
      full.insert(LexiconFolding.fold(name))
    }
    if language == .en {
      for (name, w) in weekdays where full.contains(name) {
        weekdays[name + "'s"] = w
        full.insert(name + "'s")
      }
    }
    self.months = WordMap(months)
    monthAbbreviations = WordSet(abbreviations)
    monthAlone = WordMap(alone)
    monthPrepositions = WordSet(data.monthPrepositions)
    self.weekdays = WordMap(weekdays)
    fullWeekdays = WordSet(full)
    relativeDays = PhraseTable(data.relativeDays)
    relativeWeeks = PhraseTable(data.relativeWeeks)
    relativeMonths = PhraseTable(data.relativeMonths)
    weekdayModifiers = PhraseTable(data.weekdayModifiers)
    yearWords = WordSet(data.yearWords)
    yearPrepositions = WordSet(data.yearPrepositions)
    futureWords = WordSet(data.futureStems.filter { !$0.hasSuffix("*") })
    futurePrefixes = data.futureStems.filter { $0.hasSuffix("*") }.map { WordKey(String($0.dropLast())) }
    clauseBreaks = WordSet(data.clauseBreaks)
    ordinalSuffixes = WordSet(data.ordinalSuffixes)
    ordinalDays = PhraseTable(data.ordinalDays.flatMap { DateTable.ordinalDayForms($0) })
    notDayAfterOrdinal = WordSet(data.notDayAfterOrdinal)
    dayRangeJoiners = WordSet(data.dayRangeJoiners)
    dayRangeJoinersAfterOpener = WordSet(data.dayRangeJoinersAfterOpener)
    dayRangeOpeners = WordSet(data.dayRangeOpeners)
  }

  /// True when a word puts its sentence in the future ("will", "планируется"): a stem ending in `*` matches any
  /// word it begins, other entries match whole words.
  func isFuture(_ key: WordKey) -> Bool {
    futureWords.contains(key) || isFuturePrefix(key)
  }

  /// True when a word begins with one of the future stems ending in `*`.
  @inline(__always) func isFuturePrefix(_ key: WordKey) -> Bool {
    for p in futurePrefixes where key.hasPrefix(p) { return true }
    return false
  }
}

/// The data of one language's date words, as typed in its file.
struct DateTable: Sendable {
  var extraMonths: [(String, Int)]
  /// Month forms ICU lacks that stand alone for a month ("январе", "лютому").
  var monthsAlone: [(String, Int)]
  var monthPrepositions: [String]
  var extraWeekdays: [(String, Int)]
  var relativeDays: [(String, Int)]
  var relativeWeeks: [(String, Int)]
  var relativeMonths: [(String, Int)]
  var weekdayModifiers: [(String, WeekdayDirection)]
  var yearWords: [String]
  var yearPrepositions: [String]
  var futureStems: [String]
  var clauseBreaks: [String]
  var ordinalSuffixes: [String]
  var notDayAfterOrdinal: [String]
  /// Words joining the two days of a range ("14 to 17 October"); a dash always does.
  var dayRangeJoiners: [String]
  /// Words joining them only after an opener before the first day ("с 14 по 17 октября", "between 14 and 17").
  var dayRangeJoinersAfterOpener: [String]
  /// The openers: "from", "between", "с", "з", "від".
  var dayRangeOpeners: [String]
  /// Ordinal words of the days, as (form of 1…9, of 10…19, 20, 30, the tens' cardinals before a unit): each list in
  /// the order of its numbers; the days 21–29 and 31 are made from the tens and the units ("двадцать первого").
  var ordinalDays: [OrdinalDayForms] = []

  struct OrdinalDayForms: Sendable {
    var units: [String]
    var teens: [String]
    var twentieth: String
    var thirtieth: String
    var twenty: String
    var thirty: String
  }

  /// Every day 1–31 of a set of forms.
  static func ordinalDayForms(_ f: OrdinalDayForms) -> [(String, Int)] {
    var out: [(String, Int)] = []
    for (k, w) in f.units.enumerated() { out.append((w, k + 1)) }
    for (k, w) in f.teens.enumerated() { out.append((w, k + 10)) }
    out.append((f.twentieth, 20))
    out.append((f.thirtieth, 30))
    for (k, w) in f.units.enumerated() { out.append((f.twenty + " " + w, k + 21)) }
    if let first = f.units.first { out.append((f.thirty + " " + first, 31)) }
    return out
  }
}
