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
