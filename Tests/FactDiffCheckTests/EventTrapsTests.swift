import Testing
import _FactDiffTestSupport

/// End-to-end look-alikes from real coverage (EVENTS.md), through real extraction: each must stay quiet, and
/// its twin with a real disagreement must fire.
@Suite struct EventTrapsTests {
  func findings(_ reports: [(String, String, Language, String)]) async -> [Finding] {
    let sources = reports.map { Source(id: $0.0, text: $0.1, language: $0.2, published: Published.parse($0.3)) }
    return await Pipeline.run(sources: sources).report.findings.filter { $0.severity != .info }
  }

  @Test func arrivalIsNotTheStart() async {
    let f = await findings([
      (
        "a",
        "Russian and Turkish officials met in Ankara on Tuesday. The delegation arrived at 08:45 and the talks began at 09:05.",
        .en, "2025-06-10"
      ),
      ("b", "Переговоры России и Турции прошли во вторник в Анкаре. Встреча началась в 9:05.", .ru, "2025-06-10"),
    ])
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aDifferentStartFires() async {
    let f = await findings([
      ("a", "Russian and Turkish officials met in Ankara on Tuesday. The talks began at 11:30.", .en, "2025-06-10"),
      ("b", "Переговоры России и Турции прошли во вторник в Анкаре. Встреча началась в 9:05.", .ru, "2025-06-10"),
    ])
    #expect(f.contains { $0.rule == "time-mismatch" })
  }

  @Test func plannedIsNotActual() async {
    let f = await findings([
      ("a", "The talks in Geneva on Tuesday were expected to start at 11:00 but began at 11:20.", .en, "2025-06-10"),
      ("b", "Переговоры в Женеве начались во вторник в 11:20.", .ru, "2025-06-10"),
    ])
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func forecastIsNotADuration() async {
    let f = await findings([
      (
        "a",
        "Negotiators met in Geneva on Tuesday. Officials said the talks could last three to four hours. They lasted about six hours.",
        .en, "2025-06-10"
      ),
      ("b", "Переговоры в Женеве во вторник продолжались около шести часов.", .ru, "2025-06-10"),
    ])
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func earlierRoundIsAnotherEvent() async {
    let f = await findings([
      (
        "a",
        "Delegations met in Geneva on Tuesday for talks that lasted about three hours. The previous round, on March 3, lasted more than seven hours.",
        .en, "2025-06-10"
      ),
      ("b", "Переговоры в Женеве во вторник продолжались около трех часов.", .ru, "2025-06-10"),
    ])
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func netLengthIsNotTheGrossLength() async {
    let f = await findings([
      ("a", "Delegations met in Geneva on Tuesday. The talks lasted more than ten hours.", .en, "2025-06-10"),
      ("b", "Переговоры в Женеве во вторник шли около пяти часов без учета перерывов.", .ru, "2025-06-10"),
    ])
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func statementDayIsNotTheMeetingDay() async {
    let f = await findings([
      (
        "a",
        "Delegations met in Geneva on Tuesday. The Kremlin spokesman Dmitry Peskov said on Monday that results would be shared.",
        .en, "2025-06-10"
      ),
      ("b", "Переговоры в Женеве прошли во вторник, 10 июня.", .ru, "2025-06-10"),
    ])
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aWrongDayFires() async {
    let f = await findings([
      ("a", "Delegations met in Geneva on Monday, June 9, for talks on grain.", .en, "2025-06-10"),
      ("b", "Переговоры в Женеве прошли во вторник, 10 июня.", .ru, "2025-06-10"),
    ])
    #expect(f.contains { $0.rule == "date-mismatch" })
  }

  @Test func captionDateIsNotTheEventDate() async {
    let f = await findings([
      (
        "a",
        "Delegations met in Geneva on Tuesday, June 10, for talks on grain.\n\nPhoto: the delegations at an earlier meeting on May 2.",
        .en, "2025-06-10"
      ),
      ("b", "Переговоры в Женеве прошли во вторник, 10 июня.", .ru, "2025-06-10"),
    ])
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}

@Suite struct ComparedValueTests {
  @Test func upFromIsAnEarlierValue() async {
    let sources = [
      Source(
        id: "a",
        text:
          "Russia and Kazakhstan signed a transit deal in Astana on Wednesday. It lets Kazakhstan ship up to 10m tonnes of oil a year, up from 7m tonnes.",
        language: .en, published: Published.parse("2025-05-21")),
      Source(
        id: "b",
        text:
          "Россия и Казахстан подписали в среду в Астане соглашение о транзите до 10 млн тонн нефти в год против 7 млн тонн ранее.",
        language: .ru, published: Published.parse("2025-05-21")),
    ]
    let findings = await Pipeline.run(sources: sources).report.findings.filter { $0.severity != .info }
    #expect(findings.isEmpty, "\(findings.map(\.message))")
  }
}
