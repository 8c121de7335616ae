import FactDiffModel

/// A weekday written next to a date that falls on another weekday.
struct WeekdayVsDate: Check {
  static let info = RuleInfo(
    id: "weekday-vs-date", fact: .date, scope: .withinSource, severity: .error,
    summary: "A weekday written next to a date does not match the calendar.",
    documentation: """
      When a report writes a weekday beside a date ("Thursday, February 27, 2025", "у середу, 13 березня 2025 \
      року"), the calendar decides: the date's weekday must be the one written. When the year is not written, it \
      is taken from the report's `published` date (the year that puts the date nearest to it); the finding says \
      so, since a wrong year would be the only other reading.
      """,
    example: "У середу, 13 березня 2025 року (13 March 2025 is a Thursday)",
    quietExample: "во вторник, 15 октября 2024 года")
  static let unit = CheckUnit.documents

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for doc in context.documents(part) {
      for f in doc.facts {
        guard case .date(let d) = f.value, d.precision == .day, d.relative == nil, let written = d.weekday,
          let day = d.civil, day.weekday != written
        else { continue }
        var message =
          "\(day.day) \(Describe.months[day.month - 1]) \(day.year) is a \(Describe.weekdayNames[day.weekday - 1]), "
        message += "but the report says \(Describe.weekdayNames[written - 1]) (\(Describe.quoted(f.text)))"
        if d.resolvedFromPublished { message += " (year taken from the published date)" }
        out.append(
          Finding(
            rule: Self.info.id, fact: .date, scope: .withinSource, severity: .error,
            sources: [doc.source.id], message: message, evidence: [context.evidence(f, reading: Describe.date(day))],
            event: f.event, slot: "date"))
      }
    }
    return out
  }
}
