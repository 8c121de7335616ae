import Testing
import _FactDiffTestSupport

/// Look-alikes about people: names across scripts and case forms.
extension LookAlikeTests {
  // MARK: quote-attribution: Petra is a woman's name, not only the genitive of Пётр / Петро

  static let trolleybusQuoteWire = (
    id: "wire",
    text: """
    BRNO, June 17 — The agreement was signed by Deputy Mayor Petra Horáková and Kharkiv's deputy mayor Dmytro \
    Savchuk. "Our trolleybuses are old, but they are reliable," Horáková said.
    """,
    language: Language.en, published: "2025-06-17", zone: String?.none
  )

  static func trolleybusQuotePortal(_ speaker: String) -> Report {
    (
      "portal",
      """
      Угоду підписали заступник міського голови Харкова Дмитро Савчук і віцемер Брно Петра Горакова. «Наші \
      тролейбуси старі, але надійні», — \(speaker).
      """,
      .uk, "2025-06-17", nil
    )
  }

  @Test func horakovaByHerSurnameAloneIsTheSameSpeaker() async {
    let f = await findings(
      [Self.trolleybusQuoteWire, Self.trolleybusQuotePortal("сказала Горакова")], rule: "quote-attribution")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func theTrolleybusQuoteGivenToSavchukFires() async {
    let f = await findings(
      [Self.trolleybusQuoteWire, Self.trolleybusQuotePortal("сказав Савчук")], rule: "quote-attribution")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: quote-attribution: a translated quote in everyday words ("Wind cannot be shot down …")

  static let windQuoteWire = (
    id: "wire",
    text: """
    COPENHAGEN, Oct 8 — Danish Development Minister Mette Lindholm and Ukraine's Deputy Energy Minister Roman \
    Andrusiak agreed on 30 wind turbines. "Wind cannot be shot down the way a power plant can," Lindholm said.
    """,
    language: Language.en, published: "2025-10-08", zone: String?.none
  )

  static func windQuotePortal(_ speaker: String) -> Report {
    (
      "portal",
      """
      Заступник міністра енергетики Роман Андрусяк і міністерка з питань розвитку Данії Метте Ліндхольм \
      домовилися про 30 вітрових турбін. «Вітер не можна збити так, як електростанцію», — \(speaker).
      """,
      .uk, "2025-10-08", nil
    )
  }

  @Test func theWindQuoteFromLindholmInBothIsQuiet() async {
    let f = await findings(
      [Self.windQuoteWire, Self.windQuotePortal("сказала Ліндхольм")], rule: "quote-attribution")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func theWindQuoteGivenToAndrusiakFires() async {
    let f = await findings(
      [Self.windQuoteWire, Self.windQuotePortal("сказав Андрусяк")], rule: "quote-attribution")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: role-mismatch: a post held before is not the post now

  static let clinicWire = (
    id: "wire",
    text: """
    VILNIUS, Jan 20 — Lithuania's acting Health Minister Rasa Vaitkiene and Ukraine's Deputy Health Minister \
    Olena Kovalska signed an agreement on treating wounded soldiers at Santaros Clinics on Tuesday.
    """,
    language: Language.en, published: "2026-01-20", zone: String?.none
  )

  static func clinicDaily(_ title: String) -> Report {
    (
      "daily",
      """
      Rasa Vaitkiene, \(title), and Olena Kovalska, Ukraine's deputy health minister, signed an agreement in \
      Vilnius yesterday on treating wounded soldiers at Santaros Clinics.
      """,
      .en, "2026-01-21", nil
    )
  }

  @Test func theHealthMinisterWithoutActingIsQuiet() async {
    let f = await findings([Self.clinicWire, Self.clinicDaily("Lithuania's health minister")], rule: "role-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aFormerHealthMinisterAgainstTheActingOneFires() async {
    let f = await findings(
      [Self.clinicWire, Self.clinicDaily("Lithuania's former health minister")], rule: "role-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func aFormerDefenceMinisterNowHealthMinisterIsQuiet() async {
    let f = await findings(
      [Self.clinicWire, Self.clinicDaily("a former defence minister who now runs the health ministry")],
      rule: "role-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}

extension LookAlikeTests {
  // MARK: attendance-conflict: "Участь у зустрічі взяв …" names who took part after the verb

  static let citrusWire: Report = (
    "wire",
    "CAPE TOWN, September 23 — South Africa and Ukraine agreed on Tuesday to expand trade in wheat and citrus. "
      + "Agriculture Minister Sipho Ndlovu did not attend and was represented by his deputy, Thandi Mokoena.",
    .en, "2025-09-23", nil
  )

  static func citrusPortal(_ attendance: String) -> Report {
    (
      "portal", "ПАР та Україна домовилися розширити торгівлю пшеницею й цитрусовими. \(attendance)", .uk, "2025-09-23",
      nil
    )
  }

  @Test func theMinisterNamedAfterTookPartFires() async {
    let f = await findings(
      [
        Self.citrusWire, Self.citrusPortal("Участь у зустрічі взяв і міністр сільського господарства ПАР Сіпо Ндлову."),
      ],
      rule: "attendance-conflict")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func theDeputyNamedAfterTookPartIsQuiet() async {
    let f = await findings(
      [
        Self.citrusWire,
        Self.citrusPortal(
          "Участь у зустрічі взяла заступниця міністра Танді Мокоена, міністр Сіпо Ндлову участі не брав."),
      ], rule: "attendance-conflict")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}

extension LookAlikeTests {
  // MARK: attendance-conflict: a cue of another day inside a relative clause governs that clause only

  static let gasSite: Report = (
    "site",
    "МИНСК, 4 марта. Россия и Белоруссия во вторник подписали в Минске протокол о поставках газа. В переговорах "
      + "также участвовал начальник департамента «Газпрома» Павел Гончаров.", .ru, "2026-03-04", nil
  )

  @Test func anAbsenceAfterARelativeClauseOfAnotherDayFires() async {
    for (text, language) in [
      (
        "Росія та Білорусь у вівторок підписали в Мінську протокол про постачання газу. Павло Гончаров, участь якого "
          + "анонсували напередодні, до Мінська не приїхав і в переговорах участі не брав.", Language.uk
      ),
      (
        "Россия и Белоруссия во вторник подписали в Минске протокол о поставках газа. Павел Гончаров, участие "
          + "которого анонсировали накануне, в переговорах участия не принимал.", .ru
      ),
    ] {
      let f = await findings(
        [Self.gasSite, ("portal", text, language, "2026-03-04", nil)], rule: "attendance-conflict")
      #expect(f.count == 1, "\(text): \(f.map(\.message))")
    }
  }

  @Test func aCountInARelativeClauseOfAnEarlierRoundIsQuiet() async {
    let f = await findings(
      [
        (
          "wire", "MINSK, March 4 — Russia and Belarus signed 12 agreements in Minsk on Tuesday.", .en, "2026-03-04",
          nil
        ),
        (
          "daily",
          "Russia and Belarus signed a package of agreements in Minsk on Tuesday. The previous session in "
            + "November, in the course of which 9 agreements were signed, was held in Moscow.", .en, "2026-03-05", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}
