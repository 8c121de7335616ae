import FactDiffModel

/// Findings recorded as known (`check --write-baseline FILE`), to be hidden on later runs (`--baseline FILE`), so
/// that CI fails only on new discrepancies.
///
/// A finding is known when its `Finding.fingerprint` is in the baseline: the fingerprint covers the rule, the slot
/// and the statements' sources and words, not their positions, so editing other lines of a report keeps it.
public struct Baseline: Sendable, Hashable {
  /// One recorded finding; rule, sources and message are there for people reading the file.
  public struct Entry: Sendable, Hashable {
    /// `Finding.fingerprint`: what identifies the finding.
    public var fingerprint: String
    /// The rule id, for readers.
    public var rule: String
    /// The sources that take part, for readers.
    public var sources: [String]
    /// The finding's message when it was recorded, for readers.
    public var message: String

    /// An entry with every field given.
    public init(fingerprint: String, rule: String, sources: [String], message: String) {
      self.fingerprint = fingerprint
      self.rule = rule
      self.sources = sources
      self.message = message
    }
  }

  /// The version of the file format.
  public static let schemaVersion = 1

  /// The entries, sorted by fingerprint, one per fingerprint.
  public var entries: [Entry]

  /// A baseline of the given entries (sorted and de-duplicated).
  public init(entries: [Entry]) {
    var seen: Set<String> = []
    self.entries = entries.filter { seen.insert($0.fingerprint).inserted }.sorted { $0.fingerprint < $1.fingerprint }
  }

  /// A baseline recording every finding.
  public init(findings: some Sequence<Finding>) {
    self.init(
      entries: findings.map {
        Entry(fingerprint: $0.fingerprint, rule: $0.rule, sources: $0.sources, message: $0.message)
      })
  }

  /// The fingerprints recorded.
  public var fingerprints: Set<String> { Set(entries.map(\.fingerprint)) }

  /// The report without the findings the baseline knows; `baselineHidden` says how many were hidden.
  public func apply(to r: Report) -> Report {
    let known = fingerprints
    var out = r
    out.findings = r.findings.filter { !known.contains($0.fingerprint) }
    out.baselineHidden = r.findings.count - out.findings.count
    return out
  }

  /// The baseline file: JSON, entries sorted by fingerprint, so it diffs well under version control.
  public func json() -> String {
    let items: [JSONValue] = entries.map {
      .object([
        ("fingerprint", .string($0.fingerprint)), ("rule", .string($0.rule)),
        ("sources", .array($0.sources.map(JSONValue.string))), ("message", .string($0.message)),
      ])
    }
    return JSONValue.object([
      ("schemaVersion", .int(Self.schemaVersion)),
      ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
      ("findings", .array(items)),
    ]).pretty() + "\n"
  }

  /// Reads a baseline file; a malformed one is an error naming the file and, where known, the line and column.
  public static func parse(_ bytes: [UInt8], path: String) throws(BaselineError) -> Baseline {
    let value: JSONValue
    do {
      var parser = JSONParser(bytes: bytes)
      value = try parser.parse()
    } catch {
      let (line, column) = lineColumn(bytes, error.offset)
      throw BaselineError(path: path, message: "not a baseline file: \(error.message)", line: line, column: column)
    }
    guard value.objectValue != nil else {
      throw BaselineError(path: path, message: "not a baseline file: expected a JSON object")
    }
    guard let version = value["schemaVersion"]?.intValue else {
      throw BaselineError(path: path, message: "not a baseline file: no schemaVersion")
    }
    guard version == schemaVersion else {
      throw BaselineError(
        path: path, message: "baseline schemaVersion \(version) is not supported (expected \(schemaVersion))")
    }
    guard let items = value["findings"]?.arrayValue else {
      throw BaselineError(path: path, message: "not a baseline file: no findings list")
    }
    var entries: [Entry] = []
    for (k, item) in items.enumerated() {
      guard let fp = item["fingerprint"]?.stringValue, !fp.isEmpty else {
        throw BaselineError(path: path, message: "finding \(k + 1) of the baseline has no fingerprint")
      }
      entries.append(
        Entry(
          fingerprint: fp, rule: item["rule"]?.stringValue ?? "",
          sources: item["sources"]?.arrayValue?.compactMap(\.stringValue) ?? [],
          message: item["message"]?.stringValue ?? ""))
    }
    return Baseline(entries: entries)
  }

  /// The 1-based line and column (in Unicode scalars) of a byte offset.
  static func lineColumn(_ bytes: [UInt8], _ offset: Int) -> (Int, Int) {
    var line = 1
    var column = 1
    for i in 0..<min(offset, bytes.count) {
      if bytes[i] == 0x0A {
        line += 1
        column = 1
      } else if bytes[i] & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}

/// A baseline file that cannot be used: `path:line:col: error: message`.
public struct BaselineError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The baseline file.
  public var path: String
  /// What is wrong.
  public var message: String
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column in Unicode scalars, when known.
  public var column: Int?

  /// An error naming the file and, where known, the position.
  public init(path: String, message: String, line: Int? = nil, column: Int? = nil) {
    self.path = path
    self.message = message
    self.line = line
    self.column = column
  }

  /// `path:line:col: error: message`.
  public var description: String {
    var s = path
    if let line { s += ":\(line)" + (column.map { ":\($0)" } ?? "") }
    return "\(s): error: \(message)"
  }
}
