import FactDiffModel

/// Part of the day written after an hour ("в 7 вечера", "10 in the morning").
enum DayPart: Sendable {
  case morning, afternoon, evening, night

  /// The 24-hour value of a 12-hour clock `hour` said with this part of the day.
  func hour24(_ hour: Int) -> Int {
    guard hour <= 12 else { return hour }
    switch self {
    case .morning: return hour == 12 ? 0 : hour
    case .afternoon: return hour <= 7 ? hour + 12 : hour
    case .evening: return hour < 12 ? hour + 12 : hour
    case .night: return hour >= 7 && hour < 12 ? hour + 12 : (hour == 12 ? 0 : hour)
    }
  }
}

/// The words of clock times in one language: a.m./p.m., parts of the day, "o'clock" words, named times (noon,
/// полночь), prepositions that mark a clock time, and hours said as ordinals ("о десятій").
final class TimeWords: Sendable {
  /// "a.m." → false, "p.m." → true.
  let meridiem: PhraseTable<Bool>
  let dayParts: PhraseTable<DayPart>
  /// "o'clock", "часов", "годині".
  let hourWords: WordSet
  /// noon → 12:00, midnight → 00:00 (seconds after midnight).
  let named: PhraseTable<Int>
  /// Named times that need a preposition before them (Ukrainian "північ" is also "north").
  let namedNeedPreposition: WordSet
  /// Words that, right before a bare number, make it a clock time ("at", "в", "о").
  let prepositions: WordSet
  /// Prepositions that make "N hours" a clock time rather than a duration ("в 10 часов", "о 10 годині").
  let strictPrepositions: WordSet
  /// Hours as ordinal words ("о десятій" = 10:00).
  let ordinalHours: WordMap<Int>
  /// Words that say an end before the start is on the next day ("overnight", "до утра").
  let nextDay: PhraseTable<Bool>

  static let shared = PerLanguageTable { TimeWords(language: $0) }
  static func forLanguage(_ language: Language) -> TimeWords { shared[language] }

  init(language: Language) {
    meridiem = PhraseTable(EnglishTimeWords.meridiem)
    switch language {
    case .en:
      dayParts = PhraseTable(EnglishTimeWords.dayParts)
      hourWords = WordSet(EnglishTimeWords.hourWords)
      named = PhraseTable(EnglishTimeWords.named)
      namedNeedPreposition = []
      prepositions = WordSet(EnglishTimeWords.prepositions)
      strictPrepositions = []
      ordinalHours = WordMap()
      nextDay = PhraseTable(EnglishTimeWords.nextDay.map { ($0, true) })
    case .ru:
      dayParts = PhraseTable(RussianTimeWords.dayParts)
      hourWords = WordSet(RussianTimeWords.hourWords)
      named = PhraseTable(RussianTimeWords.named)
      namedNeedPreposition = []
      prepositions = WordSet(RussianTimeWords.prepositions)
      strictPrepositions = ["в", "во", "к"]
      ordinalHours = WordMap()
      nextDay = PhraseTable(RussianTimeWords.nextDay.map { ($0, true) })
    case .uk:
      dayParts = PhraseTable(UkrainianTimeWords.dayParts)
      hourWords = WordSet(UkrainianTimeWords.hourWords)
      named = PhraseTable(UkrainianTimeWords.named)
      namedNeedPreposition = ["північ", "півночі", "полудень", "полудня", "полудні"]
      prepositions = WordSet(UkrainianTimeWords.prepositions)
      strictPrepositions = ["о", "об"]
      var ordinals: [String: Int] = [:]
      for (k, w) in UkrainianTimeWords.ordinalHours.enumerated() { ordinals[LexiconFolding.fold(w)] = k + 1 }
      ordinalHours = WordMap(ordinals)
      nextDay = PhraseTable(UkrainianTimeWords.nextDay.map { ($0, true) })
    }
  }
}
