/// English duration words.
enum EnglishDurationWords {
  static let table = DurationTable(
    units: [
      (TimeUnit.second, ["second", "seconds", "sec", "secs"]),
      (TimeUnit.minute, ["minute", "minutes", "min", "mins"]),
      (TimeUnit.hour, ["hour", "hours", "hr", "hrs", "h"]),
      (TimeUnit.day, ["day", "days"]),
      (TimeUnit.week, ["week", "weeks"]),
      (14 * TimeUnit.day, ["fortnight", "fortnights"]),
      (TimeUnit.month, ["month", "months"]),
      (TimeUnit.year, ["year", "years"]),
    ],
    singularForms: ["hour", "minute", "day", "week", "month", "year"],
    wholeWords: [],
    phrases: [
      ("half an hour", 1800), ("half-hour", 1800), ("half-day", 43200), ("half a day", 43200), ("a half hour", 1800),
      ("a half-hour", 1800),
      ("half hour", 1800), ("an hour and a half", 5400), ("a day and a half", 129_600),
      ("a year and a half", 1.5 * TimeUnit.year), ("half a year", 0.5 * TimeUnit.year),
      ("a week and a half", 1.5 * TimeUnit.week), ("quarter of an hour", 900), ("a quarter of an hour", 900),
      ("three quarters of an hour", 2700),
    ],
    vague: [("several", "several"), ("a few", "a-few"), ("a couple of", "a-few"), ("few", "a-few")],
    rangeJoiners: ["-", "to", "or"],
    compoundJoiners: ["and", ","],
    bareUnitCues: [],
    articles: ["a", "an", "one"]
  )
}
