import FactDiffExtract
import FactDiffModel

extension CountMismatch {
  /// One report gives the main event's amount in a currency no other report uses, and the same figure appears in
  /// the others in a currency it never uses ("30 мільйонів євро" against "$30 million" and "30 млн долларов"): the
  /// currency slipped, since a conversion would change the figure. Amounts in parentheses that convert another
  /// amount ("€25 million (about $28 million)") are not compared, but a currency any report writes, even in a
  /// conversion, is one the comparison of amounts already reads; goals for later years are left out.
  static func currencySlips(_ group: [String], _ context: CheckContext) -> [Finding] {
    // Each report's main-event money amounts by currency, conversions left out; and every currency it writes.
    var money: [String: [String: [Fact]]] = [:]
    var written: [String: Set<String>] = [:]
    for s in group {
      guard let doc = context.doc(s) else { continue }
      for f in doc.facts where f.event == "main" {
        guard let slot = f.slot, slot.name.hasPrefix("amount:"), case .number(let q) = f.value,
          let unit = q.unit, Self.isCurrency(unit)
        else { continue }
        written[s, default: []].insert(unit)
        guard slot.name == "amount:\(unit)", f.bounds != nil, !context.flagged.contains(f.id),
          conversionOrigin(of: f, in: doc) == nil
        else { continue }
        money[s, default: [:]][unit, default: []].append(f)
      }
    }
    var out: [Finding] = []
    for s in group {
      guard let mine = money[s] else { continue }
      for (unit, facts) in mine.sorted(by: { $0.key < $1.key }) {
        // Nobody else writes this currency.
        if group.contains(where: { $0 != s && written[$0]?.contains(unit) == true }) { continue }
        for f in facts {
          guard case .number(let q) = f.value else { continue }
          // Others give the same figure in one currency this report never writes.
          var matches: [String: [Fact]] = [:]
          for o in group where o != s {
            for (ou, ofacts) in money[o] ?? [:] where ou != unit && written[s]?.contains(ou) != true {
              for g in ofacts {
                if case .number(let p) = g.value, p.value == q.value, g.hedge == f.hedge {
                  matches[ou, default: []].append(g)
                }
              }
            }
          }
          guard matches.count == 1, let (other, same) = matches.first else { continue }
          let sources = Set(same.map(\.source))
          let message =
            "reports give the same figure in different currencies: "
            + "\(Describe.quoted(f.text)) (\(Describe.number(q.value, unit: unit))) in \(s) against "
            + same.map { "\(Describe.quoted($0.text)) in \($0.source)" }.joined(separator: ", ")
            + " (\(Describe.number(q.value, unit: other)))"
          let evidence =
            [context.evidence(f, reading: Describe.number(q.value, unit: unit), group: 0)]
            + same.map { context.evidence($0, reading: Describe.number(q.value, unit: other), group: 1) }
          out.append(
            Finding(
              rule: Self.info.id, fact: .count, scope: .acrossSources, severity: .warning,
              sources: Array(sources.union([s])).sorted(), message: message, evidence: evidence, event: "main",
              slot: "amount:\(unit)"))
        }
      }
    }
    return out
  }

  /// True for an ISO 4217 code (three capital letters), not "%", "pp" or a unit of measure.
  static func isCurrency(_ unit: String) -> Bool {
    unit.count == 3 && unit.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
  }
}
