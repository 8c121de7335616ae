import FactDiffModel

/// Number words through ICU rule-based spellout parsing: "twenty-three" → 23, "двадцать три" → 23, "шести" → 6.
public enum NumberWords {
  /// The value of a whole string of number words, or nil when ICU cannot parse all of it.
  public static func parse(_ s: String, language: Language) -> Double? {
    nil  // TODO(text layer)
  }
}
