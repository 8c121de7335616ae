import Foundation
import Yams

extension Configuration {
  /// The top-level keys of version 1.
  static let keys = ["version", "language", "timezone", "fail-on", "max-bytes", "aliases", "rules", "tolerance"]

  /// The nearest `.factdiff.yml` in `directory` or one of its parents, or nil.
  public static func discover(from directory: String) -> String? {
    var dir = URL(fileURLWithPath: directory).standardizedFileURL
    while true {
      let candidate = dir.appendingPathComponent(fileName).path
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
        return candidate
      }
      let parent = dir.deletingLastPathComponent()
      if parent.path == dir.path { return nil }
      dir = parent
    }
  }

  /// The configuration of a run: the file given (`--config`), else the nearest `.factdiff.yml` from `directory`
  /// up (unless `search` is false), else the defaults.
  public static func resolve(explicit: String?, searchFrom directory: String, search: Bool = true)
    throws(ConfigurationError) -> Configuration
  {
    if let explicit { return try load(path: explicit) }
    guard search, let found = discover(from: directory) else { return Configuration() }
    return try load(path: found)
  }

  /// Reads and validates a configuration file.
  public static func load(path: String) throws(ConfigurationError) -> Configuration {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw ConfigurationError(
        path: path, message: exists ? "cannot read the configuration file" : "no such configuration file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ConfigurationError(path: path, message: "the configuration file is not UTF-8 text")
    }
    return try parse(text, path: path)
  }

  /// Validates YAML text as a configuration; `path` names it in errors.
  public static func parse(_ yaml: String, path: String) throws(ConfigurationError) -> Configuration {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch {
      let (problem, line, column) = describe(error)
      throw ConfigurationError(path: path, line: line, column: column, message: "malformed YAML: \(problem)")
    }
    let reader = NodeReader(path: path)
    guard let root else {
      throw ConfigurationError(
        path: path, line: 1, column: 1, message: "empty configuration: start it with 'version: 1'")
    }
    var config = Configuration()
    config.path = path
    var sawVersion = false
    for (key, value) in try reader.mapping(root, what: "the configuration", known: keys) {
      switch key {
      case "version":
        let v = try reader.scalar(value, what: "version")
        guard v == "1" else {
          throw reader.error(value, "unsupported configuration version '\(v)': this factdiff reads version 1")
        }
        sawVersion = true
      case "language":
        guard let v = try reader.optionalScalar(value, what: "language") else { continue }
        guard let l = Language(rawValue: v) else {
          throw reader.error(value, "unknown language '\(v)': use en, ru or uk")
        }
        config.language = l
      case "timezone":
        guard let v = try reader.optionalScalar(value, what: "timezone") else { continue }
        guard ZoneCheck.isKnown(v) else {
          throw reader.error(value, "unknown time zone '\(v)': use an IANA name such as Europe/Kyiv")
        }
        config.timezone = v
      case "fail-on":
        let v = try reader.scalar(value, what: "fail-on")
        guard let t = FailThreshold(rawValue: v) else {
          throw reader.error(value, "unknown fail-on '\(v)': use error, warning, info or never")
        }
        config.failOn = t
      case "max-bytes":
        let v = try reader.scalar(value, what: "max-bytes")
        guard value.scalar?.style == .plain, let n = Int(v), n > 0 else {
          throw reader.error(value, "max-bytes must be a whole number of bytes above 0, not '\(v)'")
        }
        config.maxBytes = n
      case "aliases":
        config.aliases = try aliases(value, reader)
      case "rules":
        config.rules = try rules(value, reader)
      default:
        try tolerance(value, reader, into: &config)
      }
    }
    guard sawVersion else {
      throw ConfigurationError(
        path: path, line: root.mark?.line ?? 1, column: root.mark?.column ?? 1, message: "missing 'version: 1'")
    }
    return config
  }

  static func aliases(_ node: Node, _ reader: NodeReader) throws(ConfigurationError) -> [[String]] {
    guard let list = node.sequence else {
      throw reader.error(node, "aliases must be a list of lists of names, such as [[Dmitry Zverev, Дмитрий Зверев]]")
    }
    var out: [[String]] = []
    for item in list {
      guard let names = item.sequence else {
        throw reader.error(item, "each alias must be a list of names of one person")
      }
      var group: [String] = []
      for name in names {
        let n = try reader.scalar(name, what: "an alias name")
        guard !n.trimmingASCIIWhitespace().isEmpty else { throw reader.error(name, "an alias name is empty") }
        group.append(n)
      }
      guard group.count >= 2 else { throw reader.error(item, "an alias list needs at least two names") }
      out.append(group)
    }
    return out
  }

  static func rules(_ node: Node, _ reader: NodeReader) throws(ConfigurationError) -> [String: RuleSetting] {
    let ids = Checker.rules.map(\.id)
    var out: [String: RuleSetting] = [:]
    for (id, value) in try reader.mapping(node, what: "rules", known: ids, noun: "rule") {
      let v = try reader.scalar(value, what: "the setting of \(id)")
      guard let setting = RuleSetting(name: v) else {
        throw reader.error(value, "unknown setting '\(v)' for \(id): use off, error, warning or info")
      }
      out[id] = setting
    }
    return out
  }

  /// A Yams error as a one-line problem and the position it names.
  static func describe(_ error: any Error) -> (String, Int?, Int?) {
    guard let error = error as? YamlError else { return ("\(error)", nil, nil) }
    switch error {
    case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
      let .composer(context, problem, mark, _):
      let text = context.map { "\(problem) (\($0.text))" } ?? problem
      return (text, mark.line, mark.column)
    case let .duplicatedKeysInMapping(duplicates, context):
      let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return ("duplicate key \(keys)", context.mark.line, context.mark.column)
    case let .reader(problem, _, _, _):
      return (problem, nil, nil)
    default:
      return ("\(error)", nil, nil)
    }
  }
}

/// Time-zone validation through `FactDiffText.TimeZones`.
enum ZoneCheck {
  /// True when the zone is known, or when the build's zone data cannot answer at all (then the zone is taken as
  /// written and a wrong one shows up as unconverted times, not as a refused configuration).
  static func isKnown(_ zone: String) -> Bool {
    TimeZones.isKnown(zone) || !TimeZones.isKnown("Europe/London")
  }
}
