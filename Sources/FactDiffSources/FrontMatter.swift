import FactDiffModel
import Yams

/// The metadata a report declares about itself (YAML front matter or JSONL fields).
struct SourceMetadata: Sendable, Hashable {
  /// The outlet that published the report.
  var outlet: String?
  /// The declared language.
  var language: Language?
  /// The publication stamp.
  var published: Published?
  /// The IANA zone for bare clock times, as written.
  var timezone: String?

  /// Metadata with every field given or absent.
  init(outlet: String? = nil, language: Language? = nil, published: Published? = nil, timezone: String? = nil) {
    self.outlet = outlet
    self.language = language
    self.published = published
    self.timezone = timezone
  }

  /// The language named by a front matter or JSONL value (`en`, `ru`, `uk`, any case).
  static func language(named value: String) -> Language? {
    Language(rawValue: value.trimmingASCIIWhitespace().lowercased())
  }

  static func unknownLanguageMessage(_ value: String) -> String {
    "unknown language '\(value)' (expected en, ru or uk)"
  }

  static func badPublishedMessage(_ value: String) -> String {
    "cannot read published '\(value)' (expected an ISO date or date-time such as 2025-02-27 or 2025-02-27T17:42+03:00)"
  }
}

/// YAML front matter at the very top of a `.txt`/`.md` report: a `---` line, YAML, a `---` line.
enum FrontMatter {
  /// Where the front matter block is and what it says.
  struct Block {
    /// The bytes from the opening `---` to the end of the closing `---` line (its line break included).
    var range: Range<Int>
    var metadata: SourceMetadata
  }

  /// The front matter of `bytes`: nil when there is none, an error when it is malformed or unterminated.
  static func parse(_ bytes: [UInt8], path: String) -> Result<Block, SourceError>? {
    guard let first = lineEnd(bytes, from: 0), isDelimiter(bytes, 0..<first.content) else { return nil }
    let yamlStart = first.next
    var lineStart = yamlStart
    while lineStart < bytes.count, let line = lineEnd(bytes, from: lineStart) {
      if isDelimiter(bytes, lineStart..<line.content) {
        let yaml = String(decoding: bytes[yamlStart..<lineStart], as: UTF8.self)
        return metadata(yaml: yaml, path: path).map { Block(range: 0..<line.next, metadata: $0) }
      }
      lineStart = line.next
    }
    return .failure(
      SourceError(
        path: path, reason: .frontMatter, message: "unterminated front matter: no closing '---' line", line: 1,
        column: 1))
  }

  /// `bytes` with the front matter block replaced by spaces, line breaks kept, so offsets and lines stay put.
  static func blanking(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
    var out = bytes
    for i in range where out[i] != 0x0A && out[i] != 0x0D { out[i] = 0x20 }
    return out
  }

  /// The end of the line starting at `start`: where its content ends (before `\r\n` or `\n`) and where the next
  /// line starts.
  private static func lineEnd(_ b: [UInt8], from start: Int) -> (content: Int, next: Int)? {
    guard start <= b.count else { return nil }
    var i = start
    while i < b.count, b[i] != 0x0A { i += 1 }
    let next = i < b.count ? i + 1 : i
    let content = i > start && b[i - 1] == 0x0D ? i - 1 : i
    return (content, next)
  }

  /// `---` (or `...` for the closing line) followed only by spaces or tabs.
  private static func isDelimiter(_ b: [UInt8], _ r: Range<Int>) -> Bool {
    guard r.count >= 3 else { return false }
    let c = b[r.lowerBound]
    guard c == UInt8(ascii: "-") || (c == UInt8(ascii: ".") && r.lowerBound > 0) else { return false }
    guard b[r.lowerBound + 1] == c, b[r.lowerBound + 2] == c else { return false }
    return r.dropFirst(3).allSatisfy { b[$0] == 0x20 || b[$0] == 0x09 }
  }

  /// The file line of a YAML mark (the YAML starts on line 2).
  private static func fileLine(_ mark: Mark?) -> Int { (mark?.line ?? 1) + 1 }

  private static func metadata(yaml: String, path: String) -> Result<SourceMetadata, SourceError> {
    func failure(_ message: String, _ line: Int, _ column: Int? = nil) -> Result<SourceMetadata, SourceError> {
      .failure(SourceError(path: path, reason: .frontMatter, message: message, line: line, column: column))
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch {
      let (problem, line, column) = describe(error, yaml: yaml)
      return failure("malformed front matter: \(problem)", line, column)
    }
    guard let root else { return .success(SourceMetadata()) }
    guard let mapping = root.mapping else {
      return failure(
        "malformed front matter: expected keys and values (outlet, language, published, timezone)",
        fileLine(root.mark), root.mark?.column)
    }
    var meta = SourceMetadata()
    for (keyNode, valueNode) in mapping {
      guard let key = keyNode.scalar?.string.lowercased() else { continue }
      guard ["outlet", "language", "published", "timezone"].contains(key) else { continue }
      guard let scalar = valueNode.scalar else {
        return failure(
          "malformed front matter: '\(key)' must be a single value", fileLine(valueNode.mark),
          valueNode.mark?.column)
      }
      let value = scalar.string.trimmingASCIIWhitespace()
      if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(value) { continue }
      switch key {
      case "outlet": meta.outlet = value
      case "timezone": meta.timezone = value
      case "language":
        guard let language = SourceMetadata.language(named: value) else {
          return failure(
            "malformed front matter: " + SourceMetadata.unknownLanguageMessage(value), fileLine(scalar.mark),
            scalar.mark?.column)
        }
        meta.language = language
      default:
        guard let published = Published.parse(value) else {
          return failure(
            "malformed front matter: " + SourceMetadata.badPublishedMessage(value), fileLine(scalar.mark),
            scalar.mark?.column)
        }
        meta.published = published
      }
    }
    return .success(meta)
  }

  /// A Yams error as a one-line problem and the file position it names.
  private static func describe(_ error: any Error, yaml: String) -> (String, Int, Int?) {
    guard let error = error as? YamlError else { return ("\(error)", 2, nil) }
    switch error {
    case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
      let .composer(context, problem, mark, _):
      let text = context.map { "\(problem) (\($0.text))" } ?? problem
      // At the end of the block the problem's own mark says little; where the unclosed thing began says more.
      if problem.contains("end of stream"), let context { return (text, fileLine(context.mark), context.mark.column) }
      return (text, fileLine(mark), mark.column)
    case let .duplicatedKeysInMapping(duplicates, context):
      let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return ("duplicate key \(keys)", fileLine(context.mark), context.mark.column)
    case let .reader(problem, offset, _, yaml):
      var line = 2
      for c in yaml.prefix(offset ?? 0) where c == "\n" || c == "\r\n" { line += 1 }
      return (problem, line, nil)
    default:
      return ("\(error)", 2, nil)
    }
  }
}
