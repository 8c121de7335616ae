import FactDiffExtract
import FactDiffModel
import Synchronization

/// People and places across sources and scripts: one entity id per real person or place.
///
/// People: each mention is analysed (given name, initials, surname readings fitting its context) and reduced to
/// keys (`NameKey`); within a report, full names open people and bare surnames join the nearest compatible full
/// name before them; across reports, people merge when their surnames agree within a small edit budget, their
/// genders agree and their given names do not contradict. User aliases pin hard cases. Places: the gazetteer
/// entry, or the folded name of a place it does not know. Ids are numbered by first appearance (P1, P2…; L1…).
public enum EntityResolution {
  /// Sets `entity` (and the canonical `name`) of every person and place fact, and the `speaker` of quotes. Names,
  /// titles, venues and quoted words come out without invisible characters (`VisibleText`); each fact's `text`
  /// keeps the words as written.
  /// `aliases`: groups of names the user pins to one person (`.factdiff.yml`). `parallelism`: how many threads
  /// share the work that is done report by report or person by person (0: one per core; 1: the calling thread);
  /// the ids and names do not depend on it. Facts given equal values share one stored copy of them
  /// (`FactSharing`: a person or place recurs across a run's reports).
  /// Bare surnames kept aside (`Document.bareSurnames`) that name exactly one person of the run named in full become
  /// person facts of their reports (`BareSurnameLinks`), the others are dropped; the facts of a report that gains
  /// some are numbered again in text order, as the result tells (for the event summaries that name facts).
  @discardableResult
  public static func resolve(
    _ docs: inout [Document], aliases: [[String]] = [], parallelism: Int = 1
  ) -> FactRenumbering {
    var placed = PersonClustering.cluster(docs, aliases: aliases, parallelism: parallelism)
    let renumbering = BareSurnameLinks.insert(&placed, into: &docs)
    assign(&docs, placed.people, parallelism: parallelism)
    return renumbering
  }

  /// `resolve`, with the people of every report already found and placed (`people(of:index:caches:)`, added to
  /// `people` in report order): the same ids and names, without reading the reports' tokens again.
  @discardableResult
  public static func resolve(
    _ docs: inout [Document], people: consuming People, parallelism: Int = 1
  ) -> FactRenumbering {
    precondition(people.reports == docs.count, "the people of every report, in report order")
    var placed = people.placer.finish()
    let renumbering = BareSurnameLinks.insert(&placed, into: &docs)
    assign(&docs, placed.people, parallelism: parallelism)
    return renumbering
  }

  /// One report's people (`PersonClustering.local`), found while its tokens are at hand, to be added to `People`,
  /// and the keys of its bare surnames kept aside.
  public struct ReportPeople: Sendable {
    let people: [PersonProfile]
    let bare: [BareMention]
  }

  /// The people of the report `doc`, the `index`-th of the run (its place in the list later resolved), with a
  /// cache of name keys taken from `caches` (the keys of a word do not depend on the cache).
  public static func people(of doc: Document, index: Int, caches: KeyCaches) -> ReportPeople {
    var bare: [BareMention] = []
    let people = caches.with { PersonClustering.local(doc, index, &$0, bare: &bare) }
    return ReportPeople(people: people, bare: bare)
  }

  /// The people of a run's reports as they come, in report order: placed across reports at once (those with given
  /// names; surname-only people wait for every report), so that a run holds the people found so far.
  public struct People {
    var placer: PersonClustering.Placer
    /// How many reports were added.
    public private(set) var reports = 0

    /// `aliases`: groups of names pinned to one person (`.factdiff.yml`).
    public init(aliases: [[String]] = []) { placer = PersonClustering.Placer(aliases: aliases) }

    /// The people of the next report.
    public mutating func add(_ r: ReportPeople) {
      placer.add(r.people, bare: r.bare)
      reports += 1
    }
  }

  /// Caches of name keys shared by a run's threads: each report's work takes one and puts it back.
  public final class KeyCaches: Sendable {
    private let pool = Mutex<[KeyCache]>([])
    public init() {}

    func with<R>(_ body: (inout KeyCache) -> R) -> R {
      var cache = pool.withLock { $0.popLast() } ?? KeyCache()
      let r = body(&cache)
      pool.withLock { [cache] in $0.append(cache) }
      return r
    }
  }

  /// Ids and canonical names of `clusters` written into the facts, then places and speakers.
  private static func assign(_ docs: inout [Document], _ clusters: [PersonProfile], parallelism: Int) {
    let sharing = FactSharing.Shared()
    assignPeople(&docs, clusters, sharing, parallelism: parallelism)
    PlaceResolution.assign(&docs, sharing, parallelism: parallelism)
    assignSpeakers(&docs, sharing, parallelism: parallelism)
  }

  /// Numbers the person clusters by first appearance and writes ids and canonical names into the facts.
  private static func assignPeople(
    _ docs: inout [Document], _ clusters: [PersonProfile], _ sharing: FactSharing.Shared, parallelism: Int
  ) {
    // Every mention's report, fact and person, in report and fact order (a list, not a table keyed by fact: a run
    // has hundreds of thousands, hence 32-bit numbers), and where each report's mentions start.
    var list: [(doc: Int32, fact: Int32, cluster: Int32)] = []
    list.reserveCapacity(clusters.reduce(0) { $0 + $1.mentions.count })
    for (c, p) in clusters.enumerated() {
      for m in p.mentions { list.append((Int32(m.doc), Int32(m.fact), Int32(c))) }
    }
    list.sort { ($0.doc, $0.fact) < ($1.doc, $1.fact) }
    var starts = [Int](repeating: list.count, count: docs.count + 1)
    for k in list.indices.reversed() { starts[Int(list[k].doc)] = k }
    for d in stride(from: docs.count - 1, through: 0, by: -1) { starts[d] = min(starts[d], starts[d + 1]) }
    let mentions = list
    let first = starts
    let names = canonicalNames(clusters, docs, parallelism: parallelism)
    // Ids in order of first mention (one thread), then every mention written (report by report, in parallel).
    var idOf = [String?](repeating: nil, count: clusters.count)
    var next = 1
    for m in mentions where idOf[Int(m.cluster)] == nil {
      guard case .person = docs[Int(m.doc)].facts[Int(m.fact)].value else { continue }
      idOf[Int(m.cluster)] = "P\(next)"
      next += 1
    }
    let ids = idOf
    Parallel.update(&docs, parallelism: parallelism) { d, doc in
      for (_, f32, c32) in mentions[first[d]..<first[d + 1]] {
        let f = Int(f32)
        let c = Int(c32)
        guard case .person(var value) = doc.facts[f].value else { continue }
        value.entity = ids[c]!
        value.name = names[c]
        if let title = value.role?.text { value.role?.text = VisibleText.clean(title) }
        doc.facts[f].value = .person(value)
        sharing.share(&doc.facts[f])
      }
    }
  }

  /// Each cluster's name (`CanonicalName`), clusters shared among the threads.
  private static func canonicalNames(_ clusters: [PersonProfile], _ docs: [Document], parallelism: Int) -> [String] {
    let parts = Parallel.ranges(clusters.count, parallelism: parallelism)
    return Parallel.map(parts.count, parallelism: parallelism) { k in
      parts[k].map { CanonicalName.of(clusters[$0], docs) }
    }.flatMap { $0 }
  }

  /// Quotes name their speaker by the byte range of a person mention; turn it into the entity id.
  private static func assignSpeakers(_ docs: inout [Document], _ sharing: FactSharing.Shared, parallelism: Int) {
    Parallel.update(&docs, parallelism: parallelism) { _, doc in
      var entityAt: [Int: String] = [:]
      for f in doc.facts {
        if case .person(let p) = f.value { entityAt[f.range.start] = p.entity }
      }
      for f in doc.facts.indices {
        guard case .quote(var q) = doc.facts[f].value else { continue }
        q.text = VisibleText.clean(q.text)
        if let r = q.speakerRange { q.speaker = entityAt[r.start] }
        doc.facts[f].value = .quote(q)
        sharing.share(&doc.facts[f])
      }
    }
  }
}
