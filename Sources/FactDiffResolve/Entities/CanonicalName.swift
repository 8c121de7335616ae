import FactDiffExtract
import FactDiffModel
import FactDiffText

/// The Latin name an entity is shown under: the first full name written in Latin script, else a transliteration
/// of the first full name ("Павел Рудаков" → "Pavel Rudakov"), else the surname; never with an invisible character
/// (`VisibleText`), whatever the spelling it comes from.
enum CanonicalName {
  static func of(_ p: PersonProfile, _ docs: [Document]) -> String {
    VisibleText.clean(chosen(p, docs))
  }

  private static func chosen(_ p: PersonProfile, _ docs: [Document]) -> String {
    let ordered = p.mentions.sorted { ($0.doc, $0.fact) < ($1.doc, $1.fact) }
    let latinFull = ordered.first { $0.latin && $0.fullGiven }
    if let m = latinFull, m.doc >= 0 { return clean(docs[m.doc].facts[m.fact].text) }
    if let m = ordered.first(where: \.fullGiven) { return compose(m.analysis!.value) }
    if let m = ordered.first(where: \.latin), m.doc >= 0 { return clean(docs[m.doc].facts[m.fact].text) }
    return ordered.first.map { compose($0.analysis!.value) } ?? ""
  }

  private static func compose(_ a: NameAnalysis) -> String {
    var parts: [String] = []
    // "Park Chzhi Khun": the family name first, in its Latin spelling.
    if let ff = FamilyFirstNames.reading(a), let family = ff.families.first {
      parts.append(GivenNames.names[family].display)
      for w in a.middle + [a.readings.first?.lemma ?? a.surname] { parts.append(latin(w, a.language)) }
      return parts.joined(separator: " ")
    }
    if let g = a.given.first {
      parts.append(GivenNames.names[g].display)
    } else if let g = a.unknownGiven {
      parts.append(
        latin(SurnameForms.readings(g, language: a.language).first { $0.cases.contains(.nom) }?.lemma ?? g, a.language))
    } else if !a.initials.isEmpty {
      parts.append(a.initials.map { latin($0, a.language) + "." }.joined(separator: " "))
    }
    let lemma = a.readings.first?.lemma ?? a.surname
    parts.append(latin(lemma, a.language))
    return parts.joined(separator: " ")
  }

  private static func latin(_ word: String, _ language: Language) -> String {
    let ascii = language == .en ? word : Transliteration.toLatin(word, language: language)
    return ascii.split(separator: "-", omittingEmptySubsequences: false).map { part in
      part.prefix(1).uppercased() + part.dropFirst()
    }.joined(separator: "-")
  }

  /// The name as written, with an English possessive and surrounding spaces removed.
  private static func clean(_ s: String) -> String {
    var t = s
    for suffix in ["'s", "\u{2019}s"] where t.hasSuffix(suffix) { t.removeLast(suffix.count) }
    return t
  }
}
