import FactDiffExtract
import FactDiffModel
import Testing

/// A venue phrase goes with the city named after a locative nearest to it in its sentence, not with the first city
/// the sentence names ("paintings from the Kharkiv museum … at the Foreign Office in Berlin").
@Suite struct VenueAttachmentTests {
  func venues(_ text: String, _ language: Language) -> [String: String] {
    var out: [String: String] = [:]
    for f in Extraction.analyze(Source(id: "t", text: text, language: language)).facts {
      if case .place(let p) = f.value, let v = p.venue { out[p.name] = v }
    }
    return out
  }

  @Test func theVenueGoesWithTheCityAfterItsLocative() {
    let v = venues(
      """
      Germany handed back 30 paintings taken from the Kharkiv art museum during the war, at a ceremony at the \
      Foreign Office in Berlin.
      """, .en)
    #expect(v == ["Berlin": "at the Foreign Office"], "\(v)")
  }

  @Test func aCityNamedBeforeTheVenueAfterItsLocativeKeepsIt() {
    let v = venues(
      "In Ankara, the meeting at the Turkish Foreign Ministry ran for three hours with guests from Izmir.", .en)
    #expect(v == ["Ankara": "at the Turkish Foreign Ministry"], "\(v)")
  }
}
