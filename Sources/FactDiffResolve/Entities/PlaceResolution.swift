import FactDiffExtract
import FactDiffModel

/// Place ids: one per gazetteer entry (or per folded name of a place the gazetteer does not know), numbered by
/// first appearance.
enum PlaceResolution {
  static func assign(_ docs: inout [Document], _ sharing: FactSharing.Shared, parallelism: Int = 1) {
    // Names cleaned and keyed report by report (in parallel), the key kept in `entity` for the moment…
    Parallel.update(&docs, parallelism: parallelism) { _, doc in
      for f in doc.facts.indices {
        guard case .place(var value) = doc.facts[f].value else { continue }
        value.name = VisibleText.clean(value.name)
        value.venue = VisibleText.clean(value.venue)
        value.entity = NameKey.key(value.name, language: .en)
        doc.facts[f].value = .place(value)
        sharing.share(&doc.facts[f])
      }
    }
    // …then the keys numbered by first appearance (one thread).
    var idOf: [String: String] = [:]
    var next = 1
    for d in docs.indices {
      for f in docs[d].facts.indices {
        guard case .place(var value) = docs[d].facts[f].value else { continue }
        let key = value.entity
        if idOf[key] == nil {
          idOf[key] = "L\(next)"
          next += 1
        }
        value.entity = idOf[key]!
        docs[d].facts[f].value = .place(value)
        sharing.share(&docs[d].facts[f])
      }
    }
  }
}
