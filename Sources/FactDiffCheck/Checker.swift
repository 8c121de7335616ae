import FactDiffExtract
import FactDiffModel
import FactDiffResolve

/// Runs every enabled check over resolved documents and returns findings in a stable order.
public enum Checker {
  /// Every check, within-source ones first: cross-source checks skip statements already flagged against their
  /// own report (one root cause, one finding).
  static let checks: [any Check] = [
    SpanVsDuration(), EndBeforeStart(), WeekdayVsDate(), RelativeVsDate(), ZoneConversion(), TotalVsBreakdown(),
    DateMismatch(), TimeMismatch(), DurationMismatch(), PlaceMismatch(), CountMismatch(), RoleMismatch(),
    QuoteAttribution(), AttendanceConflict(), AttendeeOmitted(), HiddenText(),
  ]

  /// The catalogue of rules, in documentation order.
  public static var rules: [RuleInfo] { checks.map { type(of: $0).info } }

  public static func run(_ docs: [Document], events: EventModel, settings: CheckSettings = CheckSettings())
    -> [Finding]
  {
    var context = CheckContext(docs: docs, events: events, tolerance: settings.tolerance)
    var findings: [Finding] = []
    for check in checks {
      let info = type(of: check).info
      guard !settings.disabledRules.contains(info.id) else { continue }
      var produced = check.run(context)
      for k in produced.indices {
        if let s = settings.severityOverrides[info.id] { produced[k].severity = s }
        produced[k].sources = Array(Set(produced[k].sources)).sorted()
      }
      for f in produced where f.scope == .withinSource {
        for e in f.evidence { if let id = e.fact { context.flagged.insert(id) } }
      }
      findings += produced
    }
    return order(findings)
  }

  /// Sorts findings (by first evidence position, then rule) and numbers them F1, F2…
  static func order(_ findings: [Finding]) -> [Finding] {
    var seen: Set<String> = []
    var unique: [Finding] = []
    for f in findings where seen.insert(f.fingerprint).inserted { unique.append(f) }
    unique.sort { a, b in
      let ka = (a.sources.first ?? "", a.evidence.first?.position.offset ?? 0, a.rule, a.message)
      let kb = (b.sources.first ?? "", b.evidence.first?.position.offset ?? 0, b.rule, b.message)
      return ka < kb
    }
    for k in unique.indices { unique[k].id = "F\(k + 1)" }
    return unique
  }
}

/// What the user configured for checks: disabled rules, severity overrides and tolerances.
public struct CheckSettings: Sendable {
  public var disabledRules: Set<String> = []
  public var severityOverrides: [String: Severity] = [:]
  public var tolerance = ToleranceTable()
  public init(
    disabledRules: Set<String> = [], severityOverrides: [String: Severity] = [:],
    tolerance: ToleranceTable = ToleranceTable()
  ) {
    self.disabledRules = disabledRules
    self.severityOverrides = severityOverrides
    self.tolerance = tolerance
  }
}
