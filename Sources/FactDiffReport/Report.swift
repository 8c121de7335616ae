import FactDiffModel

/// Everything a printer needs: the sources read, their facts, the findings and how reports were grouped.
public struct Report: Sendable {
  /// One report that was read: its id, path, language and outlet.
  public struct SourceInfo: Sendable, Hashable {
    /// The source id (`tass-ru`).
    public var id: String
    /// The path as the user gave it.
    public var path: String
    /// The language declared or detected.
    public var language: Language
    /// The outlet from front matter, when given.
    public var outlet: String?
    /// A source with every field given.
    public init(id: String, path: String, language: Language, outlet: String? = nil) {
      self.id = id
      self.path = path
      self.language = language
      self.outlet = outlet
    }
  }

  /// The reports read, in input order.
  public var sources: [SourceInfo]
  /// Every fact of every report, per report in text order (a run's report reads the documents' own fact lists:
  /// `FactList` holds them without copying).
  public var facts: FactList
  /// The findings, sorted and numbered F1, F2… (a large run reads each back from where it set them aside:
  /// `FindingList`).
  public var findings: FindingList
  /// Groups of source ids that tell the same event.
  public var groups: [[String]]
  /// Sources that could not be read.
  public var errors: [SourceError]
  /// How many findings a baseline hid (nil when no baseline was applied).
  public var baselineHidden: Int?

  /// A report with every part given.
  public init(
    sources: [SourceInfo], facts: [Fact], findings: [Finding], groups: [[String]] = [], errors: [SourceError] = []
  ) {
    self.init(sources: sources, factLists: [facts], findings: FindingList(findings), groups: groups, errors: errors)
  }

  /// A report whose facts are `factLists` one after the other (each report's list, shared, not copied).
  public init(
    sources: [SourceInfo], factLists: [[Fact]], findings: FindingList, groups: [[String]] = [],
    errors: [SourceError] = []
  ) {
    self.sources = sources
    self.facts = FactList(lists: factLists)
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
  /// The tool's name.
  public static let name = "factdiff"
  /// The tool's version (semantic).
  public static let version = "0.1.0"
}
