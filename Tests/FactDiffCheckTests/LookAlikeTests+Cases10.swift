import Testing
import _FactDiffTestSupport

/// Look-alikes from the tenth held-out set: a month after "from", the one clock time a report gives the event.
extension LookAlikeTests {
  // MARK: place-mismatch: "from September" is when an agreement takes effect, not another event

  static func terminalWire(_ month: String) -> Report {
    (
      "wire",
      """
      GDYNIA, Poland, June 23 — Poland will set aside a grain terminal at the port of Gdynia for Ukrainian \
      exports, handling more than 200 rail wagons a day from \(month), Deputy Infrastructure Minister Piotr \
      Malinowski said on Tuesday after talks with Ukraine's Deputy Economy Minister Halyna Ostapchuk.
      """,
      .en, "2026-06-23", nil
    )
  }

  static let terminalDaily: Report = (
    "daily",
    "Ukraine secured a dedicated grain terminal in the Polish port of Gdansk on Tuesday after talks with Poland.",
    .en, "2026-06-24", nil
  )

  @Test func laterMonthAfterFromKeepsTheLeadInTheEvent() async {
    let f = await findings([Self.terminalWire("September"), Self.terminalDaily], rule: "place-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", "daily"] }, "\(f.map(\.sources))")
  }

  @Test func earlierMonthAfterFromStillOpensAnotherEvent() async {
    let wire: Report = (
      "wire",
      """
      GDYNIA, Poland, June 23 — Poland and Ukraine agreed on Tuesday on a grain terminal for Ukrainian exports. \
      Expert talks held in Gdansk from March prepared the deal, the ministry said.
      """,
      .en, "2026-06-23", nil
    )
    let daily: Report = (
      "daily", "Ukraine secured a dedicated grain terminal in the Polish port of Gdynia on Tuesday.", .en,
      "2026-06-24", nil
    )
    let f = await findings([wire, daily], rule: "place-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: time-mismatch: the one clock time a report gives the event, beside another report's start

  static let loanWire: Report = (
    "wire",
    """
    KUWAIT CITY, Jan 20 — Kuwait will lend Ukraine $30 million for Mykolaiv's water supply. Finance Minister \
    Tariq al-Roumi and Oleh Rudnytskyi signed the loan at 11:40 a.m. (0840 GMT) on Tuesday after talks that \
    began at 10 a.m. local time.
    """,
    .en, "2026-01-20", nil
  )

  @Test func signingTwelveHoursOffFires() async {
    let daily: Report = (
      "daily",
      """
      Kuwait's finance minister, Tariq al-Roumi, signed a $30 million loan for Mykolaiv in Kuwait City on \
      Tuesday. The signing took place at 11:40 p.m. after a morning of talks.
      """,
      .en, "2026-01-21", nil
    )
    let f = await findings([Self.loanWire, daily], rule: "time-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", "daily"] }, "\(f.map(\.message))")
  }

  @Test func aTimeOfSpeakingIsNotTheEventsTime() async {
    let daily: Report = (
      "daily",
      """
      Kuwait's finance minister, Tariq al-Roumi, signed a $30 million loan for Mykolaiv in Kuwait City on \
      Tuesday after a morning of talks. Rudnytskyi told reporters at 2 p.m. that the money would arrive in March.
      """,
      .en, "2026-01-21", nil
    )
    let f = await findings([Self.loanWire, daily], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: the same figure in another currency

  static func loanPortal(_ amount: String) -> Report {
    (
      "portal",
      "Кувейт надасть Україні кредит у \(amount) на відновлення водопостачання Миколаєва, угоду підписали у вівторок.",
      .uk, "2026-01-20", nil
    )
  }

  static let loanAgency: Report = (
    "agency",
    "КУВЕЙТ, 20 января. Кувейт предоставит Украине кредит в размере 30 млн долларов на восстановление "
      + "водоснабжения Николаева, соглашение подписано во вторник.",
    .ru, "2026-01-20", nil
  )

  @Test func theSameFigureInEurosAgainstDollarsFires() async {
    let f = await findings(
      [Self.loanWire, Self.loanAgency, Self.loanPortal("30 мільйонів євро")], rule: "count-mismatch")
    #expect(
      f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", "agency", "portal"] }, "\(f.map(\.message))")
  }

  @Test func aConversionInParenthesesIsNotASlip() async {
    let wire: Report = (
      "wire",
      """
      KUWAIT CITY, Jan 20 — Kuwait will lend Ukraine €30 million (about $30 million at the old rate) for \
      Mykolaiv's water supply under an agreement signed on Tuesday.
      """,
      .en, "2026-01-20", nil
    )
    let f = await findings([wire, Self.loanAgency, Self.loanPortal("30 мільйонів євро")], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: a goal for next year is compared with goals for next year

  static let deminersWire: Report = (
    "wire",
    """
    SARAJEVO, Oct 27 — Bosnia and Herzegovina will train 60 Ukrainian deminers next year in three groups, under \
    an agreement signed on Tuesday at the country's Mine Action Centre.
    """,
    .en, "2026-10-27", nil
  )

  @Test func nextYearsGoalsThatDifferFire() async {
    let agency: Report = (
      "agency",
      "САРАЕВО, 27 октября. Центр по разминированию Боснии и Герцеговины в следующем году подготовит 80 "
        + "украинских саперов, соглашение подписано во вторник.",
      .ru, "2026-10-27", nil
    )
    let f = await findings([Self.deminersWire, agency], rule: "count-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", "agency"] }, "\(f.map(\.message))")
  }

  @Test func nextYearsGoalAgainstThisYearsFigureIsQuiet() async {
    let agency: Report = (
      "agency",
      "САРАЕВО, 27 октября. Центр по разминированию Боснии и Герцеговины в этом году подготовил 80 украинских "
        + "саперов, новое соглашение подписано во вторник.",
      .ru, "2026-10-27", nil
    )
    let f = await findings([Self.deminersWire, agency], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: role-mismatch: a director's body named in the genitive between the title and the name

  static let centreWire: Report = (
    "wire",
    """
    SARAJEVO, Oct 27 — Centre director Sasa Obradovic and Ukraine's Deputy Interior Minister Yuliia Hrytsenko \
    signed an agreement on training Ukrainian deminers on Tuesday.
    """,
    .en, "2026-10-27", nil
  )

  @Test func theCentresDirectorInRussianIsQuiet() async {
    let agency: Report = (
      "agency",
      "САРАЕВО, 27 октября. Соглашение во вторник подписали директор центра Саша Обрадович и заместитель "
        + "министра внутренних дел Украины Юлия Гриценко.",
      .ru, "2026-10-27", nil
    )
    let f = await findings([Self.centreWire, agency], rule: "role-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func theCentresDeputyDirectorFires() async {
    let portal: Report = (
      "portal",
      "У вівторок у Сараєві заступниця міністра внутрішніх справ Юлія Гриценко та заступник директора "
        + "боснійського Центру протимінної діяльності Саша Обрадович підписали угоду.",
      .uk, "2026-10-27", nil
    )
    let f = await findings([Self.centreWire, portal], rule: "role-mismatch")
    #expect(f.count == 1 && f.allSatisfy { Set($0.sources) == ["wire", "portal"] }, "\(f.map(\.message))")
  }

  // MARK: quote-attribution: a translated remark given to the other co-chair

  static let borderWire: Report = (
    "wire",
    """
    TALLINN, April 16 — Estonia and Ukraine signed eight documents on Thursday. Estonia's IT minister Kristjan \
    Saar co-chaired the commission with Ukraine's Deputy Minister of Digital Transformation Oleksiy Hnatenko. \
    "A border that is not guarded online is not guarded at all," Saar said.
    """,
    .en, "2026-04-16", nil
  )

  static func borderPortal(_ speaker: String) -> Report {
    (
      "portal",
      "У четвер у Таллінні Україна та Естонія підписали вісім документів. «Кордон, який не охороняється в мережі, "
        + "не охороняється взагалі», — заявив \(speaker).",
      .uk, "2026-04-16", nil
    )
  }

  @Test func theRemarkGivenToTheOtherCoChairFires() async {
    let f = await findings(
      [Self.borderWire, Self.borderPortal("заступник міністра Олексій Гнатенко")], rule: "quote-attribution")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func theRemarkGivenToTheSameSpeakerIsQuiet() async {
    let f = await findings(
      [Self.borderWire, Self.borderPortal("міністр Естонії Крістьян Саар")], rule: "quote-attribution")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}
