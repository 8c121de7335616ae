import FactDiffModel

/// Findings about one slot of one event ("main · duration"), in output order: the unit the terminal, Markdown and
/// HTML reports are grouped by.
public struct FindingSection: Sendable {
  /// Index into `Report.groups` of the reports that tell the event (nil for findings about a report's text).
  public var group: Int?
  /// The event ("main", "main/one-on-one"), when the findings have one.
  public var event: String?
  /// The slot ("duration"), when the findings have one.
  public var slot: String?
  /// The findings, in output order.
  public var findings: [Finding]

  /// The heading: "main · duration", "main", or "report text" for findings about no event.
  public var title: String {
    switch (event, slot) {
    case let (e?, s?): return "\(e) · \(s)"
    case let (e?, nil): return e
    case let (nil, s?): return s
    case (nil, nil): return "report text"
    }
  }

  /// The findings of a report grouped by event group, event and slot, sections in the order their first finding
  /// appears.
  public static func sections(of r: Report) -> [FindingSection] {
    var out: [FindingSection] = []
    for f in r.findings {
      let g = f.event == nil ? nil : r.group(of: f)
      if let k = out.firstIndex(where: { $0.group == g && $0.event == f.event && $0.slot == f.slot }) {
        out[k].findings.append(f)
      } else {
        out.append(FindingSection(group: g, event: f.event, slot: f.slot, findings: [f]))
      }
    }
    return out
  }
}
