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

  public init(_ doc: Document) {
    self.doc = doc
    var keys = [UInt64](repeating: 0, count: doc.tokens.count)
    var bare = keys
    for (i, t) in doc.tokens.enumerated() {
      let k = WordHash.of(t.norm)
      keys[i] = k
      bare[i] = t.kind == .word && EntityWords.isPossessive(t.norm) ? WordHash.of(EntityWords.stripPossessive(t.norm)) : k
    }
    self.keys = keys
    bareKeys = bare
  }

  public var tokens: [Token] { doc.tokens }
  public var language: Language { doc.language }
  public var sentences: [Sentence] { doc.sentences }
  public var source: Source { doc.source }
  public func sentence(ofToken t: Int) -> Int { doc.sentence(ofToken: t) }
  public func text(_ range: Range<Int>) -> String { doc.text(range) }
  public func byteRange(_ range: Range<Int>) -> TextRange { doc.byteRange(range) }
  public func tokenIndex(atOrAfter offset: Int) -> Int { doc.tokenIndex(atOrAfter: offset) }
}

/// FNV-1a over UTF-8 bytes: the key of a folded word in the lexicon tables.
enum WordHash {
  @inline(__always) static func of(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
    return h
  }

  /// Keys of a set of words.
  static func set<S: Sequence>(_ words: S) -> Set<UInt64> where S.Element == String { Set(words.map(of)) }
}
