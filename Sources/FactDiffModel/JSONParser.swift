/// A strict JSON parser over UTF-8 bytes (RFC 8259), with byte positions in its errors.
///
/// factdiff reads JSONL reports and its own output with it; it never traps on any input, and nesting is bounded.
public struct JSONParser {
  public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 0-based byte offset of the problem.
    public var offset: Int
    public var message: String
    public var description: String { "\(message) at byte \(offset)" }
  }

  /// The raw byte range of each string value of a top-level object, by key (quotes excluded), so that a caller can
  /// map positions inside a decoded string back to the raw text.
  public private(set) var topLevelStringRanges: [String: Range<Int>] = [:]

  private let b: [UInt8]
  private var i: Int
  private let end: Int
  private let maxDepth = 256

  public init(bytes: [UInt8], range: Range<Int>? = nil) {
    b = bytes
    i = range?.lowerBound ?? 0
    end = range?.upperBound ?? bytes.count
  }

  /// Parses one JSON value spanning the whole range (surrounding white space allowed).
  public mutating func parse() throws(ParseError) -> JSONValue {
    skipSpace()
    let v = try value(depth: 0)
    skipSpace()
    guard i == end else { throw ParseError(offset: i, message: "unexpected text after the JSON value") }
    return v
  }

  public static func parse(_ s: String) throws(ParseError) -> JSONValue {
    var p = JSONParser(bytes: Array(s.utf8))
    return try p.parse()
  }

  private mutating func skipSpace() {
    while i < end, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
  }

  private mutating func value(depth: Int) throws(ParseError) -> JSONValue {
    guard depth < maxDepth else { throw ParseError(offset: i, message: "JSON nested too deeply") }
    guard i < end else { throw ParseError(offset: i, message: "unexpected end of JSON") }
    switch b[i] {
    case UInt8(ascii: "{"): return try object(depth: depth)
    case UInt8(ascii: "["): return try array(depth: depth)
    case UInt8(ascii: "\""): return .string(try string().0)
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw ParseError(offset: i, message: "unexpected character in JSON")
    }
  }

  private mutating func literal(_ s: StaticString) throws(ParseError) {
    let n = s.utf8CodeUnitCount
    guard i + n <= end else { throw ParseError(offset: i, message: "unexpected end of JSON") }
    let p = s.utf8Start
    for k in 0..<n where b[i + k] != p[k] {
      throw ParseError(offset: i + k, message: "unexpected character in JSON")
    }
    i += n
  }

  private mutating func number() throws(ParseError) -> JSONValue {
    let start = i
    if b[i] == UInt8(ascii: "-") { i += 1 }
    guard i < end, b[i] >= 0x30, b[i] <= 0x39 else { throw ParseError(offset: i, message: "malformed number") }
    if b[i] == 0x30 { i += 1 } else { while i < end, b[i] >= 0x30, b[i] <= 0x39 { i += 1 } }
    var isInt = true
    if i < end, b[i] == UInt8(ascii: ".") {
      isInt = false
      i += 1
      guard i < end, b[i] >= 0x30, b[i] <= 0x39 else { throw ParseError(offset: i, message: "malformed number") }
      while i < end, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
    }
    if i < end, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
      isInt = false
      i += 1
      if i < end, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
      guard i < end, b[i] >= 0x30, b[i] <= 0x39 else { throw ParseError(offset: i, message: "malformed number") }
      while i < end, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
    }
    let text = String(decoding: b[start..<i], as: UTF8.self)
    if isInt, let v = Int(text) { return .int(v) }
    return .double(Double(text) ?? 0)
  }

  /// Decodes a string starting at the opening quote; returns it and the raw range of its content.
  private mutating func string() throws(ParseError) -> (String, Range<Int>) {
    i += 1
    let contentStart = i
    var out: [UInt8] = []
    while true {
      guard i < end else { throw ParseError(offset: i, message: "unterminated string") }
      let c = b[i]
      if c == UInt8(ascii: "\"") { break }
      if c < 0x20 { throw ParseError(offset: i, message: "control character in string") }
      if c == UInt8(ascii: "\\") {
        guard i + 1 < end else { throw ParseError(offset: i, message: "unterminated string") }
        let e = b[i + 1]
        i += 2
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var code = try hex4()
          if (0xD800..<0xDC00).contains(code) {
            // A high surrogate must be followed by a low one; a lone surrogate becomes U+FFFD.
            if i + 1 < end, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") {
              let save = i
              i += 2
              let low = try hex4()
              if (0xDC00..<0xE000).contains(low) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
              } else {
                i = save
                code = 0xFFFD
              }
            } else {
              code = 0xFFFD
            }
          } else if (0xDC00..<0xE000).contains(code) {
            code = 0xFFFD
          }
          UTF8Encoding.append(UInt32(code), to: &out)
        default: throw ParseError(offset: i - 1, message: "invalid escape in string")
        }
        continue
      }
      out.append(c)
      i += 1
    }
    let range = contentStart..<i
    i += 1
    return (String(decoding: out, as: UTF8.self), range)
  }

  private mutating func hex4() throws(ParseError) -> Int {
    guard i + 4 <= end else { throw ParseError(offset: i, message: "invalid \\u escape") }
    var v = 0
    for _ in 0..<4 {
      let c = b[i]
      let d: Int
      switch c {
      case 0x30...0x39: d = Int(c - 0x30)
      case 0x41...0x46: d = Int(c - 0x41 + 10)
      case 0x61...0x66: d = Int(c - 0x61 + 10)
      default: throw ParseError(offset: i, message: "invalid \\u escape")
      }
      v = v * 16 + d
      i += 1
    }
    return v
  }

  private mutating func array(depth: Int) throws(ParseError) -> JSONValue {
    i += 1
    var items: [JSONValue] = []
    skipSpace()
    if i < end, b[i] == UInt8(ascii: "]") {
      i += 1
      return .array(items)
    }
    while true {
      skipSpace()
      items.append(try value(depth: depth + 1))
      skipSpace()
      guard i < end else { throw ParseError(offset: i, message: "unterminated array") }
      if b[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if b[i] == UInt8(ascii: "]") {
        i += 1
        return .array(items)
      }
      throw ParseError(offset: i, message: "expected ',' or ']' in array")
    }
  }

  private mutating func object(depth: Int) throws(ParseError) -> JSONValue {
    i += 1
    var members: [(String, JSONValue)] = []
    skipSpace()
    if i < end, b[i] == UInt8(ascii: "}") {
      i += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard i < end, b[i] == UInt8(ascii: "\"") else { throw ParseError(offset: i, message: "expected a key") }
      let (key, _) = try string()
      skipSpace()
      guard i < end, b[i] == UInt8(ascii: ":") else { throw ParseError(offset: i, message: "expected ':'") }
      i += 1
      skipSpace()
      let v: JSONValue
      if depth == 0, i < end, b[i] == UInt8(ascii: "\"") {
        let (s, r) = try string()
        topLevelStringRanges[key] = r
        v = .string(s)
      } else {
        v = try value(depth: depth + 1)
      }
      members.append((key, v))
      skipSpace()
      guard i < end else { throw ParseError(offset: i, message: "unterminated object") }
      if b[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if b[i] == UInt8(ascii: "}") {
        i += 1
        return .object(members)
      }
      throw ParseError(offset: i, message: "expected ',' or '}' in object")
    }
  }
}
