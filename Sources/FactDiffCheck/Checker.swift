import FactDiffExtract
import FactDiffModel
import FactDiffResolve

/// Runs every enabled check over resolved documents and returns findings in a stable order.
public enum Checker {
  public static func run(_ docs: [Document], events: EventModel, settings: CheckSettings = CheckSettings()) -> [Finding] {
    []
  }
}

/// What the user configured for checks: disabled rules and severity overrides.
public struct CheckSettings: Sendable {
  public var disabledRules: Set<String> = []
  public var severityOverrides: [String: Severity] = [:]
  public init(disabledRules: Set<String> = [], severityOverrides: [String: Severity] = [:]) {
    self.disabledRules = disabledRules
    self.severityOverrides = severityOverrides
  }
}
