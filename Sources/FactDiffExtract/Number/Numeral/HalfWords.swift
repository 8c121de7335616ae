import FactDiffModel

/// "and a half" after a number ("six and a half", "шесть с половиной", "шість з половиною"), and the quarters
/// ("two and a quarter", "два с четвертью", "дві з чвертю").
final class HalfWords: Sendable {
  /// Phrases, as folded words, that add a fraction to the number before them, with that fraction.
  let phrases: [(words: [WordKey], fraction: Double)]

  static let shared = PerLanguageTable { HalfWords(language: $0) }
  static func forLanguage(_ language: Language) -> HalfWords { shared[language] }

  init(language: Language) {
    let table: [(String, Double)]
    switch language {
    case .en:
      table = [
        ("and a half", 0.5), ("and one half", 0.5), ("and a quarter", 0.25), ("and one quarter", 0.25),
        ("and three quarters", 0.75), ("and three-quarters", 0.75),
      ]
    case .ru:
      table = [("с половиной", 0.5), ("со половиной", 0.5), ("с четвертью", 0.25), ("с тремя четвертями", 0.75)]
    case .uk:
      table = [
        ("з половиною", 0.5), ("із половиною", 0.5), ("зі половиною", 0.5), ("с половиною", 0.5),
        ("з чвертю", 0.25), ("із чвертю", 0.25), ("з трьома чвертями", 0.75),
      ]
    }
    // Longest first: "and three-quarters" before anything shorter.
    phrases = table.map { (LexiconFolding.words($0.0).map(WordKey.init), $0.1) }.sorted {
      $0.words.count > $1.words.count
    }
  }

  /// The end (exclusive) of an "and a half" phrase starting at token `i`, or nil.
  func andAHalf(_ tokens: [Token], after i: Int) -> Int? {
    guard let (end, fraction) = andAFraction(tokens, after: i), fraction == 0.5 else { return nil }
    return end
  }

  /// The end (exclusive) of an "and a half" / "and a quarter" phrase starting at token `i`, and the fraction it
  /// adds, or nil. Its words may be joined by hyphens glued on both sides, as in a compound adjective
  /// ("a four-and-a-half-hour session"), when the phrase starts with such a hyphen too.
  func andAFraction(_ tokens: [Token], after i: Int) -> (end: Int, fraction: Double)? {
    guard i < tokens.count else { return nil }
    if Self.gluedHyphen(tokens, i) {
      // "four-and-a-half-hour": a hyphen before every word, each glued to both sides.
      for p in phrases where !p.words.contains("-") {
        var j = i
        var ok = true
        for w in p.words {
          guard Self.gluedHyphen(tokens, j), tokens[j + 1].key == w else {
            ok = false
            break
          }
          j += 2
        }
        if ok { return (j, p.fraction) }
      }
      return nil
    }
    guard tokens[i].kind == .word, tokens[i].spacing <= .narrow else { return nil }
    for p in phrases where i + p.words.count <= tokens.count {
      var ok = true
      for (k, w) in p.words.enumerated() where tokens[i + k].key != w || tokens[i + k].spacing > .space {
        ok = false
        break
      }
      if ok { return (i + p.words.count, p.fraction) }
    }
    return nil
  }

  /// True when token `i` is a hyphen glued to the words on both sides of it.
  private static func gluedHyphen(_ tokens: [Token], _ i: Int) -> Bool {
    i + 1 < tokens.count && tokens[i].isPunct("-") && tokens[i].spacing == .none
      && !tokens[i].flags.contains(.longDash) && tokens[i + 1].spacing == .none
  }
}
