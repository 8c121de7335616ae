/// A language factdiff can read. Adding one means a lexicon per fact kind and a corpus test (Docs/Languages.md).
public enum Language: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case en, ru, uk

  /// The ICU locale identifier for this language.
  public var locale: String { rawValue }

  public static func < (a: Language, b: Language) -> Bool { a.rawValue < b.rawValue }
}
