/// English hedge words (TOLERANCE.md), before and after the value.
enum EnglishHedges {
  static let before: [HedgeRow] = [
    HedgeRow("about", .approximately), HedgeRow("around", .approximately), HedgeRow("roughly", .approximately),
    HedgeRow("some", .approximately, .quantity), HedgeRow("approximately", .approximately),
    HedgeRow("approx", .approximately), HedgeRow("approx.", .approximately), HedgeRow("circa", .approximately),
    HedgeRow("an estimated", .approximately, .quantity), HedgeRow("estimated", .approximately, .quantity),
    HedgeRow("somewhere around", .approximately), HedgeRow("just about", .approximately),
    HedgeRow("close to", .nearly), HedgeRow("almost", .nearly), HedgeRow("nearly", .nearly),
    HedgeRow("just under", .nearly, .quantity), HedgeRow("just short of", .nearly, .quantity),
    HedgeRow("not quite", .nearly, .quantity),
    HedgeRow("more than", .moreThan, .quantity), HedgeRow("over", .moreThan, .quantity),
    HedgeRow("upwards of", .moreThan, .quantity), HedgeRow("just over", .moreThan, .quantity),
    HedgeRow("a little over", .moreThan, .quantity), HedgeRow("a little more than", .moreThan, .quantity),
    HedgeRow("slightly more than", .moreThan, .quantity), HedgeRow("slightly over", .moreThan, .quantity),
    HedgeRow("well over", .moreThan, .quantity), HedgeRow("in excess of", .moreThan, .quantity),
    HedgeRow("exceeds", .moreThan, .quantity), HedgeRow("exceeded", .moreThan, .quantity),
    HedgeRow("tops", .moreThan, .count),
    HedgeRow("topped", .moreThan, .count),
    HedgeRow("just after", .moreThan, .time), HedgeRow("shortly after", .moreThan, .time),
    HedgeRow("soon after", .moreThan, .time), HedgeRow("just before", .lessThan, .time),
    HedgeRow("shortly before", .lessThan, .time),
    HedgeRow("less than", .lessThan, .quantity), HedgeRow("under", .lessThan, .quantity),
    HedgeRow("fewer than", .lessThan, .quantity), HedgeRow("a little under", .lessThan, .quantity),
    HedgeRow("slightly less than", .lessThan, .quantity),
    HedgeRow("at least", .atLeast, .quantity), HedgeRow("no fewer than", .atLeast, .quantity),
    HedgeRow("no less than", .atLeast, .quantity), HedgeRow("not less than", .atLeast, .quantity),
    HedgeRow("at most", .atMost, .quantity), HedgeRow("up to", .atMost, .quantity),
    HedgeRow("no more than", .atMost, .quantity), HedgeRow("not more than", .atMost, .quantity),
    HedgeRow("as many as", .atMost, .count), HedgeRow("as much as", .atMost, .quantity),
    HedgeRow("exactly", .exactly), HedgeRow("precisely", .exactly),
  ]
  /// Verbs after which "over" is a particle, not a hedge: "will hand over 21 trolleybuses", "handed over 95
  /// prisoners", "signed over 40% of the shares" (not "took over five hours", which is a hedge).
  static let particleVerbs: Set<WordKey> = [
    "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign", "signs", "signed", "signing",
    "carry", "carries", "carried", "carrying",
  ]

  static let after: [HedgeRow] = [
    HedgeRow("or so", .approximately), HedgeRow("or more", .atLeast, .quantity),
    HedgeRow("or less", .atMost, .quantity), HedgeRow("and more", .atLeast, .count),
    HedgeRow("sharp", .exactly, .time), HedgeRow("on the dot", .exactly, .time),
  ]
}
