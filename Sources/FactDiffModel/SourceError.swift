/// A report that could not be read, with where and why. Printed as one line; the run goes on with the others.
public struct SourceError: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Reason: String, Sendable, Hashable {
    case notFound = "not-found"
    case unreadable
    case emptyDirectory = "empty-directory"
    case invalidUTF8 = "invalid-utf8"
    case binary
    case frontMatter = "front-matter"
    case jsonl
    case empty
    case tooLarge = "too-large"
    case unsupported
  }

  /// The path (and for JSONL the line) of the source.
  public var path: String
  public var reason: Reason
  /// A 1-based line in the file, when known.
  public var line: Int?
  /// A 1-based column, when known.
  public var column: Int?
  /// A 0-based byte offset, when that is the useful position (invalid UTF-8, NUL bytes).
  public var byteOffset: Int?
  /// What is wrong, on one line: a line break quoted from the report (a JSONL id, a front matter value) is written
  /// as `\n` or `\r`.
  public var message: String

  public init(
    path: String, reason: Reason, message: String, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil
  ) {
    self.path = path
    self.reason = reason
    self.message = Self.oneLine(message)
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
  }

  /// `s` with line breaks written as escapes.
  static func oneLine(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" })
    else { return s }
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\u{2028}", "\u{2029}": out += "\\u{\(String(u.value, radix: 16, uppercase: true))}"
      default: out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// `path:line:col: error: message` (the position parts only when known).
  public var description: String {
    var s = path
    if let line {
      s += ":\(line)"
      if let column { s += ":\(column)" }
    }
    var m = message
    if let byteOffset, line == nil { m += " (byte offset \(byteOffset))" }
    return "\(s): error: \(m)"
  }
}
