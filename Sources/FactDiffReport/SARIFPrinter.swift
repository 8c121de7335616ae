import FactDiffCheck
import FactDiffModel

/// `--format sarif`: SARIF 2.1.0, as GitHub code scanning accepts it.
///
/// The rules come from the checks' own `RuleInfo`; a result's first location is where the first statement of the
/// finding stands, the other statements are related locations; columns count Unicode code points, as factdiff's
/// positions do; `partialFingerprints["factdiff/v1"]` is `Finding.fingerprint`, which does not move when other
/// lines of a report change.
public enum SARIFPrinter {
  static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  /// The key of factdiff's own fingerprint in `partialFingerprints`.
  public static let fingerprintKey = "factdiff/v1"

  /// The SARIF log of a report.
  public static func render(_ r: Report, rules: [RuleInfo] = Checker.rules) -> String {
    let driver: [(String, JSONValue)] = [
      ("name", .string(Tool.name)), ("version", .string(Tool.version)),
      ("semanticVersion", .string(Tool.version)), ("rules", .array(rules.map(rule))),
    ]
    var invocation: [(String, JSONValue)] = [("executionSuccessful", .bool(r.errors.isEmpty))]
    if !r.errors.isEmpty { invocation.append(("toolExecutionNotifications", .array(r.errors.map(notification)))) }
    let run: [(String, JSONValue)] = [
      ("tool", .object([("driver", .object(driver))])),
      ("invocations", .array([.object(invocation)])),
      ("columnKind", .string("unicodeCodePoints")),
      ("results", .array(r.findings.map { result($0, report: r, rules: rules) })),
    ]
    let log: JSONValue = .object([
      ("$schema", .string(schema)), ("version", .string("2.1.0")), ("runs", .array([.object(run)])),
    ])
    return log.pretty() + "\n"
  }

  /// SARIF's level for a severity.
  public static func level(_ s: Severity) -> String {
    switch s {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }

  /// A rule id as a SARIF rule name: `span-vs-duration` → `SpanVsDuration`.
  static func name(_ id: String) -> String {
    id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  static func rule(_ info: RuleInfo) -> JSONValue {
    let helpText = "\(info.documentation)\n\nFires on: \(info.example)\nStays quiet on: \(info.quietExample)"
    let helpMarkdown = """
      \(info.documentation)

      - Fires on: \(MarkdownEscape.text(info.example))
      - Stays quiet on: \(MarkdownEscape.text(info.quietExample))
      """
    return .object([
      ("id", .string(info.id)), ("name", .string(name(info.id))),
      ("shortDescription", .object([("text", .string(info.summary))])),
      ("fullDescription", .object([("text", .string(info.documentation))])),
      ("help", .object([("text", .string(helpText)), ("markdown", .string(helpMarkdown))])),
      ("defaultConfiguration", .object([("level", .string(level(info.severity)))])),
      (
        "properties",
        .object([("tags", .array(["factdiff", info.fact.rawValue, info.scope.rawValue].map(JSONValue.string)))])
      ),
    ])
  }

  static func result(_ f: Finding, report r: Report, rules: [RuleInfo]) -> JSONValue {
    var text = f.message
    if let cause = f.likelyCause { text += " Likely cause: \(cause)" }
    var o: [(String, JSONValue)] = [("ruleId", .string(f.rule))]
    if let index = rules.firstIndex(where: { $0.id == f.rule }) { o.append(("ruleIndex", .int(index))) }
    o.append(("level", .string(level(f.severity))))
    o.append(("message", .object([("text", .string(text))])))
    if let first = f.evidence.first {
      o.append(("locations", .array([location(first, report: r, id: nil)])))
    } else if let source = f.sources.first {
      let artifact: JSONValue = .object([("uri", .string(uri(r.path(of: source))))])
      o.append(("locations", .array([.object([("physicalLocation", .object([("artifactLocation", artifact)]))])])))
    }
    if f.evidence.count > 1 {
      let related = f.evidence.dropFirst().enumerated().map { location($1, report: r, id: $0 + 1) }
      o.append(("relatedLocations", .array(related)))
    }
    o.append(("partialFingerprints", .object([(fingerprintKey, .string(f.fingerprint))])))
    var properties: [(String, JSONValue)] = [
      ("findingId", .string(f.id)), ("fact", .string(f.fact.rawValue)), ("scope", .string(f.scope.rawValue)),
      ("sources", .array(f.sources.map(JSONValue.string))),
    ]
    if let e = f.event { properties.append(("event", .string(e))) }
    if let s = f.slot { properties.append(("slot", .string(s))) }
    o.append(("properties", .object(properties)))
    return .object(o)
  }

  /// A location for one statement: the file, the region, and what the statement says and how it reads.
  static func location(_ e: Evidence, report r: Report, id: Int?) -> JSONValue {
    var region: [(String, JSONValue)] = [
      ("startLine", .int(max(1, e.position.line))), ("startColumn", .int(max(1, e.position.column))),
    ]
    if e.position.length > 0 && !e.text.contains(where: \.isNewline) {
      region.append(("endColumn", .int(max(1, e.position.column) + e.position.length)))
    }
    region.append(("snippet", .object([("text", .string(e.text))])))
    var o: [(String, JSONValue)] = []
    if let id { o.append(("id", .int(id))) }
    o.append(
      (
        "physicalLocation",
        .object([
          ("artifactLocation", .object([("uri", .string(uri(r.path(of: e))))])),
          ("region", .object(region)),
        ])
      ))
    var says = "\(e.source): “\(e.text)”"
    if let reading = e.reading { says += " (\(reading))" }
    o.append(("message", .object([("text", .string(says))])))
    return .object(o)
  }

  static func notification(_ e: SourceError) -> JSONValue {
    var physical: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(uri(e.path)))]))]
    if let line = e.line {
      var region: [(String, JSONValue)] = [("startLine", .int(max(1, line)))]
      if let c = e.column { region.append(("startColumn", .int(max(1, c)))) }
      physical.append(("region", .object(region)))
    }
    return .object([
      ("level", .string("error")), ("message", .object([("text", .string(e.description))])),
      ("locations", .array([.object([("physicalLocation", .object(physical))])])),
    ])
  }

  /// A path as a URI reference: relative paths stay relative (GitHub resolves them against the repository root),
  /// absolute ones become `file://` URIs; everything but unreserved characters and `/` is percent-encoded.
  public static func uri(_ path: String) -> String {
    var p = path
    while p.hasPrefix("./") { p.removeFirst(2) }
    var out = p.hasPrefix("/") ? "file://" : ""
    for b in p.utf8 {
      switch b {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(b))
      default:
        let hex = String(b, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return out
  }
}
