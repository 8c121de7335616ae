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

  /// The summaries of reports naming one venue keep it in one shared box, once matched; the values read the same.
  @Test func summariesShareTheirVenueAndDatelineBoxes() {
    let model = Self.events([
      ("a", "TARTU, March 4 — Ministers met in Tartu on 4 March 2025 and signed a river accord after five hours."),
      ("b", "TARTU, March 4 — The accord on the river was signed in Tartu on 4 March 2025, officials said."),
    ])
    guard let a = model.sources["a"], let b = model.sources["b"], let venue = a.venue else {
      Issue.record("no summaries or no venue")
      return
    }
    #expect(venue.name == "Tartu" && b.venue == venue)
    #expect(a.dateline?.name == "Tartu" && a.dateline == b.dateline)
    // Sharing again changes nothing that can be read, and leaves a copy taken before as it was.
    var shared = a
    let copy = a
    var sharing = PlaceSharing()
    var other = SourceEvents(source: "c")
    other.venue = PlaceValue(name: "Porto", entity: "L9")
    other.sharePlaces(&sharing)
    shared.sharePlaces(&sharing)
    #expect(shared == copy && shared.venue == venue && copy.venue == venue)
    #expect(sharing.count == (a.dateline == a.venue ? 2 : 3))
    // A summary with no place stays as it is.
    var none = SourceEvents(source: "d")
    none.sharePlaces(&sharing)
    #expect(none.venue == nil && none.dateline == nil && none == SourceEvents(source: "d"))
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
