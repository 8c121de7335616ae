import Testing
import _FactDiffTestSupport

/// Look-alikes about how long an event lasted.
extension LookAlikeTests {
  // MARK: duration-mismatch: a start and an end days apart say how many days the event lasted

  static let crewWire = (
    id: "wire",
    text: """
    VALLETTA, March 12 — Talks on the stranded crew, attended by Svitlana Hrytsenko, head of Ukraine's Maritime \
    Administration, lasted nearly two days. They began at 10 a.m. on Monday and ended at 7:30 a.m. on Wednesday.
    """,
    language: Language.en, published: "2025-03-12", zone: String?.none
  )

  static func crewAgency(_ length: String) -> Report {
    (
      "agency",
      "ВАЛЛЕТТА, 12 марта. Переговоры об экипаже с участием главы Морской администрации Украины Светланы Гриценко "
        + "начались в понедельник и продолжались \(length).",
      .ru, "2025-03-12", nil
    )
  }

  @Test func almostTwoDaysInRussianIsQuiet() async {
    let f = await findings([Self.crewWire, Self.crewAgency("почти двое суток")], rule: "duration-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func almostADayAgainstMondayToWednesdayIsAnError() async {
    let f = await findings([Self.crewWire, Self.crewAgency("почти сутки")], rule: "duration-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
    #expect(f.first?.severity == .error, "\(f.map(\.message))")
  }
}

extension LookAlikeTests {
  // MARK: duration-mismatch: "південний" (southern) and "до півдня" (until noon) are no half day

  static let reactorWire = (
    id: "wire",
    text: """
    SEOUL, May 20 — Talks between Ukrainian and South Korean officials on reactor parts lasted six hours on Tuesday.
    """,
    language: Language.en, published: "2025-05-20", zone: String?.none
  )

  static func reactorPortal(_ length: String) -> Report {
    (
      "portal",
      "СЕУЛ, 20 травня. Переговори української делегації з представниками Південної Кореї щодо деталей для "
        + "реакторів тривали \(length), а консультації експертів ішли до півдня.",
      .uk, "2025-05-20", nil
    )
  }

  @Test func southernAndUntilNoonAreNoHalfDay() async {
    let f = await findings([Self.reactorWire, Self.reactorPortal("шість годин")], rule: "duration-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aHalfDayOfTalksAgainstSixHoursFires() async {
    let f = await findings([Self.reactorWire, Self.reactorPortal("півдня")], rule: "duration-mismatch")
    #expect(!f.isEmpty)
  }
}
