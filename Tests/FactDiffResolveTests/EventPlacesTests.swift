import FactDiffExtract
import FactDiffModel
import FactDiffResolve
import Testing

/// Places join reports of one event, and are let go once the groups are made (only matching reads them).
@Suite struct EventPlacesTests {
  static func events(_ reports: [(String, String)]) -> EventModel {
    var docs = reports.map { Extraction.analyze(Source(id: $0.0, text: $0.1, language: .en)) }
    return Resolution.resolve(&docs)
  }

  /// Two reports that share only the venue and the day are one event; their summaries keep the venue, not the
  /// place set.
  @Test func aSharedVenueJoinsReportsAndThePlaceSetsAreFreed() {
    let model = Self.events([
      ("a", "Ministers met in Tartu on 4 March 2025 and signed a river accord after five hours of talks."),
      ("b", "The accord on the river was signed in Tartu on 4 March 2025, officials said after the meeting."),
    ])
    #expect(model.groups == [["a", "b"]])
    for s in ["a", "b"] {
      #expect(model.sources[s]?.venue?.name == "Tartu")
      #expect(model.sources[s]?.places.isEmpty == true)
    }
  }

  /// The look-alike: the same day in two different cities stays two events.
  @Test func differentVenuesOnOneDayStayApart() {
    let model = Self.events([
      ("a", "Ministers met in Tartu on 4 March 2025 and signed a river accord after five hours of talks."),
      ("b", "Engineers met in Porto on 4 March 2025 and opened a new bridge after a short ceremony."),
    ])
    #expect(model.groups.count == 2)
  }
}
