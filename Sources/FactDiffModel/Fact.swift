/// One statement of a report: a kind, a value, where it stands and how loosely it is meant.
///
/// A run holds every fact of every report at once (1.7 million for 100 MB of news), so a fact is stored compactly
/// (48 bytes; Docs/Performance.md, "Peak memory") behind the properties below:
/// - `source` and `text`: one `FactOrigin` shared by the facts of a report, holding the source id and its whole
///   analysed text; `text` is read from it by `range` (a fact made with a `text` of its own keeps that text);
/// - `id`: the number `n` of `source#n` (any other id, or n from 65,535 on, is kept as written);
/// - `value`, with `grain`, `bounds` and `widened` (in a box of their own inside it): one immutable box that facts
///   with the same values share (`FactSharing`);
/// - `range`, `position`: 32-bit integers, the length and `sentence` 16-bit ones (larger numbers are kept as
///   written);
/// - `event` and `slot`: 16-bit codes of interned names (`FactNames`).
///
/// Every property reads back exactly what was stored; equality and hashing are those of the properties.
public struct Fact: Hashable, Sendable {
  fileprivate var origin: FactOrigin
  /// The value, and with it (`PackedValue.side`) `grain`, `bounds` and `widened` and what does not fit the compact
  /// fields (`FactExtra`, nil for nearly every fact): one pointer for both.
  var packed: PackedValue
  /// `range`; `start == .min` when it is in `extra`.
  fileprivate var start: Int32
  fileprivate var end: Int32
  /// `position`; `line == .min` when it is in `extra`.
  fileprivate var line: Int32
  fileprivate var column: Int32
  fileprivate var offset: Int32
  fileprivate var length: UInt16
  /// `id`: 0 for "", n for `source#n`, `UInt16.max` when it is in `extra`.
  fileprivate var ordinal: UInt16
  /// `sentence`; `UInt16.max` when it is in `extra`.
  fileprivate var sentenceIndex: UInt16
  /// `event` and `slot`: 0 for nil, a `FactNames` code, or `FactNames.inExtra`.
  fileprivate var eventCode: UInt16
  fileprivate var slotCode: UInt16
  fileprivate var storedHedge: Hedge?

  public init(
    id: String = "", source: String, value: FactValue, text: String, range: TextRange,
    position: Position = Position(line: 0, column: 0, offset: 0, length: 0), hedge: Hedge? = nil,
    grain: Double? = nil, bounds: Interval? = nil, widened: Interval? = nil, event: String? = nil,
    slot: Slot? = nil, sentence: Int = 0
  ) {
    self.init(origin: FactOrigin(source: source, text: text), value: value, range: range, hedge: hedge)
    self.id = id
    self.position = position
    self.grain = grain
    self.bounds = bounds
    self.widened = widened
    self.event = event
    self.slot = slot
    self.sentence = sentence
  }

  /// A fact of the report `origin` stands for, whose words are its text at `range` (see `FactOrigin`), with its
  /// tolerance when it has one (as `setTolerance` would set it, without boxing the value twice).
  public init(
    origin: FactOrigin, value: FactValue, range: TextRange, hedge: Hedge? = nil, sentence: Int = 0,
    grain: Double? = nil, bounds: Interval? = nil, widened: Interval? = nil
  ) {
    self.origin = origin
    packed = PackedValue(value, side: FactSide.make(grain: grain, bounds: bounds, widened: widened, extra: nil))
    start = 0
    end = 0
    line = 0
    column = 0
    offset = 0
    length = 0
    ordinal = 0
    sentenceIndex = 0
    eventCode = 0
    slotCode = 0
    storedHedge = hedge
    store(range)
    self.sentence = sentence
  }

  /// `source#n`, numbered in text order within the source.
  public var id: String {
    get {
      if ordinal == 0 { return "" }
      return ordinal == .max ? extra!.id! : origin.source + "#" + String(ordinal)
    }
    set {
      if newValue.isEmpty {
        ordinal = 0
      } else if let n = FactOrigin.ordinal(of: newValue, source: origin.source), n < UInt16.max {
        ordinal = n
      } else {
        ordinal = .max
        extra = FactExtra.with(extra) { $0.id = newValue }
        return
      }
      if extra?.id != nil { extra = FactExtra.with(extra) { $0.id = nil } }
    }
  }

  public var source: String {
    get { origin.source }
    set {
      let id = self.id
      origin = FactOrigin(source: newValue, text: text)
      self.id = id
    }
  }

  public var value: FactValue {
    get { packed.value }
    set { packed = PackedValue(newValue, side: packed.side) }
  }

  /// The words of the statement, hedge included.
  public var text: String {
    get {
      origin.words(range)
    }
    set { origin = FactOrigin(source: origin.source, text: newValue) }
  }

  /// Byte range of `text` in the source's analysed text.
  public var range: TextRange {
    get { start == .min ? extra!.range! : TextRange(Int(start), Int(end)) }
    set {
      // A text read from the source by range keeps its words when the range moves.
      if origin.whole && newValue != range { origin = FactOrigin(source: origin.source, text: text) }
      store(newValue)
    }
  }

  /// The `range` of each of `facts` (but those of kind `except`), read where the facts lie: reading it through an
  /// array from another module copies the fact first, a retain and a release of each of its references.
  public static func ranges(of facts: UnsafeBufferPointer<Fact>, except: FactKind? = nil) -> [TextRange] {
    var out: [TextRange] = []
    out.reserveCapacity(facts.count)
    for i in facts.indices where except == nil || facts[i].packed.kind != except {
      out.append(
        facts[i].start == .min ? facts[i].extra!.range! : TextRange(Int(facts[i].start), Int(facts[i].end)))
    }
    return out
  }

  private mutating func store(_ r: TextRange) {
    if let s = Int32(exactly: r.start), s != .min, let e = Int32(exactly: r.end) {
      start = s
      end = e
      if extra?.range != nil { extra = FactExtra.with(extra) { $0.range = nil } }
    } else {
      start = .min
      end = 0
      extra = FactExtra.with(extra) { $0.range = r }
    }
  }

  /// Position of `text` in the original file.
  public var position: Position {
    get {
      line == .min
        ? extra!.position!
        : Position(line: Int(line), column: Int(column), offset: Int(offset), length: Int(length))
    }
    set {
      if let l = Int32(exactly: newValue.line), l != .min, let c = Int32(exactly: newValue.column),
        let o = Int32(exactly: newValue.offset), let n = UInt16(exactly: newValue.length)
      {
        line = l
        column = c
        offset = o
        length = n
        if extra?.position != nil { extra = FactExtra.with(extra) { $0.position = nil } }
      } else {
        line = .min
        extra = FactExtra.with(extra) { $0.position = newValue }
      }
    }
  }

  public var hedge: Hedge? {
    get { storedHedge }
    set { storedHedge = newValue }
  }

  /// The rounding unit the value is written in (Docs/Tolerance.md), in the value's unit; nil when not numeric.
  public var grain: Double? {
    get { side?.grain }
    set { side = FactSide.make(grain: newValue, bounds: bounds, widened: widened, extra: extra) }
  }

  /// Strict interval (seconds for durations and times, the value itself for numbers).
  public var bounds: Interval? {
    get { side?.bounds }
    set { side = FactSide.make(grain: grain, bounds: newValue, widened: widened, extra: extra) }
  }

  /// Strict interval plus the rounding a careful writer is allowed.
  public var widened: Interval? {
    get { side?.widened }
    set { side = FactSide.make(grain: grain, bounds: bounds, widened: newValue, extra: extra) }
  }

  /// Sets `grain`, `bounds` and `widened` at once (one box instead of one per property).
  public mutating func setTolerance(grain: Double?, bounds: Interval?, widened: Interval?) {
    packed = packed.with(side: FactSide.make(grain: grain, bounds: bounds, widened: widened, extra: packed.side?.extra))
  }

  /// Sets `id` to `source#n` without spelling it (the extractors number every fact).
  public mutating func setNumber(_ n: Int) {
    guard n > 0, n < Int(UInt16.max), extra?.id == nil else {
      id = n > 0 ? origin.source + "#" + String(n) : ""
      return
    }
    ordinal = UInt16(n)
  }

  /// The event the statement is about ("main", "e2", …), once resolved.
  public var event: String? {
    get {
      switch eventCode {
      case 0: return nil
      case FactNames.inExtra: return extra!.event
      default: return FactNames.name(eventCode)
      }
    }
    set {
      let code = newValue.map { FactNames.code($0) ?? FactNames.inExtra } ?? 0
      eventCode = code
      if code == FactNames.inExtra {
        extra = FactExtra.with(extra) { $0.event = newValue }
      } else if extra?.event != nil {
        extra = FactExtra.with(extra) { $0.event = nil }
      }
    }
  }

  /// What the statement says about its event (start, end, duration …), once resolved.
  public var slot: Slot? {
    get {
      switch slotCode {
      case 0: return nil
      case FactNames.inExtra: return extra!.slot
      default: return Slot(FactNames.name(slotCode))
      }
    }
    set {
      let code = newValue.map { FactNames.code($0.name) ?? FactNames.inExtra } ?? 0
      slotCode = code
      if code == FactNames.inExtra {
        extra = FactExtra.with(extra) { $0.slot = newValue }
      } else if extra?.slot != nil {
        extra = FactExtra.with(extra) { $0.slot = nil }
      }
    }
  }

  /// Index of the sentence holding the fact (0-based, in text order).
  public var sentence: Int {
    get { sentenceIndex == .max ? extra!.sentence! : Int(sentenceIndex) }
    set {
      if let s = UInt16(exactly: newValue), s != .max {
        sentenceIndex = s
        if extra?.sentence != nil { extra = FactExtra.with(extra) { $0.sentence = nil } }
      } else {
        sentenceIndex = .max
        extra = FactExtra.with(extra) { $0.sentence = newValue }
      }
    }
  }

  public var kind: FactKind { packed.kind }

  /// The facts with their words read from a copy of only the stretches of their report's text that they cover, so
  /// that the text itself can be freed (a run that needs no more of it, such as `extract`). Every property reads
  /// back the same; facts whose words are their own are left as they are. Returns the origin the facts now read
  /// from when they all read from one report's text (nil otherwise).
  @discardableResult
  public static func keepingOnlyTheirWords(_ facts: inout [Fact]) -> FactOrigin? {
    let all = facts
    return replacingWholeOrigins(&facts) { $0.keeping(all) }
  }

  /// The facts with their words read from report `index` of `shelf` (its whole text, set aside there), so that the
  /// text and any copy of it can be freed (a `check` run whose texts wait in a temporary file). Every property reads
  /// back the same while the shelf holds the text; facts whose words are their own are left as they are. Returns the
  /// origin the facts now read from when they all read from one report's text (nil otherwise).
  @discardableResult
  public static func readingTheirWords(_ facts: inout [Fact], from shelf: any ShelvedTexts, index: Int) -> FactOrigin? {
    replacingWholeOrigins(&facts) { o in
      o.isShelved ? nil : FactOrigin(source: o.source, path: o.path, shelf: shelf, index: index)
    }
  }

  /// Each origin that reads a report's whole text replaced by `replacement(origin)` (made once per origin; nil leaves
  /// it). Returns the one replacement when there is exactly one (nil otherwise).
  private static func replacingWholeOrigins(
    _ facts: inout [Fact], _ replacement: (FactOrigin) -> FactOrigin?
  ) -> FactOrigin? {
    var done: [(old: FactOrigin, new: FactOrigin)] = []
    for k in facts.indices {
      let o = facts[k].origin
      guard o.whole else { continue }
      if let hit = done.first(where: { $0.old === o }) {
        facts[k].origin = hit.new
      } else if let new = replacement(o) {
        done.append((o, new))
        facts[k].origin = new
      }
    }
    return done.count == 1 ? done[0].new : nil
  }

  /// The report's text and the range `text` is read from, when it is read from it (see `FactOrigin`).
  var wordsInSource: (FactOrigin, Int32, Int32)? { origin.whole && start != .min ? (origin, start, end) : nil }

  /// n when `id` is `source#n` (0 when it is ""), nil when it is kept as written.
  var idOrdinal: UInt16? { ordinal == .max ? nil : ordinal }

  /// The rare parts kept as written (see the type's documentation).
  /// `grain`, `bounds`, `widened` and `extra` in one box, kept with the value; nil when there is none of them.
  var side: FactSide? {
    get { packed.side }
    set { packed = packed.with(side: newValue) }
  }

  var extra: FactExtra? {
    get { side?.extra }
    set { side = FactSide.make(grain: grain, bounds: bounds, widened: widened, extra: newValue) }
  }

  public static func == (a: Fact, b: Fact) -> Bool {
    a.range == b.range && a.position == b.position && a.sentence == b.sentence && a.hedge == b.hedge
      && a.source == b.source && a.id == b.id && a.event == b.event && a.slot == b.slot && a.grain == b.grain
      && a.bounds == b.bounds && a.widened == b.widened && a.packed == b.packed && a.text == b.text
  }

  public func hash(into h: inout Hasher) {
    h.combine(id)
    h.combine(source)
    h.combine(packed)
    h.combine(text)
    h.combine(range)
    h.combine(position)
    h.combine(hedge)
    h.combine(grain)
    h.combine(bounds)
    h.combine(widened)
    h.combine(event)
    h.combine(slot)
    h.combine(sentence)
  }
}

/// Reports' texts kept outside the process's memory (a `check` run's temporary file, `TextsAside`), from which the
/// facts of a report set aside read their words (`Fact.readingTheirWords`). A class: an origin holds one reference
/// to it (16 bytes with its witness table, where any value would take 40).
public protocol ShelvedTexts: AnyObject, Sendable {
  /// The words at `range` of report `index`'s text, as `Source.snippet` reads them from the whole text ("" when the
  /// text cannot be read back).
  func words(ofReport index: Int, _ range: TextRange) -> String
}

/// The report a fact comes from: its source id and, shared by all of the report's facts, its analysed text, from
/// which each fact reads its words by range. (A fact made with words of its own has an origin of its own, holding
/// those words.) Once a report's facts are final, a run that needs nothing else of its text can keep only the
/// stretches of it that the facts cover (`Fact.keepingOnlyTheirWords`): the words read back the same.
///
/// Every report of a run holds one origin for the whole run, so it is small (72 bytes): the id, the path and where
/// the words are read from, in one enum (`Words`).
public final class FactOrigin: Sendable {
  let source: String
  /// The path of the report's file, for statements made from its facts (`Evidence`); "" for a fact's own words.
  let path: String
  private let from: Words

  /// Where the facts' words are read from.
  private enum Words: Sendable {
    /// The source's whole analysed text: each fact's words are read from it by range.
    case whole(String)
    /// The one fact's own words (its range does not index them).
    case own(String)
    /// Only the stretches of the text the facts cover.
    case stretches(Stretches)
    /// The report's whole text, set aside in `shelf` as report `index`.
    case shelf(any ShelvedTexts, index: Int32)
  }

  /// The stretches of a text its facts cover: their bytes, one after another (`kept`), and per stretch, in text
  /// order, its start in the text and where its bytes begin in `kept` (two numbers each; a stretch ends where the
  /// next one's bytes begin): 16-bit numbers when the text is shorter than 64 KB (`narrow`, nearly every report),
  /// else 32-bit ones (`wide`); the other list is empty.
  private final class Stretches: Sendable {
    let kept: [UInt8]
    let narrow: [UInt16]
    let wide: [Int32]
    /// The length in bytes of the text the stretches were taken from.
    let count: Int

    /// The stretches `covered` (byte ranges sorted by start, apart from one another) of `text`.
    init(_ text: String, covered: [(Int, Int)]) {
      var kept: [UInt8] = []
      kept.reserveCapacity(covered.reduce(0) { $0 + $1.1 - $1.0 })
      var marks: [Int32] = []
      marks.reserveCapacity(2 * covered.count)
      let u = text.utf8
      for (a, b) in covered {
        marks.append(Int32(a))
        marks.append(Int32(kept.count))
        kept.append(contentsOf: u[u.index(u.startIndex, offsetBy: a)..<u.index(u.startIndex, offsetBy: b)])
      }
      self.kept = kept
      count = u.count
      if count <= Int(UInt16.max) {
        narrow = marks.map { UInt16($0) }
        wide = []
      } else {
        narrow = []
        wide = marks
      }
    }

    /// The words at `range` of the text (clamped to it as `Source.snippet` does).
    func words(_ range: TextRange) -> String {
      let a = max(0, min(range.start, count))
      let b = max(0, min(range.end, count))
      guard a < b else { return "" }
      // Mark k of the stretches (16- or 32-bit, see `narrow`).
      let isNarrow = !narrow.isEmpty
      func mark(_ k: Int) -> Int { isNarrow ? Int(narrow[k]) : Int(wide[k]) }
      // The stretch holding the range: the last one starting at or before it.
      let stretches = (isNarrow ? narrow.count : wide.count) / 2
      var lo = 0
      var hi = stretches
      while lo + 1 < hi {
        let mid = (lo + hi) / 2
        if mark(2 * mid) <= a { lo = mid } else { hi = mid }
      }
      let start = mark(2 * lo)
      let at = mark(2 * lo + 1)
      let end = start + (lo + 1 < stretches ? mark(2 * lo + 3) : kept.count) - at
      precondition(hi > 0 && a >= start && b <= end, "words outside the kept text")
      return String(decoding: kept[(at + a - start)..<(at + b - start)], as: UTF8.self)
    }
  }

  /// The origin of the facts of `source`: their words are read from its text.
  public init(_ source: Source) {
    self.source = source.id
    path = source.path
    from = .whole(source.text)
  }

  /// An origin holding one fact's words.
  init(source: String, text: String) {
    self.source = source
    path = ""
    from = .own(text)
  }

  private init(source: String, path: String, from: Words) {
    self.source = source
    self.path = path
    self.from = from
  }

  /// An origin reading the words of report `index` of `shelf` (its whole text, set aside there); nil when `index`
  /// is out of 32 bits.
  convenience init?(source: String, path: String, shelf: any ShelvedTexts, index: Int) {
    guard let k = Int32(exactly: index) else { return nil }
    self.init(source: source, path: path, from: .shelf(shelf, index: k))
  }

  /// True when the facts' words are read from the report's text by range (the whole text, the stretches kept of
  /// it, or the text set aside), false for a fact's own words.
  var whole: Bool {
    if case .own = from { return false }
    return true
  }

  /// True when the words are read from the text set aside in a shelf.
  var isShelved: Bool {
    if case .shelf = from { return true }
    return false
  }

  /// The words of a fact whose range is `range`: read from the report's text by range, or the fact's own words.
  func words(_ range: TextRange) -> String {
    switch from {
    case .whole(let text): return Source.snippet(text, range)
    case .own(let text): return text
    case .stretches(let s): return s.words(range)
    case .shelf(let shelf, let index): return shelf.words(ofReport: Int(index), range)
    }
  }

  /// An origin for `facts` (all of them read from this origin's whole text) keeping only the stretches of the text
  /// they cover; nil when this origin keeps no whole text or a range is out of 32 bits.
  func keeping(_ facts: [Fact]) -> FactOrigin? {
    guard case .whole(let text) = from else { return nil }
    let n = text.utf8.count
    guard n < Int(Int32.max) else { return nil }
    // Each range as `Source.snippet` clamps it to the text; empty ones read "" and need no bytes.
    var ranges: [(Int, Int)] = []
    ranges.reserveCapacity(facts.count)
    for f in facts where f.origin === self {
      let r = f.range
      let a = max(0, min(r.start, n))
      let b = max(0, min(r.end, n))
      if a < b { ranges.append((a, b)) }
    }
    ranges.sort { $0.0 < $1.0 }
    // Stretches a few bytes apart are kept as one: the bytes between cost no more than the two numbers of a stretch.
    var covered: [(Int, Int)] = []
    for (a, b) in ranges {
      if let last = covered.last, a <= last.1 + 4 {
        covered[covered.count - 1].1 = max(last.1, b)
      } else {
        covered.append((a, b))
      }
    }
    return FactOrigin(source: source, path: path, from: .stretches(Stretches(text, covered: covered)))
  }

  /// The source id the facts belong to.
  public var sourceID: String { source }

  /// `n` when `id` is exactly `source#n` as `String(n)` spells it (n > 0, fitting 16 bits), else nil.
  static func ordinal(of id: String, source: String) -> UInt16? {
    var i = id.utf8.makeIterator()
    for b in source.utf8 { guard i.next() == b else { return nil } }
    guard i.next() == UInt8(ascii: "#") else { return nil }
    var n: Int64 = 0
    var digits = 0
    while let b = i.next() {
      guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9"), !(digits == 0 && b == UInt8(ascii: "0")) else {
        return nil
      }
      n = n * 10 + Int64(b - UInt8(ascii: "0"))
      digits += 1
      guard n <= Int64(UInt16.max) else { return nil }
    }
    return digits > 0 ? UInt16(n) : nil
  }
}

/// A fact's value and its numbers box (`side`), each case's payload in a box of its own: a fact holds one reference,
/// and facts with equal values and numbers can share the box (`FactSharing`).
indirect enum PackedValue: Sendable {
  case time(ClockTime, FactSide?)
  case date(DateValue, FactSide?)
  case duration(Double, FactSide?)
  case span(ClockTime, ClockTime, FactSide?)
  case number(Quantity, FactSide?)
  case person(PersonValue, FactSide?)
  case place(PlaceValue, FactSide?)
  case quote(QuoteValue, FactSide?)

  init(_ v: FactValue, side: FactSide?) {
    switch v {
    case .time(let t): self = .time(t, side)
    case .date(let d): self = .date(d, side)
    case .duration(let s): self = .duration(s, side)
    case .span(let a, let b): self = .span(a, b, side)
    case .number(let q): self = .number(q, side)
    case .person(let p): self = .person(p, side)
    case .place(let p): self = .place(p, side)
    case .quote(let q): self = .quote(q, side)
    }
  }

  var value: FactValue {
    switch self {
    case .time(let t, _): return .time(t)
    case .date(let d, _): return .date(d)
    case .duration(let s, _): return .duration(s)
    case .span(let a, let b, _): return .span(start: a, end: b)
    case .number(let q, _): return .number(q)
    case .person(let p, _): return .person(p)
    case .place(let p, _): return .place(p)
    case .quote(let q, _): return .quote(q)
    }
  }

  /// The numbers box kept with the value (see `Fact.side`).
  var side: FactSide? {
    switch self {
    case .time(_, let s), .date(_, let s), .duration(_, let s), .span(_, _, let s), .number(_, let s),
      .person(_, let s), .place(_, let s), .quote(_, let s):
      return s
    }
  }

  /// The same value with `side` as its numbers box (this one when it already is).
  func with(side: FactSide?) -> PackedValue {
    if self.side === side { return self }
    // Case by case, without going through `FactValue` (a fact's tolerance is set right after its value).
    switch self {
    case .time(let t, _): return .time(t, side)
    case .date(let d, _): return .date(d, side)
    case .duration(let s, _): return .duration(s, side)
    case .span(let a, let b, _): return .span(a, b, side)
    case .number(let q, _): return .number(q, side)
    case .person(let p, _): return .person(p, side)
    case .place(let p, _): return .place(p, side)
    case .quote(let q, _): return .quote(q, side)
    }
  }

  var kind: FactKind {
    switch self {
    case .time: return .time
    case .date: return .date
    case .duration: return .duration
    case .span: return .span
    case .number: return .number
    case .person: return .person
    case .place: return .place
    case .quote: return .quote
    }
  }
}

/// Values compare and hash as the facts' values do; the numbers box is compared apart (`Fact ==`).
extension PackedValue: Hashable {
  static func == (a: PackedValue, b: PackedValue) -> Bool {
    switch (a, b) {
    case (.time(let x, _), .time(let y, _)): return x == y
    case (.date(let x, _), .date(let y, _)): return x == y
    case (.duration(let x, _), .duration(let y, _)): return x == y
    case (.span(let x1, let x2, _), .span(let y1, let y2, _)): return x1 == y1 && x2 == y2
    case (.number(let x, _), .number(let y, _)): return x == y
    case (.person(let x, _), .person(let y, _)): return x == y
    case (.place(let x, _), .place(let y, _)): return x == y
    case (.quote(let x, _), .quote(let y, _)): return x == y
    default: return false
    }
  }

  func hash(into h: inout Hasher) {
    switch self {
    case .time(let t, _): h.combine(0); h.combine(t)
    case .date(let d, _): h.combine(1); h.combine(d)
    case .duration(let s, _): h.combine(2); h.combine(s)
    case .span(let a, let b, _): h.combine(3); h.combine(a); h.combine(b)
    case .number(let q, _): h.combine(4); h.combine(q)
    case .person(let p, _): h.combine(5); h.combine(p)
    case .place(let p, _): h.combine(6); h.combine(p)
    case .quote(let q, _): h.combine(7); h.combine(q)
    }
  }
}

final class FactSide: Sendable {
  let grain: Double?
  let bounds: Interval?
  let widened: Interval?
  let extra: FactExtra?

  private init(grain: Double?, bounds: Interval?, widened: Interval?, extra: FactExtra?) {
    self.grain = grain
    self.bounds = bounds
    self.widened = widened
    self.extra = extra
  }

  static func make(grain: Double?, bounds: Interval?, widened: Interval?, extra: FactExtra?) -> FactSide? {
    if grain == nil && bounds == nil && widened == nil && extra == nil { return nil }
    return FactSide(grain: grain, bounds: bounds, widened: widened, extra: extra)
  }
}

/// The rare parts of a fact that its compact fields cannot hold, as written.
final class FactExtra: Sendable {
  struct Fields {
    var id: String?
    var event: String?
    var slot: Slot?
    var range: TextRange?
    var position: Position?
    var sentence: Int?
  }
  let fields: Fields

  private init(_ fields: Fields) { self.fields = fields }

  var id: String? { fields.id }
  var event: String? { fields.event }
  var slot: Slot? { fields.slot }
  var range: TextRange? { fields.range }
  var position: Position? { fields.position }
  var sentence: Int? { fields.sentence }

  /// `old`'s fields changed by `change`; nil when none is left.
  static func with(_ old: FactExtra?, _ change: (inout Fields) -> Void) -> FactExtra? {
    var f = old?.fields ?? Fields()
    change(&f)
    if f.id == nil && f.event == nil && f.slot == nil && f.range == nil && f.position == nil && f.sentence == nil {
      return nil
    }
    return FactExtra(f)
  }
}

/// What a statement says about its event. Only facts of the same event and slot are compared.
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
