import FactDiffModel

/// An end time before the start time of the same event, within one report.
struct EndBeforeStart: Check {
  static let info = RuleInfo(
    id: "end-before-start", fact: .time, scope: .withinSource, severity: .error,
    summary: "A report says an event ended before it began.",
    documentation: """
      The start and end times one report gives for an event are compared on the same clock. An end earlier than \
      the start is an error unless the report says the event ran past midnight ("overnight", "until 2 a.m. the \
      next day", "до утра"), gives a later date for the end, or states a length that only the next-day reading \
      fits ("began at 6:30 p.m. … broke up at 3:10 a.m., more than eight hours later"); in those cases the end \
      belongs to the next day and nothing is reported.
      """,
    example: "Talks began at 16:00 and ended at 11:30.",
    quietExample: "Talks began at 22:00 and went on overnight until 2 a.m. the next day.")
  static let unit = CheckUnit.documents

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for doc in context.documents(part) {
      let events = Set(doc.facts.compactMap(\.event)).filter { $0 == "main" || $0.hasPrefix("main/") }.sorted()
      for event in events {
        let facts = doc.facts.filter { $0.event == event }
        if let s = facts.first(where: { $0.slot == .span }), let b = s.bounds, let m = b.max, m < 0 {
          out.append(finding(doc.source.id, [s], "\(s.text) ends before it starts", context, event))
          continue
        }
        let starts = facts.filter { $0.slot == .start && $0.bounds != nil }
        let ends = facts.filter { $0.slot == .end && $0.bounds != nil }
        guard let a = starts.first, let b = ends.first, EventSpan.sameFrame(a, b) else { continue }
        if let endMax = b.bounds!.max, let startMin = a.bounds!.min, endMax < startMin {
          let msg =
            "the report says it ended at \(Describe.quoted(b.text)), before it began at \(Describe.quoted(a.text))"
          out.append(finding(doc.source.id, [a, b], msg, context, event))
        }
      }
    }
    return out
  }

  func finding(_ source: String, _ facts: [Fact], _ message: String, _ context: CheckContext, _ event: String)
    -> Finding
  {
    Finding(
      rule: Self.info.id, fact: .time, scope: .withinSource, severity: .error, sources: [source], message: message,
      evidence: facts.enumerated().map { context.evidence($1, group: $0) }, event: event, slot: "end")
  }
}
