import FactDiffModel
import Synchronization

/// What a token is.
public enum TokenKind: UInt8, Sendable {
  /// Letters (any script), with inner apostrophes and combining marks.
  case word
  /// A run of ASCII digits.
  case number
  /// One punctuation mark or symbol.
  case punct
}

/// The white space before a token.
public enum Spacing: UInt8, Sendable, Comparable {
  /// The token touches the one before it ("10" ":" "00").
  case none
  /// Spaces or tabs.
  case space
  /// Only no-break or thin spaces (a digit group separator in "1 200").
  case narrow
  /// One line break.
  case newline
  /// A blank line: a new paragraph.
  case paragraph

  public static func < (a: Spacing, b: Spacing) -> Bool { a.rawValue < b.rawValue }
}

/// One token of a source's text, with its byte range and a folded form for lexicon lookups.
///
/// A token is a plain value: its folded form lives in `key` (a `WordKey`, the first 32 bytes inline), and only a
/// word longer than that keeps its full folded form as a string. `norm` is computed from them on demand; hot code
/// compares `key`s (`token.key == "of"`, `set.contains(token.key)`) and never builds strings.
public struct Token: Sendable {
  public init(
    kind: TokenKind, spacing: Spacing, start: Int, end: Int, norm: String, flags: Flags, scalar: Unicode.Scalar
  ) {
    let key = WordKey(norm)
    var copy = norm
    let long = key.isComplete ? 0 : copy.withUTF8 { LongNorms.intern(key, $0) }
    self.init(
      kind: kind, spacing: spacing, start: start, end: end, key: key, longNorm: long, flags: flags, scalar: scalar)
  }

  init(
    kind: TokenKind, spacing: Spacing, start: Int, end: Int, key: WordKey, longNorm: UInt32, flags: Flags,
    scalar: Unicode.Scalar
  ) {
    self.kind = kind
    self.spacing = spacing
    self.start = start
    self.end = end
    self.key = key
    self.longNorm = longNorm
    self.flags = flags
    self.scalar = scalar
  }

  public var kind: TokenKind
  /// White space before the token.
  public var spacing: Spacing
  public var flags: Flags
  /// For punctuation: the mark as written (a dash keeps whether it was a hyphen or a long dash in `flags`).
  public var scalar: Unicode.Scalar
  /// Byte offsets into the source text.
  public var start: Int
  public var end: Int
  /// The folded form (see `norm`) as a byte key, for fast lexicon lookups and comparisons (see `WordKey`).
  public var key: WordKey
  /// For a word longer than `WordKey.inlineCapacity` bytes, its full folded form in `LongNorms`; 0 for every other
  /// token. (A number, not a string, so that a token stays a plain value that copies without reference counting.)
  @usableFromInline var longNorm: UInt32
  /// The lists of the document's language the folded form is in (`Vocabulary`), set when a document is scanned;
  /// empty for tokens made outside a document. (Four bytes that fit in the token's padding.)
  var vocabulary = Vocabulary(rawValue: 0)

  /// False when a look-up of this token in the list of `bit` would miss: the token was scanned with its document
  /// (`Vocabulary.scanned`) and is not in that list. True otherwise (look it up).
  @inline(__always) func mayBe(_ bit: Vocabulary) -> Bool {
    vocabulary.rawValue & (Vocabulary.scanned.rawValue | bit.rawValue) != Vocabulary.scanned.rawValue
  }

  /// Lower-cased and folded: ё → е, apostrophes → `'`, every dash → `-`, every double quote → `"`, stress marks and
  /// invisible characters removed. For numbers, the digits.
  ///
  /// Computed on each call (no allocation up to 15 bytes): prefer `key` in loops.
  public var norm: String { longNorm == 0 ? key.string : LongNorms.word(longNorm, key) }

  /// The byte length of `norm`.
  @inlinable public var normLength: Int { Int(key.length) }

  /// True when `norm` ends with `suffix` (folded), compared by bytes.
  public func normHasSuffix(_ suffix: WordKey) -> Bool {
    if key.isComplete { return key.hasSuffix(suffix) }
    return wordHasSuffix(norm, suffix.string)
  }

  /// True when `norm` starts with `prefix` (folded, at most 32 bytes), compared by bytes.
  @inlinable public func normHasPrefix(_ prefix: WordKey) -> Bool { key.hasPrefix(prefix) }

  public struct Flags: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    /// The first letter is upper case.
    public static let capitalized = Flags(rawValue: 1 << 0)
    /// Every letter is upper case (and there are at least two).
    public static let allCaps = Flags(rawValue: 1 << 1)
    public static let cyrillic = Flags(rawValue: 1 << 2)
    public static let latin = Flags(rawValue: 1 << 3)
    /// Letters of two scripts in one word: a homoglyph suspect.
    public static let mixedScript = Flags(rawValue: 1 << 4)
    /// A dash longer than a hyphen (– — ― −).
    public static let longDash = Flags(rawValue: 1 << 5)
    /// An opening quote (“ „ « ‹ ‘ ‚) or a closing one (” » › ’); plain `"` has neither.
    public static let openQuote = Flags(rawValue: 1 << 6)
    public static let closeQuote = Flags(rawValue: 1 << 7)
    /// Invisible characters (zero-width, bidi controls) were inside or right before the token.
    public static let invisible = Flags(rawValue: 1 << 8)
  }

  public var range: TextRange { TextRange(start, end) }
  public var isWord: Bool { kind == .word }
  public var isNumber: Bool { kind == .number }
  public var isPunct: Bool { kind == .punct }
  public var isCapitalized: Bool { flags.contains(.capitalized) }

  /// True for a punctuation token whose folded form is `c`.
  @inlinable public func isPunct(_ c: Unicode.Scalar) -> Bool {
    guard kind == .punct else { return false }
    if c.isASCII { return key.isByte(UInt8(truncatingIfNeeded: c.value)) }
    return key == WordKey(scalar: c)
  }

  /// True for a punctuation token whose folded form is this ASCII byte (`UInt8(ascii: ".")`).
  @inlinable public func isPunct(ascii: UInt8) -> Bool { kind == .punct && key.isByte(ascii) }

  /// The numeric value of a digit run (nil past 18 digits).
  public var intValue: Int? {
    guard kind == .number else { return nil }
    return key.digitValue
  }
}

/// The folded forms of words longer than a `WordKey` holds (more than 32 bytes: "межправительственной"), kept
/// once per process so that tokens can name them by number. Such words are rare and repeat, so the table stays
/// small; past `capacity` distinct long words (only text built to defeat it gets there) a token keeps just the
/// first 32 bytes of its folded form in `norm`, while its `key` still tells every word apart.
enum LongNorms {
  static let capacity = 1 << 21
  private struct Table {
    var index: [WordKey: UInt32] = [:]
    var words: [String] = [""]
  }
  private static let table = Mutex(Table())

  /// The number of a long folded word (bytes `bytes`, key `key`), added on first sight; 0 when the table is full.
  static func intern(_ key: WordKey, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    table.withLock { t in
      if let k = t.index[key] { return k }
      guard t.words.count < capacity else { return 0 }
      let k = UInt32(t.words.count)
      t.words.append(String(decoding: bytes, as: UTF8.self))
      t.index[key] = k
      return k
    }
  }

  /// The folded word number `id` (the key's own bytes when unknown).
  static func word(_ id: UInt32, _ key: WordKey) -> String {
    table.withLock { t in Int(id) < t.words.count ? t.words[Int(id)] : key.string }
  }
}
