import Testing
import _FactDiffTestSupport

/// Look-alikes from the twelfth held-out set: a signing that "took place" is no departure, the day a clause of the
/// event ends on before ", officials said", a moment after the event's end, money going to a place, "local time"
/// of a place named without a venue, satellites and hikers counted, and the hospitalised among a group.
extension LookAlikeTests {
  func facts(_ reports: [Report]) async -> [Fact] {
    let sources = reports.map {
      Source(
        id: $0.id, text: $0.text, language: $0.language, published: Published.parse($0.published), timezone: $0.zone)
    }
    return Array(await Pipeline.run(sources: sources).report.facts)
  }

  // MARK: slots: Ukrainian "відбулося" (took place) is not "відбула" (left)

  @Test func aUkrainianSigningThatTookPlaceIsNoDeparture() async {
    let portal: Report = (
      "portal", "У середу у Варшаві міністри підписали угоду. Підписання відбулося о 16:00 за київським часом.",
      .uk, "2026-06-03", nil
    )
    let f = await facts([portal]).filter { $0.kind == .time }
    #expect(f.count == 1 && f.allSatisfy { $0.slot?.name != "departure" }, "\(f.map { $0.slot?.name })")
  }

  @Test func aUkrainianDelegationThatLeftDeparted() async {
    let portal: Report = (
      "portal", "У середу у Варшаві міністри підписали угоду. Делегація відбула о 18:00 за київським часом.",
      .uk, "2026-06-03", nil
    )
    let f = await facts([portal]).filter { $0.kind == .time }
    #expect(f.count == 1 && f.allSatisfy { $0.slot?.name == "departure" }, "\(f.map { $0.slot?.name })")
  }

  // MARK: date-mismatch: "took place on Saturday, the ministry said" dates the event

  static let rescueWire: Report = (
    "wire",
    """
    BRATISLAVA, Sept 20 — The rescue operation in the Tatras took place on Saturday, spokeswoman Zuzana Horvathova \
    said.
    """,
    .en, "2026-09-20", nil
  )

  @Test func theDayOfTheEventBeforeTheAttributionIsQuiet() async {
    let daily: Report = (
      "daily", "Zuzana Horvathova said rescuers brought eleven hikers down from the Tatras on Saturday.", .en,
      "2026-09-20", nil
    )
    let f = await findings([Self.rescueWire, daily], rule: "date-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
    let dates = await facts([Self.rescueWire]).filter { $0.kind == .date && $0.text == "on Saturday" }
    #expect(dates.count == 1 && dates.allSatisfy { $0.slot == .date }, "\(dates.map { $0.slot?.name })")
  }

  @Test func anotherDayOfTheEventBeforeTheAttributionFires() async {
    let daily: Report = (
      "daily", "Zuzana Horvathova said rescuers brought eleven hikers down from the Tatras on Friday.", .en,
      "2026-09-20", nil
    )
    let f = await findings([Self.rescueWire, daily], rule: "date-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", "daily"] }, "\(f.map(\.message))")
  }

  @Test func aDayThatOpensTheAttributionIsTheStatements() async {
    let wire: Report = (
      "wire", "BRATISLAVA, Sept 20 — On Friday, the rescue service said the operation in the Tatras was over.",
      .en, "2026-09-20", nil
    )
    let dates = await facts([wire]).filter { $0.kind == .date && $0.text == "On Friday" }
    #expect(dates.count == 1 && dates.allSatisfy { $0.slot != .date }, "\(dates.map { $0.slot?.name })")
  }

  @Test func anEnglishLeadEndingOnItsDayBeforeTheAttributionDatesTheEvent() async {
    let wire: Report = (
      "wire",
      """
      BRATISLAVA, Sept 20 — Slovak rescuers brought down 11 hikers caught by a snowstorm in the High Tatras on \
      Saturday, the rescue service said.
      """,
      .en, "2026-09-20", nil
    )
    let dates = await facts([wire]).filter { $0.kind == .date && $0.text.hasSuffix("Saturday") }
    #expect(dates.count == 1 && dates.allSatisfy { $0.slot == .date }, "\(dates.map { $0.slot?.name })")
  }

  @Test func anOngoingStateOrAQuoteBeforeTheAttributionIsNotTheEventsDay() async {
    let daily: Report = (
      "daily",
      """
      KYIV, Dec 13 — Soldiers freed in the exchange were being treated at hospitals on Friday, officials said. \
      "Ships cannot reach the port today," the minister said.
      """,
      .en, "2025-12-13", nil
    )
    let dates = await facts([daily]).filter { $0.kind == .date && ["on Friday", "today"].contains($0.text) }
    #expect(dates.count == 2 && dates.allSatisfy { $0.slot != .date }, "\(dates.map { $0.slot?.name })")
  }

  // MARK: time-mismatch: a moment after the event's stated end is another moment of the day

  static let fireWire: Report = (
    "wire",
    """
    VENTSPILS, Oct 10 — Firefighters fought a fire aboard a tanker at the port of Ventspils on Saturday from 02:10 \
    to 09:40 local time. A smaller fire that broke out on the quay at 11:20 was put out in 40 minutes.
    """,
    .en, "2026-10-10", nil
  )

  @Test func aLaterFireOnTheQuayIsQuiet() async {
    let agency: Report = (
      "agency",
      "РИГА, 10 октября. Возгорание на танкере в порту Вентспилс произошло в субботу в 02:10 по местному времени.",
      .ru, "2026-10-10", nil
    )
    let f = await findings([Self.fireWire, agency], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aSigningAfterTheTalksEndedIsStillCompared() async {
    let wire: Report = (
      "wire",
      """
      ROTTERDAM, April 16 — The talks in Rotterdam on Thursday ran from 10:00 to 14:00 local time. The memorandum \
      was signed at 14:30.
      """,
      .en, "2026-04-16", nil
    )
    let agency: Report = (
      "agency", "РОТТЕРДАМ, 16 апреля. Меморандум подписали в Роттердаме в четверг в 17:30 по киевскому времени.",
      .ru, "2026-04-16", nil
    )
    let f = await findings([wire, agency], rule: "time-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", "agency"] }, "\(f.map(\.message))")
  }

  // MARK: place-mismatch: money for a programme "at" a place does not put the event there

  static let portWire: Report = (
    "wire",
    """
    ROTTERDAM, April 16 — Yurii Bondarchuk and Pieter Verhoeven signed a memorandum on the port of Reni in \
    Rotterdam on Thursday.
    """,
    .en, "2026-04-16", nil
  )

  @Test func aProgrammeAtAnotherPortIsQuiet() async {
    let daily: Report = (
      "daily",
      "Port chief Pieter Verhoeven and Yurii Bondarchuk signed up on Thursday to a €120 million, five-year programme at Reni.",
      .en, "2026-04-16", nil
    )
    let f = await findings([Self.portWire, daily], rule: "place-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aMemorandumSignedAtAnotherPortFires() async {
    let daily: Report = (
      "daily", "Port chief Pieter Verhoeven and Yurii Bondarchuk signed the memorandum at Reni on Thursday.", .en,
      "2026-04-16", nil
    )
    let f = await findings([Self.portWire, daily], rule: "place-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", "daily"] }, "\(f.map(\.message))")
  }

  // MARK: time-mismatch: "local time" of the one place named, when no report names a venue

  static let launchWire: Report = (
    "wire",
    """
    ASTANA, April 23 — A Soyuz rocket lifted off from the Baikonur cosmodrome at 13:05 local time (11:05 Moscow \
    time) on Thursday.
    """,
    .en, "2026-04-23", nil
  )

  static let launchAgency: Report = (
    "agency",
    "МОСКВА, 23 апреля. Ракета «Союз» стартовала с космодрома Байконур в 11:05 по московскому времени.",
    .ru, "2026-04-23", nil
  )

  @Test func moscowTimeTakenForLocalTimeFires() async {
    let daily: Report = (
      "daily", "A Soyuz rocket lifted off from Baikonur on Thursday at 11:05 a.m. local time.", .en, "2026-04-23", nil
    )
    let f = await findings([Self.launchWire, Self.launchAgency, daily], rule: "time-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set(["wire", "daily"]).isSubset(of: $0.sources) }, "\(f.map(\.message))")
  }

  @Test func theSameLocalTimeAtBaikonurIsQuiet() async {
    let daily: Report = (
      "daily", "A Soyuz rocket lifted off from Baikonur on Thursday at 1:05 p.m. local time.", .en, "2026-04-23", nil
    )
    let f = await findings([Self.launchWire, Self.launchAgency, daily], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: satellites and hikers are counted; the hospitalised are not the group

  @Test func otherSatelliteCountsFire() async {
    let wire: Report = (
      "wire", "ASTANA, April 23 — A Soyuz rocket lifted off from Baikonur on Thursday with 14 small satellites.",
      .en, "2026-04-23", nil
    )
    let portal: Report = (
      "portal", "У четвер з Байконура стартувала ракета «Союз». На орбіту вивели 18 малих супутників.", .uk,
      "2026-04-23", nil
    )
    let agency: Report = (
      "agency", "В четверг с Байконура стартовала ракета «Союз». На орбиту выведены 14 малых спутников.", .ru,
      "2026-04-23", nil
    )
    let fire = await findings([wire, portal], rule: "count-mismatch")
    #expect(fire.count == 1 && fire.allSatisfy { Set($0.sources) == ["wire", "portal"] }, "\(fire.map(\.message))")
    let quiet = await findings([wire, agency], rule: "count-mismatch")
    #expect(quiet.isEmpty, "\(quiet.map(\.message))")
  }

  static let hikersWire: Report = (
    "wire",
    """
    BRATISLAVA, Sept 20 — Slovak rescuers brought down 11 Ukrainian hikers in the High Tatras on Saturday. Three \
    of the hikers were taken to hospital.
    """,
    .en, "2026-09-20", nil
  )

  @Test func theHikersTakenToHospitalAreNotTheGroup() async {
    let portal: Report = (
      "portal", "У суботу в Татрах словацькі рятувальники врятували 11 туристів. Трьох туристів госпіталізували.",
      .uk, "2026-09-20", nil
    )
    let f = await findings([Self.hikersWire, portal], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func anotherNumberOfHikersFiresAgainstAReportThatNamesThoseInHospital() async {
    let daily: Report = (
      "daily", "Seventeen Ukrainian hikers were rescued from the High Tatras late on Saturday.", .en, "2026-09-20", nil
    )
    let f = await findings([Self.hikersWire, daily], rule: "count-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", "daily"] }, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: shipments in en/ru/uk; "the first in April" is the agreed schedule, not another event

  static let shipmentsWire: Report = (
    "wire",
    """
    ADDIS ABABA, March 18 — Ukraine will ship 60,000 tonnes of wheat to Ethiopia in two shipments, the first in \
    April, under an agreement signed on Wednesday by Deputy Minister Iryna Stelmakh.
    """,
    .en, "2026-03-18", nil
  )

  @Test func anotherNumberOfShipmentsFires() async {
    let portal: Report = (
      "portal",
      "Україна відправить до Ефіопії 60 тисяч тонн пшениці трьома партіями: угоду в середу підписала Ірина Стельмах.",
      .uk, "2026-03-18", nil
    )
    let f = await findings([Self.shipmentsWire, portal], rule: "count-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", "portal"] }, "\(f.map(\.message))")
  }

  @Test func theSameNumberOfShipmentsIsQuiet() async {
    let agency: Report = (
      "agency", "Украина поставит Эфиопии 60 тыс. тонн пшеницы двумя партиями, сообщила в среду Ирина Стельмах.", .ru,
      "2026-03-18", nil
    )
    let f = await findings([Self.shipmentsWire, agency], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aRoundInALaterMonthIsStillAnotherEvent() async {
    let wire: Report = (
      "wire",
      """
      ADDIS ABABA, March 18 — The sides signed an agreement on Wednesday. They will hold a second round in April \
      with two delegations.
      """,
      .en, "2026-03-18", nil
    )
    let counts = await facts([wire]).filter { $0.kind == .number && $0.text.contains("two") }
    #expect(counts.allSatisfy { $0.event != "main" }, "\(counts.map(\.event))")
  }
}
