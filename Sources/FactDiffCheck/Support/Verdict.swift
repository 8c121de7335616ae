import FactDiffModel

/// The verdict table of Docs/Tolerance.md: strict overlap → consistent; only widened overlap → warning;
/// no overlap at all → error.
enum Verdict: Int, Comparable {
  case consistent = 0
  case minor = 1
  case conflict = 2

  static func of(strict a: Interval, _ b: Interval, widened wa: Interval, _ wb: Interval) -> Verdict {
    if a.overlaps(b) { return .consistent }
    if wa.overlaps(wb) { return .minor }
    return .conflict
  }

  var severity: Severity? {
    switch self {
    case .consistent: return nil
    case .minor: return .warning
    case .conflict: return .error
    }
  }

  static func < (a: Verdict, b: Verdict) -> Bool { a.rawValue < b.rawValue }
}
