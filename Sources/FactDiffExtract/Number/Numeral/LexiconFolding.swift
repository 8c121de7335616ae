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

/// True when two words have the same UTF-8 bytes (folded words need no Unicode-aware comparison).
@inline(__always) func sameWord(_ a: String, _ b: String) -> Bool {
  let u = a.utf8
  let v = b.utf8
  guard u.count == v.count else { return false }
  let same = u.withContiguousStorageIfAvailable { p in v.withContiguousStorageIfAvailable { q in p.elementsEqual(q) } }
  return (same ?? nil) ?? u.elementsEqual(v)
}

/// True when `word` ends with the bytes of `suffix`.
@inline(__always) func wordHasSuffix(_ word: String, _ suffix: String) -> Bool {
  let u = word.utf8
  let v = suffix.utf8
  guard u.count >= v.count else { return false }
  return u.suffix(v.count).elementsEqual(v)
}

/// True when `word` starts with the bytes of `prefix`.
@inline(__always) func wordHasPrefix(_ word: String, _ prefix: String) -> Bool {
  word.utf8.starts(with: prefix.utf8)
}

/// A set of folded words looked up by their bytes (see `WordKey`): `set.contains(token.key)`.
struct WordSet: Sendable {
  private var storage = WordKeyTable<Bool>()
  init() {}
  init<S: Sequence>(_ words: S) where S.Element == String {
    for w in words { storage[WordKey(w)] = true }
  }
  @inline(__always) func contains(_ key: WordKey) -> Bool { storage.contains(key) }
  func contains(_ word: String) -> Bool { storage.contains(WordKey(word)) }
  var keys: [WordKey] { storage.allKeys }
  var isEmpty: Bool { storage.isEmpty }
  mutating func insert(_ word: String) { storage[WordKey(word)] = true }
  mutating func insert(_ key: WordKey) { storage[key] = true }
}

extension WordSet: ExpressibleByArrayLiteral {
  init(arrayLiteral elements: String...) { self.init(elements) }
}

/// A map from folded words looked up by their bytes (see `WordKey`): `map[token.key]`.
struct WordMap<Value: Sendable>: Sendable {
  private var map = WordKeyTable<Value>()
  init() {}
  init(_ dictionary: [String: Value]) {
    for (k, v) in dictionary { map[WordKey(k)] = v }
  }
  subscript(_ key: WordKey) -> Value? {
    get { map[key] }
    set { map[key] = newValue }
  }
  subscript(_ word: String) -> Value? {
    get { map[WordKey(word)] }
    set { map[WordKey(word)] = newValue }
  }
  var keys: [WordKey] { map.allKeys }
  var isEmpty: Bool { map.isEmpty }
}
