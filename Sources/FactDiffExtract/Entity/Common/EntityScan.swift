import FactDiffModel

/// A document prepared for entity extraction: every token's folded form hashed once, so that lexicon lookups
/// compare 64-bit keys instead of hashing and normalising strings (Swift's `String` hashing normalises non-ASCII
/// text, which dominated the cost of Cyrillic lookups).
public struct EntityScan: Sendable {
  public let doc: Document
  /// FNV-1a hash of each token's `norm`.
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
    let quote = WordKey("\"")
    tokens.withUnsafeBufferPointer { buf in
      for i in 0..<n {
        let key = buf[i].key
        let count = Int(key.length)
        // One pass over the bytes: the key, and the key without an English possessive ('s or s'). The bytes come
        // from the token's `WordKey` (no string is touched) unless the word is longer than it holds.
        func hashes(_ p: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
          var cut = count
          if count > 2 {
            let last = p[count - 1]
            let before = p[count - 2]
            if last == UInt8(ascii: "s") && before == UInt8(ascii: "'") { cut = count - 2 }
            if last == UInt8(ascii: "'") && before == UInt8(ascii: "s") { cut = count - 1 }
          }
          var h: UInt64 = WordHash.offset
          var bareHash = h
          for j in 0..<count {
            if j == cut { bareHash = h }
            h = (h ^ UInt64(p[j])) &* WordHash.prime
          }
          return (h, cut == count ? h : bareHash)
        }
        let (k, b): (UInt64, UInt64)
        if count <= 32 {
          let words = (key.a, key.b, key.c, key.d)
          (k, b) = withUnsafeBytes(of: words) { hashes($0) }
        } else {
          var norm = buf[i].norm
          (k, b) = norm.withUTF8 { hashes(UnsafeRawBufferPointer($0)) }
        }
        keys[i] = k
        bare[i] = k
        switch buf[i].kind {
        case .word:
          var m: Mark = .word
          if buf[i].flags.contains(.capitalized) { m.insert(.capitalized) }
          if buf[i].flags.contains(.allCaps) { m.insert(.allCaps) }
          marks[i] = m
          bare[i] = b
        case .punct:
          if key == quote || buf[i].flags.contains(.openQuote) || buf[i].flags.contains(.closeQuote) {
            marks[i] = .quote
          }
        case .number: break
        }
      }
    }
    self.keys = keys
    bareKeys = bare
    self.marks = marks
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

/// FNV-1a over UTF-8 bytes: the key of a folded word in the lexicon tables.
enum WordHash {
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  @inline(__always) static func of(_ s: String) -> UInt64 {
    var h = offset
    for b in s.utf8 { h = (h ^ UInt64(b)) &* prime }
    return h
  }

  /// Keys of a set of words.
  static func set<S: Sequence>(_ words: S) -> KeyIndex where S.Element == String { KeyIndex(keys: words.map(of)) }
}
