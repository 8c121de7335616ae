import FactDiffModel

/// The concept lexicon of counted nouns: every case form of ~60 nouns common in news, in each language, mapped to
/// one English concept name shared across languages ("соглашений", "угод", "deals" → "agreements").
final class CountNouns: Sendable {
  let concepts: WordMap<String>
  /// Words right before a count that make it the number of a group's members ("delegation of", "делегация из",
  /// "делегація з") → the concept of the members ("delegates").
  let membersOf: PhraseTable<String>
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
      membersOf = PhraseTable(EnglishCountNouns.membersOf)
      strongGroups = Dictionary(uniqueKeysWithValues: EnglishCountNouns.strongGroups)
    case .ru:
      rows = RussianCountNouns.rows
      membersOf = PhraseTable(RussianCountNouns.membersOf)
      strongGroups = Dictionary(uniqueKeysWithValues: RussianCountNouns.strongGroups)
    case .uk:
      rows = UkrainianCountNouns.rows
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
  }

  func concept(_ key: WordKey) -> String? { concepts[key] }

  /// Every concept name (for tests and docs).
  static func conceptNames(_ language: Language) -> Set<String> {
    switch language {
    case .en: return Set(EnglishCountNouns.rows.map(\.0))
    case .ru: return Set(RussianCountNouns.rows.map(\.0))
    case .uk: return Set(UkrainianCountNouns.rows.map(\.0))
    }
  }
}
