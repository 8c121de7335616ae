import FactDiffModel

/// A relative date ("yesterday", "on Wednesday") against an absolute date for the same event in one report.
struct RelativeVsDate: Check {
  static let info = RuleInfo(
    id: "relative-vs-date", fact: .date, scope: .withinSource, severity: .warning,
    summary: "A relative date, read against the report's published date, is not the date the report gives.",
    documentation: """
      A relative date ("yesterday", "on Wednesday", "вчера") is read against the report's own `published` date. \
      When the same sentence also gives an absolute date for the event and the two fall on different days, the \
      report contradicts itself. The usual cause is a report written one day and published the next; that needs \
      an assumption the report does not state, so the finding stays as a warning and names it. When most other \
      reports of the event give the relative date's day and none gives the absolute one, the absolute date is the wrong one and no such reading \
      helps: the finding is an error.
      """,
    example: "published 2025-03-01: Talks were held yesterday, on 27 February.",
    quietExample: "published 2025-02-28: Talks were held yesterday, on 27 February.")
  static let unit = CheckUnit.documents

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for doc in context.documents(part) {
      let dates = doc.facts.filter {
        if case .date(let d) = $0.value {
          return d.precision == .day && d.civil != nil && $0.event?.hasPrefix("main") == true
        }
        return false
      }
      for (i, a) in dates.enumerated() {
        for b in dates[(i + 1)...] where a.sentence == b.sentence {
          guard case .date(let x) = a.value, case .date(let y) = b.value else { continue }
          guard (x.relative == nil) != (y.relative == nil) else { continue }
          guard let dx = x.civil, let dy = y.civil, dx != dy else { continue }
          // A date inside a relative phrase's own words ("on Thursday, February 27") is one statement.
          if a.range.overlaps(b.range) { continue }
          // Both must date the event: the day of the event, or a date set beside the relative one ("Учора,
          // 3 березня"). "On Friday … weeks after gas stopped flowing on Jan. 1" dates something else.
          guard (a.slot == .date && b.slot == .date) || Self.adjacent(a, b, doc.source) else { continue }
          let (rel, abs) = x.relative != nil ? (a, b) : (b, a)
          guard case .date(let rv) = rel.value, let rd = rv.civil, case .date(let av) = abs.value, let ad = av.civil
          else { continue }
          // The other reports of the event settle which of the two is off. When most of them give the relative
          // date's day and none the absolute one, the absolute date is wrong and no reading of the published date helps: an error. Otherwise a
          // report written a day before or after its published date is the likely cause: a warning.
          let others = Self.otherDays(of: doc.source.id, context)
          var cause: String? = nil
          var severity = Severity.warning
          var message =
            "\(Describe.quoted(rel.text)) read against the published date is \(Describe.date(rd)), but the report also says \(Describe.quoted(abs.text)) (\(Describe.date(ad)))"
          let forRelative = others.filter { $0 == rd }.count
          if forRelative * 2 > others.count && !others.contains(ad) {
            severity = .error
            message += "; the other reports give \(Describe.date(rd))"
          } else if rd.adding(days: -1) == ad || rd.adding(days: 1) == ad {
            cause = "the report may have been written a day before or after its published date"
          }
          out.append(
            Finding(
              rule: Self.info.id, fact: .date, scope: .withinSource, severity: severity, sources: [doc.source.id],
              message: message,
              evidence: [
                context.evidence(rel, reading: Describe.date(rd), group: 0),
                context.evidence(abs, reading: Describe.date(ad), group: 1),
              ], event: "main", slot: "date", likelyCause: cause))
        }
      }
    }
    return out
  }

  /// The days the other reports of the same event give for it.
  static func otherDays(of source: String, _ context: CheckContext) -> [CivilDate] {
    guard let group = context.comparableGroups.first(where: { $0.contains(source) }) else { return [] }
    return group.filter { $0 != source }.compactMap { context.events.sources[$0]?.mainDate }
  }

  /// Words that may stand between a relative date and the date set beside it ("yesterday, on 27 February").
  static let besideWords: Set<String> = ["on", "the", "в", "во", "у"]

  /// True when only spaces, punctuation and `besideWords` stand between two facts ("yesterday, June 6").
  static func adjacent(_ a: Fact, _ b: Fact, _ source: Source) -> Bool {
    let (first, second) = a.range.start < b.range.start ? (a, b) : (b, a)
    guard second.range.start >= first.range.end, second.range.start - first.range.end <= 12 else { return false }
    let gap = source.snippet(TextRange(first.range.end, second.range.start))
    let words = gap.split(whereSeparator: { $0.isWhitespace || ",()—-".contains($0) })
    return words.allSatisfy { besideWords.contains($0.lowercased()) }
  }
}
