import FactDiffModel

/// Russian clock-time words: a table per concept, one row per spelling.
enum RussianTimeWords {
  static let dayParts: [(String, DayPart)] = [
    ("утра", .morning), ("дня", .afternoon), ("вечера", .evening), ("ночи", .night), ("пополудни", .afternoon),
  ]
  static let hourWords = ["час", "часа", "часов", "ч"]
  static let named: [(String, Int)] = [
    ("полдень", 12 * 3600), ("полудня", 12 * 3600), ("полночь", 0), ("полуночи", 0),
  ]
  static let prepositions = ["в", "во", "к", "с", "со", "до", "после", "около", "от", "примерно"]
  static let zones: [(String, TimeZoneRef)] = [
    ("по местному времени", .local), ("местного времени", .local), ("по местному", .local),
    ("по мск", .zone("Europe/Moscow")), ("по москве", .zone("Europe/Moscow")), ("по киеву", .zone("Europe/Kyiv")),
    ("по гринвичу", .offset(0)), ("по времени гринвича", .offset(0)),
    ("по всемирному времени", .offset(0)), ("по всемирному координированному времени", .offset(0)),
  ]
  /// Clock times in words on a 12-hour dial. The hour under way as a genitive ordinal ("в половине второго" = 1:30,
  /// "в четверть третьего" = 2:15, "десять минут третьего" = 2:10), halves written as one word ("полвторого",
  /// "пол-одиннадцатого"), and minutes taken from the hour reached ("без четверти три" = 2:45, "без пяти час").
  static let clockParts: [(String, Int)] = [
    ("половина", 30), ("половине", 30), ("половину", 30), ("половины", 30), ("пол", 30), ("четверть", 15),
    ("четверти", 15),
  ]
  static let clockHoursUnderWay = [
    "первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого", "восьмого", "девятого",
    "десятого", "одиннадцатого", "двенадцатого",
  ]
  static let clockMinus = ["без"]
  static let clockMinusParts: [(String, Int)] = [("четверти", 15), ("половины", 30)]
  static let clockOneHour = ["час"]
  static let clockMinuteWords = ["минут", "минуты", "минуту"]
  static let nextDay = ["до утра", "следующего дня", "на следующий день", "ночью", "до глубокой ночи"]
}
