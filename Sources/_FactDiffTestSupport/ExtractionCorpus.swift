import FactDiff

/// What one corpus phrase must produce (Duckling style: expected value → phrases).
public enum Expectation: Sendable, Hashable, CustomStringConvertible {
  /// A clock time; `zone` is the contract's JSON spelling ("Europe/Moscow", "UTC+03:00", "local"), checked when
  /// given, and then it must have been stated in the text.
  case time(Int, Int, zone: String? = nil, hedge: Hedge? = nil)
  /// A date; `year` nil means "not checked".
  case date(Int?, Int, Int, weekday: Int? = nil, precision: DatePrecision = .day)
  /// A duration in seconds.
  case duration(Double, hedge: Hedge? = nil)
  /// A span from h1:m1 to h2:m2, with its two ends also present as time facts.
  case span(Int, Int, Int, Int)
  /// A number with its unit, counted concept, hedge and range end (each checked exactly, nil included).
  case number(Double, unit: String? = nil, counts: String? = nil, hedge: Hedge? = nil, max: Double? = nil)
  /// No time, date, duration, span or number at all.
  case nothing
  /// No time, date, duration or span (numbers allowed).
  case noTemporal
  /// No date fact on this month and day (other facts allowed).
  case noDate(Int, Int)

  public var description: String {
    switch self {
    case .time(let h, let m, let z, let hd): return "time \(h):\(m) \(z ?? "") \(hd?.rawValue ?? "")"
    case .date(let y, let m, let d, let w, let p): return "date \(y ?? 0)-\(m)-\(d) w\(w ?? 0) \(p)"
    case .duration(let s, let h): return "duration \(s)s \(h?.rawValue ?? "")"
    case .span(let a, let b, let c, let d): return "span \(a):\(b)-\(c):\(d)"
    case .number(let v, let u, let c, let h, let m):
      return "number \(v) \(u ?? "") \(c ?? "") \(h?.rawValue ?? "") \(m.map { "..\($0)" } ?? "")"
    case .nothing: return "nothing"
    case .noTemporal: return "no temporal fact"
    case .noDate(let m, let d): return "no date \(m)-\(d)"
    }
  }

  /// Nil when `facts` satisfy the expectation, else what went wrong.
  public func failure(in facts: [Fact]) -> String? {
    let temporal: Set<FactKind> = [.time, .date, .duration, .span]
    switch self {
    case .nothing:
      let bad = facts.filter { temporal.contains($0.kind) || $0.kind == .number }
      return bad.isEmpty ? nil : "expected nothing, got \(Expectation.describe(bad))"
    case .noTemporal:
      let bad = facts.filter { temporal.contains($0.kind) }
      return bad.isEmpty ? nil : "expected no temporal fact, got \(Expectation.describe(bad))"
    case .noDate(let m, let d):
      let bad = facts.filter {
        if case .date(let v) = $0.value { return v.month == m && v.day == d }
        return false
      }
      return bad.isEmpty ? nil : "expected no date \(m)-\(d), got \(Expectation.describe(bad))"
    default:
      if facts.contains(where: matches) { return nil }
      return "expected \(self), got \(Expectation.describe(facts))"
    }
  }

  func matches(_ f: Fact) -> Bool {
    switch (self, f.value) {
    case (.time(let h, let m, let z, let hd), .time(let t)):
      guard t.hour == h, t.minute == m, f.hedge == hd else { return false }
      if let z { return t.zone?.json == z && t.zoneStated }
      return true
    case (.date(let y, let m, let d, let w, let p), .date(let v)):
      return v.month == m && v.day == d && (y == nil || v.year == y) && v.weekday == w && v.precision == p
    case (.duration(let s, let h), .duration(let v)):
      return abs(v - s) < 0.5 && f.hedge == h
    case (.span(let a, let b, let c, let d), .span(let s, let e)):
      return s.hour == a && s.minute == b && e.hour == c && e.minute == d
    case (.number(let v, let u, let c, let h, let m), .number(let q)):
      return abs(q.value - v) <= 1e-9 * max(1, abs(v)) && q.unit == u && q.counts == c && f.hedge == h
        && q.rangeMax == m
    default:
      return false
    }
  }

  static func describe(_ facts: [Fact]) -> String {
    facts.isEmpty
      ? "no facts"
      : facts.map {
        "\($0.kind.rawValue) \(JSONPrinter.value($0.value).serialized()) \($0.hedge?.rawValue ?? "") “\($0.text)”"
      }.joined(separator: "; ")
  }
}

/// A corpus of one fact kind in one language: expectations with the phrases that must meet them.
public struct ExtractionCorpus: Sendable {
  public var name: String
  public var language: Language
  /// The published date relative dates are read against (pinned so "yesterday" is reproducible).
  public var published: CivilDate
  public var entries: [(Expectation, [String])]

  public init(
    _ name: String, _ language: Language, published: CivilDate = ExtractionCorpus.pinned,
    _ entries: [(Expectation, [String])]
  ) {
    self.name = name
    self.language = language
    self.published = published
    self.entries = entries
  }

  /// Thursday, 27 February 2025.
  public static let pinned = CivilDate(year: 2025, month: 2, day: 27)

  /// One test case per phrase.
  public var cases: [CorpusCase] {
    entries.flatMap { e in
      e.1.map { CorpusCase(corpus: name, language: language, published: published, phrase: $0, expected: e.0) }
    }
  }
}

/// One phrase of a corpus with what it must produce.
public struct CorpusCase: Sendable, CustomStringConvertible {
  public var corpus: String
  public var language: Language
  public var published: CivilDate
  public var phrase: String
  public var expected: Expectation

  public var description: String { "[\(corpus)] \(phrase)" }

  /// The facts extraction finds in the phrase.
  public func facts() -> [Fact] {
    ExtractionHarness.facts(phrase, language: language, published: published)
  }
}

/// Runs extraction over a piece of text as one source.
public enum ExtractionHarness {
  public static func facts(
    _ text: String, language: Language, published: CivilDate? = ExtractionCorpus.pinned, timezone: String? = nil
  ) -> [Fact] {
    let source = Source(
      id: "t", text: text, language: language, published: published.map { Published(date: $0) }, timezone: timezone)
    return Extraction.analyze(source).facts
  }
}
