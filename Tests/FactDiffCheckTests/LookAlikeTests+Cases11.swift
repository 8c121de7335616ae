import Testing
import _FactDiffTestSupport

/// Look-alikes from the eleventh held-out set: the length of "a 45-minute ceremony", passengers counted as such.
extension LookAlikeTests {
  // MARK: duration-mismatch: "a 45-minute ceremony" states the ceremony's length

  static let ceremonyWire: Report = (
    "wire",
    """
    BERLIN, Sept 11 — Germany on Friday handed back 30 paintings to Ukraine. Culture Minister Olena Marchenko \
    received the works from Katrin Vogel in a 45-minute ceremony at the Foreign Office.
    """,
    .en, "2026-09-11", nil
  )

  @Test func aCeremonyTwiceAsLongElsewhereFires() async {
    let agency: Report = (
      "agency",
      "БЕРЛИН, 11 сентября. Германия в пятницу вернула Украине 30 картин. Церемония в здании МИД длилась полтора часа.",
      .ru, "2026-09-11", nil
    )
    let f = await findings([Self.ceremonyWire, agency], rule: "duration-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", "agency"] }, "\(f.map(\.message))")
  }

  @Test func theSameCeremonyLengthIsQuiet() async {
    let portal: Report = (
      "portal",
      "У п'ятницю в Берліні Німеччина повернула Україні 30 картин. Церемонія тривала 45 хвилин.",
      .uk, "2026-09-11", nil
    )
    let f = await findings([Self.ceremonyWire, portal], rule: "duration-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func talksBeforeTheCeremonyAreAnotherPartOfTheEvent() async {
    let agency: Report = (
      "agency",
      """
      БЕРЛИН, 11 сентября. Германия в пятницу вернула Украине 30 картин. Переговоры министров перед церемонией \
      длились полтора часа.
      """,
      .ru, "2026-09-11", nil
    )
    let f = await findings([Self.ceremonyWire, agency], rule: "duration-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: passengers are counted as passengers in every language

  static let ferryWire: Report = (
    "wire",
    """
    TALLINN, Feb 17 — A ferry with 212 passengers and 18 crew on board ran aground off Estonia on Tuesday. All \
    230 people were taken ashore.
    """,
    .en, "2026-02-17", nil
  )

  @Test func otherPassengerCountsFireInRussianAndUkrainian() async {
    let agency: Report = (
      "agency", "ТАЛЛИН, 17 февраля. Паром, на борту которого находились 320 пассажиров, во вторник сел на мель.",
      .ru, "2026-02-17", nil
    )
    let portal: Report = (
      "portal", "У вівторок пором, на борту якого було 320 пасажирів, сів на мілину біля берегів Естонії.",
      .uk, "2026-02-17", nil
    )
    for other in [agency, portal] {
      let f = await findings([Self.ferryWire, other], rule: "count-mismatch")
      #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", other.id] }, "\(f.map(\.message))")
    }
  }

  @Test func everyoneOnBoardIsNotThePassengersAlone() async {
    let agency: Report = (
      "agency",
      """
      ТАЛЛИН, 17 февраля. Паром, на борту которого находились 230 человек, во вторник сел на мель у берегов \
      Эстонии. Пассажиров было больше 200.
      """,
      .ru, "2026-02-17", nil
    )
    let daily: Report = (
      "daily", "More than 200 passengers spent the morning stranded on the ferry after it hit a sandbank on Tuesday.",
      .en, "2026-02-17", nil
    )
    let f = await findings([Self.ferryWire, agency, daily], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}
