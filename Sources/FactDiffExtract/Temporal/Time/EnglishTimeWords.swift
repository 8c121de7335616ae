import FactDiffModel

/// English clock-time words: a table per concept, one row per spelling.
enum EnglishTimeWords {
  static let meridiem: [(String, Bool)] = [
    ("am", false), ("a.m.", false), ("a.m", false), ("pm", true), ("p.m.", true), ("p.m", true),
  ]
  static let dayParts: [(String, DayPart)] = [
    ("in the morning", .morning), ("in the afternoon", .afternoon), ("in the evening", .evening),
    ("at night", .night), ("this morning", .morning), ("this afternoon", .afternoon), ("this evening", .evening),
    ("tonight", .evening),
  ]
  static let hourWords = ["o'clock", "oclock"]
  static let named: [(String, Int)] = [
    ("noon", 12 * 3600), ("midday", 12 * 3600), ("mid-day", 12 * 3600), ("midnight", 0),
    ("12 noon", 12 * 3600), ("12 midnight", 0),
  ]
  static let prepositions = [
    "at", "by", "from", "until", "till", "to", "before", "after", "around", "about", "between", "and", "since",
  ]
  static let zones: [(String, TimeZoneRef)] = [
    ("local time", .local), ("local", .local), ("et", .zone("America/New_York")),
    ("eastern time", .zone("America/New_York")), ("eastern", .zone("America/New_York")),
    ("eastern standard time", .offset(-18000)), ("eastern daylight time", .offset(-14400)),
    ("pacific time", .zone("America/Los_Angeles")), ("pt", .zone("America/Los_Angeles")),
    ("central time", .zone("America/Chicago")), ("ct", .zone("America/Chicago")),
    ("greenwich mean time", .offset(0)), ("central european time", .offset(3600)),
    ("central european summer time", .offset(7200)), ("time in moscow", .zone("Europe/Moscow")),
  ]
  /// Clock times in words: parts of the hour ("half past ten", "a quarter to three"), the words that add them to the
  /// hour or take them from it, and the cues that let a plain number of minutes do so ("at twenty past nine").
  static let clockParts: [(String, Int)] = [("half", 30), ("quarter", 15)]
  static let clockPast = ["past", "after"]
  static let clockTo = ["to", "till", "before"]
  static let clockMinuteWords = ["minutes", "minute"]
  static let clockCues = ["at", "by", "until", "till", "around", "about", "before", "after", "since", "approximately"]
  /// The lower-case words that may follow such a time; any other is a noun it counts ("a quarter to three times").
  static let clockFollowers = [
    "on", "and", "or", "when", "as", "in", "at", "the", "that", "with", "by", "after", "before", "while", "but",
    "until", "till", "to", "through", "then", "for", "from", "today", "yesterday", "tomorrow", "sharp",
  ]
  static let nextDay = [
    "overnight", "the next day", "the following day", "next morning", "the next morning", "the following morning",
    "into the night", "through the night",
  ]
}
