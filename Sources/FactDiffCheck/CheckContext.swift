import FactDiffExtract
import FactDiffModel
import FactDiffResolve

/// What every check reads: the resolved documents, the event model and the tolerance table.
///
/// The texts of a run's reports, kept apart from its documents (the pipeline's `TextsAside`, a temporary file), and
/// read back for the checks: `holds(k)` when the text of report `k` of the run is kept there, `restore` gives the
/// report's source with it.
public protocol ReportTexts: Sendable {
  func holds(_ index: Int) -> Bool
  func restore(_ source: Source, index: Int) -> Source
  /// The texts of the reports a part of the checks works on, read back (`texts` by report index): the store may
  /// keep them at hand for the words of those reports' facts until `letGo` is called for the same reports.
  func keepAtHand(_ texts: [(index: Int, text: String)])
  func letGo(_ indices: [Int])
}

extension ReportTexts {
  public func keepAtHand(_ texts: [(index: Int, text: String)]) {}
  public func letGo(_ indices: [Int]) {}
}

/// When the run set its texts aside (`ReportTexts`), `docs` hold none: a check reads a report through `doc(_:)` or
/// `document(at:)`, which give it with its text, read back beforehand for the reports of the part being checked
/// (`reading(_:)`) or else when asked for.
public struct CheckContext: Sendable {
  public let docs: [Document]
  public let events: EventModel
  public let tolerance: ToleranceTable
  /// Facts already flagged against their own report: cross-source checks leave them out.
  public var flagged: Set<String> = []
  private let index: [String: Int]
  /// Where the texts of `docs` were set aside, if they were.
  let texts: (any ReportTexts)?
  /// The reports of the part being checked, with their texts read back (by index in `docs`).
  private var withTexts: [Int: Document] = [:]

  public init(
    docs: [Document], events: EventModel, tolerance: ToleranceTable = ToleranceTable(), texts: (any ReportTexts)? = nil
  ) {
    self.docs = docs
    self.events = events
    self.tolerance = tolerance
    self.texts = texts
    var index: [String: Int] = [:]
    for (k, d) in docs.enumerated() { index[d.source.id] = k }
    self.index = index
    self.comparableGroups = events.groups.filter { $0.count >= 2 }
  }

  public func doc(_ source: String) -> Document? { index[source].map { document(at: $0) } }

  /// The report `k` of `docs`, with its text.
  public func document(at k: Int) -> Document {
    guard let texts else { return docs[k] }
    if let d = withTexts[k] { return d }
    return Self.restoring(docs[k], at: k, from: texts)
  }

  /// The reports `part` of `docs`, with their texts.
  func documents(_ part: Range<Int>) -> [Document] { part.map { document(at: $0) } }

  /// This context, with the texts of the reports `indices` read back once for the checks that follow, and kept at
  /// hand in the store for their facts' words (`ReportTexts.keepAtHand`) until the caller lets them go.
  func reading(_ indices: some Sequence<Int>) -> CheckContext {
    guard let texts else { return self }
    var out = self
    var read: [(index: Int, text: String)] = []
    for k in indices where out.withTexts[k] == nil {
      let d = Self.restoring(docs[k], at: k, from: texts)
      out.withTexts[k] = d
      if texts.holds(k) { read.append((k, d.source.text)) }
    }
    texts.keepAtHand(read)
    return out
  }

  /// The reports of groups `part` of `comparableGroups`, by index in `docs`.
  func members(ofGroups part: Range<Int>) -> [Int] { comparableGroups[part].flatMap { $0.compactMap { index[$0] } } }

  static func restoring(_ doc: Document, at k: Int, from texts: any ReportTexts) -> Document {
    guard texts.holds(k) else { return doc }
    var d = Document(compacted: texts.restore(doc.source, index: k), options: doc.options, origin: doc.origin)
    d.facts = doc.facts
    return d
  }

  /// The entity ids of the people a source mentions anywhere.
  func people(of source: String) -> Set<String> {
    var out: Set<String> = []
    for f in doc(source)?.facts ?? [] {
      if case .person(let p) = f.value, !p.entity.isEmpty { out.insert(p.entity) }
    }
    return out
  }

  /// Groups of sources telling the same event, with at least two members.
  let comparableGroups: [[String]]

  /// The facts of one source for an event and slot, in text order.
  func facts(_ source: String, event: String = "main", slot: Slot) -> [Fact] {
    doc(source)?.facts.filter { $0.event == event && $0.slot == slot } ?? []
  }

  /// Evidence for a fact, with how it reads.
  func evidence(_ f: Fact, reading: String? = nil, group: Int = 0) -> Evidence {
    Evidence(f, path: doc(f.source)?.source.path ?? f.source, reading: reading, group: group)
  }

  /// The day the main event of a source happened, else its published day.
  func referenceDate(_ source: String) -> CivilDate? {
    if let d = events.sources[source]?.mainDate ?? doc(source)?.reference { return d }
    // No main date and no published date (an HTML page without metadata): the day the other reports of the
    // event give, else the first full date the report writes (a byline's "10.07.2025 15:42").
    if let g = events.groups.first(where: { $0.contains(source) }), g.count > 1, let d = groupDate(g) { return d }
    for f in doc(source)?.facts ?? [] {
      if case .date(let d) = f.value, d.precision == .day, d.year != nil, let c = d.civil { return c }
    }
    return nil
  }

  /// The day most reports of a group give for the main event (ties: the earliest), for zone offsets.
  func groupDate(_ group: [String]) -> CivilDate? {
    var counts: [CivilDate: Int] = [:]
    for s in group { if let d = events.sources[s]?.mainDate { counts[d, default: 0] += 1 } }
    if let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) { return best.key }
    for s in group { if let d = doc(s)?.reference { return d } }
    return nil
  }
}
