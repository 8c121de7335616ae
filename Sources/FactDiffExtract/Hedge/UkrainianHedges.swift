/// Ukrainian hedge words (TOLERANCE.md), before and after the value.
enum UkrainianHedges {
  static let before: [HedgeRow] = [
    HedgeRow("близько", .approximately), HedgeRow("приблизно", .approximately), HedgeRow("орієнтовно", .approximately),
    HedgeRow("десь", .approximately),
    HedgeRow("майже", .nearly), HedgeRow("без малого", .nearly),
    HedgeRow("трохи менше", .lessThan, .quantity), HedgeRow("понад", .moreThan, .quantity),
    HedgeRow("більше", .moreThan, .quantity), HedgeRow("більш ніж", .moreThan, .quantity),
    HedgeRow("більше ніж", .moreThan, .quantity), HedgeRow("перевищує", .moreThan, .quantity),
    HedgeRow("перевищив", .moreThan, .quantity), HedgeRow("перевищила", .moreThan, .quantity),
    HedgeRow("перевищило", .moreThan, .quantity), HedgeRow("перевищили", .moreThan, .quantity),
    HedgeRow("трохи більше", .moreThan, .quantity), HedgeRow("трохи понад", .moreThan, .quantity),
    HedgeRow("менше", .lessThan, .quantity), HedgeRow("менш ніж", .lessThan, .quantity),
    HedgeRow("менше ніж", .lessThan, .quantity), HedgeRow("не більш ніж", .atMost, .quantity),
    HedgeRow("не менш ніж", .atLeast, .quantity), HedgeRow("до", .atMost, .count),
    HedgeRow("щонайменше", .atLeast, .quantity), HedgeRow("принаймні", .atLeast, .quantity),
    HedgeRow("не менше", .atLeast, .quantity), HedgeRow("не менш як", .atLeast, .quantity),
    HedgeRow("як мінімум", .atLeast, .quantity), HedgeRow("мінімум", .atLeast, .quantity),
    HedgeRow("не більше", .atMost, .quantity), HedgeRow("не більш як", .atMost, .quantity),
    HedgeRow("щонайбільше", .atMost, .quantity), HedgeRow("максимум", .atMost, .quantity),
    HedgeRow("аж до", .atMost, .quantity), HedgeRow("рівно", .exactly), HedgeRow("одразу після", .moreThan, .time),
    HedgeRow("незабаром після", .moreThan, .time), HedgeRow("незадовго до", .lessThan, .time),
  ]
  /// Hedges that may stand before the preposition of their value ("приблизно у 1,5 млрд", "майже на 20%", "більш
  /// ніж у 20 країнах", "рівно о 12:00"); `HedgeLexicon.throughPreposition` adds each with each of `prepositions`.
  /// Bare comparatives are not among them: "більше на 10%" is ten percent more, not more than ten percent.
  static let beforePreposition: [HedgeRow] = [
    HedgeRow("приблизно", .approximately), HedgeRow("орієнтовно", .approximately), HedgeRow("десь", .approximately),
    HedgeRow("майже", .nearly), HedgeRow("без малого", .nearly), HedgeRow("більш ніж", .moreThan, .quantity),
    HedgeRow("більше ніж", .moreThan, .quantity), HedgeRow("менш ніж", .lessThan, .quantity),
    HedgeRow("менше ніж", .lessThan, .quantity), HedgeRow("не менш ніж", .atLeast, .quantity),
    HedgeRow("не менш як", .atLeast, .quantity), HedgeRow("не більш ніж", .atMost, .quantity),
    HedgeRow("не більш як", .atMost, .quantity), HedgeRow("щонайменше", .atLeast, .quantity),
    HedgeRow("принаймні", .atLeast, .quantity), HedgeRow("як мінімум", .atLeast, .quantity),
    HedgeRow("рівно", .exactly),
  ]
  static let prepositions = ["в", "у", "на", "о", "об"]

  static let after: [HedgeRow] = [
    HedgeRow("з гаком", .moreThan, .quantity), HedgeRow("з лишком", .moreThan, .quantity),
    HedgeRow("з лишнім", .moreThan, .quantity), HedgeRow("з хвостиком", .moreThan, .quantity),
    HedgeRow("і більше", .atLeast, .quantity), HedgeRow("або більше", .atLeast, .quantity),
    HedgeRow("чи більше", .atLeast, .quantity),
  ]
}
