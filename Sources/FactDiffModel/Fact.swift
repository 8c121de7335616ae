/// One statement of a report: a kind, a value, where it stands and how loosely it is meant.
public struct Fact: Hashable, Sendable {
  /// `source#n`, numbered in text order within the source.
  public var id: String
  public var source: String
  public var value: FactValue
  /// The words of the statement, hedge included.
  public var text: String
  /// Byte range of `text` in the source's analysed text.
  public var range: TextRange
  /// Position of `text` in the original file.
  public var position: Position
  public var hedge: Hedge?
  /// The rounding unit the value is written in (Docs/Tolerance.md), in the value's unit; nil when not numeric.
  public var grain: Double?
  /// Strict interval (seconds for durations and times, the value itself for numbers).
  public var bounds: Interval?
  /// Strict interval plus the rounding a careful writer is allowed.
  public var widened: Interval?
  /// The event the statement is about ("main", "e2", …), once resolved.
  public var event: String?
  /// What the statement says about its event (start, end, duration …), once resolved.
  public var slot: Slot?
  /// Index of the sentence holding the fact (0-based, in text order).
  public var sentence: Int

  public init(
    id: String = "", source: String, value: FactValue, text: String, range: TextRange,
    position: Position = Position(line: 0, column: 0, offset: 0, length: 0), hedge: Hedge? = nil,
    grain: Double? = nil, bounds: Interval? = nil, widened: Interval? = nil, event: String? = nil,
    slot: Slot? = nil, sentence: Int = 0
  ) {
    self.id = id
    self.source = source
    self.value = value
    self.text = text
    self.range = range
    self.position = position
    self.hedge = hedge
    self.grain = grain
    self.bounds = bounds
    self.widened = widened
    self.event = event
    self.slot = slot
    self.sentence = sentence
  }

  public var kind: FactKind { value.kind }
}

/// What a fact says about its event. Only facts of the same event and slot are compared.
public struct Slot: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var name: String
  public init(_ name: String) { self.name = name }

  public static let date = Slot("date")
  public static let start = Slot("start")
  public static let end = Slot("end")
  public static let duration = Slot("duration")
  public static let span = Slot("span")
  public static let place = Slot("place")
  public static let venue = Slot("venue")
  public static let attendee = Slot("attendee")
  public static let quote = Slot("quote")
  public static let arrival = Slot("arrival")
  public static let departure = Slot("departure")
  /// A statement about the event made on another day, or a date that is not the event's.
  public static let other = Slot("other")
  /// Mentioned, but in no comparable role.
  public static let mention = Slot("mention")

  /// A count of something: `count:agreements`.
  public static func count(_ what: String) -> Slot { Slot("count:\(what)") }
  /// An amount in a currency or unit: `amount:USD`.
  public static func amount(_ unit: String) -> Slot { Slot("amount:\(unit)") }

  public var description: String { name }
  public static func < (a: Slot, b: Slot) -> Bool { a.name < b.name }
}
