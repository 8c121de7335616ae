import Testing
import _FactDiffTestSupport

/// Look-alikes about counts and amounts.
extension LookAlikeTests {
  // MARK: count-mismatch: a total since the war began is not the event's amount

  static let grantWire = (
    id: "wire",
    text: """
    KIEV, March 4 — Japan will give Ukraine 15 billion yen ($100 million) for power transformers under an \
    agreement signed on Wednesday.
    """,
    language: Language.en, published: "2026-03-04", zone: String?.none
  )

  static func grantDaily(_ total: String) -> Report {
    (
      "daily", "TOKYO — Japan signed a grant for Ukraine's power grid yesterday. \(total)", .en,
      "2026-03-05", nil
    )
  }

  @Test func aidSinceTheInvasionIsQuiet() async {
    for total in [
      "Japan's total aid to Ukraine since the Russian invasion now exceeds $12bn.",
      "Japan's aid to Ukraine since the start of the war has reached $12bn.",
    ] {
      let f = await findings([Self.grantWire, Self.grantDaily(total)], rule: "count-mismatch")
      #expect(f.isEmpty, "\(total): \(f.map(\.message))")
    }
  }

  @Test func theGrantItselfTwelveTimesLargerFires() async {
    let f = await findings(
      [Self.grantWire, Self.grantDaily("The grant is worth $1.2bn.")],
      rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  static let aidAgency = (
    id: "agency",
    text: "КИЕВ, 4 марта. Япония выделит Украине 15 млрд иен (около 100 млн долларов) на закупку трансформаторов.",
    language: Language.ru, published: "2026-03-04", zone: String?.none
  )

  @Test func aidSinceTheWarBeganInRussianAndUkrainianIsQuiet() async {
    let f = await findings(
      [
        Self.aidAgency,
        ("a", "С начала войны Япония выделила Украине более 12 млрд долларов.", .ru, "2026-03-04", nil),
        (
          "b", "Від початку повномасштабного вторгнення Японія надала Україні понад 12 млрд доларів.", .uk,
          "2026-03-04", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}
