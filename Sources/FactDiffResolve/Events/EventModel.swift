import FactDiffExtract
import FactDiffModel

/// What the annotator decided about one report's main event.
///
/// The fields live in one box shared by the copies of a summary until one of them changes (copy on write): a run
/// holds a summary per report in a list and again in its event model, each copy a single reference.
public struct SourceEvents: Sendable, Hashable {
  public var source: String {
    get { box.fields.source }
    _modify {
      unshare()
      yield &box.fields.source
    }
  }
  /// The day of the main event, when the report states or implies one.
  public var mainDate: CivilDate? {
    get { box.fields.mainDate }
    _modify {
      unshare()
      yield &box.fields.mainDate
    }
  }
  /// Ids of the facts that state the main date.
  public var dateFacts: [String] {
    get { box.fields.dateFacts }
    _modify {
      unshare()
      yield &box.fields.dateFacts
    }
  }
  /// True when the main date comes only from the dateline (the filing date).
  public var dateFromDateline: Bool {
    get { box.fields.dateFromDateline }
    _modify {
      unshare()
      yield &box.fields.dateFromDateline
    }
  }
  /// Whether the main date is the day the event began, the day it ended, or just a day of it.
  public var dateRole: DateRole {
    get { box.fields.dateRole }
    _modify {
      unshare()
      yield &box.fields.dateRole
    }
  }
  /// How many days the report says the event lasted ("two-day talks"), or 2 for a session past midnight; 1 when
  /// nothing says.
  public var extentDays: Int {
    get { box.fields.extentDays }
    _modify {
      unshare()
      yield &box.fields.extentDays
    }
  }
  /// Where the main event took place, when the report says.
  public var venue: PlaceValue? {
    get { box.fields.venue?.value }
    set {
      unshare()
      box.fields.venue = newValue.map(SharedPlace.init)
    }
  }
  public var venueFact: String? {
    get { box.fields.venueFact }
    _modify {
      unshare()
      yield &box.fields.venueFact
    }
  }
  /// With no venue, the zone of the place whose "local time" the report gives ("lifted off from Baikonur at 11:05
  /// a.m. local time"): the one place with a zone named in the sentence of such a time.
  public var localZone: String? {
    get { box.fields.localZone }
    _modify {
      unshare()
      yield &box.fields.localZone
    }
  }
  /// The dateline place: where the report was filed.
  public var dateline: PlaceValue? {
    get { box.fields.dateline?.value }
    set {
      unshare()
      box.fields.dateline = newValue.map(SharedPlace.init)
    }
  }
  /// Entity ids of the people the report mentions anywhere, for matching; emptied once groups are made.
  public var people: Set<String> {
    get { box.fields.people }
    _modify {
      unshare()
      yield &box.fields.people
    }
  }
  /// Entity ids of the places the report mentions anywhere, for matching; emptied once groups are made.
  public var places: Set<String> {
    get { box.fields.places }
    _modify {
      unshare()
      yield &box.fields.places
    }
  }
  /// The id of the place fact of the dateline, if any (its entity id is read once entities are resolved).
  public var datelineFact: String? {
    get { box.fields.datelineFact }
    _modify {
      unshare()
      yield &box.fields.datelineFact
    }
  }
  /// The report's topic signature for matching (see `EventMatcher.salientWords`); emptied once groups are made.
  public var salient: [UInt64] {
    get { box.fields.salient }
    _modify {
      unshare()
      yield &box.fields.salient
    }
  }

  private var box: Box

  public init(source: String) { box = Box(Fields(source: source)) }

  /// Points the venue and the dateline place at equal boxes met before by `sharing` (nothing else changes): a run
  /// keeps every report's summary, and its reports come from and meet in the same few places.
  public mutating func sharePlaces(_ sharing: inout PlaceSharing) {
    guard box.fields.venue != nil || box.fields.dateline != nil else { return }
    unshare()
    if let v = box.fields.venue { box.fields.venue = sharing.share(v) }
    if let d = box.fields.dateline { box.fields.dateline = sharing.share(d) }
  }

  /// The fields, stored once per summary.
  private struct Fields: Hashable, Sendable {
    var source: String
    var mainDate: CivilDate? = nil
    var dateFacts: [String] = []
    var dateFromDateline: Bool = false
    var dateRole: DateRole = .plain
    var extentDays: Int = 1
    /// The venue and the dateline place, each in a box that summaries naming the same place can share
    /// (`sharePlaces`).
    var venue: SharedPlace? = nil
    var venueFact: String? = nil
    var localZone: String? = nil
    var dateline: SharedPlace? = nil
    var people: Set<String> = []
    var places: Set<String> = []
    var datelineFact: String? = nil
    var salient: [UInt64] = []
  }

  /// Changed only while the summary holding it is its only holder.
  private final class Box: @unchecked Sendable {
    var fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  /// Gives this summary a box of its own before it changes, when others share it.
  private mutating func unshare() {
    if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
  }

  public static func == (a: SourceEvents, b: SourceEvents) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

  public func hash(into h: inout Hasher) { h.combine(box.fields) }
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
  /// group names, else the place whose local time it gives (its own, else the one most of its group gives), else
  /// its dateline.
  public func eventZone(of source: String) -> String? {
    if let z = sources[source]?.venue?.timezone { return z }
    var counts: [String: Int] = [:]
    for s in group(of: source) { if let z = sources[s]?.venue?.timezone { counts[z, default: 0] += 1 } }
    if let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) { return best.key }
    if let z = sources[source]?.localZone { return z }
    for s in group(of: source) { if let z = sources[s]?.localZone { counts[z, default: 0] += 1 } }
    if let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) { return best.key }
    return sources[source]?.dateline?.timezone
  }
}

/// Events and slots within each report, and main events matched across reports.
///
/// Two steps, so that a run can drop each report's tokens early: `annotate` works on one report while it still
/// has its tokens (right after extraction, in parallel); `match` needs only the summaries and the facts, once
/// entity ids are known.
public enum EventResolution {
  /// Annotates every document and matches their main events (entity ids already resolved).
  public static func resolve(_ docs: inout [Document]) -> EventModel {
    var summaries = docs.indices.map { annotate(&docs[$0]) }
    return match(&summaries, docs)
  }

  /// Events and slots of one report's facts, and what it says of its main event; people, places, the venue's and
  /// the dateline's entity ids are filled in by `match`.
  public static func annotate(_ doc: inout Document) -> SourceEvents {
    var annotator = EventAnnotator(doc: doc)
    var summary = annotator.annotate()
    doc = annotator.doc
    summary.salient = EventMatcher.salientWords(annotator.tokens)
    return summary
  }

  /// Completes each summary from its document's resolved facts, then groups reports of one event.
  public static func match(_ summaries: inout [SourceEvents], _ docs: [Document]) -> EventModel {
    match(&summaries, docs, words: nil)
  }

  /// `match`, with the reports that share salient words already joined (`EventMatcher.wordLinks`) when `words`
  /// is given.
  static func match(_ summaries: inout [SourceEvents], _ docs: [Document], words: EventSets?) -> EventModel {
    var places = PlaceSharing()
    for k in summaries.indices {
      complete(&summaries[k], facts: docs[k].facts)
      summaries[k].sharePlaces(&places)
    }
    let groups = EventMatcher.groups(summaries, words: words)
    var bySource = [String: SourceEvents](minimumCapacity: summaries.count)
    for k in summaries.indices {
      // Each report's word list, places and people are freed as soon as the groups are made: only matching reads
      // them (the checks read the venue and the dateline, and people from the facts), and a run of 100,000 reports
      // would keep 11 MB of place sets and as much of people sets.
      summaries[k].salient = []
      summaries[k].places = []
      summaries[k].people = []
      bySource[summaries[k].source] = summaries[k]
    }
    return EventModel(groups: groups, sources: bySource)
  }

  /// People and places of a report, and its venue and dateline with their entity ids.
  public static func complete(_ s: inout SourceEvents, facts: [Fact]) {
    s.people = []
    s.places = []
    for f in facts {
      switch f.value {
      case .person(let p): if !p.entity.isEmpty { s.people.insert(p.entity) }
      case .place(let p):
        if !p.entity.isEmpty { s.places.insert(p.entity) }
        if f.id == s.venueFact { s.venue = p }
        if f.id == s.datelineFact { s.dateline = p }
      default: break
      }
    }
  }
}
