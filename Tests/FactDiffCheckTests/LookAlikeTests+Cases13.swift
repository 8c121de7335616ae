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

  // MARK: relative dates: "yesterday's opening" dates the event; "yesterday's figures" do not

  @Test func yesterdaysOpeningIsADate() async {
    let daily: Report = ("daily", "Kostiuk spoke at yesterday's opening of the plant.", .en, "2026-05-14", nil)
    let d = await dates(daily, "yesterday's")
    #expect(d.count == 1 && d.allSatisfy { $0.day == 13 && $0.month == 5 }, "\(d)")
    let figures: Report = ("daily", "Kostiuk cited yesterday's figures for the plant.", .en, "2026-05-14", nil)
    #expect(await dates(figures, "yesterday's").isEmpty)
  }

  // MARK: weekdays and months still to come, and past ones next to future words

  @Test func aUkrainianPerfectiveFutureWeekdayIsTheNextOne() async {
    // Published Wednesday 4 November 2026: the coming Monday is the 9th, the last one the 2nd.
    let portal: Report = (
      "portal", "Пункт пропуску для легковиків відкриється в понеділок.", .uk, "2026-11-04", nil
    )
    let d = await dates(portal, "в понеділок")
    #expect(d.count == 1 && d.allSatisfy { $0.day == 9 }, "\(d)")
    let past: Report = ("portal", "Пункт пропуску для легковиків відкрили в понеділок.", .uk, "2026-11-04", nil)
    let p = await dates(past, "в понеділок")
    #expect(p.count == 1 && p.allSatisfy { $0.day == 2 }, "\(p)")
  }

  @Test func aFutureAcrossAColonDoesNotMoveThePastWeekday() async {
    let portal: Report = (
      "portal", "Марокко постачатиме Україні добрива: у вівторок у Рабаті підписано угоду.", .uk, "2025-05-20", nil
    )
    let d = await dates(portal, "у вівторок")
    #expect(d.count == 1 && d.allSatisfy { $0.day == 20 }, "\(d)")
  }

  @Test func wouldReopenOnMondayIsTheNextMonday() async {
    let daily: Report = (
      "daily", "Kovalyshyn said the passenger crossing would reopen on Monday.", .en, "2026-11-04", nil
    )
    let d = await dates(daily, "on Monday")
    #expect(d.count == 1 && d.allSatisfy { $0.day == 9 }, "\(d)")
    let said: Report = (
      "daily", "Kovalyshyn said on Monday the passenger crossing would reopen soon.", .en, "2026-11-04", nil
    )
    let p = await dates(said, "on Monday")
    #expect(p.count == 1 && p.allSatisfy { $0.day == 2 }, "\(p)")
  }

  @Test func aScheduleInThePresentIsAhead() async {
    // Published Thursday 24 September 2026.
    let wire: Report = ("wire", "The fair, which opened on Monday, closes on Sunday.", .en, "2026-09-24", nil)
    let sunday = await dates(wire, "on Sunday")
    #expect(sunday.count == 1 && sunday.allSatisfy { $0.day == 27 }, "\(sunday)")
    let monday = await dates(wire, "on Monday")
    #expect(monday.count == 1 && monday.allSatisfy { $0.day == 21 }, "\(monday)")
  }

  @Test func sinceAMonthIsPastEvenBeforeAFutureWord() async {
    let wire: Report = (
      "wire", "The checkpoint, closed for repairs since August, will reopen on Monday.", .en, "2026-11-03", nil
    )
    let d = await dates(wire, "August")
    #expect(d.count == 1 && d.allSatisfy { $0.year == 2026 }, "\(d)")
    let ahead: Report = ("wire", "The checkpoint will reopen in August.", .en, "2026-11-03", nil)
    let a = await dates(ahead, "August")
    #expect(a.count == 1 && a.allSatisfy { $0.year == 2027 }, "\(a)")
  }
}
