import Yams

/// Reads YAML nodes of a configuration file, with `path:line:col` errors at the node that is wrong.
struct NodeReader {
  var path: String

  /// An error at a node.
  func error(_ node: Node, _ message: String) -> ConfigurationError {
    ConfigurationError(path: path, line: node.mark?.line, column: node.mark?.column, message: message)
  }

  /// The entries of a mapping whose keys must be among `known`, in file order; a duplicate key is an error.
  func mapping(_ node: Node, what: String, known: [String], noun: String = "key") throws(ConfigurationError)
    -> [(String, Node)]
  {
    guard let mapping = node.mapping else { throw error(node, "\(what) must be a mapping of keys to values") }
    var out: [(String, Node)] = []
    var seen: Set<String> = []
    for (keyNode, value) in mapping {
      guard let key = keyNode.scalar?.string else { throw error(keyNode, "a key of \(what) must be a plain name") }
      guard known.contains(key) else {
        var message = "unknown \(noun) '\(key)' in \(what)"
        if let near = Self.nearest(key, in: known) { message += "; did you mean '\(near)'?" }
        throw error(keyNode, message + " (known: \(known.joined(separator: ", ")))")
      }
      guard seen.insert(key).inserted else { throw error(keyNode, "duplicate \(noun) '\(key)' in \(what)") }
      out.append((key, value))
    }
    return out
  }

  /// A single value (not a list or mapping), as written.
  func scalar(_ node: Node, what: String) throws(ConfigurationError) -> String {
    guard let s = node.scalar else { throw error(node, "\(what) must be a single value") }
    return s.string
  }

  /// A single value, or nil for an empty value (`key:` or `~`).
  func optionalScalar(_ node: Node, what: String) throws(ConfigurationError) -> String? {
    let s = try scalar(node, what: what)
    if node.scalar?.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s) { return nil }
    return s
  }

  /// A number.
  func number(_ node: Node, what: String) throws(ConfigurationError) -> Double {
    let s = try scalar(node, what: what)
    guard node.scalar?.style == .plain, let v = Double(s), v.isFinite else {
      throw error(node, "\(what) must be a number, not '\(s)'")
    }
    return v
  }

  /// A list of numbers.
  func numbers(_ node: Node, what: String) throws(ConfigurationError) -> [Double] {
    guard let list = node.sequence else { throw error(node, "\(what) must be a list of numbers") }
    var out: [Double] = []
    for item in list { out.append(try number(item, what: "each entry of \(what)")) }
    return out
  }

  /// The known name that differs from `key` only in case, dashes and underscores.
  static func nearest(_ key: String, in known: [String]) -> String? {
    func fold(_ s: String) -> String { String(s.lowercased().filter { $0 != "-" && $0 != "_" }) }
    let k = fold(key)
    return known.first { fold($0) == k }
  }
}
