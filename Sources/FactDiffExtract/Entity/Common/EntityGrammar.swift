import FactDiffModel

/// A grammatical case of Russian and Ukrainian nouns (the vocative is read as the nominative).
public enum GrammaticalCase: UInt8, Sendable, CaseIterable {
  case nominative, genitive, dative, accusative, instrumental, locative
}

/// A set of grammatical cases: what a word form can be, or what a preposition governs.
public struct CaseSet: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public init(_ c: GrammaticalCase) { rawValue = 1 << c.rawValue }

  /// One case each.
  public static let nom = CaseSet(.nominative)
  public static let gen = CaseSet(.genitive)
  public static let dat = CaseSet(.dative)
  public static let acc = CaseSet(.accusative)
  public static let ins = CaseSet(.instrumental)
  public static let loc = CaseSet(.locative)
  public static let all: CaseSet = [.nom, .gen, .dat, .acc, .ins, .loc]
  /// Every case but the nominative: an oblique form.
  public static let oblique: CaseSet = [.gen, .dat, .acc, .ins, .loc]

  /// Parses letters `n g d a i l` ("ga" = genitive or accusative); `*` is every case.
  public init(letters: Substring) {
    var s: CaseSet = []
    for c in letters {
      switch c {
      case "n": s.insert(.nom)
      case "g": s.insert(.gen)
      case "d": s.insert(.dat)
      case "a": s.insert(.acc)
      case "i": s.insert(.ins)
      case "l": s.insert(.loc)
      case "*": s = .all
      default: break
      }
    }
    self = s
  }
}

/// Grammatical gender of a name or a title, as far as the words tell.
public enum NameGender: UInt8, Sendable, Hashable {
  case unknown, masculine, feminine

  /// True unless one is masculine and the other feminine.
  public func agrees(with other: NameGender) -> Bool {
    self == .unknown || other == .unknown || self == other
  }

  init(letter: Substring) {
    switch letter {
    case "m": self = .masculine
    case "f": self = .feminine
    default: self = .unknown
    }
  }
}
