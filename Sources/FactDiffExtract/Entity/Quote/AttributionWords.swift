import FactDiffModel

/// Verbs and phrases that attribute words to a speaker ("said", "— заявил", "сказав", "according to"), with the
/// speaker's gender where the verb shows it.
enum AttributionWords {
  static func table(_ language: Language) -> EntityPhraseTable<NameGender> {
    switch language {
    case .en: return englishTable
    case .ru: return russianTable
    case .uk: return ukrainianTable
    }
  }

  static let englishTable = build(english)
  static let russianTable = build(russian)
  static let ukrainianTable = build(ukrainian)

  private static func build(_ text: String) -> EntityPhraseTable<NameGender> {
    let table = EntityPhraseTable<NameGender>()
    for row in EntityTable.rows(text) {
      table.add(EntityTable.words(String(row[0])), row.count > 1 ? NameGender(letter: row[1]) : .unknown)
    }
    table.seal()
    return table
  }

  /// An attribution verb starting at token `j`, after an optional comma or dash ("X said", "X, — заявил"):
  /// its end and the speaker's gender.
  static func attribution(_ doc: EntityScan, at j: Int) -> (end: Int, gender: NameGender)? {
    attribution(doc, at: j, table: table(doc.language))
  }

  /// The same with the language's table at hand (for loops over tokens).
  static func attribution(_ doc: EntityScan, at j: Int, table: EntityPhraseTable<NameGender>)
    -> (end: Int, gender: NameGender)?
  {
    let tokens = doc.tokens
    var k = j
    while k < tokens.count, k < j + 2, tokens[k].kind == .punct, tokens[k].key == "," || tokens[k].key == "-" {
      k += 1
    }
    guard k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized || k == j else { return nil }
    guard let m = table.longest(doc, at: k) else { return nil }
    return (m.end, m.value)
  }

  /// An attribution verb right before token `i` ("said Dmitry Peskov", "— заявил Брусницын"): its first token
  /// and the speaker's gender.
  static func attribution(_ doc: EntityScan, endingBefore i: Int) -> (start: Int, gender: NameGender)? {
    let tokens = doc.tokens
    let table = table(doc.language)
    for length in 1...3 where i - length >= 0 {
      let s = i - length
      guard tokens[s].kind == .word else { continue }
      if let m = table.longest(doc, at: s), m.end == i {
        return (s, m.value)
      }
    }
    return nil
  }
}
