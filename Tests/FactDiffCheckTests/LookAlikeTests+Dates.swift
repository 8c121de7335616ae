import Testing
import _FactDiffTestSupport

/// Look-alikes about the day of the event.
extension LookAlikeTests {
  // MARK: date-mismatch: a day written as an ordinal word is the same day as in digits

  static let grainWire = (
    id: "wire",
    text: """
    VARNA, September 18 — Bulgaria and Ukraine signed a grain transit protocol on September 16 at the port \
    authority in Varna, officials said on Thursday.
    """,
    language: Language.en, published: "2025-09-18", zone: String?.none
  )

  static func grainPortal(_ day: String) -> Report {
    (
      "portal", "Протокол про транзит зерна Болгарія та Україна підписали \(day) вересня в управлінні порту у Варні.",
      .uk, "2025-09-18", nil
    )
  }

  @Test func theSixteenthInWordsIsQuiet() async {
    let f = await findings([Self.grainWire, Self.grainPortal("шістнадцятого")], rule: "date-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func theSeventeenthInWordsFires() async {
    let f = await findings([Self.grainWire, Self.grainPortal("сімнадцятого")], rule: "date-mismatch")
    #expect(!f.isEmpty)
  }
}

extension LookAlikeTests {
  // MARK: date-mismatch: the days of a two-day event, when the reports agree on the day of the agreement

  static let twoDayRailWire: Report = (
    "wire",
    "SOFIA, Sept. 16 — Bulgaria and North Macedonia agreed on Wednesday on a timetable for the Sofia–Skopje "
      + "railway, closing two days of talks in Sofia that opened on Tuesday, Sept. 15.", .en, "2026-09-16", nil
  )

  @Test func aTwoDayRangeShiftedByADayFires() async {
    for (text, language) in [
      (
        "Болгарія та Північна Македонія домовилися про графік будівництва залізниці Софія – Скоп'є за підсумками "
          + "переговорів у Софії, що тривали 16–17 вересня.", Language.uk
      ),
      (
        "Болгария и Северная Македония договорились о графике строительства железной дороги по итогам переговоров "
          + "в Софии, которые прошли 16–17 сентября.", .ru
      ),
    ] {
      let f = await findings(
        [Self.twoDayRailWire, ("portal", text, language, "2026-09-17", nil)], rule: "date-mismatch")
      #expect(f.count == 1, "\(text): \(f.map(\.message))")
    }
  }

  @Test func theSameTwoDaysWrittenAsARangeAreQuiet() async {
    for (text, language) in [
      (
        "Болгарія та Північна Македонія домовилися про графік будівництва залізниці Софія – Скоп'є за підсумками "
          + "переговорів у Софії, що тривали 15–16 вересня.", Language.uk
      ),
      ("The talks in Sofia ran from Sept. 15 to Sept. 16 and ended with a railway timetable.", .en),
    ] {
      let f = await findings(
        [Self.twoDayRailWire, ("portal", text, language, "2026-09-17", nil)], rule: "date-mismatch")
      #expect(f.isEmpty, "\(text): \(f.map(\.message))")
    }
  }
}
