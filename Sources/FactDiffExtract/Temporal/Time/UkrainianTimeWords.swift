import FactDiffModel

/// Ukrainian clock-time words: a table per concept, one row per spelling.
enum UkrainianTimeWords {
  static let dayParts: [(String, DayPart)] = [
    ("ранку", .morning), ("зранку", .morning), ("дня", .afternoon), ("вечора", .evening), ("ночі", .night),
    ("пополудні", .afternoon),
  ]
  static let hourWords = ["година", "години", "годині", "годин", "год"]
  static let named: [(String, Int)] = [
    ("опівдні", 12 * 3600), ("полудні", 12 * 3600), ("полудень", 12 * 3600), ("полудня", 12 * 3600), ("опівночі", 0),
    ("північ", 0),
    ("півночі", 0),
  ]
  static let prepositions = [
    "о", "об", "в", "у", "до", "з", "із", "після", "близько", "від", "приблизно",
  ]
  static let zones: [(String, TimeZoneRef)] = [
    ("за місцевим часом", .local), ("місцевого часу", .local), ("за місцевим", .local),
    ("по місцевому часу", .local), ("за києвом", .zone("Europe/Kyiv")), ("за часом гринвіча", .offset(0)),
    ("за москвою", .zone("Europe/Moscow")), ("за гринвічем", .offset(0)), ("за грінвічем", .offset(0)),
    ("за всесвітнім часом", .offset(0)),
  ]
  /// Hours 1…20 said as feminine ordinals in the locative ("о десятій").
  static let ordinalHours = [
    "першій", "другій", "третій", "четвертій", "п'ятій", "шостій", "сьомій", "восьмій", "дев'ятій", "десятій",
    "одинадцятій", "дванадцятій", "тринадцятій", "чотирнадцятій", "п'ятнадцятій", "шістнадцятій", "сімнадцятій",
    "вісімнадцятій", "дев'ятнадцятій", "двадцятій",
  ]
  /// Clock times in words on a 12-hour dial: the hour under way as an accusative ordinal after "на" ("о пів на
  /// третю" = 2:30, "о чверть на третю" = 2:15, "десять хвилин на третю" = 2:10) or a genitive one ("о половині
  /// третьої" = 2:30), and minutes taken from the hour reached, a nominative ordinal ("за чверть третя" = 2:45).
  static let clockParts: [(String, Int)] = [
    ("пів", 30), ("половина", 30), ("половині", 30), ("половини", 30), ("чверть", 15), ("чверті", 15),
  ]
  static let clockLink = ["на"]
  static let clockHoursUnderWayAfterLink = [
    "першу", "другу", "третю", "четверту", "п'яту", "шосту", "сьому", "восьму", "дев'яту", "десяту", "одинадцяту",
    "дванадцяту",
  ]
  static let clockHoursUnderWay = [
    "першої", "другої", "третьої", "четвертої", "п'ятої", "шостої", "сьомої", "восьмої", "дев'ятої", "десятої",
    "одинадцятої", "дванадцятої",
  ]
  static let clockHoursReached = [
    "перша", "друга", "третя", "четверта", "п'ята", "шоста", "сьома", "восьма", "дев'ята", "десята", "одинадцята",
    "дванадцята",
  ]
  static let clockMinus = ["за"]
  static let clockMinusParts: [(String, Int)] = [("чверть", 15), ("чверті", 15)]
  static let clockMinuteWords = ["хвилин", "хвилини", "хвилину"]
  static let nextDay = ["до ранку", "наступного дня", "вночі", "до пізньої ночі"]
}
