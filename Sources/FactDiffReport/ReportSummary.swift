import FactDiffModel

/// Counts of findings by severity and the closing sentence every human-facing format prints.
public struct ReportSummary: Sendable, Hashable {
  /// How many findings of each severity.
  public var errors = 0
  public var warnings = 0
  public var notes = 0
  /// How many reports were read.
  public var reports = 0
  /// How many reports could not be read.
  public var unreadable = 0
  /// How many findings a baseline hid (nil when no baseline was applied).
  public var hidden: Int?

  /// The counts of a report.
  public init(_ r: Report) {
    for f in r.findings {
      switch f.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .info: notes += 1
      }
    }
    reports = r.sources.count
    unreadable = r.errors.count
    hidden = r.baselineHidden
  }

  /// "2 errors, 1 warning, 3 notes in 4 reports", or "no findings in 4 reports"; then what the baseline hid and
  /// which reports could not be read, when that happened.
  public var sentence: String {
    var parts: [String] = []
    if errors > 0 { parts.append(Self.count(errors, "error")) }
    if warnings > 0 { parts.append(Self.count(warnings, "warning")) }
    if notes > 0 { parts.append(Self.count(notes, "note")) }
    var s = (parts.isEmpty ? "no findings" : parts.joined(separator: ", ")) + " in " + Self.count(reports, "report")
    if let hidden, hidden > 0 { s += "; \(hidden) hidden by the baseline" }
    if unreadable > 0 { s += "; " + Self.count(unreadable, "report") + " could not be read" }
    return s
  }

  /// "1 error", "2 errors".
  static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
