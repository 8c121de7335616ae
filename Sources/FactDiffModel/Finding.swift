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
public struct Evidence: Hashable, Sendable {
  public var source: String
  /// The fact id (`a#3`), when the statement is a fact.
  public var fact: String?
  public var path: String
  public var position: Position
  /// The words as written.
  public var text: String {
    get {
      switch words {
      case .own(let text): return text
      case .read(let origin, let start, let end): return Source.snippet(origin.text, TextRange(Int(start), Int(end)))
      }
    }
    set { words = .own(newValue) }
  }
  /// How the statement reads once hedge and rounding are applied ("6 h 20 min", "10:00–10:30 UTC").
  public var reading: String?
  /// Which side of the disagreement the statement is on (statements in one group agree).
  public var group: Int
  /// `text`: a string of its own, or read by range from the report of the fact it comes from (as the fact reads
  /// it), so that a finding about thousands of reports does not copy every statement's words.
  private var words: Words

  private enum Words: Sendable {
    case own(String)
    case read(FactOrigin, Int32, Int32)
  }

  public init(
    source: String, fact: String? = nil, path: String, position: Position, text: String, reading: String? = nil,
    group: Int = 0
  ) {
    self.source = source
    self.fact = fact
    self.path = path
    self.position = position
    self.words = .own(text)
    self.reading = reading
    self.group = group
  }

  /// Evidence for a fact: its source, id, position and words (`text`), in the file at `path`.
  public init(_ fact: Fact, path: String, reading: String? = nil, group: Int = 0) {
    self.init(
      source: fact.source, fact: fact.id, path: path, position: fact.position, text: "", reading: reading,
      group: group)
    if let (origin, start, end) = fact.wordsInSource {
      words = .read(origin, start, end)
    } else {
      words = .own(fact.text)
    }
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

  /// A stable fingerprint: the rule, the slot and the statements' sources and words, not their positions, so
  /// that editing other lines of a report does not change it.
  public var fingerprint: String {
    var h = FNV1a()
    h.add(rule)
    h.add(fact.rawValue)
    h.add(slot ?? "")
    for e in evidence.sorted(by: { ($0.source, $0.text) < ($1.source, $1.text) }) {
      h.add(e.source)
      h.add(e.text)
    }
    return h.hex
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
  public var hex: String {
    let s = String(value, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
