import FactDiffCheck
import FactDiffModel

/// The rule catalogue in three shapes, all from the checks' own `RuleInfo`: `factdiff rules`, `factdiff explain`
/// and Docs/Rules.md.
public enum RuleCatalog {
  /// One line per rule: id, severity, scope, summary.
  public static func list(_ rules: [RuleInfo]) -> String {
    let width = rules.map(\.id.count).max() ?? 0
    return rules.map { r in
      let pad = String(repeating: " ", count: width - r.id.count)
      return "\(r.id)\(pad)  \(r.severity.rawValue.padding(7))  \(r.scope.rawValue.padding(14))  \(r.summary)"
    }.joined(separator: "\n") + "\n"
  }

  /// The documentation of one rule, with its examples.
  public static func explain(_ r: RuleInfo) -> String {
    """
    \(r.id) (\(r.severity.rawValue), \(r.scope.rawValue), fact: \(r.fact.rawValue))

    \(r.summary)

    \(wrap(r.documentation, 100))

    Fires on:
      \(r.example)

    Stays quiet on:
      \(r.quietExample)

    """
  }

  /// Docs/Rules.md.
  public static func markdown(_ rules: [RuleInfo]) -> String {
    var out = """
      # Rules

      Every check factdiff runs, generated from the checks themselves (`factdiff rules`, `factdiff explain RULE`).
      A test fails when this file is out of date; regenerate it with `FACTDIFF_RECORD=1 swift test --filter RulesDoc`.

      Severity is the highest a rule reports: the verdict table of [Tolerance.md](Tolerance.md) lowers an error to a
      warning when the statements meet only once rounding is allowed, and a reading that needs an assumption the
      reports do not state is named as the likely cause. Each rule can be disabled or given another severity in
      `.factdiff.yml`.

      | rule | fact | scope | severity | what it finds |
      |---|---|---|---|---|

      """
    for r in rules {
      out +=
        "| [`\(r.id)`](#\(r.id)) | \(r.fact.rawValue) | \(r.scope.rawValue) | \(r.severity.rawValue) | \(r.summary) |\n"
    }
    for r in rules {
      out += """

        ## \(r.id)

        \(r.summary)

        \(r.documentation)

        - Fires on: \(r.example)
        - Stays quiet on: \(r.quietExample)

        """
    }
    return out
  }

  static func wrap(_ text: String, _ width: Int) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n")
  }
}

extension String {
  func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
