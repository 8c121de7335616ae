import Testing
import _FactDiffTestSupport

/// Look-alikes from the tenth held-out set: a month after "from".
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
}
