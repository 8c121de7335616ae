import FactDiffModel

/// A document prepared for entity extraction: every token's folded form hashed once, so that lexicon lookups
/// compare 64-bit keys instead of hashing and normalising strings (Swift's `String` hashing normalises non-ASCII
/// text, which dominated the cost of Cyrillic lookups).
public struct EntityScan: Sendable {
  public let doc: Document
  /// The key of each token's `norm` (`WordHash`).
  let keys: [UInt64]
  /// The same with an English possessive removed ("turkey's" → "turkey"); equal to `keys` elsewhere.
  let bareKeys: [UInt64]
  /// Per token: `word`, `capitalized` and so on, so that scanning loops need not copy tokens.
  let marks: [Mark]
  public let tokens: [Token]

  /// What a token is, in one byte.
  struct Mark: OptionSet, Sendable {
    let rawValue: UInt8
    static let word = Mark(rawValue: 1)
    static let capitalized = Mark(rawValue: 2)
    static let allCaps = Mark(rawValue: 4)
    static let quote = Mark(rawValue: 8)
  }

  /// Hashes every token of `doc` once.
  public init(_ doc: Document) {
    self.doc = doc
    tokens = doc.tokens
    let n = tokens.count
    var keys = [UInt64](repeating: 0, count: n)
    var bare = keys
    var marks = [Mark](repeating: [], count: n)
    // Written through buffer pointers: element stores into arrays captured by a closure would check uniqueness each
    // time.
    tokens.withUnsafeBufferPointer { t in
      keys.withUnsafeMutableBufferPointer { k in
        bare.withUnsafeMutableBufferPointer { b in marks.withUnsafeMutableBufferPointer { m in Self.fill(t, k, b, m) } }
      }
    }
    self.keys = keys
    bareKeys = bare
    self.marks = marks
  }

  private static let quote = WordKey("\"")

  /// Each token's key, key without a possessive, and marks.
  private static func fill(
    _ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeMutableBufferPointer<UInt64>,
    _ bare: UnsafeMutableBufferPointer<UInt64>, _ marks: UnsafeMutableBufferPointer<Mark>
  ) {
    let quote = Self.quote
    for i in 0..<tokens.count {
      let key = tokens[i].key
      let k = WordHash.of(key)
      keys[i] = k
      bare[i] = k
      switch tokens[i].kind {
      case .word:
        var m: Mark = .word
        if tokens[i].flags.contains(.capitalized) { m.insert(.capitalized) }
        if tokens[i].flags.contains(.allCaps) { m.insert(.allCaps) }
        marks[i] = m
        // The key without an English possessive ('s or s'), from the key's own bytes unless the word is longer than
        // it holds.
        let count = key.count
        guard count > 2 else { break }
        if key.isComplete {
          let last = key.byte(count - 1)
          let before = key.byte(count - 2)
          if last == UInt8(ascii: "s") && before == UInt8(ascii: "'") {
            bare[i] = WordHash.of(key.prefix(count - 2))
          } else if last == UInt8(ascii: "'") && before == UInt8(ascii: "s") {
            bare[i] = WordHash.of(key.prefix(count - 1))
          }
        } else {
          let norm = tokens[i].norm
          if norm.hasSuffix("'s") {
            bare[i] = WordHash.of(String(norm.utf8.dropLast(2))!)
          } else if norm.hasSuffix("s'") {
            bare[i] = WordHash.of(String(norm.utf8.dropLast(1))!)
          }
        }
      case .punct:
        if key == quote || tokens[i].flags.contains(.openQuote) || tokens[i].flags.contains(.closeQuote) {
          marks[i] = .quote
        }
      case .number: break
      }
    }
  }

  /// The byte length of token `i`'s folded form.
  @inline(__always) func length(_ i: Int) -> Int { Int(tokens[i].key.length) }
  /// True when token `i` is the word or mark whose key is `k` (`Keys`).
  @inline(__always) func isKey(_ i: Int, _ k: UInt64) -> Bool { i >= 0 && i < keys.count && keys[i] == k }
  /// True when token `i` is a word with an English possessive ("Turkey's").
  @inline(__always) func isPossessive(_ i: Int) -> Bool { marks[i].contains(.word) && bareKeys[i] != keys[i] }

  /// A capitalised word (first letter upper case).
  @inline(__always) func isCapitalizedWord(_ i: Int) -> Bool { marks[i].contains([.word, .capitalized]) }
  /// The document's language, tokens' sentences and source, as in `Document`.
  public var language: Language { doc.language }
  public var sentences: [Sentence] { doc.sentences }
  public var source: Source { doc.source }
  public func sentence(ofToken t: Int) -> Int { doc.sentence(ofToken: t) }
  public func text(_ range: Range<Int>) -> String { doc.text(range) }
  public func byteRange(_ range: Range<Int>) -> TextRange { doc.byteRange(range) }
  public func tokenIndex(atOrAfter offset: Int) -> Int { doc.tokenIndex(atOrAfter: offset) }
}

/// Keys of the marks and function words the scanning loops test.
enum Keys {
  static let dot = WordHash.of(".")
  static let comma = WordHash.of(",")
  static let dash = WordHash.of("-")
  static let colon = WordHash.of(":")
  static let paren = WordHash.of("(")
  static let of = WordHash.of("of")
  static let for_ = WordHash.of("for")
  static let the = WordHash.of("the")
  static let and = WordHash.of("and")
  static let amp = WordHash.of("&")
}

/// The key of a folded word in the lexicon tables: its `WordKey` (the first 32 bytes, the length and a hash of the
/// rest) mixed into 64 bits, so that a token's key costs a few multiplications, not a pass over its bytes.
enum WordHash {
  @inline(__always) static func of(_ k: WordKey) -> UInt64 {
    var h = (k.a ^ 0x243F_6A88_85A3_08D3) &* 0x9E37_79B9_7F4A_7C15
    h = (h ^ (h >> 32) ^ k.b) &* 0xBF58_476D_1CE4_E5B9
    h = (h ^ (h >> 29) ^ k.c) &* 0x94D0_49BB_1331_11EB
    h = (h ^ (h >> 32) ^ k.d) &* 0x9E37_79B9_7F4A_7C15
    h = (h ^ (h >> 29) ^ (UInt64(k.length) << 32 | UInt64(k.tail))) &* 0xBF58_476D_1CE4_E5B9
    h ^= h >> 31
    // 0 marks an empty slot in `KeyIndex`.
    return h == 0 ? 1 : h
  }

  /// The key of a folded word given as a string (its bytes taken as they are).
  static func of(_ s: String) -> UInt64 { of(WordKey(s)) }

  /// Keys of a set of words.
  static func set<S: Sequence>(_ words: S) -> KeyIndex where S.Element == String { KeyIndex(keys: words.map(of)) }
}
