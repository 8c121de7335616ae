import Synchronization

/// Lets facts with the same value share one stored copy of it: a report names the same person, place, date or figure
/// many times, and reports of one event name the same ones again. A fact keeps its value (and its `grain`, `bounds`
/// and `widened`) in an immutable box (see `Fact`); `share` points a fact at an equal box met before, so that the
/// fact's own box can be freed.
///
/// Values are equal here only when they are the same to the byte: strings compare by their UTF-8 bytes (not by
/// Unicode equivalence) and numbers by their bits (0.0 is not -0.0), so a shared value reads back exactly as the
/// fact's own did.
public struct FactSharing: Sendable {
  private var values: Set<ExactValue> = []
  private var numbers: Set<ExactNumbers> = []

  public init() {}

  /// Points `fact`'s value and numbers at equal ones met before (remembering them when new).
  public mutating func share(_ fact: inout Fact) {
    let v = values.insert(ExactValue(fact.packed))
    if !v.inserted { fact.packed = v.memberAfterInsert.value }
    if let n = fact.side, n.extra == nil {
      let m = numbers.insert(ExactNumbers(n))
      if !m.inserted { fact.side = m.memberAfterInsert.box }
    }
  }

  /// `share` for every fact of a list.
  public mutating func share(_ facts: inout [Fact]) {
    for k in facts.indices { share(&facts[k]) }
  }

  /// How many distinct values and number boxes were met.
  public var count: (values: Int, numbers: Int) { (values.count, numbers.count) }

  /// One `FactSharing` for several threads, under a lock.
  public final class Shared: Sendable {
    private let state = Mutex(FactSharing())

    public init() {}

    public func share(_ fact: inout Fact) { state.withLock { $0.share(&fact) } }

    /// Every fact of a list in one go.
    public func share(_ facts: inout [Fact]) { state.withLock { $0.share(&facts) } }
  }
}

/// A packed value hashed as values are and compared byte for byte.
private struct ExactValue: Hashable, Sendable {
  let value: PackedValue
  init(_ value: PackedValue) { self.value = value }
  static func == (a: ExactValue, b: ExactValue) -> Bool { a.value == b.value && Exact.same(a.value, b.value) }
  func hash(into h: inout Hasher) { h.combine(value) }
}

private struct ExactNumbers: Hashable, Sendable {
  let box: FactSide
  init(_ box: FactSide) { self.box = box }
  static func == (a: ExactNumbers, b: ExactNumbers) -> Bool {
    Exact.same(a.box.grain, b.box.grain) && Exact.same(a.box.bounds, b.box.bounds)
      && Exact.same(a.box.widened, b.box.widened)
  }
  func hash(into h: inout Hasher) {
    h.combine(box.grain)
    h.combine(box.bounds)
    h.combine(box.widened)
  }
}

/// Byte-for-byte sameness of values (see `FactSharing`).
enum Exact {
  static func same(_ a: String, _ b: String) -> Bool { a.utf8.elementsEqual(b.utf8) }
  static func same(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return same(a, b)
  }
  static func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern }
  static func same(_ a: Double?, _ b: Double?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return same(a, b)
  }
  static func same(_ a: Interval?, _ b: Interval?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return same(a.min, b.min) && same(a.max, b.max) && a.minOpen == b.minOpen && a.maxOpen == b.maxOpen
  }

  static func same(_ a: ClockTime, _ b: ClockTime) -> Bool {
    guard a.hour == b.hour, a.minute == b.minute, a.zoneStated == b.zoneStated else { return false }
    switch (a.zone, b.zone) {
    case (nil, nil), (.local?, .local?): return true
    case (.zone(let x)?, .zone(let y)?): return same(x, y)
    case (.offset(let x)?, .offset(let y)?): return x == y
    default: return false
    }
  }

  static func same(_ a: Role?, _ b: Role?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return same(a.office, b.office) && same(a.portfolio, b.portfolio) && same(a.affiliation, b.affiliation)
      && same(a.text, b.text)
  }

  /// `a` and `b` already compare equal; true when they are also the same to the byte.
  static func same(_ a: PackedValue, _ b: PackedValue) -> Bool {
    switch (a, b) {
    case (.time(let x), .time(let y)): return same(x, y)
    case (.date(let x), .date(let y)):
      return x.year == y.year && x.month == y.month && x.day == y.day && x.weekday == y.weekday
        && same(x.relative, y.relative) && x.resolvedFromPublished == y.resolvedFromPublished
        && x.precision == y.precision
    case (.duration(let x), .duration(let y)): return same(x, y)
    case (.span(let x1, let x2), .span(let y1, let y2)): return same(x1, y1) && same(x2, y2)
    case (.number(let x), .number(let y)):
      return same(x.value, y.value) && same(x.unit, y.unit) && same(x.counts, y.counts)
        && same(x.rangeMax, y.rangeMax)
    case (.person(let x), .person(let y)):
      return same(x.name, y.name) && same(x.entity, y.entity) && same(x.role, y.role) && x.attendance == y.attendance
    case (.place(let x), .place(let y)):
      return same(x.name, y.name) && same(x.entity, y.entity) && same(x.timezone, y.timezone)
        && same(x.country, y.country) && x.dateline == y.dateline && same(x.venue, y.venue)
        && same(x.category, y.category)
    case (.quote(let x), .quote(let y)):
      return same(x.speaker, y.speaker) && same(x.text, y.text) && x.speakerRange == y.speakerRange
    default: return false
    }
  }
}
