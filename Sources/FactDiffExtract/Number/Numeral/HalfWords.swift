import FactDiffModel

/// "and a half" after a number ("six and a half", "шесть с половиной", "шість з половиною").
final class HalfWords: Sendable {
  /// Phrases, as folded words, that add a half to the number before them.
  let phrases: [[WordKey]]

  static let shared = PerLanguageTable { HalfWords(language: $0) }
  static func forLanguage(_ language: Language) -> HalfWords { shared[language] }

  init(language: Language) {
    let table: [String]
    switch language {
    case .en: table = ["and a half", "and one half"]
    case .ru: table = ["с половиной", "со половиной"]
    case .uk: table = ["з половиною", "із половиною", "зі половиною", "с половиною"]
    }
    phrases = table.map { LexiconFolding.words($0).map(WordKey.init) }
  }

  /// The end (exclusive) of an "and a half" phrase starting at token `i`, or nil.
  func andAHalf(_ tokens: [Token], after i: Int) -> Int? {
    guard i < tokens.count, tokens[i].kind == .word, tokens[i].spacing <= .narrow else { return nil }
    for p in phrases where i + p.count <= tokens.count {
      var ok = true
      for (k, w) in p.enumerated() where tokens[i + k].key != w || tokens[i + k].spacing > .space {
        ok = false
        break
      }
      if ok { return i + p.count }
    }
    return nil
  }
}
