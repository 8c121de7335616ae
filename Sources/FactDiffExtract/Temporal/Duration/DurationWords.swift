import FactDiffModel

/// A unit of time as a word form: its length in seconds.
struct TimeUnit: Sendable, Hashable {
  var seconds: Double
  /// True for days, weeks, months and years (their grain is a day).
  var inDays: Bool { seconds >= 86400 }
  /// True for forms that may follow a bare article or stand alone with a hedge ("an hour", "около часа").
  var singular: Bool

  static let second = 1.0
  static let minute = 60.0
  static let hour = 3600.0
  static let day = 86400.0
  static let week = 7 * 86400.0
  /// A month is counted as 30 days and a year as 365: durations in months and years only need their order.
  static let month = 30 * 86400.0
  static let year = 365 * 86400.0
}

/// The words of durations in one language: unit words in every case form, half-unit words ("полчаса"), compound
/// adjectives ("шестичасовые", "six-hour" is handled by the hyphen rule), vague quantities and range joiners.
final class DurationWords: Sendable {
  let units: WordMap<TimeUnit>
  let unitTable: [String: TimeUnit]
  /// Single words worth a whole duration: "полчаса" → 1800, "півроку" → half a year.
  let wholeWords: WordMap<Double>
  let wholeTable: [String: Double]
  /// Whole-duration words that name a moment after some words ("до півдня" is until noon, not half a day): the
  /// word's key → the keys of the words before it that make it a moment.
  let momentAfter: [WordKey: Set<WordKey>]
  /// Two-word forms worth a duration: "half an hour", "пів години".
  let phrases: PhraseTable<Double>
  /// "several", "a few", "несколько", "кілька" → the vague-count concept of ToleranceTable.vagueCounts.
  let vague: PhraseTable<String>
  /// Words joining the ends of a range of durations ("three to four hours", "2–3 часа").
  let rangeJoiners: WordSet
  /// Words joining hours and minutes ("two hours and 20 minutes", "два часа и пять минут").
  let compoundJoiners: WordSet
  /// Words before a bare unit that make it a duration ("lasted an hour", "в течение часа", "протягом години").
  let bareUnitCues: PhraseTable<Bool>
  /// Articles that stand for one before a unit ("an hour").
  let articles: WordSet
  /// Words that may follow an article in a duration ("hour", "half", "few"): "a" before anything else is skipped
  /// at once.
  let afterArticle: WordSet

  static let shared = PerLanguageTable { DurationWords(language: $0) }
  static func forLanguage(_ language: Language) -> DurationWords { shared[language] }

  init(language: Language) {
    let table: DurationTable
    switch language {
    case .en: table = EnglishDurationWords.table
    case .ru: table = RussianDurationWords.table
    case .uk: table = UkrainianDurationWords.table
    }
    var units: [String: TimeUnit] = [:]
    for (seconds, forms) in table.units {
      for f in forms { units[LexiconFolding.fold(f)] = TimeUnit(seconds: seconds, singular: false) }
    }
    for f in table.singularForms { units[LexiconFolding.fold(f)]?.singular = true }
    var whole: [String: Double] = [:]
    for (w, s) in table.wholeWords { whole[LexiconFolding.fold(w)] = s }
    // Compound adjectives: a number stem glued to a unit stem and an adjective ending ("шестичасовые").
    for (prefix, n) in table.adjectivePrefixes {
      for (stem, unit) in table.adjectiveStems where !table.adjectiveClashes.contains(prefix + stem) {
        for ending in table.adjectiveEndings { whole[LexiconFolding.fold(prefix + stem + ending)] = n * unit }
      }
    }
    self.units = WordMap(units)
    unitTable = units
    wholeWords = WordMap(whole)
    wholeTable = whole
    var moments: [WordKey: Set<WordKey>] = [:]
    for (w, before) in table.momentWords {
      moments[WordKey(LexiconFolding.fold(w))] = Set(before.map { WordKey(LexiconFolding.fold($0)) })
    }
    momentAfter = moments
    phrases = PhraseTable(table.phrases)
    vague = PhraseTable(table.vague)
    rangeJoiners = WordSet(table.rangeJoiners)
    compoundJoiners = WordSet(table.compoundJoiners)
    bareUnitCues = PhraseTable(table.bareUnitCues.map { ($0, true) })
    articles = WordSet(table.articles)
    var after = WordSet()
    for (k, u) in units where u.singular { after.insert(k) }
    for (phrase, _) in table.phrases + table.vague.map({ ($0.0, 0.0) }) {
      let w = LexiconFolding.words(phrase)
      if w.count > 1, table.articles.contains(w[0]) { after.insert(w[1]) }
    }
    afterArticle = after
  }

  func unit(_ key: WordKey) -> TimeUnit? { units[key] }

  func isMinuteUnit(_ key: WordKey) -> Bool { units[key]?.seconds == TimeUnit.minute }
}

/// The data of one language's duration words, as typed in its file.
struct DurationTable: Sendable {
  /// Unit length in seconds → every form of its words.
  var units: [(Double, [String])]
  /// Forms that can stand for "one unit" with an article or a hedge ("hour", "часа", "годину").
  var singularForms: [String]
  var wholeWords: [(String, Double)]
  var phrases: [(String, Double)]
  var vague: [(String, String)]
  var rangeJoiners: [String]
  var compoundJoiners: [String]
  var bareUnitCues: [String]
  var articles: [String]
  var adjectivePrefixes: [(String, Double)] = []
  var adjectiveStems: [(String, Double)] = []
  var adjectiveEndings: [String] = []
  /// Number stem + unit stem pairs that spell a common word of another meaning, so no compound is made of them
  /// (Ukrainian "пів" + "денн" is "південний", southern).
  var adjectiveClashes: [String] = []
  /// Whole-duration words that are a moment after these words ("півдня" after "до": until noon).
  var momentWords: [(String, [String])] = []
}
