import Testing
import _FactDiffTestSupport

/// Look-alikes about the day of the event.
extension LookAlikeTests {
  // MARK: date-mismatch: a day written as an ordinal word is the same day as in digits

  static let grainWire = (
    id: "wire",
    text: """
    VARNA, September 18 — Bulgaria and Ukraine signed a grain transit protocol on September 16 at the port \
    authority in Varna, officials said on Thursday.
    """,
    language: Language.en, published: "2025-09-18", zone: String?.none
  )

  static func grainPortal(_ day: String) -> Report {
    (
      "portal", "Протокол про транзит зерна Болгарія та Україна підписали \(day) вересня в управлінні порту у Варні.",
      .uk, "2025-09-18", nil
    )
  }

  @Test func theSixteenthInWordsIsQuiet() async {
    let f = await findings([Self.grainWire, Self.grainPortal("шістнадцятого")], rule: "date-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func theSeventeenthInWordsFires() async {
    let f = await findings([Self.grainWire, Self.grainPortal("сімнадцятого")], rule: "date-mismatch")
    #expect(!f.isEmpty)
  }
}
