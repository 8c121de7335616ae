import FactDiffModel
import FactDiffText

/// How a number word combines with its neighbours ("twenty" + "three", "two" + "hundred", "две" + "тысячи").
enum NumberWordRole: UInt8, Sendable {
  /// 1…9.
  case unit
  /// 10…19.
  case teen
  /// 20, 30 … 90.
  case ten
  /// A whole hundred written as one word ("сто", "двести", "триста").
  case hundreds
  /// "hundred": multiplies what is before it.
  case hundredMultiplier
  /// thousand, million, billion in any case form.
  case scale
  /// A value that stands alone: "полтора" (1.5), "дюжина" (12), "полсотни" (50).
  case standalone
}

/// One number word: its value and how it combines.
struct NumberWord: Sendable {
  var value: Double
  var role: NumberWordRole
}

/// Number words of one language, every case and gender ICU spells (see `NumberWords`), plus the words ICU lacks
/// (fractions such as "полтора", "дюжина"), keyed by folded form.
final class NumberWordLexicon: Sendable {
  let words: [String: NumberWord]
  private let fast: WordKeyTable<NumberWord>

  static let shared = PerLanguageTable { NumberWordLexicon(language: $0) }

  static func forLanguage(_ language: Language) -> NumberWordLexicon { shared[language] }

  init(language: Language) {
    var words: [String: NumberWord] = [:]
    func add(_ word: String, _ value: Double, _ role: NumberWordRole) {
      let key = LexiconFolding.fold(word)
      if words[key] == nil { words[key] = NumberWord(value: value, role: role) }
    }
    // Cardinal and collective rule sets only: ordinals ("second", "третьей") are not counts.
    let ruleSets = NumberWords.ruleSets(language).filter {
      ($0.contains("cardinal") || $0.contains("collective") || $0 == "%spellout-numbering")
        && !$0.contains("ordinal") && !$0.contains("year")
    }
    let atoms: [(Double, NumberWordRole)] =
      (1...9).map { (Double($0), .unit) } + (10...19).map { (Double($0), .teen) }
      + stride(from: 20, through: 90, by: 10).map { (Double($0), .ten) }
      + stride(from: 100, through: 900, by: 100).map { (Double($0), .hundreds) }
    for ruleSet in ruleSets {
      for (value, role) in atoms {
        guard let spelt = NumberWords.spellOut(value, language: language, ruleSet: ruleSet) else { continue }
        let parts = spelt.split(separator: " ")
        if parts.count == 1 {
          add(String(parts[0]), value, role)
        } else if role == .hundreds, parts.count == 2 {
          // "one hundred": the second word multiplies.
          add(String(parts[1]), 100, .hundredMultiplier)
        }
      }
      for scale in [1e3, 1e6, 1e9, 1e12] {
        for multiple in [1.0, 2, 5] {
          guard let spelt = NumberWords.spellOut(scale * multiple, language: language, ruleSet: ruleSet),
            let last = spelt.split(separator: " ").last
          else { continue }
          add(String(last), scale, .scale)
        }
      }
    }
    for (word, value, role) in NumberWordLexicon.extras(language) { add(word, value, role) }
    self.words = words
    var fast = WordKeyTable<NumberWord>()
    for (k, v) in words { fast[WordKey(k)] = v }
    self.fast = fast
  }

  /// Words ICU does not spell, per language.
  static func extras(_ language: Language) -> [(String, Double, NumberWordRole)] {
    switch language {
    case .en: return EnglishNumberWords.extras
    case .ru: return RussianNumberWords.extras
    case .uk: return UkrainianNumberWords.extras
    }
  }

  func word(_ key: WordKey) -> NumberWord? { fast[key] }
}
