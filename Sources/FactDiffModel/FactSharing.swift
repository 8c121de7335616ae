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
    // The numbers first (one box per distinct grain, bounds and widened), then the value with them.
    var side = fact.packed.side
    if let n = side, n.extra == nil {
      let m = numbers.insert(ExactNumbers(n))
      if !m.inserted { side = m.memberAfterInsert.box }
    }
    if let hit = values.firstIndex(of: ExactValue(fact.packed, side: side)) {
      fact.packed = values[hit].value
    } else {
      let packed = fact.packed.with(side: side)
      values.insert(ExactValue(packed, side: side))
      fact.packed = packed
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

/// A packed value hashed as values are and compared byte for byte, with the numbers box it is to carry (compared by
/// identity: boxes of equal numbers are made one before, boxes with `FactExtra` stay each fact's own).
private struct ExactValue: Hashable, Sendable {
  let value: PackedValue
  let side: FactSide?
  init(_ value: PackedValue, side: FactSide?) {
    self.value = value
    self.side = side
  }
  static func == (a: ExactValue, b: ExactValue) -> Bool {
    a.side === b.side && a.value == b.value && Exact.same(a.value, b.value)
  }
  func hash(into h: inout Hasher) {
    h.combine(value)
    h.combine(side.map(ObjectIdentifier.init))
  }
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

  static func same(_ x: PlaceValue, _ y: PlaceValue) -> Bool {
    same(x.name, y.name) && same(x.entity, y.entity) && same(x.timezone, y.timezone) && same(x.country, y.country)
      && x.dateline == y.dateline && same(x.venue, y.venue) && same(x.category, y.category)
  }

  /// `a` and `b` already compare equal; true when they are also the same to the byte.
  static func same(_ a: PackedValue, _ b: PackedValue) -> Bool {
    switch (a, b) {
    case (.time(let x, _), .time(let y, _)): return same(x, y)
    case (.date(let x, _), .date(let y, _)):
      return x.year == y.year && x.month == y.month && x.day == y.day && x.weekday == y.weekday
        && same(x.relative, y.relative) && x.resolvedFromPublished == y.resolvedFromPublished
        && x.precision == y.precision
    case (.duration(let x, _), .duration(let y, _)): return same(x, y)
    case (.span(let x1, let x2, _), .span(let y1, let y2, _)): return same(x1, y1) && same(x2, y2)
    case (.number(let x, _), .number(let y, _)):
      return same(x.value, y.value) && same(x.unit, y.unit) && same(x.counts, y.counts)
        && same(x.rangeMax, y.rangeMax)
    case (.person(let x, _), .person(let y, _)):
      return same(x.name, y.name) && same(x.entity, y.entity) && same(x.role, y.role) && x.attendance == y.attendance
    case (.place(let x, _), .place(let y, _)): return same(x, y)
    case (.quote(let x, _), .quote(let y, _)):
      return same(x.speaker, y.speaker) && same(x.text, y.text) && x.speakerRange == y.speakerRange
    default: return false
    }
  }
}

/// A place in a box of its own, which the event summaries naming the same place can share (`PlaceSharing`): a
/// summary keeps its venue and its dateline, and a place is about a hundred bytes where a reference is eight.
public final class SharedPlace: Hashable, Sendable {
  public let value: PlaceValue

  public init(_ value: PlaceValue) { self.value = value }

  public static func == (a: SharedPlace, b: SharedPlace) -> Bool { a === b || a.value == b.value }

  public func hash(into h: inout Hasher) { h.combine(value) }
}

/// Points places at equal boxes met before (as `FactSharing` does for facts' values): the reports of a feed are filed
/// from the same few cities and meet in the same few venues. Places are equal here only when they are the same to
/// the byte.
public struct PlaceSharing: Sendable {
  private var boxes: [PlaceValue: [SharedPlace]] = [:]

  public init() {}

  /// A box met before holding the same place as `place`, or `place` itself (remembered) when there is none.
  public mutating func share(_ place: SharedPlace) -> SharedPlace {
    if let hit = boxes[place.value]?.first(where: { Exact.same($0.value, place.value) }) { return hit }
    boxes[place.value, default: []].append(place)
    return place
  }

  /// How many distinct places were met.
  public var count: Int { boxes.values.reduce(0) { $0 + $1.count } }
}
