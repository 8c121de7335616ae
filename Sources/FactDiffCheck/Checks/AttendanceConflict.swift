import FactDiffModel

/// One report says a person took part, another says the person did not.
struct AttendanceConflict: Check {
  static let info = RuleInfo(
    id: "attendance-conflict", fact: .attendees, scope: .acrossSources, severity: .error,
    summary: "One report says a person took part; another says the person did not.",
    documentation: """
      Each report's statements about who took part in the main event are read per person: led a delegation, took \
      part or attended, or explicitly did not take part ("did not attend", "участия не принимал", "не брав \
      участі"). An explicit absence in one report against a stated presence in another is an error. A person only \
      quoted or mentioned takes no part; a person one report names and another omits is the `attendee-omitted` \
      note, not this error.
      """,
    example:
      "daily: \"… including Rear Admiral Kirill Vorontsov\"; agency: \"Кирилл Воронцов в консультациях участия не принимал\"",
    quietExample: "wire: \"led by Deputy Foreign Minister Vadim Yershov\"; agency: \"возглавил … Вадим Ершов\"")
  static let unit = CheckUnit.groups

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for group in context.comparableGroups[part] {
      let table = Attendees.table(group, context)
      for entity in table.keys.sorted() {
        let bySource = table[entity]!
        let absent = bySource.filter { $0.value.status == .absent }.keys.sorted()
        let present = bySource.filter { $0.value.status != .absent }.keys.sorted()
        guard !absent.isEmpty, !present.isEmpty else { continue }
        let name = bySource.values.first!.name
        var evidence: [Evidence] = []
        for s in present { evidence.append(context.evidence(bySource[s]!.fact, reading: "took part", group: 0)) }
        for s in absent { evidence.append(context.evidence(bySource[s]!.fact, reading: "did not take part", group: 1)) }
        let message =
          "\(name) took part according to \(Describe.list(present)), but did not according to \(Describe.list(absent))"
        out.append(
          Finding(
            rule: Self.info.id, fact: .attendees, scope: .acrossSources, severity: .error,
            sources: (present + absent).sorted(), message: message, evidence: evidence, event: "main", slot: "attendee")
        )
      }
    }
    return out
  }
}

/// Who each report says took part in the main event.
enum Attendees {
  struct Entry {
    var status: Attendance
    var fact: Fact
    var name: String
  }

  /// entity → source → the strongest statement (an explicit absence wins over presence within one report).
  static func table(_ group: [String], _ context: CheckContext) -> [String: [String: Entry]] {
    var out: [String: [String: Entry]] = [:]
    for s in group {
      for f in context.doc(s)?.facts ?? [] where f.event == "main" || f.event?.hasPrefix("main/") == true {
        guard case .person(let p) = f.value, let a = p.attendance, !p.entity.isEmpty else { continue }
        if let old = out[p.entity]?[s], old.status == .absent || (old.status == .led && a == .present) { continue }
        out[p.entity, default: [:]][s] = Entry(status: a, fact: f, name: p.name)
      }
    }
    return out
  }
}
