/// How bad a finding is (Docs/Tolerance.md has the verdict table).
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case info, warning, error

  public var rank: Int {
    switch self {
    case .info: return 0
    case .warning: return 1
    case .error: return 2
    }
  }

  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// What a disagreement is about, as the contract spells it.
public enum FindingFact: String, Sendable, Hashable, Codable, CaseIterable {
  case date, time, duration, attendees, role, location, count, quote, text
}

public enum Scope: String, Sendable, Hashable, Codable {
  case withinSource = "within-source"
  case acrossSources = "across-sources"
}

/// One statement that takes part in a finding, with where it stands.
///
/// The findings of a large run can hold a million statements (every report of a big event group, Docs/Performance.md
/// "Peak memory"), so a statement made from a fact is stored compactly (56 bytes): its source id, path and words are
/// read from the fact's report (`FactOrigin`) by range, its fact id is the number n of `source#n`, its position
/// 32-bit integers. A statement made otherwise, or whose parts do not fit, keeps them as written (`Spelled`). Every
/// property reads back exactly what was stored.
public struct Evidence: Hashable, Sendable {
  /// How the statement reads once hedge and rounding are applied ("6 h 20 min", "10:00–10:30 UTC").
  public var reading: String?
  /// The fact's report, when the statement is read from it; else the parts as written (one pointer either way).
  private var parts: Parts
  /// The packed parts: the words' range in the report's text, the fact's number, the group and the position.
  private var start: Int32 = 0
  private var end: Int32 = 0
  private var ordinal: UInt32 = 0
  private var packedGroup: Int32 = 0
  private var line: Int32 = 0
  private var column: Int32 = 0
  private var offset: Int32 = 0
  private var length: Int32 = 0

  private enum Parts: Sendable {
    case packed(FactOrigin)
    case spelled(Spelled)
  }

  /// `source`, `path`, `fact`, `position`, `text` and `group` as written, when they are not packed.
  private final class Spelled: Sendable {
    let source: String
    let path: String
    let fact: String?
    let position: Position
    let text: String
    let group: Int

    init(source: String, path: String, fact: String?, position: Position, text: String, group: Int) {
      self.source = source
      self.path = path
      self.fact = fact
      self.position = position
      self.text = text
      self.group = group
    }
  }

  public init(
    source: String, fact: String? = nil, path: String, position: Position, text: String, reading: String? = nil,
    group: Int = 0
  ) {
    self.reading = reading
    parts = .spelled(Spelled(source: source, path: path, fact: fact, position: position, text: text, group: group))
  }

  /// Evidence for a fact: its source, id, position and words (`text`), in the file at `path`.
  public init(_ fact: Fact, path: String, reading: String? = nil, group: Int = 0) {
    self.reading = reading
    let p = fact.position
    if let (origin, start, end) = fact.wordsInSource, origin.path == path, let n = fact.idOrdinal,
      let g = Int32(exactly: group),
      let line = Int32(exactly: p.line), let column = Int32(exactly: p.column),
      let offset = Int32(exactly: p.offset), let length = Int32(exactly: p.length)
    {
      parts = .packed(origin)
      self.start = start
      self.end = end
      ordinal = UInt32(n)
      packedGroup = g
      self.line = line
      self.column = column
      self.offset = offset
      self.length = length
    } else {
      parts = .spelled(
        Spelled(source: fact.source, path: path, fact: fact.id, position: p, text: fact.text, group: group))
    }
  }

  /// The parts as written, to change one of them.
  private mutating func respell(
    source: String? = nil, path: String? = nil, fact: String?? = nil, position: Position? = nil,
    text: String? = nil, group: Int? = nil
  ) {
    parts = .spelled(
      Spelled(
        source: source ?? self.source, path: path ?? self.path, fact: fact ?? self.fact,
        position: position ?? self.position, text: text ?? self.text, group: group ?? self.group))
  }

  /// The parts as written, when they are not packed.
  private var spelled: Spelled? {
    if case .spelled(let s) = parts { return s }
    return nil
  }

  /// The fact's report, when the parts are packed.
  private var origin: FactOrigin? {
    if case .packed(let o) = parts { return o }
    return nil
  }

  public var source: String {
    get { spelled?.source ?? origin!.source }
    set { respell(source: newValue) }
  }

  /// The path of the file the statement is in.
  public var path: String {
    get { spelled?.path ?? origin!.path }
    set { respell(path: newValue) }
  }

  /// The fact id (`a#3`), when the statement is a fact.
  public var fact: String? {
    get {
      if let spelled { return spelled.fact }
      return ordinal == 0 ? "" : origin!.source + "#" + String(ordinal)
    }
    set { respell(fact: .some(newValue)) }
  }

  public var position: Position {
    get {
      spelled?.position
        ?? Position(line: Int(line), column: Int(column), offset: Int(offset), length: Int(length))
    }
    set { respell(position: newValue) }
  }

  /// The words as written.
  public var text: String {
    get { spelled?.text ?? origin!.words(TextRange(Int(start), Int(end))) }
    set { respell(text: newValue) }
  }

  /// Which side of the disagreement the statement is on (statements in one group agree).
  public var group: Int {
    get { spelled?.group ?? Int(packedGroup) }
    set {
      if spelled == nil, let g = Int32(exactly: newValue) { packedGroup = g } else { respell(group: newValue) }
    }
  }

  /// Writes the statement for `FindingStore`, its report as its number in `origins`.
  func encode(into w: inout ByteWriter, origins: OriginTable) {
    w.optional(reading)
    switch parts {
    case .packed(let origin):
      w.byte(0)
      w.int(origins.number(origin))
      for v in [start, end, Int32(bitPattern: ordinal), packedGroup, line, column, offset, length] {
        w.signed(Int64(v))
      }
    case .spelled(let s):
      w.byte(1)
      w.string(s.source)
      w.string(s.path)
      w.optional(s.fact)
      for v in [s.position.line, s.position.column, s.position.offset, s.position.length, s.group] { w.int(v) }
      w.string(s.text)
    }
  }

  /// A statement as `encode` wrote it; nil when the bytes do not make one.
  init?(decoding r: inout ByteReader, origins: OriginTable) {
    reading = r.optional()
    switch r.byte() {
    case 0:
      guard let origin = origins.origin(r.int()) else { return nil }
      parts = .packed(origin)
      func next() -> Int32 { Int32(truncatingIfNeeded: r.signed()) }
      start = next()
      end = next()
      ordinal = UInt32(bitPattern: next())
      packedGroup = next()
      line = next()
      column = next()
      offset = next()
      length = next()
    case 1:
      let source = r.string()
      let path = r.string()
      let fact = r.optional()
      let line = r.int()
      let column = r.int()
      let offset = r.int()
      let length = r.int()
      let group = r.int()
      let text = r.string()
      parts = .spelled(
        Spelled(
          source: source, path: path, fact: fact,
          position: Position(line: line, column: column, offset: offset, length: length), text: text, group: group))
    default:
      return nil
    }
    if r.failed { return nil }
  }

  public static func == (a: Evidence, b: Evidence) -> Bool {
    a.source == b.source && a.fact == b.fact && a.path == b.path && a.position == b.position && a.text == b.text
      && a.reading == b.reading && a.group == b.group
  }

  public func hash(into h: inout Hasher) {
    h.combine(source)
    h.combine(fact)
    h.combine(path)
    h.combine(position)
    h.combine(text)
    h.combine(reading)
    h.combine(group)
  }
}

/// One disagreement: the statements that cannot all hold, with the arithmetic in words.
public struct Finding: Hashable, Sendable {
  /// `F1`, `F2`… in output order.
  public var id: String
  /// The stable rule id (`span-vs-duration`).
  public var rule: String
  public var fact: FindingFact
  public var scope: Scope
  public var severity: Severity
  /// Every source whose statement takes part, sorted.
  public var sources: [String]
  public var message: String
  public var evidence: [Evidence]
  /// The event the finding is about ("main" or a label), and its slot.
  public var event: String?
  public var slot: String?
  /// A benign explanation that would need an assumption the reports do not state.
  public var likelyCause: String?

  public init(
    id: String = "", rule: String, fact: FindingFact, scope: Scope, severity: Severity, sources: [String],
    message: String, evidence: [Evidence], event: String? = nil, slot: String? = nil, likelyCause: String? = nil
  ) {
    self.id = id
    self.rule = rule
    self.fact = fact
    self.scope = scope
    self.severity = severity
    self.sources = sources
    self.message = message
    self.evidence = evidence
    self.event = event
    self.slot = slot
    self.likelyCause = likelyCause
  }

  /// The evidence list and message in storage of their own size (a list or string grown by appending holds up to
  /// twice what it needs), and equal readings in one copy: what a run keeps of each of thousands of findings.
  public mutating func shrinkToFit() {
    if evidence.capacity > evidence.count { evidence = evidence.withUnsafeBufferPointer { Array($0) } }
    // A reading too long to be held in the string value ("1 h 48 min–2 h 12 min") is made once per statement; the
    // statements of one finding share a few dozen of them at most, so equal readings share one copy.
    var readings: [String: String] = [:]
    for i in evidence.indices {
      guard let r = evidence[i].reading, r.utf8.count > 15 else { continue }
      if let first = readings[r] { evidence[i].reading = first } else { readings[r] = r }
    }
    message = Source.compact(message)
  }

  /// A stable fingerprint: the rule, the slot and the statements' sources and words, not their positions, so
  /// that editing other lines of a report does not change it.
  public var fingerprint: String { FNV1a.hex(fingerprintValue) }

  /// The number `fingerprint` spells.
  public var fingerprintValue: UInt64 {
    var h = FNV1a()
    h.add(rule)
    h.add(fact.rawValue)
    h.add(slot ?? "")
    // Each statement's words read once (a report set aside reads them back from a file).
    for (source, text) in evidence.map({ ($0.source, $0.text) }).sorted(by: <) {
      h.add(source)
      h.add(text)
    }
    return h.value
  }

  /// Writes the finding for `FindingStore` (the message first, for `FindingStore.message`); its id is not kept.
  func encode(into w: inout ByteWriter, origins: OriginTable) {
    w.string(message)
    w.string(rule)
    w.string(fact.rawValue)
    w.string(scope.rawValue)
    w.string(severity.rawValue)
    w.unsigned(UInt64(sources.count))
    for s in sources { w.string(s) }
    w.optional(event)
    w.optional(slot)
    w.optional(likelyCause)
    w.unsigned(UInt64(evidence.count))
    for e in evidence { e.encode(into: &w, origins: origins) }
  }

  /// A finding as `encode` wrote it, with the id `id`; nil when the bytes do not make one.
  init?(decoding r: inout ByteReader, id: String, origins: OriginTable) {
    let message = r.string()
    let rule = r.string()
    guard let fact = FindingFact(rawValue: r.string()), let scope = Scope(rawValue: r.string()),
      let severity = Severity(rawValue: r.string())
    else { return nil }
    let sourceCount = r.unsigned()
    guard !r.failed, sourceCount <= 1 << 24 else { return nil }
    var sources: [String] = []
    sources.reserveCapacity(Int(sourceCount))
    for _ in 0..<sourceCount { sources.append(r.string()) }
    let event = r.optional()
    let slot = r.optional()
    let likelyCause = r.optional()
    let evidenceCount = r.unsigned()
    guard !r.failed, evidenceCount <= 1 << 24 else { return nil }
    var evidence: [Evidence] = []
    evidence.reserveCapacity(Int(evidenceCount))
    for _ in 0..<evidenceCount {
      guard let e = Evidence(decoding: &r, origins: origins) else { return nil }
      evidence.append(e)
    }
    guard !r.failed else { return nil }
    self.init(
      id: id, rule: rule, fact: fact, scope: scope, severity: severity, sources: sources, message: message,
      evidence: evidence, event: event, slot: slot, likelyCause: likelyCause)
  }
}

/// 64-bit FNV-1a, for stable fingerprints (Swift's `Hasher` is seeded per process).
public struct FNV1a: Sendable {
  public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
  public init() {}
  public mutating func add(_ s: String) {
    for b in s.utf8 {
      value ^= UInt64(b)
      value = value &* 0x100_0000_01b3
    }
    value ^= 0xff
    value = value &* 0x100_0000_01b3
  }
  public var hex: String { Self.hex(value) }

  /// `value` in 16 hexadecimal digits.
  public static func hex(_ value: UInt64) -> String {
    let s = String(value, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
