import FactDiffModel
import FactDiffText

/// Per-language word lists for finding names: words that are never names, particles, and the cases prepositions
/// govern.
final class NameLexicon: Sendable {
  /// Keys (`WordHash`) of words that are never names.
  let stopWords: KeyIndex
  /// Keys of the month names in every case form (stop words too): "марта" can be the given name "Марта".
  let months: KeyIndex
  /// Keys of lower-case name particles.
  let particles: KeyIndex
  /// Keys of titles of address ("Mr", "госпожа", "пан"): a capitalised word after one is a name.
  let honorifics: KeyIndex
  /// Prepositions and fixed phrases ("за словами") with the cases of a name that follows them.
  let government: EntityPhraseTable<CaseSet>

  static func of(_ language: Language) -> NameLexicon {
    switch language {
    case .en: return english
    case .ru: return russian
    case .uk: return ukrainian
    }
  }

  static let english = NameLexicon(englishStopWords, englishParticles, "", .en)
  static let russian = NameLexicon(russianStopWords, russianParticles, russianGovernment, .ru)
  static let ukrainian = NameLexicon(ukrainianStopWords, ukrainianParticles, ukrainianGovernment, .uk)

  private init(_ stop: String, _ particles: String, _ government: String, _ language: Language) {
    var words = Set(stop.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    for m in CalendarNames.months(language) { words.insert(m.name) }
    months = WordHash.set(CalendarNames.months(language).map(\.name))
    for d in CalendarNames.weekdays(language) { words.insert(d.name) }
    stopWords = WordHash.set(words)
    self.particles = WordHash.set(particles.split(separator: " ").map(String.init))
    honorifics = WordHash.set([
      "mr", "mrs", "ms", "dr", "sir", "madam", "господин", "госпожа", "господина", "госпожи", "господину", "госпоже",
      "пан", "пані", "пана", "паном", "пані",
    ])
    let table = EntityPhraseTable<CaseSet>()
    for row in EntityTable.rows(government) where row.count >= 2 {
      table.add(EntityTable.words(String(row[0])), CaseSet(letters: row[1]))
    }
    table.seal()
    self.government = table
  }
}
