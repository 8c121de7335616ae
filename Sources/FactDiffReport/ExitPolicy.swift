import FactDiffModel

/// When findings make `check` fail (exit status 1): one rule for every output format.
public struct ExitPolicy: Sendable, Hashable {
  /// The lowest severity that fails the run; nil never fails on severity (`--fail-on never`).
  public var failOn: Severity?
  /// Fail when there are more warnings than this, whatever `failOn` says (`--max-warnings`).
  public var maxWarnings: Int?

  /// A policy; the default fails on warnings and errors.
  public init(failOn: Severity? = .warning, maxWarnings: Int? = nil) {
    self.failOn = failOn
    self.maxWarnings = maxWarnings
  }

  /// True when the findings reach the threshold or exceed the warning budget.
  public func fails(_ findings: some Collection<Finding>) -> Bool {
    if let failOn, findings.contains(where: { $0.severity >= failOn }) { return true }
    if let maxWarnings, findings.filter({ $0.severity == .warning }).count > maxWarnings { return true }
    return false
  }

  /// The exit status of `check` (CONTRACT.md): 2 when a report could not be read, else 1 when the findings fail
  /// the policy, else 0.
  public func status(_ r: Report) -> Int32 {
    if !r.errors.isEmpty { return 2 }
    return fails(r.findings) ? 1 : 0
  }
}
