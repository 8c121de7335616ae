import FactDiffExtract
import FactDiffModel

/// Bare surnames kept aside at extraction (`Document.bareSurnames`: "Tremblay and Kravets met", in a report that
/// never names either in full) made person facts of their reports once the run's people are known: those that name
/// exactly one person named in full (`PersonClustering.only`) join that person; the others are dropped.
///
/// The facts of a report that gains some are put back in text order and numbered again (`source#n` is numbered in
/// text order); `FactRenumbering` tells the new numbers to what names facts by id (the event summaries).
enum BareSurnameLinks {
  /// Inserts the linked bare surnames of `placed` into their reports' facts, points every person's mentions of
  /// those reports at the facts' new places, adds the bare surnames to their people, and empties every report's
  /// `bareSurnames`.
  static func insert(_ placed: inout PersonClustering.Placed, into docs: inout [Document]) -> FactRenumbering {
    defer {
      for d in docs.indices where !docs[d].bareSurnames.isEmpty { docs[d].bareSurnames = [] }
      placed.bare = []
    }
    guard !placed.bare.isEmpty else { return FactRenumbering() }
    var byDoc: [Int: [(mention: MentionKeys, person: Int)]] = [:]
    for link in placed.bare { byDoc[link.mention.doc, default: []].append(link) }
    // The mentions (person, index) of each report that gains facts, found in one pass over every person.
    var mentionsOf: [Int: [(person: Int, mention: Int)]] = [:]
    for g in placed.people.indices {
      for k in placed.people[g].mentions.indices where byDoc[placed.people[g].mentions[k].doc] != nil {
        mentionsOf[placed.people[g].mentions[k].doc, default: []].append((g, k))
      }
    }
    var renumbering = FactRenumbering()
    // Report by report in run order (a person's mentions are then added in the same order on every run).
    for d in byDoc.keys.sorted() {
      let sorted = byDoc[d]!.sorted { $0.mention.fact < $1.mention.fact }
      let old = docs[d].facts
      let bare = sorted.map { docs[d].bareSurnames[$0.mention.fact].fact }
      // Merged in text order: by start, the longer first (as `Extraction` sorts them); a bare surname never shares
      // its range with a fact (its token was taken by none).
      var merged: [Fact] = []
      merged.reserveCapacity(old.count + bare.count)
      var newIndex = [Int](repeating: 0, count: old.count)
      var bareIndex = [Int](repeating: 0, count: bare.count)
      var i = 0
      var j = 0
      while i < old.count || j < bare.count {
        let takeBare: Bool
        if i == old.count {
          takeBare = true
        } else if j == bare.count {
          takeBare = false
        } else {
          let a = old[i].range
          let b = bare[j].range
          takeBare = b.start < a.start || (b.start == a.start && b.end > a.end)
        }
        if takeBare {
          bareIndex[j] = merged.count
          merged.append(bare[j])
          j += 1
        } else {
          newIndex[i] = merged.count
          merged.append(old[i])
          i += 1
        }
      }
      for k in merged.indices { merged[k].setNumber(k + 1) }
      docs[d].facts = merged
      renumbering.numbers[d] = newIndex.map { $0 + 1 }
      for (g, k) in mentionsOf[d] ?? [] {
        placed.people[g].mentions[k].fact = newIndex[placed.people[g].mentions[k].fact]
      }
      for (k, link) in sorted.enumerated() {
        var m = link.mention
        m.fact = bareIndex[k]
        placed.people[link.person].add(m)
      }
    }
    return renumbering
  }
}

/// The new numbers of the facts of reports that gained facts at entity resolution (`BareSurnameLinks`): for each
/// such report (by index in the run), the new number of the fact numbered n at extraction, at n - 1.
public struct FactRenumbering: Sendable {
  var numbers: [Int: [Int]] = [:]

  public init() {}

  /// True when no fact changed its number.
  public var isEmpty: Bool { numbers.isEmpty }

  /// The id `id` of a fact of the `doc`-th report now has.
  public func id(_ id: String, doc: Int) -> String {
    guard let new = numbers[doc], let hash = id.lastIndex(of: "#"),
      let n = Int(id[id.index(after: hash)...]), n >= 1, n <= new.count
    else { return id }
    return id[..<hash] + "#" + String(new[n - 1])
  }

  /// The fact ids of event summaries (one per report, in report order) brought up to date.
  public func apply(to summaries: inout [SourceEvents]) {
    for d in numbers.keys where d < summaries.count {
      summaries[d].dateFacts = summaries[d].dateFacts.map { id($0, doc: d) }
      if let v = summaries[d].venueFact { summaries[d].venueFact = id(v, doc: d) }
      if let l = summaries[d].datelineFact { summaries[d].datelineFact = id(l, doc: d) }
    }
  }
}
