import FactDiffModel

/// A participant one report names and another report of the same event does not mention.
struct AttendeeOmitted: Check {
  static let info = RuleInfo(
    id: "attendee-omitted", fact: .attendees, scope: .acrossSources, severity: .info,
    summary: "A report names a participant that other reports of the event do not mention.",
    documentation: """
      A person one report says led a delegation or took part, and another report of the same event does not \
      mention at all, is worth a look but is no contradiction: reports choose what to include. The note lists the \
      reports that name the person and the ones that do not.
      """,
    example: "wire: \"Rear Admiral Cem Yıldız … also attended\"; the other reports do not name him",
    quietExample: "a person all reports name, in any script or case form")
  static let unit = CheckUnit.groups

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for group in context.comparableGroups[part] {
      let table = Attendees.table(group, context)
      // The people each report mentions anywhere (entity ids), read from its facts when first asked.
      var mentioned: [String: Set<String>] = [:]
      func mentions(_ s: String, _ entity: String) -> Bool {
        if mentioned[s] == nil { mentioned[s] = context.people(of: s) }
        return mentioned[s]!.contains(entity)
      }
      for entity in table.keys.sorted() {
        let bySource = table[entity]!
        guard bySource.values.contains(where: { $0.status != .absent }) else { continue }
        let naming = bySource.keys.sorted()
        let silent = group.filter { s in
          !mentions(s, entity) && bySource[s] == nil
        }
        guard !silent.isEmpty else { continue }
        let name = bySource.values.first!.name
        let evidence = naming.map { context.evidence(bySource[$0]!.fact, group: 0) }
        out.append(
          Finding(
            rule: Self.info.id, fact: .attendees, scope: .acrossSources, severity: .info, sources: naming,
            message:
              "\(name) took part according to \(Describe.list(naming)); \(Describe.list(silent)) \(silent.count == 1 ? "does" : "do") not mention \(name)",
            evidence: evidence, event: "main", slot: "attendee"))
      }
    }
    return out
  }
}
