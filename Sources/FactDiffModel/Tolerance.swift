/// Every threshold of the tolerance model in one table (Docs/Tolerance.md documents each; `.factdiff.yml` can
/// override them).
///
/// A stated value becomes a strict interval (what the words say, at the precision they are written in) and a
/// widened one (plus the rounding a careful writer is allowed). Values are in the fact's unit: seconds for
/// durations, seconds after midnight for clock times, the amount itself for numbers.
public struct ToleranceTable: Sendable, Hashable {
  /// Unhedged round values are widened by at most this fraction of the value (and by at most half the grain).
  public var roundWidenFraction = 0.05
  /// "about" / "nearly" move a value by at most this fraction of it (and by at most one grain).
  public var hedgeFraction = 0.10
  /// "about 10:00": at least this much either side (seconds).
  public var clockHedgeMin = 300.0
  /// "about 10:00": at most this much either side (seconds).
  public var clockHedgeMax = 1800.0
  /// An unhedged clock time is widened by at most this much (seconds).
  public var clockRoundWiden = 300.0
  /// Counts up to this value are exact: no rounding grain.
  public var exactCountLimit = 10.0
  /// Round-number steps: a grain is one of these times a power of ten.
  public var roundSteps: [Double] = [1, 2, 2.5, 5]
  /// Grains of durations under an hour and of clock times, in seconds (the largest that divides the value wins).
  public var minuteLadder: [Double] = [60, 300, 600, 900, 1800, 3600]
  /// Vague counts, by concept: the interval each stands for.
  public var vagueCounts: [String: ClosedRange<Double>] = [
    "a-few": 2...5, "several": 3...9, "dozen": 12...12, "dozens": 24...99, "scores": 40...99,
    "hundreds": 200...999, "thousands": 2000...9999, "tens-of-thousands": 20000...99999,
    "hundreds-of-thousands": 200000...999999, "millions": 2_000_000...9_999_999,
  ]
  /// A day, in seconds (the grain of durations written in days).
  public let day = 86400.0

  public init() {}

  // MARK: Grains

  /// The grain of a count or amount: the largest round step (`roundSteps` × 10ⁿ) that divides the value and is at
  /// most half of it; 0 for integers up to `exactCountLimit`.
  public func grain(count v: Double) -> Double {
    let a = abs(v)
    guard a > 0, a.isFinite else { return 0 }
    if a <= exactCountLimit && a == a.rounded() { return 0 }
    var best = 0.0
    // Powers from 10⁻⁶ to 10¹⁵, tried from the highest where the smallest step is at most half the value down,
    // stopping once no step of a lower power can beat the best found.
    let smallest = roundSteps.min() ?? 0
    let largest = roundSteps.max() ?? 0
    var p = 15
    // Read once: a static is reached through a call per use (`swift_once`), a local is not.
    let powers = Self.powers
    if smallest > 0 { while p >= -6, smallest * powers[p + 6] > a / 2 { p -= 1 } }
    while p >= -6 {
      let scale = powers[p + 6]
      if best > 0, largest * scale < best { break }
      for s in roundSteps {
        let g = s * scale
        if g > a / 2 { continue }
        let q = a / g
        if abs(q - q.rounded()) < 1e-9 * max(1, q) { best = max(best, g) }
      }
      p -= 1
    }
    return best
  }

  /// The grain of a duration in seconds: a day for whole days written in days, an hour for whole hours, half an
  /// hour for half hours, else the largest step of `minuteLadder` that divides it.
  public func grain(duration seconds: Double, writtenInDays: Bool = false) -> Double {
    if writtenInDays && seconds.truncatingRemainder(dividingBy: day) == 0 { return day }
    if seconds >= 3600 && seconds.truncatingRemainder(dividingBy: 3600) == 0 { return 3600 }
    return ladderGrain(seconds)
  }

  /// The grain of a clock time in seconds after midnight ("16:20" → 10 min, "4 p.m." → 60 min).
  public func grain(clock seconds: Double) -> Double { ladderGrain(seconds) }

  func ladderGrain(_ v: Double) -> Double {
    var best = 0.0
    for g in minuteLadder where v.truncatingRemainder(dividingBy: g) == 0 { best = max(best, g) }
    return best
  }

  // MARK: Intervals

  /// The strict and widened intervals of a value stated with a hedge at a grain.
  ///
  /// - Parameters:
  ///   - clock: true for clock times (hedges use the clock limits, widening is capped by `clockRoundWiden`).
  ///   - count: true for counts and amounts ("more than 10" steps by the value itself up to `exactCountLimit`).
  public func intervals(value v: Double, grain g: Double, hedge: Hedge?, clock: Bool = false, count: Bool = false)
    -> (strict: Interval, widened: Interval)
  {
    let a = abs(v)
    // How far rounding may move an unhedged round value.
    let round = clock ? min(g / 2, clockRoundWiden) : min(g / 2, roundWidenFraction * a)
    // How far "about" / "nearly" move it.
    let approx = clock ? max(clockHedgeMin, min(g, clockHedgeMax)) : min(g, hedgeFraction * a)
    // The step of "more than" / "less than".
    let step: Double = {
      if count && a <= exactCountLimit { return max(a, 1) }
      if g > 0 { return g }
      return clock ? clockHedgeMin : max(hedgeFraction * a, count ? 1 : 0)
    }()
    switch hedge {
    case nil:
      let s = Interval.exactly(v)
      return (s, s.widened(by: round))
    case .exactly?:
      let s = Interval.exactly(v)
      return (s, s)
    case .approximately?:
      let s = Interval.exactly(v).widened(by: approx)
      return (s, s.widened(by: g / 2))
    case .nearly?:
      let s = Interval(min: v - approx, max: v)
      return (s, s.widened(by: g / 2))
    case .moreThan?:
      return (Interval(min: v, max: v + step, minOpen: true), Interval(min: v, max: nil, minOpen: true))
    case .lessThan?:
      return (Interval(min: v - step, max: v, maxOpen: true), Interval(min: nil, max: v, maxOpen: true))
    case .atLeast?:
      return (Interval(min: v, max: nil), Interval(min: v - round, max: nil))
    case .atMost?:
      return (Interval(min: nil, max: v), Interval(min: nil, max: v + round))
    }
  }

  /// The intervals of a stated range "between a and b" (`[a, b]`, widened by half the grain).
  public func intervals(from a: Double, to b: Double, grain g: Double) -> (strict: Interval, widened: Interval) {
    let s = Interval(min: min(a, b), max: max(a, b))
    return (s, s.widened(by: g / 2))
  }

  /// `pow10(p)` for p from -6 to 15, at index p + 6.
  private static let powers: [Double] = (-6...15).map { pow10($0) }

  private static func pow10(_ p: Int) -> Double {
    var r = 1.0
    if p >= 0 { for _ in 0..<p { r *= 10 } } else { for _ in 0..<(-p) { r /= 10 } }
    return r
  }
}
