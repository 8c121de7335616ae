import FactDiffExtract
import FactDiffModel

/// What the annotator decided about one report's main event.
public struct SourceEvents: Sendable, Hashable {
  public var source: String
  /// The day of the main event, when the report states or implies one.
  public var mainDate: CivilDate?
  /// Ids of the facts that state the main date.
  public var dateFacts: [String] = []
  /// True when the main date comes only from the dateline (the filing date).
  public var dateFromDateline = false
  /// Whether the main date is the day the event began, the day it ended, or just a day of it.
  public var dateRole: DateRole = .plain
  /// How many days the report says the event lasted ("two-day talks"), or 2 for a session past midnight; 1 when
  /// nothing says.
  public var extentDays = 1
  /// Where the main event took place, when the report says.
  public var venue: PlaceValue?
  public var venueFact: String?
  /// The dateline place: where the report was filed.
  public var dateline: PlaceValue?
  /// Entity ids of the people and places the report mentions anywhere.
  public var people: Set<String> = []
  public var places: Set<String> = []

  public init(source: String) { self.source = source }
}

/// Which day of an event a date names.
public enum DateRole: String, Sendable, Hashable {
  case plain, start, end
}

/// Which reports tell the same event, and what each says about it.
public struct EventModel: Sendable {
  /// Groups of source ids whose main events were matched (sorted; one group per distinct event).
  public var groups: [[String]]
  /// Per source, its main event.
  public var sources: [String: SourceEvents]

  public init(groups: [[String]] = [], sources: [String: SourceEvents] = [:]) {
    self.groups = groups
    self.sources = sources
  }

  /// The group a source belongs to.
  public func group(of source: String) -> [String] { groups.first { $0.contains(source) } ?? [source] }

  /// The IANA zone of the place where a source's main event happened: its venue, else the venue most of its
  /// group names, else its dateline.
  public func eventZone(of source: String) -> String? {
    if let z = sources[source]?.venue?.timezone { return z }
    var counts: [String: Int] = [:]
    for s in group(of: source) { if let z = sources[s]?.venue?.timezone { counts[z, default: 0] += 1 } }
    if let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) { return best.key }
    return sources[source]?.dateline?.timezone
  }
}

/// Events and slots within each report, and main events matched across reports.
public enum EventResolution {
  public static func resolve(_ docs: inout [Document]) -> EventModel {
    var summaries: [String: SourceEvents] = [:]
    for k in docs.indices {
      var annotator = EventAnnotator(doc: docs[k])
      summaries[docs[k].source.id] = annotator.annotate()
      docs[k] = annotator.doc
    }
    let groups = EventMatcher.groups(docs, summaries)
    return EventModel(groups: groups, sources: summaries)
  }
}
