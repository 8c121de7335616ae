import Testing
import _FactDiffTestSupport

/// Look-alikes about where the event was, which fixes the zone of a report's bare clock times.
extension LookAlikeTests {
  // MARK: time-mismatch: a city named as its region, or as where goods go, is not the venue

  static let windWire = (
    id: "wire",
    text: """
    COPENHAGEN, Oct 8 — Denmark will pay for 30 wind turbines in Ukraine's Odesa region, the Danish foreign \
    ministry said after talks in Copenhagen on Wednesday. The talks ran from 1 p.m. to 3 p.m.
    """,
    language: Language.en, published: "2025-10-08", zone: String?.none
  )

  static func windPortal(_ start: String, _ end: String) -> Report {
    (
      "portal",
      "Данія профінансує 30 вітрових турбін на Одещині. Переговори в Копенгагені тривали з \(start) до \(end) за "
        + "київським часом.",
      .uk, "2025-10-08", "Europe/Kyiv"
    )
  }

  @Test func copenhagenTimesAgainstKyivTimesAreQuiet() async {
    let f = await findings([Self.windWire, Self.windPortal("14:00", "16:00")], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func copenhagenTimesAnHourOffFire() async {
    let f = await findings([Self.windWire, Self.windPortal("15:00", "17:00")], rule: "time-mismatch")
    #expect(!f.isEmpty)
  }

  static let trolleybusWire = (
    id: "wire",
    text: """
    BRNO, Czech Republic, June 17 — The Czech city of Brno will hand over 21 of its trolleybuses to Kharkiv, \
    Ukraine's second-largest city, under an agreement signed on Tuesday. It was signed at 11 a.m. at the city hall.
    """,
    language: Language.en, published: "2025-06-17", zone: String?.none
  )

  static func trolleybusPortal(_ time: String) -> Report {
    (
      "portal", "Угоду про передачу тролейбусів Харкову підписали о \(time) за київським часом у Брно.", .uk,
      "2025-06-17", "Europe/Kyiv"
    )
  }

  @Test func brnoTimeAgainstKyivTimeIsQuiet() async {
    let f = await findings([Self.trolleybusWire, Self.trolleybusPortal("12:00")], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func brnoTimeAnHourOffFires() async {
    let f = await findings([Self.trolleybusWire, Self.trolleybusPortal("13:00")], rule: "time-mismatch")
    #expect(!f.isEmpty)
  }
}

extension LookAlikeTests {
  // MARK: place-mismatch: a city in an aside or in a zone name is not the venue

  static let railWire = (
    id: "wire",
    text: """
    LVIV, Ukraine, April 15 — Poland will lend Ukraine 1.2 billion zlotys for a railway line to Lviv, the two \
    governments said on Tuesday after talks at the Potocki Palace in Lviv.
    """,
    language: Language.en, published: "2025-04-15", zone: String?.none
  )

  static func railDaily(_ second: String) -> Report {
    (
      "daily",
      """
      A Polish train will soon run all the way into Lviv — Lwów to the older generation in Wrocław and Kraków — \
      without stopping to change its wheels. \(second)
      """,
      .en, "2025-04-16", nil
    )
  }

  @Test func citiesInAnAsideAndAZoneNameAreQuiet() async {
    let f = await findings(
      [Self.railWire, Self.railDaily("The talks began at 10am Warsaw time and lasted two hours.")],
      rule: "place-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func talksSaidToBeInWarsawFire() async {
    let f = await findings(
      [Self.railWire, Self.railDaily("The talks in Warsaw began at 10am and lasted two hours.")],
      rule: "place-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }
}

extension LookAlikeTests {
  // MARK: place-mismatch: "the first visit … this year" is this event, not another

  static let grantKievWire = (
    id: "wire",
    text: """
    KIEV, March 4 — Japan's State Minister for Foreign Affairs Kenji Morita signed a grant for power transformers \
    at the Mariinsky Palace in Kiev on Wednesday.
    """,
    language: Language.en, published: "2026-03-04", zone: String?.none
  )

  static func grantVisitDaily(_ city: String) -> Report {
    (
      "daily",
      """
      TOKYO — Kenji Morita, the state minister for foreign affairs, signed a grant for Ukraine's power grid in \
      \(city) yesterday, the first visit to Ukraine by a Japanese minister this year.
      """,
      .en, "2026-03-05", nil
    )
  }

  @Test func theFirstVisitThisYearInKyivIsQuiet() async {
    let f = await findings([Self.grantKievWire, Self.grantVisitDaily("Kyiv")], rule: "place-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func theFirstVisitThisYearInLvivFires() async {
    let f = await findings([Self.grantKievWire, Self.grantVisitDaily("Lviv")], rule: "place-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }
}

extension LookAlikeTests {
  // MARK: place-mismatch: a dateline with a venue phrase and no other city is the venue

  static func transitWire(_ dateline: String, _ ministry: String) -> Report {
    (
      "wire",
      "\(dateline), July 8 — Russia, Mongolia and China agreed on Tuesday to raise rail transit through Mongolia to "
        + "13 million tonnes next year.\n\nThe talks at \(ministry) Ministry of Road and Transport Development ran "
        + "from 10 a.m. to 4:30 p.m.",
      .en, "2025-07-08", nil
    )
  }

  static func transitPaper(_ city: String) -> Report {
    (
      "paper", "Вчера в \(city) завершились трехсторонние переговоры России, Монголии и Китая о транзите.", .ru,
      "2025-07-09", nil
    )
  }

  @Test func theDatelineVenueAgainstAnotherCityFires() async {
    let f = await findings(
      [Self.transitWire("ULAANBAATAR", "Mongolia's"), Self.transitPaper("Улан-Удэ")], rule: "place-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func theDatelineVenueAgainstTheSameCityIsQuiet() async {
    let f = await findings(
      [Self.transitWire("ULAANBAATAR", "Mongolia's"), Self.transitPaper("Улан-Баторе")], rule: "place-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aVenuePhraseInAnotherCountryIsNotTheDatelines() async {
    // Filed from Moscow about talks at Mongolia's ministry: the dateline is not the venue.
    let f = await findings(
      [Self.transitWire("MOSCOW", "Mongolia's"), Self.transitPaper("Улан-Баторе")], rule: "place-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}

extension LookAlikeTests {
  // MARK: zone-conversion: a span restated as a span pairs start with start and end with end

  static func pipelineWire(_ gmt: String) -> Report {
    (
      "wire",
      "TASHKENT, Oct 14 — Russia and Uzbekistan agreed on Tuesday to raise gas deliveries. The talks ran from 10:00 "
        + "to 15:40 local time (\(gmt) GMT).",
      .en, "2025-10-14", nil
    )
  }

  @Test func aSpanRestatedInGMTIsQuiet() async {
    let f = await findings([Self.pipelineWire("0500-1040")], rule: "zone-conversion")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aSpanRestatedWithAWrongEndFires() async {
    let f = await findings([Self.pipelineWire("0500-1140")], rule: "zone-conversion")
    #expect(f.count == 1, "\(f.map(\.message))")
  }
}
