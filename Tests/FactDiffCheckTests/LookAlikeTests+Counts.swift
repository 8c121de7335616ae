import Testing
import _FactDiffTestSupport

/// Look-alikes about counts and amounts.
extension LookAlikeTests {
  // MARK: count-mismatch: a total since the war began is not the event's amount

  static let grantWire = (
    id: "wire",
    text: """
    KIEV, March 4 — Japan will give Ukraine 15 billion yen ($100 million) for power transformers under an \
    agreement signed on Wednesday.
    """,
    language: Language.en, published: "2026-03-04", zone: String?.none
  )

  static func grantDaily(_ total: String) -> Report {
    (
      "daily", "TOKYO — Japan signed a grant for Ukraine's power grid yesterday. \(total)", .en,
      "2026-03-05", nil
    )
  }

  @Test func aidSinceTheInvasionIsQuiet() async {
    for total in [
      "Japan's total aid to Ukraine since the Russian invasion now exceeds $12bn.",
      "Japan's aid to Ukraine since the start of the war has reached $12bn.",
    ] {
      let f = await findings([Self.grantWire, Self.grantDaily(total)], rule: "count-mismatch")
      #expect(f.isEmpty, "\(total): \(f.map(\.message))")
    }
  }

  @Test func theGrantItselfTwelveTimesLargerFires() async {
    let f = await findings(
      [Self.grantWire, Self.grantDaily("The grant is worth $1.2bn.")],
      rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  static let aidAgency = (
    id: "agency",
    text: "КИЕВ, 4 марта. Япония выделит Украине 15 млрд иен (около 100 млн долларов) на закупку трансформаторов.",
    language: Language.ru, published: "2026-03-04", zone: String?.none
  )

  @Test func aidSinceTheWarBeganInRussianAndUkrainianIsQuiet() async {
    let f = await findings(
      [
        Self.aidAgency,
        ("a", "С начала войны Япония выделила Украине более 12 млрд долларов.", .ru, "2026-03-04", nil),
        (
          "b", "Від початку повномасштабного вторгнення Японія надала Україні понад 12 млрд доларів.", .uk,
          "2026-03-04", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: counts in words, in any case form; a fleet someone runs is not what it hands over

  static let busAgency = (
    id: "agency",
    text: """
    БРНО, 17 июня. Чешский город Брно передаст Харькову двадцать один троллейбус, а сорок три водителя и \
    механика харьковского электротранспорта пройдут обучение в Брно.
    """,
    language: Language.ru, published: "2025-06-17", zone: String?.none
  )

  static func busPortal(_ drivers: String) -> Report {
    (
      "portal",
      "Чеське Брно передасть Харкову двадцять один тролейбус і організує навчання для \(drivers) водіїв і механіків.",
      .uk, "2025-06-17", nil
    )
  }

  @Test func fortyThreeDriversInTwoLanguagesAreQuiet() async {
    let f = await findings([Self.busAgency, Self.busPortal("сорока трьох")], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func thirtyThreeDriversAgainstFortyThreeFire() async {
    let f = await findings([Self.busAgency, Self.busPortal("тридцяти трьох")], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  static func busDaily(_ sentence: String) -> Report {
    (
      "daily", "Kharkiv will get trolleybuses from Brno, under an agreement signed yesterday. \(sentence)", .en,
      "2025-06-18", nil
    )
  }

  @Test func theFleetACityRunsIsQuiet() async {
    let f = await findings(
      [
        Self.busAgency, Self.busDaily("Brno, which runs about 150 trolleybuses of its own, will send 21 older models."),
      ],
      rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func oneHundredFiftyTrolleybusesSentFire() async {
    let f = await findings(
      [Self.busAgency, Self.busDaily("Brno will send about 150 trolleybuses to Kharkiv.")], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }
}

extension LookAlikeTests {
  // MARK: count-mismatch: a figure per side restated without "each" is still per side

  static func swapWire(_ each: Int, id: String = "wire") -> Report {
    (
      id,
      "DOHA, May 6 — Armenia and Azerbaijan agreed on Tuesday to exchange \(each) detained people each, most of "
        + "them border guards, at talks hosted by Qatar.\n\nOf the \(each) people Armenia will receive, \(each - 16) "
        + "are border guards and 16 are civilians, its negotiator Anna Petrosyan said.",
      .en, "2025-05-06", nil
    )
  }

  static let swapDaily: Report = (
    "daily",
    "Relatives said on Wednesday they were waiting for names after Tuesday's agreement in Doha, under which 92 "
      + "people in total are to be freed, 46 by each side.",
    .en, "2025-05-07", nil
  )

  @Test func aFigurePerSideRestatedIsNotSetAgainstTheTotal() async {
    let f = await findings([Self.swapWire(46), Self.swapDaily], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func anotherFigurePerSideFires() async {
    let f = await findings(
      [Self.swapWire(46), Self.swapWire(48, id: "agency")], rule: "count-mismatch")
    #expect(!f.isEmpty)
  }
}

extension LookAlikeTests {
  // MARK: count-mismatch: goals for the same later year are compared with each other

  static let crossingsWire: Report = (
    "wire",
    "CHERNIVTSI, May 6 — Ukraine and Romania agreed on Wednesday to open two new road border crossings by 2028.",
    .en, "2026-05-06", nil
  )

  @Test func anotherGoalForTheSameYearFires() async {
    for (text, language) in [
      (
        "ЧЕРНОВЦЫ, 6 мая. Украина и Румыния в среду договорились открыть к 2028 году три новых пункта пропуска.",
        Language.ru
      ),
      ("У Чернівцях у середу Україна та Румунія домовилися відкрити до 2028 року три нові пункти пропуску.", .uk),
    ] {
      let f = await findings(
        [Self.crossingsWire, ("agency", text, language, "2026-05-06", nil)], rule: "count-mismatch")
      #expect(f.count == 1, "\(text): \(f.map(\.message))")
    }
  }

  @Test func goalsForOtherYearsAreQuiet() async {
    let f = await findings(
      [
        Self.crossingsWire,
        (
          "agency",
          "ЧЕРНОВЦЫ, 6 мая. Украина и Румыния в среду договорились открыть к 2032 году ещё три пункта пропуска.",
          .ru, "2026-05-06", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  static let gasWire: Report = (
    "wire",
    "ALMATY, May 6 — Kazakhstan and Russia agreed on Wednesday to raise gas deliveries to 9 billion cubic metres a "
      + "year from 2027. Russia is expected to ship about 4.5 billion cubic metres this year.", .en, "2026-05-06", nil
  )

  @Test func anotherVolumeFromTheSameYearFires() async {
    for (text, language) in [
      (
        "A deal struck in Almaty on Wednesday lifts Russian gas deliveries to 19 billion cubic metres a year from 2027.",
        Language.en
      ),
      (
        "АЛМАТЫ, 6 мая. Россия и Казахстан в среду договорились с 2027 года увеличить поставки газа до 19 млрд кубометров в год.",
        .ru
      ),
    ] {
      let f = await findings([Self.gasWire, ("other", text, language, "2026-05-06", nil)], rule: "count-mismatch")
      #expect(f.count == 1, "\(text): \(f.map(\.message))")
    }
  }

  @Test func thisYearsVolumeBesideTheGoalIsQuiet() async {
    for (text, language) in [
      (
        "АЛМАТЫ, 6 мая. Россия и Казахстан в среду договорились с 2027 года увеличить поставки газа до 9 млрд кубометров в год.",
        Language.ru
      ),
      ("Як повідомили в Алмати в середу, з 2027 року обсяг постачання зросте до 9 млрд кубометрів на рік.", .uk),
      (
        "В текущем году Россия поставит в Казахстан около 4,5 млрд кубометров газа, договорились в Алматы в среду.", .ru
      ),
    ] {
      let f = await findings([Self.gasWire, ("other", text, language, "2026-05-06", nil)], rule: "count-mismatch")
      #expect(f.isEmpty, "\(text): \(f.map(\.message))")
    }
  }
}
