import FactDiffModel
import FactDiffResolve
import Testing

/// The same sentence in two languages, or two different sentences on one topic by the same people.
struct QuotePair: Sendable, CustomStringConvertible {
  var a: String
  var la: Language
  var b: String
  var lb: Language
  var description: String { "\(la):\(a.prefix(30)) ~ \(lb):\(b.prefix(30))" }
}

enum QuotePairs {
  static let gorelovEN = "Supplies through TurkStream will continue in full throughout the winter"
  static let gorelovRU = "Поставки по „Турецкому потоку“ в полном объеме продолжатся всю зиму"
  static let gorelovUK = "Постачання „Турецьким потоком“ у повному обсязі триватимуть усю зиму"
  static let halmaiEN = "We will not let Hungarian households pay for a political dispute"

  /// The same sentence: must score at or above the threshold.
  static let same: [QuotePair] = [
    // Numbers in words are numbers.
    QuotePair(
      a: "A tram that served Prague for twenty years can serve Kharkiv for ten more", la: .en,
      b: "Трамвай, який двадцять років служив Празі, може ще десять років служити Харкову", lb: .uk),
    QuotePair(a: gorelovEN, la: .en, b: gorelovRU, lb: .ru),
    // "guarded" / "охороняється", "online" / "в мережі"; "at all" / "взагалі" are function words.
    QuotePair(
      a: "A border that is not guarded online is not guarded at all", la: .en,
      b: "Кордон, який не охороняється в мережі, не охороняється взагалі", lb: .uk),
    QuotePair(
      a: "A border that is not guarded online is not guarded at all", la: .en,
      b: "Граница, которая не охраняется в сети, не охраняется вообще", lb: .ru),
    QuotePair(a: gorelovEN, la: .en, b: gorelovUK, lb: .uk),
    QuotePair(a: gorelovRU, la: .ru, b: gorelovUK, lb: .uk),
    QuotePair(a: gorelovEN, la: .en, b: gorelovEN, lb: .en),
    QuotePair(
      a: "We agreed on a minimum release of water in the summer months", la: .en,
      b: "Мы договорились о минимальном сбросе воды в летние месяцы", lb: .ru),
    QuotePair(
      a: "Ми домовилися про мінімальний скид води влітку", la: .uk,
      b: "Мы договорились о минимальном сбросе воды в летние месяцы", lb: .ru),
    QuotePair(
      a: "We have agreed a schedule for modernising the units over the next three years", la: .en,
      b: "Мы согласовали график модернизации энергоблоков на ближайшие три года", lb: .ru),
    QuotePair(
      a: "a record result in the forum’s history", la: .en,
      b: "Это рекордный результат за всю историю форума", lb: .ru),
    QuotePair(
      a: "This is the first professional conversation at this level in the last three years", la: .en,
      b: "Это первый профессиональный разговор на таком уровне за последние три года", lb: .ru),
    QuotePair(
      a: "Мы договорились о поэтапном снижении ставок на контейнерные перевозки", la: .ru,
      b: "Ми домовилися про поетапне зниження ставок на контейнерні перевезення", lb: .uk),
    QuotePair(
      a: "Износ сетей в Казани превышает 60 процентов", la: .ru,
      b: "The wear of the networks in Kazan exceeds 60 percent", lb: .en),
    QuotePair(
      a: "Food must never become a weapon", la: .en, b: "Продовольство ніколи не повинно ставати зброєю", lb: .uk),
    QuotePair(
      a: "Food must never become a weapon", la: .en,
      b: "Продовольствие никогда не должно становиться оружием", lb: .ru),
    QuotePair(
      a: "Not a single freight train should stand idle at the border because of paperwork", la: .en,
      b: "Жоден вантажний потяг не повинен простоювати на кордоні через папери", lb: .uk),
    QuotePair(
      a: "Ни один грузовой поезд не должен простаивать на границе из-за бумаг", la: .ru,
      b: "Not a single freight train should stand idle at the border because of paperwork", lb: .en),
    QuotePair(
      a: "Wind cannot be shot down the way a power plant can", la: .en,
      b: "Вітер не можна збити так, як електростанцію", lb: .uk),
    QuotePair(
      a: "The border should be a bridge, not a bottleneck", la: .en,
      b: "Кордон має бути мостом, а не вузьким місцем", lb: .uk),
    QuotePair(
      a: "No Ukrainian soldier will wait in a queue here", la: .en,
      b: "Жоден український військовий не чекатиме тут у черзі", lb: .uk),
    QuotePair(
      a: "Bread must never again be used as a weapon", la: .en, b: "Хлеб больше никогда не должен быть оружием",
      lb: .ru),
    QuotePair(
      a: "Nobody leaves Muscat empty-handed today, and that is already more than we had a month ago", la: .en,
      b: "Сегодня никто не уезжает из Маската с пустыми руками, и это уже больше, чем было месяц назад", lb: .ru),
    QuotePair(
      a: "They ran out of drinking water twice", la: .en, b: "Двічі в них закінчувалася питна вода", lb: .uk),
  ]

  /// Different sentences on the same topic by the same people: must score below the threshold.
  static let different: [QuotePair] = [
    QuotePair(
      a: "A new bridge will open at the border crossing next year", la: .en,
      b: "Кордон має бути мостом, а не вузьким місцем", lb: .uk),
    QuotePair(
      a: "Soldiers wounded at the front will be treated here from February", la: .en,
      b: "Жоден український військовий не чекатиме тут у черзі", lb: .uk),
    QuotePair(
      a: "The wind farm will supply power to the grid by the end of next year", la: .en,
      b: "Вітер не можна збити так, як електростанцію", lb: .uk),
    QuotePair(
      a: "Freight trains will get new terminals at the border next year", la: .en,
      b: "Жоден вантажний потяг не повинен простоювати на кордоні через папери", lb: .uk),
    QuotePair(
      a: "Ukraine will ship more grain to Gulf states this year", la: .en,
      b: "Продовольство ніколи не повинно ставати зброєю", lb: .uk),
    QuotePair(
      a: "Food prices must not rise before the winter", la: .en,
      b: "Продовольство ніколи не повинно ставати зброєю", lb: .uk),
    QuotePair(a: halmaiEN, la: .en, b: gorelovUK, lb: .uk),
    QuotePair(a: halmaiEN, la: .en, b: gorelovRU, lb: .ru),
    QuotePair(a: halmaiEN, la: .en, b: gorelovEN, lb: .en),
    QuotePair(
      a: "Hungary had received 7.5 billion cubic metres of gas via the pipeline this year", la: .en,
      b: gorelovRU, lb: .ru),
    QuotePair(
      a: "We agreed on a minimum release of water in the summer months", la: .en,
      b: "Мы договорились о поэтапном снижении ставок на контейнерные перевозки", lb: .ru),
    QuotePair(
      a: "A border that is not guarded online is not guarded at all", la: .en,
      b: "Кордон між нашими країнами відкритий для вантажівок цілодобово", lb: .uk),
    // The same numbers in words are not enough.
    QuotePair(
      a: "We expect twenty trams in ten days", la: .en,
      b: "Двадцять років тому ми підписали десять угод", lb: .uk),
    QuotePair(
      a: "The talks were difficult but useful", la: .en,
      b: "Это рекордный результат за всю историю форума", lb: .ru),
    QuotePair(
      a: "Тарифы на тепло в республике выросли на 11,5%", la: .ru,
      b: "Износ сетей в Казани превышает 60 процентов", lb: .ru),
  ]
}

@Test(arguments: QuotePairs.same)
func quotesThatAreTheSameSentence(_ p: QuotePair) {
  let s = QuoteMatcher.similarity(p.a, p.la, p.b, p.lb)
  #expect(s >= QuoteMatcher.threshold, "\(p): \(s)")
}

@Test(arguments: QuotePairs.different)
func quotesThatAreDifferentSentences(_ p: QuotePair) {
  let s = QuoteMatcher.similarity(p.a, p.la, p.b, p.lb)
  #expect(s < QuoteMatcher.threshold, "\(p): \(s)")
}

@Test func quoteSimilarityIsSymmetricAndBounded() {
  for p in QuotePairs.same + QuotePairs.different {
    let x = QuoteMatcher.similarity(p.a, p.la, p.b, p.lb)
    let y = QuoteMatcher.similarity(p.b, p.lb, p.a, p.la)
    #expect(abs(x - y) < 1e-9)
    #expect(x >= 0 && x <= 1)
  }
  #expect(QuoteMatcher.similarity("", .en, "Something said", .en) == 0)
}
