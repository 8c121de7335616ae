import Testing
import _FactDiffTestSupport

/// Look-alikes from the thirteenth held-out set: a verb of speaking that only attributes the sentence of a clock
/// time, people employed counted as jobs, "yesterday's opening", and weekdays and months of what is still to come
/// ("would reopen on Monday", "відкриється в понеділок", "closes on Sunday") or already past ("since August").
extension LookAlikeTests {
  func dates(_ report: Report, _ text: String) async -> [DateValue] {
    await facts([report]).compactMap { f -> DateValue? in
      guard f.text == text, case .date(let d) = f.value else { return nil }
      return d
    }
  }

  // MARK: time-mismatch: ", сообщил глава службы" after the time names the source, not a statement's moment

  static let liftAgency: Report = (
    "agency",
    """
    Спасатели в субботу эвакуировали 84 человека с канатной дороги в Гудаури. Подъемник остановился в 12:40 по \
    московскому времени, операция продолжалась около трех часов, сообщил глава службы Ираклий Ломидзе.
    """,
    .ru, "2026-02-14", nil
  )

  @Test func aTimeBeforeATrailingAttributionIsTheEventsAndFires() async {
    let portal: Report = (
      "portal", "Учора в Гудаурі зупинився підйомник: о 12:40 за київським часом у повітрі застрягли 84 лижники.",
      .uk, "2026-02-15", nil
    )
    let f = await findings([Self.liftAgency, portal], rule: "time-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["agency", "portal"] }, "\(f.map(\.message))")
  }

  @Test func theSameInstantBeforeATrailingAttributionIsQuiet() async {
    let portal: Report = (
      "portal", "Учора в Гудаурі зупинився підйомник: об 11:40 за київським часом у повітрі застрягли 84 лижники.",
      .uk, "2026-02-15", nil
    )
    let f = await findings([Self.liftAgency, portal], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aTimeInsideTheSpeakingClauseStaysTheStatements() async {
    let agency: Report = (
      "agency",
      """
      Спасатели в субботу эвакуировали 84 человека с канатной дороги в Гудаури. Глава службы Ираклий Ломидзе \
      сообщил журналистам в 12:40 по московскому времени, что операция завершена.
      """,
      .ru, "2026-02-14", nil
    )
    let portal: Report = (
      "portal", "Учора в Гудаурі зупинився підйомник: о 12:40 за київським часом у повітрі застрягли 84 лижники.",
      .uk, "2026-02-15", nil
    )
    let f = await findings([agency, portal], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: people a plant will employ are its jobs

  static let plantWire: Report = (
    "wire", "KAUNAS, May 13 — A drone plant opened in Kaunas on Wednesday. The plant will employ 350 people.", .en,
    "2026-05-13", nil
  )

  @Test func jobsAgainstPeopleEmployedFire() async {
    let daily: Report = (
      "daily", "A new drone plant opened in Kaunas yesterday. It will create 530 jobs.", .en, "2026-05-14", nil
    )
    let f = await findings([Self.plantWire, daily], rule: "count-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", "daily"] }, "\(f.map(\.message))")
    let uk: Report = (
      "portal", "Учора в Каунасі запрацював завод. На ньому працюватимуть понад 300 людей.", .uk, "2026-05-14", nil
    )
    let counts = await facts([uk]).compactMap { f -> String? in
      guard case .number(let q) = f.value else { return nil }
      return q.counts
    }
    #expect(counts == ["jobs"], "\(counts)")
  }

  @Test func jobsAgainstPeopleWhoAttendedAreQuiet() async {
    let wire: Report = (
      "wire", "KAUNAS, May 13 — A drone plant opened in Kaunas on Wednesday. 350 people attended the opening.", .en,
      "2026-05-13", nil
    )
    let daily: Report = (
      "daily", "A new drone plant opened in Kaunas yesterday. It will create 530 jobs.", .en, "2026-05-14", nil
    )
    let f = await findings([wire, daily], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}
