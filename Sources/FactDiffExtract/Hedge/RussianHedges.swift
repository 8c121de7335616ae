/// Russian hedge words (TOLERANCE.md), before and after the value.
enum RussianHedges {
  static let before: [HedgeRow] = [
    HedgeRow("около", .approximately), HedgeRow("примерно", .approximately), HedgeRow("порядка", .approximately),
    HedgeRow("где-то", .approximately), HedgeRow("приблизительно", .approximately),
    HedgeRow("ориентировочно", .approximately),
    HedgeRow("почти", .nearly), HedgeRow("без малого", .nearly),
    HedgeRow("чуть менее", .lessThan, .quantity), HedgeRow("чуть меньше", .lessThan, .quantity),
    HedgeRow("более", .moreThan, .quantity), HedgeRow("более чем", .moreThan, .quantity),
    HedgeRow("свыше", .moreThan, .quantity), HedgeRow("больше", .moreThan, .quantity),
    HedgeRow("больше чем", .moreThan, .quantity), HedgeRow("превышает", .moreThan, .quantity),
    HedgeRow("превысил", .moreThan, .quantity), HedgeRow("превысила", .moreThan, .quantity),
    HedgeRow("превысило", .moreThan, .quantity), HedgeRow("превысили", .moreThan, .quantity),
    HedgeRow("чуть более", .moreThan, .quantity), HedgeRow("чуть больше", .moreThan, .quantity),
    HedgeRow("немногим более", .moreThan, .quantity), HedgeRow("немногим больше", .moreThan, .quantity),
    HedgeRow("менее", .lessThan, .quantity), HedgeRow("меньше", .lessThan, .quantity),
    HedgeRow("менее чем", .lessThan, .quantity), HedgeRow("меньше чем", .lessThan, .quantity),
    HedgeRow("чуть более чем", .moreThan, .quantity), HedgeRow("чуть менее чем", .lessThan, .quantity),
    HedgeRow("не менее чем", .atLeast, .quantity), HedgeRow("не более чем", .atMost, .quantity),
    HedgeRow("до", .atMost, .count),
    HedgeRow("не менее", .atLeast, .quantity), HedgeRow("не меньше", .atLeast, .quantity),
    HedgeRow("как минимум", .atLeast, .quantity), HedgeRow("минимум", .atLeast, .quantity),
    HedgeRow("по меньшей мере", .atLeast, .quantity), HedgeRow("не более", .atMost, .quantity),
    HedgeRow("не больше", .atMost, .quantity), HedgeRow("максимум", .atMost, .quantity),
    HedgeRow("как максимум", .atMost, .quantity), HedgeRow("вплоть до", .atMost, .quantity),
    HedgeRow("ровно", .exactly), HedgeRow("сразу после", .moreThan, .time), HedgeRow("вскоре после", .moreThan, .time),
    HedgeRow("незадолго до", .lessThan, .time),
  ]
  /// Hedges that may stand before the preposition of their value ("примерно в 1,5 млрд", "почти на 20%", "более
  /// чем в 20 странах", "ровно в 12:00"); `HedgeLexicon.throughPreposition` adds each with each of `prepositions`.
  /// Bare comparatives are not among them: "больше на 10%" is ten percent more, not more than ten percent; nor is
  /// "около", which takes its value without a preposition.
  static let beforePreposition: [HedgeRow] = [
    HedgeRow("примерно", .approximately), HedgeRow("приблизительно", .approximately),
    HedgeRow("ориентировочно", .approximately), HedgeRow("где-то", .approximately), HedgeRow("почти", .nearly),
    HedgeRow("без малого", .nearly),
    HedgeRow("более чем", .moreThan, .quantity), HedgeRow("больше чем", .moreThan, .quantity),
    HedgeRow("чуть более чем", .moreThan, .quantity), HedgeRow("менее чем", .lessThan, .quantity),
    HedgeRow("меньше чем", .lessThan, .quantity), HedgeRow("чуть менее чем", .lessThan, .quantity),
    HedgeRow("не менее чем", .atLeast, .quantity), HedgeRow("как минимум", .atLeast, .quantity),
    HedgeRow("по меньшей мере", .atLeast, .quantity), HedgeRow("не более чем", .atMost, .quantity),
    HedgeRow("ровно", .exactly),
  ]
  static let prepositions = ["в", "во", "на"]

  static let after: [HedgeRow] = [
    HedgeRow("с лишним", .moreThan, .quantity), HedgeRow("с небольшим", .moreThan, .quantity),
    HedgeRow("с гаком", .moreThan, .quantity), HedgeRow("и более", .atLeast, .quantity),
    HedgeRow("или более", .atLeast, .quantity), HedgeRow("и больше", .atLeast, .quantity),
    HedgeRow("или больше", .atLeast, .quantity), HedgeRow("ровно", .exactly, .time),
  ]
}
