/// What `.factdiff.yml` (version 1) configures: tolerances, the default language and time zone, aliases, rule
/// severities and disabled rules, and the failing threshold. Docs/Configuration.md describes the file.
///
/// A configuration starts from the built-in defaults; a file overrides what it names. Command-line options
/// override the file.
public struct Configuration: Sendable {
  /// The file format version this build reads.
  public static let version = 1
  /// The file name looked for from the working directory up.
  public static let fileName = ".factdiff.yml"

  /// The tolerance table, defaults overridden by the file's `tolerance:` entries.
  public var tolerance = ToleranceTable()
  /// The names of the tolerance entries the file set (camelCase, as in `ToleranceTable`).
  public var toleranceSet: [String] = []
  /// The language of reports that declare none and cannot be detected.
  public var language: Language?
  /// The IANA zone of bare clock times in reports that declare none.
  public var timezone: String?
  /// Names pinned to one person each: every list names one person in several spellings or scripts.
  public var aliases: [[String]] = []
  /// Rule settings by rule id: `off`, or a severity replacing the rule's own.
  public var rules: [String: RuleSetting] = [:]
  /// The lowest severity that fails `check`, when the file says.
  public var failOn: FailThreshold?
  /// The largest report accepted, in bytes, when the file says (`max-bytes:`; `--max-bytes` overrides it).
  public var maxBytes: Int?
  /// The file the configuration came from, nil for the built-in defaults.
  public var path: String?

  /// The built-in defaults.
  public init() {}

  /// What the checks are told: disabled rules, severity overrides and the tolerance table.
  public var checkSettings: CheckSettings {
    var disabled: Set<String> = []
    var severities: [String: Severity] = [:]
    for (id, setting) in rules {
      switch setting {
      case .off: disabled.insert(id)
      case .severity(let s): severities[id] = s
      }
    }
    return CheckSettings(disabledRules: disabled, severityOverrides: severities, tolerance: tolerance)
  }

  /// The pipeline options of a run: reading as given (the configuration's language and zone fill in what the
  /// command line left open), aliases for entity resolution, and the tolerance for extraction and checks.
  ///
  /// `read.maxBytes` is used as given: the command line puts `--max-bytes` there, else the file's `maxBytes`.
  public func pipelineOptions(read: ReadOptions = ReadOptions()) -> PipelineOptions {
    var read = read
    if read.defaultLanguage == nil { read.defaultLanguage = language }
    if read.defaultTimezone == nil { read.defaultTimezone = timezone }
    return PipelineOptions(
      read: read, check: checkSettings, extraction: ExtractionOptions(tolerance: tolerance), aliases: aliases)
  }
}

/// A rule's setting in the configuration.
public enum RuleSetting: Sendable, Hashable {
  /// The rule does not run.
  case off
  /// The rule reports with this severity instead of its own.
  case severity(Severity)

  /// `off`, `error`, `warning` or `info`.
  public var name: String {
    switch self {
    case .off: return "off"
    case .severity(let s): return s.rawValue
    }
  }

  /// The setting named `off`, `error`, `warning` or `info`.
  public init?(name: String) {
    if name == "off" {
      self = .off
    } else if let s = Severity(rawValue: name) {
      self = .severity(s)
    } else {
      return nil
    }
  }
}

/// The lowest severity that makes `check` exit with status 1 (`--fail-on`, `fail-on:`).
public enum FailThreshold: String, Sendable, Hashable, CaseIterable {
  case error, warning, info, never

  /// The severity, nil for `never`.
  public var severity: Severity? {
    switch self {
    case .error: return .error
    case .warning: return .warning
    case .info: return .info
    case .never: return nil
    }
  }
}

/// A configuration file that cannot be used: `path:line:col: error: message`.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The configuration file.
  public var path: String
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column, when known.
  public var column: Int?
  /// What is wrong.
  public var message: String

  /// An error naming the file and, where known, the position in it.
  public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  /// `path:line:col: error: message`.
  public var description: String {
    var s = path
    if let line { s += ":\(line)" + (column.map { ":\($0)" } ?? "") }
    return "\(s): error: \(message)"
  }
}
