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
}
