/// A JSON value whose objects keep their key order, so that output is deterministic and reads in a sensible order.
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.double(let x), .double(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  public func hash(into h: inout Hasher) {
    switch self {
    case .null: h.combine(0)
    case .bool(let b): h.combine(b)
    case .int(let i): h.combine(i)
    case .double(let d): h.combine(d)
    case .string(let s): h.combine(s)
    case .array(let a): h.combine(a)
    case .object(let o):
      for (k, v) in o {
        h.combine(k)
        h.combine(v)
      }
    }
  }

  /// A number: integral values print without a fraction.
  public static func number(_ d: Double) -> JSONValue {
    if d.isNaN || d.isInfinite { return .null }
    if d == d.rounded(), abs(d) < 9.007_199_254_740_992e15 { return .int(Int(d)) }
    return .double(d)
  }

  /// Compact JSON text.
  public func serialized() -> String {
    var out = ""
    write(to: &out, indent: nil, level: 0)
    return out
  }

  /// JSON text indented by `indent` spaces per level.
  public func pretty(indent: Int = 2) -> String {
    var out = ""
    write(to: &out, indent: indent, level: 0)
    return out
  }

  /// Appends the JSON text of the value indented by `indent` spaces per level, as it reads nested `level` levels
  /// deep in a `pretty` document (its first line not indented: the caller writes what precedes it).
  public func writePretty(to out: inout String, level: Int, indent: Int = 2) {
    write(to: &out, indent: indent, level: level)
  }

  private func write(to out: inout String, indent: Int?, level: Int) {
    func newline(_ l: Int) {
      guard let indent else { return }
      out += "\n"
      out += String(repeating: " ", count: indent * l)
    }
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d): out += JSONValue.format(d)
    case .string(let s): JSONValue.escape(s, into: &out)
    case .array(let a):
      if a.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (i, v) in a.enumerated() {
        if i > 0 { out += "," }
        newline(level + 1)
        v.write(to: &out, indent: indent, level: level + 1)
      }
      newline(level)
      out += "]"
    case .object(let o):
      if o.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (i, (k, v)) in o.enumerated() {
        if i > 0 { out += "," }
        newline(level + 1)
        JSONValue.escape(k, into: &out)
        out += indent == nil ? ":" : ": "
        v.write(to: &out, indent: indent, level: level + 1)
      }
      newline(level)
      out += "}"
    }
  }

  static func format(_ d: Double) -> String {
    if d.isNaN || d.isInfinite { return "null" }
    if d == d.rounded(), abs(d) < 9.007_199_254_740_992e15 { return String(Int(d)) }
    return "\(d)"
  }

  /// Escapes a string as JSON, `\u`-escaping control characters and the line and paragraph separators.
  public static func escape(_ s: String, into out: inout String) {
    out += "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 || u.value == 0x7F || u.value == 0x2028 || u.value == 0x2029 {
          let h = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out += "\""
  }

  // MARK: Reading (for tests and configuration round trips)

  public subscript(key: String) -> JSONValue? {
    if case .object(let o) = self { return o.first { $0.0 == key }?.1 }
    return nil
  }

  public subscript(index: Int) -> JSONValue? {
    if case .array(let a) = self, a.indices.contains(index) { return a[index] }
    return nil
  }

  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  public var doubleValue: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .double(let d): return d
    default: return nil
    }
  }

  public var intValue: Int? {
    switch self {
    case .int(let i): return i
    case .double(let d) where d == d.rounded(): return Int(exactly: d)
    default: return nil
    }
  }

  public var arrayValue: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  public var objectValue: [(String, JSONValue)]? {
    if case .object(let o) = self { return o }
    return nil
  }
}
