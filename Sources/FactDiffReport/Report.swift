import FactDiffModel

/// Everything a printer needs: the sources read, their facts, the findings and how reports were grouped.
public struct Report: Sendable {
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

  public init(
    sources: [SourceInfo], facts: [Fact], findings: [Finding], groups: [[String]] = [], errors: [SourceError] = []
  ) {
    self.sources = sources
    self.facts = facts
    self.findings = findings
    self.groups = groups
    self.errors = errors
  }

  public func path(of source: String) -> String { sources.first { $0.id == source }?.path ?? source }
}

/// The tool's name and version, as printed in JSON and SARIF.
public enum Tool {
  public static let name = "factdiff"
  public static let version = "0.1.0"
}
