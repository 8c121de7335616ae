import FactDiffModel

/// The concept lexicon of counted nouns: every case form of ~60 nouns common in news, in each language, mapped to
/// one English concept name shared across languages ("соглашений", "угод", "deals" → "agreements").
final class CountNouns: Sendable {
  let concepts: WordMap<String>
  /// Words right before a count that make it the number of a group's members ("delegation of", "делегация из",
  /// "делегація з") → the concept of the members ("delegates").
  let membersOf: PhraseTable<String>
  /// Nouns of two words ("bulk carriers", "пункта пропуска"), matched before the single words.
  let compounds: PhraseTable<String>
  /// Russian and Ukrainian: the stem of every listed form (its case ending taken off) → its concept, so that a
  /// form the rows do not list is found by its stem ("городах" by "город", "містах" by "міст"). Stems that two
  /// concepts share are left out.
  let stems: [String: String]
  /// The case endings taken off, longest first.
  let endings: [String]
  /// English "N-strong" groups: the group's concept → its members' ("delegations" → "delegates").
  let strongGroups: [String: String]
  /// Concepts of people, which a group's members may be written as ("14 человек", "18 officials").
  static let personConcepts: Set<String> = [
    "people", "officials", "delegates", "members", "participants", "experts", "diplomats", "ministers",
  ]

  static let shared = PerLanguageTable { CountNouns(language: $0) }
  static func forLanguage(_ language: Language) -> CountNouns { shared[language] }

  init(language: Language) {
    let rows: [(String, String)]
    switch language {
    case .en:
      rows = EnglishCountNouns.rows
      compounds = PhraseTable(EnglishCountNouns.compounds)
      endings = []
      membersOf = PhraseTable(EnglishCountNouns.membersOf)
      strongGroups = Dictionary(uniqueKeysWithValues: EnglishCountNouns.strongGroups)
    case .ru:
      rows = RussianCountNouns.rows
      compounds = PhraseTable(RussianCountNouns.compounds)
      endings = CountNouns.russianEndings
      membersOf = PhraseTable(RussianCountNouns.membersOf)
      strongGroups = Dictionary(uniqueKeysWithValues: RussianCountNouns.strongGroups)
    case .uk:
      rows = UkrainianCountNouns.rows
      compounds = PhraseTable(UkrainianCountNouns.compounds)
      endings = CountNouns.ukrainianEndings
      membersOf = PhraseTable(UkrainianCountNouns.membersOf)
      strongGroups = Dictionary(uniqueKeysWithValues: UkrainianCountNouns.strongGroups)
    }
    var map: [String: String] = [:]
    for (concept, forms) in rows {
      for f in forms.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
        map[LexiconFolding.fold(String(f))] = concept
      }
    }
    concepts = WordMap(map)
    var stems: [String: String] = [:]
    var shared: Set<String> = []
    let endings = self.endings
    for (form, concept) in map {
      let stem = CountNouns.stem(form, endings)
      guard stem.unicodeScalars.count >= CountNouns.minimumStem else { continue }
      if let other = stems[stem], other != concept { shared.insert(stem) }
      stems[stem] = concept
    }
    for s in shared { stems[s] = nil }
    self.stems = stems
  }

  /// The concept of a word: a listed form, else (Russian, Ukrainian) a form of a listed noun found by its stem.
  func concept(_ key: WordKey) -> String? {
    if let c = concepts[key] { return c }
    guard !endings.isEmpty, key.isComplete else { return nil }
    let word = key.string
    for e in endings where wordHasSuffix(word, e) {
      let stem = String(word.unicodeScalars.dropLast(e.unicodeScalars.count))
      guard stem.unicodeScalars.count >= CountNouns.minimumStem else { continue }
      if let c = stems[stem] { return c }
    }
    return nil
  }

  /// The word without the longest case ending that leaves at least `minimumStem` letters.
  static func stem(_ word: String, _ endings: [String]) -> String {
    for e in endings where wordHasSuffix(word, e) {
      let stem = String(word.unicodeScalars.dropLast(e.unicodeScalars.count))
      if stem.unicodeScalars.count >= minimumStem { return stem }
    }
    return word
  }

  /// The fewest letters a stem keeps: shorter ones ("суд", "сел") would match unrelated words.
  static let minimumStem = 4
  /// Noun case endings, longest first.
  static let russianEndings = [
    "ами", "ями", "ах", "ях", "ам", "ям", "ов", "ев", "ей", "ом", "ем", "ой", "ою", "ы", "и", "а", "я", "у", "ю", "е",
    "о", "ь",
  ]
  static let ukrainianEndings = [
    "ами", "ями", "ах", "ях", "ам", "ям", "ів", "їв", "ей", "ом", "ем", "ою", "ею", "єю", "и", "і", "ї", "а", "я", "у",
    "ю", "е", "о", "ь",
  ]

  /// Every concept name (for tests and docs).
  static func conceptNames(_ language: Language) -> Set<String> {
    switch language {
    case .en: return Set(EnglishCountNouns.rows.map(\.0))
    case .ru: return Set(RussianCountNouns.rows.map(\.0))
    case .uk: return Set(UkrainianCountNouns.rows.map(\.0))
    }
  }
}
