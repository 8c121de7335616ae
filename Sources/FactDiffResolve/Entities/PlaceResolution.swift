import FactDiffExtract
import FactDiffModel

/// Place ids: one per gazetteer entry (or per folded name of a place the gazetteer does not know), numbered by
/// first appearance.
enum PlaceResolution {
  static func assign(_ docs: inout [Document]) {
    var idOf: [String: String] = [:]
    var next = 1
    for d in docs.indices {
      for f in docs[d].facts.indices {
        guard case .place(var value) = docs[d].facts[f].value else { continue }
        value.name = VisibleText.clean(value.name)
        value.venue = VisibleText.clean(value.venue)
        let key = NameKey.key(value.name, language: .en)
        if idOf[key] == nil {
          idOf[key] = "L\(next)"
          next += 1
        }
        value.entity = idOf[key]!
        docs[d].facts[f].value = .place(value)
      }
    }
  }
}
