import Testing
import _FactDiffTestSupport

/// Look-alikes about breakdowns, the hurt among a group, and counts per side named by their clause's subject.
extension LookAlikeTests {
  // MARK: total-vs-breakdown: the parts of a breakdown that adds up are not totals of their own

  @Test func aBreakdownThatAddsUpIsQuietAboutItsParts() async {
    let f = await findings(
      [
        (
          "a",
          "The two countries signed 11 documents on Wednesday — five agreements, four memorandums and two "
            + "protocols — at the commission's meeting.", .en, "2026-02-25", nil
        )
      ], rule: "total-vs-breakdown")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aBreakdownThatDoesNotAddUpFiresOnce() async {
    let f = await findings(
      [
        (
          "a", "Россия и Шри-Ланка подписали 12 документов: пять соглашений, четыре меморандума и два протокола.", .ru,
          "2026-02-25", nil
        )
      ], rule: "total-vs-breakdown")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: total-vs-breakdown: a long Cyrillic breakdown is read as far as an English one

  static func longBreakdown(protocols: String) -> String {
    "По итогам заседания рабочей группы подписано девять документов: четыре соглашения с работодателями, три "
      + "меморандума между регионами и \(protocols)."
  }

  @Test func aLongCyrillicBreakdownThatAddsUpIsQuiet() async {
    let f = await findings(
      [("a", Self.longBreakdown(protocols: "два протокола"), .ru, "2025-09-12", nil)], rule: "total-vs-breakdown")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aLongCyrillicBreakdownThatFallsShortFires() async {
    for (text, language) in [
      (Self.longBreakdown(protocols: "один протокол"), Language.ru),
      (
        "За підсумками засідання робочої групи підписано дев'ять документів: чотири угоди з роботодавцями, три "
          + "меморандуми між регіонами та один протокол.", .uk
      ),
    ] {
      let f = await findings([("a", text, language, "2025-09-12", nil)], rule: "total-vs-breakdown")
      #expect(f.count == 1, "\(text): \(f.map(\.message))")
      #expect(f.first?.message.contains("4 + 3 + 1 = 8") == true, "\(f.map(\.message))")
    }
  }

  // MARK: count-mismatch: the injured among a crew are not the crew

  static let mineCrewWire: Report = (
    "wire",
    "ODESA, May 14 — A bulk carrier struck a drifting mine off Odesa on Thursday. All 21 seafarers aboard "
      + "were rescued.", .en, "2026-05-14", nil
  )

  @Test func theInjuredAmongTheCrewAreQuiet() async {
    for text in [
      "Сухогруз подорвался на мине у Одессы в четверг. Весь экипаж спасен, четверо моряков ранены.",
      "Суховантаж підірвався на міні біля Одеси в четвер. Чотирьох моряків поранено.",
    ] {
      let f = await findings(
        [Self.mineCrewWire, ("agency", text, text.contains("моряков") ? .ru : .uk, "2026-05-14", nil)],
        rule: "count-mismatch")
      #expect(f.isEmpty, "\(text): \(f.map(\.message))")
    }
  }

  @Test func anotherCrewFigureFires() async {
    let f = await findings(
      [
        Self.mineCrewWire,
        ("agency", "Сухогруз подорвался на мине у Одессы в четверг. Спасены все 19 моряков.", .ru, "2026-05-14", nil),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: "each side sent 12 officials" is a figure per side

  static let commissionDaily: Report = (
    "daily", "After talks in Tunis yesterday, two dozen officials signed off on the wheat deliveries.", .en,
    "2026-04-09", nil
  )

  @Test func eachSideAsTheSubjectIsQuiet() async {
    let f = await findings(
      [
        (
          "wire",
          "TUNIS, April 8 — The joint commission met at the agriculture ministry on Wednesday; each side sent "
            + "12 officials.", .en, "2026-04-08", nil
        ),
        Self.commissionDaily,
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aTotalOfTwelveOfficialsFires() async {
    let f = await findings(
      [
        (
          "wire",
          "TUNIS, April 8 — The joint commission met at the agriculture ministry on Wednesday; 12 officials "
            + "took part.", .en, "2026-04-08", nil
        ),
        Self.commissionDaily,
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }
}

extension LookAlikeTests {
  // MARK: count-mismatch: two ceilings for the same thing disagree; a figure under a ceiling does not

  static let convoysWire: Report = (
    "wire",
    "CONSTANTA, March 12 — Romania will let up to 42 barge convoys a week through the Sulina channel, "
      + "officials said on Thursday.", .en, "2026-03-12", nil
  )

  @Test func anotherCeilingFires() async {
    let f = await findings(
      [
        Self.convoysWire,
        (
          "agency", "КОНСТАНЦА, 12 марта. Румыния пропустит через канал до 36 караванов барж в неделю.", .ru,
          "2026-03-12", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func theSameCeilingOrAFigureUnderItIsQuiet() async {
    for text in [
      "КОНСТАНЦА, 12 марта. Румыния пропустит через канал до 42 караванов барж в неделю.",
      "КОНСТАНЦА, 12 марта. В четверг через канал прошли 36 караванов барж.",
    ] {
      let f = await findings([Self.convoysWire, ("agency", text, .ru, "2026-03-12", nil)], rule: "count-mismatch")
      #expect(f.isEmpty, "\(text): \(f.map(\.message))")
    }
  }

  // MARK: count-mismatch: this year's figure beside a later year's target is the event's own

  static let quotaWire: Report = (
    "wire",
    "DAKAR, March 25 — Senegal and Russia signed a fisheries agreement on Wednesday, with a catch limit of "
      + "45,000 tonnes in 2026 rising to 60,000 tonnes by 2028.", .en, "2026-03-25", nil
  )

  @Test func theLaterTargetGivenAsThisYearsFigureFires() async {
    let f = await findings(
      [
        Self.quotaWire,
        (
          "daily", "The deal signed in Dakar on Wednesday gives Russian vessels a quota of 60,000 tonnes this year.",
          .en,
          "2026-03-26", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func thisYearsFigureAgreeingIsQuiet() async {
    let f = await findings(
      [
        Self.quotaWire,
        (
          "daily", "The deal signed in Dakar on Wednesday gives Russian vessels a quota of 45,000 tonnes this year.",
          .en,
          "2026-03-26", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}

extension LookAlikeTests {
  // MARK: count-mismatch: a new level after a word of change states the same figure as a ceiling

  static let flightsWire: Report = (
    "wire", "BANGKOK, Jan 29 — Thailand and Russia agreed on Thursday to allow up to 60 direct flights a week.", .en,
    "2026-01-29", nil
  )
  static let flightsAgency: Report = (
    "agency", "БАНГКОК, 29 января. Россия и Таиланд договорились увеличить число прямых рейсов до 60 в неделю.", .ru,
    "2026-01-29", nil
  )

  @Test func anotherLevelOfFlightsFiresWithEveryReport() async {
    let f = await findings(
      [
        Self.flightsWire, Self.flightsAgency,
        ("daily", "Officials agreed on Thursday to raise direct flights to up to 50 a week.", .en, "2026-01-30", nil),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
    #expect(f.first?.sources == ["agency", "daily", "wire"], "\(f.map(\.sources))")
  }

  @Test func theSameLevelOfFlightsIsQuiet() async {
    let f = await findings(
      [
        Self.flightsWire, Self.flightsAgency,
        ("daily", "Officials agreed on Thursday to raise direct flights to up to 60 a week.", .en, "2026-01-30", nil),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}

extension LookAlikeTests {
  // MARK: count-mismatch: a report's total is its figure, not the parts it lists after it

  static let documentsWire: Report = (
    "wire",
    "NAIROBI, June 3 — Kenya and Ukraine signed seven documents on Wednesday: five intergovernmental agreements and "
      + "two memorandums.", .en, "2026-06-03", nil
  )

  @Test func anotherTotalThanTheBreakdownsFires() async {
    for (text, language) in [
      ("Kenya and Ukraine signed nine agreements in Nairobi on Wednesday.", Language.en),
      ("У середу в Найробі Україна та Кенія підписали дев'ять документів.", .uk),
    ] {
      let f = await findings(
        [Self.documentsWire, ("daily", text, language, "2026-06-04", nil)], rule: "count-mismatch")
      #expect(f.count == 1, "\(text): \(f.map(\.message))")
    }
  }

  @Test func aFigureThatMayBeOneOfThePartsIsQuiet() async {
    for (text, language) in [
      ("Kenya and Ukraine signed five agreements in Nairobi on Wednesday.", Language.en),
      ("В среду в Найроби Украина и Кения подписали семь документов.", .ru),
      ("Kenya and Ukraine signed two memorandums and other papers in Nairobi on Wednesday.", .en),
    ] {
      let f = await findings(
        [Self.documentsWire, ("daily", text, language, "2026-06-04", nil)], rule: "count-mismatch")
      #expect(f.isEmpty, "\(text): \(f.map(\.message))")
    }
  }
}
