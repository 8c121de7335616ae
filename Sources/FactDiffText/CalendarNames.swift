import FactDiffModel

/// Month and weekday names in every form ICU has for a language: format and stand-alone, wide and abbreviated
/// (Russian format months are genitive: "февраля").
public enum CalendarNames {
  /// Lower-cased month names with their month number (1…12). Abbreviations are given without a trailing dot.
  /// Duplicates are removed; order: wide format, wide stand-alone, abbreviated format, abbreviated stand-alone.
  public static func months(_ language: Language) -> [(name: String, month: Int)] {
    []  // TODO(text layer)
  }

  /// Lower-cased weekday names with their ISO weekday (Monday = 1 … Sunday = 7), same forms and order as `months`.
  public static func weekdays(_ language: Language) -> [(name: String, weekday: Int)] {
    []  // TODO(text layer)
  }
}
