import FactDiffModel

/// What a check is, for `factdiff rules`, `factdiff explain`, Docs/Rules.md and SARIF `rules[]`: one source.
public struct RuleInfo: Sendable, Hashable {
  /// Stable id (`span-vs-duration`).
  public let id: String
  /// What the disagreement is about.
  public let fact: FindingFact
  public let scope: Scope
  /// The highest severity the rule reports (the verdict table may lower it).
  public let severity: Severity
  /// One line.
  public let summary: String
  /// A paragraph: what the rule compares, how it decides, what stays quiet.
  public let documentation: String
  /// A small example where it fires.
  public let example: String
  /// The look-alike where it stays quiet.
  public let quietExample: String

  public init(
    id: String, fact: FindingFact, scope: Scope, severity: Severity, summary: String, documentation: String,
    example: String, quietExample: String
  ) {
    self.id = id
    self.fact = fact
    self.scope = scope
    self.severity = severity
    self.summary = summary
    self.documentation = documentation
    self.example = example
    self.quietExample = quietExample
  }
}

/// A check: facts in, findings out.
///
/// A check works through one kind of unit, event groups (`CheckContext.comparableGroups`) or reports
/// (`CheckContext.docs`), each on its own: `run` reads the units `part` and returns their findings in unit order,
/// and the findings of the whole list are those of its parts one after another. `Checker` splits the units over
/// threads that way.
protocol Check: Sendable {
  static var info: RuleInfo { get }
  /// What the check goes through.
  static var unit: CheckUnit { get }
  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding]
}

/// The units a check goes through one by one.
enum CheckUnit: Sendable {
  /// Groups of reports of one event (`CheckContext.comparableGroups`).
  case groups
  /// Reports (`CheckContext.docs`).
  case documents
}

extension Check {
  /// Every unit.
  func run(_ context: CheckContext) -> [Finding] {
    run(context, 0..<(Self.unit == .groups ? context.comparableGroups.count : context.docs.count))
  }
}
