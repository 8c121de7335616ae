import FactDiffExtract
import FactDiffModel

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
  /// `aliases`: groups of names the user pins to one person (`.factdiff.yml`).
  public static func resolve(_ docs: inout [Document], aliases: [[String]] = []) {
    let clusters = PersonClustering.cluster(docs, aliases: aliases)
    assignPeople(&docs, clusters)
    PlaceResolution.assign(&docs)
    assignSpeakers(&docs)
  }

  /// Numbers the person clusters by first appearance and writes ids and canonical names into the facts.
  private static func assignPeople(_ docs: inout [Document], _ clusters: [PersonProfile]) {
    var clusterOf: [FactRef: Int] = [:]
    for (c, p) in clusters.enumerated() {
      for m in p.mentions { clusterOf[FactRef(doc: m.doc, fact: m.fact)] = c }
    }
    var idOf: [Int: String] = [:]
    var names: [Int: String] = [:]
    for (c, p) in clusters.enumerated() { names[c] = CanonicalName.of(p, docs) }
    var next = 1
    for d in docs.indices {
      for f in docs[d].facts.indices {
        guard case .person(var value) = docs[d].facts[f].value, let c = clusterOf[FactRef(doc: d, fact: f)] else {
          continue
        }
        if idOf[c] == nil {
          idOf[c] = "P\(next)"
          next += 1
        }
        value.entity = idOf[c]!
        value.name = VisibleText.clean(names[c] ?? value.name)
        if let title = value.role?.text { value.role?.text = VisibleText.clean(title) }
        docs[d].facts[f].value = .person(value)
      }
    }
  }

  /// Quotes name their speaker by the byte range of a person mention; turn it into the entity id.
  private static func assignSpeakers(_ docs: inout [Document]) {
    for d in docs.indices {
      var entityAt: [Int: String] = [:]
      for f in docs[d].facts {
        if case .person(let p) = f.value { entityAt[f.range.start] = p.entity }
      }
      for f in docs[d].facts.indices {
        guard case .quote(var q) = docs[d].facts[f].value else { continue }
        q.text = VisibleText.clean(q.text)
        if let r = q.speakerRange { q.speaker = entityAt[r.start] }
        docs[d].facts[f].value = .quote(q)
      }
    }
  }
}

/// A fact by document and index.
struct FactRef: Hashable {
  var doc: Int
  var fact: Int
}
