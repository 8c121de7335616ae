/// Russian hedge words (TOLERANCE.md), before and after the value.
enum RussianHedges {
  static let before: [HedgeRow] = [
    HedgeRow("около", .approximately), HedgeRow("примерно", .approximately), HedgeRow("порядка", .approximately),
    HedgeRow("где-то", .approximately), HedgeRow("приблизительно", .approximately),
    HedgeRow("ориентировочно", .approximately), HedgeRow("примерно в", .approximately, .time),
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
    HedgeRow("менее чем", .lessThan, .quantity), HedgeRow("до", .atMost, .count),
    HedgeRow("не менее", .atLeast, .quantity), HedgeRow("не меньше", .atLeast, .quantity),
    HedgeRow("как минимум", .atLeast, .quantity), HedgeRow("минимум", .atLeast, .quantity),
    HedgeRow("по меньшей мере", .atLeast, .quantity), HedgeRow("не более", .atMost, .quantity),
    HedgeRow("не больше", .atMost, .quantity), HedgeRow("максимум", .atMost, .quantity),
    HedgeRow("как максимум", .atMost, .quantity), HedgeRow("вплоть до", .atMost, .quantity),
    HedgeRow("ровно", .exactly), HedgeRow("сразу после", .moreThan, .time), HedgeRow("вскоре после", .moreThan, .time),
    HedgeRow("незадолго до", .lessThan, .time),
  ]
  static let after: [HedgeRow] = [
    HedgeRow("с лишним", .moreThan, .quantity), HedgeRow("с небольшим", .moreThan, .quantity),
    HedgeRow("с гаком", .moreThan, .quantity), HedgeRow("и более", .atLeast, .quantity),
    HedgeRow("или более", .atLeast, .quantity), HedgeRow("и больше", .atLeast, .quantity),
    HedgeRow("или больше", .atLeast, .quantity), HedgeRow("ровно", .exactly, .time),
  ]
}
