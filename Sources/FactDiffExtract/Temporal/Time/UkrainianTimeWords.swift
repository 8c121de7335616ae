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
  static let nextDay = ["до ранку", "наступного дня", "вночі", "до пізньої ночі"]
}
