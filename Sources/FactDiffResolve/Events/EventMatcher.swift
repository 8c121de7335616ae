import FactDiffExtract
import FactDiffModel

/// Matches the main events of different reports: same event when their dates are close (or unknown) and they
/// share people, the venue, or enough salient words. Reports of a different event are kept apart.
enum EventMatcher {
  /// The largest gap in days between two reports' main dates that can still be one event (a date conflict
  /// between reports is a finding, not a reason to split them).
  static let dateWindow = 3

  static func groups(_ docs: [Document], _ s: [String: SourceEvents]) -> [[String]] {
    let ids = docs.map(\.source.id)
    var sets = UnionFind(count: ids.count)
    let words = docs.map(salientWords)
    for i in ids.indices {
      for j in (i + 1)..<ids.count where sets.find(i) != sets.find(j) {
        if sameEvent(s[ids[i]]!, s[ids[j]]!, words[i], words[j]) { sets.union(i, j) }
      }
    }
    return sets.groups().map { $0.map { ids[$0] }.sorted() }.sorted { $0[0] < $1[0] }
  }

  static func sameEvent(_ a: SourceEvents, _ b: SourceEvents, _ wa: Set<String>, _ wb: Set<String>) -> Bool {
    if let da = a.mainDate, let db = b.mainDate, abs(da.dayNumber - db.dayNumber) > dateWindow { return false }
    if !a.people.isDisjoint(with: b.people) { return true }
    if let va = a.venue?.entity, let vb = b.venue?.entity, va == vb { return true }
    if !a.places.isDisjoint(with: b.places) && (a.mainDate == nil || b.mainDate == nil || a.mainDate == b.mainDate) {
      return true
    }
    let shared = wa.intersection(wb).count
    return shared >= 4 && Double(shared) >= 0.15 * Double(min(wa.count, wb.count))
  }

  /// Long lower-cased words and numbers, as a cheap topic signature (same-language reports only share them).
  static func salientWords(_ doc: Document) -> Set<String> {
    var out: Set<String> = []
    for t in doc.tokens where t.kind == .number || (t.kind == .word && t.norm.count >= 6) {
      out.insert(t.kind == .word ? String(t.norm.prefix(6)) : t.norm)
    }
    return out
  }
}
