import FactDiffModel

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
public struct Token: Sendable {
  public init(
    kind: TokenKind, spacing: Spacing, start: Int, end: Int, norm: String, flags: Flags, scalar: Unicode.Scalar
  ) {
    self.kind = kind
    self.spacing = spacing
    self.start = start
    self.end = end
    self.norm = norm
    self.key = WordKey(norm)
    self.flags = flags
    self.scalar = scalar
  }

  init(
    kind: TokenKind, spacing: Spacing, start: Int, end: Int, norm: String, key: WordKey, flags: Flags,
    scalar: Unicode.Scalar
  ) {
    self.kind = kind
    self.spacing = spacing
    self.start = start
    self.end = end
    self.norm = norm
    self.key = key
    self.flags = flags
    self.scalar = scalar
  }

  public var kind: TokenKind
  /// White space before the token.
  public var spacing: Spacing
  /// Byte offsets into the source text.
  public var start: Int
  public var end: Int
  /// Lower-cased and folded: ё → е, apostrophes → `'`, every dash → `-`, every double quote → `"`, stress marks and
  /// invisible characters removed. For numbers, the digits.
  public var norm: String
  /// `norm` as a byte key, for fast lexicon lookups (see `WordKey`).
  public var key: WordKey
  public var flags: Flags
  /// For punctuation: the mark as written (a dash keeps whether it was a hyphen or a long dash in `flags`).
  public var scalar: Unicode.Scalar

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
  public func isPunct(_ c: Character) -> Bool { kind == .punct && norm.first == c && norm.count == 1 }

  /// The numeric value of a digit run (nil past 18 digits).
  public var intValue: Int? {
    guard kind == .number, norm.utf8.count <= 18 else { return nil }
    return Int(norm)
  }
}
