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
  static let nextDay = ["до утра", "следующего дня", "на следующий день", "ночью", "до глубокой ночи"]
}
