/// A closed or half-open interval of real numbers; a missing end is unbounded.
///
/// Every stated quantity becomes two intervals (strict and widened, see Docs/Tolerance.md); two statements conflict
/// when their intervals cannot overlap.
public struct Interval: Hashable, Sendable, CustomStringConvertible {
  public var min: Double?
  public var max: Double?
  /// True when `min` itself is excluded ("more than 6 hours" excludes 6 hours).
  public var minOpen: Bool
  /// True when `max` itself is excluded.
  public var maxOpen: Bool

  public init(min: Double?, max: Double?, minOpen: Bool = false, maxOpen: Bool = false) {
    self.min = min
    self.max = max
    self.minOpen = minOpen
    self.maxOpen = maxOpen
  }

  /// The single value `v`.
  public static func exactly(_ v: Double) -> Interval { Interval(min: v, max: v) }

  public static let everything = Interval(min: nil, max: nil)

  /// True when some value lies in both.
  public func overlaps(_ o: Interval) -> Bool {
    // self.max vs o.min
    if let a = max, let b = o.min {
      if a < b || (a == b && (maxOpen || o.minOpen)) { return false }
    }
    if let a = o.max, let b = min {
      if a < b || (a == b && (o.maxOpen || minOpen)) { return false }
    }
    return true
  }

  /// The gap between the two intervals (0 when they overlap or touch).
  public func gap(to o: Interval) -> Double {
    if let a = max, let b = o.min, a < b { return b - a }
    if let a = o.max, let b = min, a < b { return b - a }
    return 0
  }

  /// True when every value of `o` lies in `self`.
  public func contains(_ o: Interval) -> Bool {
    if let m = min {
      guard let om = o.min, om > m || (om == m && (!minOpen || o.minOpen)) else { return false }
    }
    if let m = max {
      guard let om = o.max, om < m || (om == m && (!maxOpen || o.maxOpen)) else { return false }
    }
    return true
  }

  public func contains(_ v: Double) -> Bool { contains(.exactly(v)) }

  /// The values common to both, or nil when they do not overlap.
  public func intersection(_ o: Interval) -> Interval? {
    guard overlaps(o) else { return nil }
    var r = self
    if let b = o.min {
      if r.min == nil || b > r.min! {
        r.min = b; r.minOpen = o.minOpen
      } else if b == r.min! {
        r.minOpen = r.minOpen || o.minOpen
      }
    }
    if let b = o.max {
      if r.max == nil || b < r.max! {
        r.max = b; r.maxOpen = o.maxOpen
      } else if b == r.max! {
        r.maxOpen = r.maxOpen || o.maxOpen
      }
    }
    return r
  }

  /// The smallest interval holding both.
  public func hull(_ o: Interval) -> Interval {
    var r = self
    if let a = min, let b = o.min {
      if b < a { r.min = b; r.minOpen = o.minOpen } else if b == a { r.minOpen = minOpen && o.minOpen }
    } else {
      r.min = nil
      r.minOpen = false
    }
    if let a = max, let b = o.max {
      if b > a { r.max = b; r.maxOpen = o.maxOpen } else if b == a { r.maxOpen = maxOpen && o.maxOpen }
    } else {
      r.max = nil
      r.maxOpen = false
    }
    return r
  }

  /// `[a.min − b.max, a.max − b.min]`: the values of x − y for x in `self` and y in `other`.
  public func minus(_ b: Interval) -> Interval {
    Interval(
      min: (min != nil && b.max != nil) ? min! - b.max! : nil,
      max: (max != nil && b.min != nil) ? max! - b.min! : nil,
      minOpen: minOpen || b.maxOpen, maxOpen: maxOpen || b.minOpen)
  }

  /// `self + b`, end by end.
  public func plus(_ b: Interval) -> Interval {
    Interval(
      min: (min != nil && b.min != nil) ? min! + b.min! : nil,
      max: (max != nil && b.max != nil) ? max! + b.max! : nil,
      minOpen: minOpen || b.minOpen, maxOpen: maxOpen || b.maxOpen)
  }

  /// Both ends moved by `d`.
  public func shifted(by d: Double) -> Interval {
    Interval(min: min.map { $0 + d }, max: max.map { $0 + d }, minOpen: minOpen, maxOpen: maxOpen)
  }

  /// Ends moved outwards by `d` (inwards when negative).
  public func widened(by d: Double) -> Interval {
    Interval(min: min.map { $0 - d }, max: max.map { $0 + d }, minOpen: minOpen, maxOpen: maxOpen)
  }

  public var isPoint: Bool { min != nil && min == max && !minOpen && !maxOpen }

  public var description: String {
    let l = min.map { "\($0)" } ?? "-inf"
    let r = max.map { "\($0)" } ?? "+inf"
    return "\(minOpen || min == nil ? "(" : "[")\(l), \(r)\(maxOpen || max == nil ? ")" : "]")"
  }
}
