import FactDiffModel

/// Folds lexicon entries the way the tokenizer folds `Token.norm`, so that tables typed by hand and names from ICU
/// are looked up with a token's `norm` directly.
enum LexiconFolding {
  /// Lower case, ё → е, every apostrophe (’ ʼ ‘) → `'`, every dash → `-`, stress marks dropped.
  static func fold(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for u in s.lowercased().unicodeScalars {
      switch u.value {
      case 0x0451: out.append("е")
      case 0x2019, 0x02BC, 0x2018, 0x0060: out.append("'")
      case 0x2010...0x2015, 0x2212: out.append("-")
      case 0x0301, 0x0300: continue
      default: out.append(u)
      }
    }
    return String(out)
  }

  /// A phrase split into folded words the way the tokenizer splits text: spaces separate words, and `-`, `.`, `+`,
  /// `(`, `)`, `%`, `$`, `€` are tokens of their own.
  static func words(_ phrase: String) -> [String] {
    var result: [String] = []
    for part in fold(phrase).split(separator: " ") {
      var current = ""
      for ch in part {
        if ch == "-" || ch == "." || ch == "+" || ch == "(" || ch == ")" || ch == "%" || ch == "$" || ch == "€"
          || ch == "/" || ch == ","
        {
          if !current.isEmpty { result.append(current) }
          result.append(String(ch))
          current = ""
        } else {
          current.append(ch)
        }
      }
      if !current.isEmpty { result.append(current) }
    }
    return result
  }
}

/// One value per language, built once on first use.
struct PerLanguageTable<T: Sendable>: Sendable {
  let en: T
  let ru: T
  let uk: T

  init(_ build: (Language) -> T) {
    en = build(.en)
    ru = build(.ru)
    uk = build(.uk)
  }

  subscript(_ language: Language) -> T {
    switch language {
    case .en: return en
    case .ru: return ru
    case .uk: return uk
    }
  }
}
