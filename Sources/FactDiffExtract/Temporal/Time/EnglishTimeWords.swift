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
  static let nextDay = [
    "overnight", "the next day", "the following day", "next morning", "the next morning", "the following morning",
    "into the night", "through the night",
  ]
}
