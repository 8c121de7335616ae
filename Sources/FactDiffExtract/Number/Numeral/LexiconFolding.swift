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

/// A word used as a dictionary key, hashed and compared by its UTF-8 bytes: `String`'s own hashing normalizes
/// non-ASCII text (NFC) on every lookup, which dominates the per-token cost on Cyrillic text.
struct FastKey: Hashable, Sendable {
  let text: String

  init(_ text: String) { self.text = text }

  func hash(into hasher: inout Hasher) {
    var copy = text
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  static func == (a: FastKey, b: FastKey) -> Bool {
    let u = a.text.utf8
    let v = b.text.utf8
    guard u.count == v.count else { return false }
    let same = u.withContiguousStorageIfAvailable { p in
      v.withContiguousStorageIfAvailable { q in p.elementsEqual(q) }
    }
    return (same ?? nil) ?? u.elementsEqual(v)
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

/// A set of folded words looked up by bytes (see `FastKey`).
struct WordSet: Sendable {
  private var storage: Set<FastKey>
  init() { storage = [] }
  init<S: Sequence>(_ words: S) where S.Element == String { storage = Set(words.map(FastKey.init)) }
  func contains(_ word: String) -> Bool { storage.contains(FastKey(word)) }
  var words: [String] { storage.map(\.text) }
  mutating func insert(_ word: String) { storage.insert(FastKey(word)) }
}

extension WordSet: ExpressibleByArrayLiteral {
  init(arrayLiteral elements: String...) { self.init(elements) }
}

/// A map from folded words looked up by bytes (see `FastKey`).
struct WordMap<Value: Sendable>: Sendable {
  private var map: [FastKey: Value]
  init() { map = [:] }
  init(_ dictionary: [String: Value]) {
    var m: [FastKey: Value] = [:]
    for (k, v) in dictionary { m[FastKey(k)] = v }
    map = m
  }
  subscript(_ word: String) -> Value? {
    get { map[FastKey(word)] }
    set { map[FastKey(word)] = newValue }
  }
  var keys: [String] { map.keys.map(\.text) }
  var isEmpty: Bool { map.isEmpty }
}
