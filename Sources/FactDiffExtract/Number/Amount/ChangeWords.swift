import FactDiffModel

/// Words of a change of a level: "снизить пошлину … до 10%", "зниження мита … до 15%", "увеличить поставки до 50
/// тыс. тонн". After one of them "до N" is the new level, exactly N, not "up to N".
final class ChangeWords: Sendable {
  /// The stems of the verbs and nouns of change (a word starting with one is one of them).
  let stems: [WordKey]
  /// The word that reads as "up to" elsewhere: "до".
  let upTo: WordSet

  static let shared = PerLanguageTable { ChangeWords(language: $0) }
  static func forLanguage(_ language: Language) -> ChangeWords { shared[language] }

  init(language: Language) {
    let words: [String]
    switch language {
    case .en:
      // Only to find the noun of a new level ("raise flights to 50"); "up to" stays a ceiling in English.
      words = ["rais", "increas", "lift", "boost", "expand", "reduc", "lower", "doubl"]
      upTo = []
    case .ru:
      words = [
        "сниз", "сниж", "повыс", "повыш", "увелич", "сократ", "сокращ", "уменьш", "довест", "довед", "подня", "подним",
        "урез", "вырос", "выраст", "упал", "упаст", "опуст",
      ]
      upTo = ["до"]
    case .uk:
      words = [
        "зниз", "зниж", "підвищ", "збільш", "скорот", "скороч", "зменш", "довест", "довед", "підня", "підійм",
        "вирос", "зрос", "впал", "впаст", "опуст",
      ]
      upTo = ["до"]
    }
    stems = words.map { WordKey(LexiconFolding.fold($0)) }
  }

  /// True when a word of change stands within fourteen words before token `k`, in its sentence.
  func changeBefore(_ k: Int, in doc: Document) -> Bool {
    guard !stems.isEmpty else { return false }
    let tokens = doc.tokens
    let lower = max(doc.sentences[doc.sentence(ofToken: k)].tokens.lowerBound, k - 14)
    var j = k - 1
    while j >= lower {
      let t = tokens[j]
      if t.kind == .word, stems.contains(where: { t.key.hasPrefix($0) }) { return true }
      j -= 1
    }
    return false
  }
}
