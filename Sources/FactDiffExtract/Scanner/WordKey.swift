/// A folded word as a fixed-size value: its first 32 UTF-8 bytes, its length and a hash of any bytes beyond.
///
/// Swift compares and hashes `String`s by canonical equivalence, which for Cyrillic means normalisation work on
/// every dictionary lookup. Token norms are already folded, so byte equality is the right equality; a `WordKey`
/// compares four machine words instead. Lexicons keyed by `WordKey` are several times faster than `[String: …]`.
public struct WordKey: Hashable, Sendable, Comparable {
  public let a: UInt64
  public let b: UInt64
  public let c: UInt64
  public let d: UInt64
  /// The byte length, and an FNV-1a hash of the bytes past the first 32 (0 when there are none).
  public let length: UInt32
  public let tail: UInt32

  /// The key of already folded bytes.
  @inlinable
  public init(bytes: UnsafeBufferPointer<UInt8>) {
    var w: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    let n = bytes.count
    withUnsafeMutableBytes(of: &w) { raw in
      let m = min(n, 32)
      if m > 0 { raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[0..<m])) }
    }
    a = w.0
    b = w.1
    c = w.2
    d = w.3
    length = UInt32(truncatingIfNeeded: n)
    var h: UInt32 = 0
    if n > 32 {
      h = 2_166_136_261
      for i in 32..<n {
        h ^= UInt32(bytes[i])
        h = h &* 16_777_619
      }
    }
    tail = h
  }

  /// The key of a string taken as it is (callers fold it first, as the tokenizer does).
  public init(_ s: String) {
    var copy = s
    self = copy.withUTF8 { WordKey(bytes: $0) }
  }

  /// The key of a word the way the tokenizer folds it: lower case, ё → е, apostrophes as `'`.
  public static func folded(_ s: String) -> WordKey {
    let tokens = Tokenizer.tokenize(s)
    if tokens.count == 1 { return tokens[0].key }
    return WordKey(s.lowercased())
  }

  public static func < (x: WordKey, y: WordKey) -> Bool {
    (x.a.bigEndian, x.b.bigEndian, x.c.bigEndian, x.d.bigEndian, x.length) < (y.a.bigEndian, y.b.bigEndian, y.c.bigEndian, y.d.bigEndian, y.length)
  }

  /// True when the key's bytes start with `prefix`'s bytes (both folded). Exact for prefixes up to 32 bytes.
  public func hasPrefix(_ prefix: WordKey) -> Bool {
    guard prefix.length <= length, prefix.length <= 32 else { return false }
    var mine = (a, b, c, d)
    var theirs = (prefix.a, prefix.b, prefix.c, prefix.d)
    let n = Int(prefix.length)
    return withUnsafeBytes(of: &mine) { m in
      withUnsafeBytes(of: &theirs) { t in
        for i in 0..<n where m[i] != t[i] { return false }
        return true
      }
    }
  }
}
