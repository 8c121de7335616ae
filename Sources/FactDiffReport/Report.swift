import FactDiffModel

/// Everything a printer needs: the sources read, their facts, the findings and how reports were grouped.
public struct Report: Sendable {
  /// One report that was read: its id, path, language and outlet.
  public struct SourceInfo: Sendable, Hashable {
    public var id: String
    public var path: String
    public var language: Language
    public var outlet: String?
    public init(id: String, path: String, language: Language, outlet: String? = nil) {
      self.id = id
      self.path = path
      self.language = language
      self.outlet = outlet
    }
  }

  public var sources: [SourceInfo]
  public var facts: [Fact]
  public var findings: [Finding]
  /// Groups of source ids that tell the same event.
  public var groups: [[String]]
  /// Sources that could not be read.
  public var errors: [SourceError]
  /// How many findings a baseline hid (nil when no baseline was applied).
  public var baselineHidden: Int?

  public init(
    sources: [SourceInfo], facts: [Fact], findings: [Finding], groups: [[String]] = [], errors: [SourceError] = []
  ) {
    self.sources = sources
    self.facts = facts
    self.findings = findings
    self.groups = groups
    self.errors = errors
  }

  /// The path of a source as the user gave it (the id itself for an unknown source).
  public func path(of source: String) -> String { sources.first { $0.id == source }?.path ?? source }

  /// The path of the file a statement stands in: its source's path, else the path the statement carries.
  public func path(of e: Evidence) -> String {
    sources.first { $0.id == e.source }?.path ?? (e.path.isEmpty ? e.source : e.path)
  }

  /// The event group (index into `groups`) a finding belongs to: the group of its first source.
  public func group(of finding: Finding) -> Int? {
    guard let first = finding.sources.first ?? finding.evidence.first?.source else { return nil }
    return groups.firstIndex { $0.contains(first) }
  }
}

/// The tool's name and version, as printed in JSON and SARIF.
public enum Tool {
  public static let name = "factdiff"
  public static let version = "0.1.0"
}
