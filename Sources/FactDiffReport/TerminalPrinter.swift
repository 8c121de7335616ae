import FactDiffModel

/// `--format text`: findings grouped by event and slot, each with a side-by-side table of what every report says
/// and how it reads, the likely cause, and a closing summary line.
///
/// Every piece of report text goes through `TerminalSafe.clean`, so a report cannot move the cursor, change
/// colours or reorder what the reader sees; colour codes come only from this printer, and only when asked.
public enum TerminalPrinter {
  /// The widest a quoted statement is printed before it is cut with "…".
  static let quoteWidth = 60

  /// The report for a terminal; `color` adds ANSI colours.
  public static func render(_ r: Report, color: Bool = false) -> String {
    var out = ""
    render(r, color: color) { out += $0 }
    return out
  }

  /// `render(r, color:)` handed out in pieces, in order: a finding at a time once 64 KB are waiting, so that the
  /// text of a large run is never held whole.
  public static func render(_ r: Report, color: Bool = false, write: (String) -> Void) {
    let style = TerminalStyle(enabled: color)
    var out = ""
    if r.groups.count > 1 {
      out += style.bold("Reports grouped as one event:") + "\n"
      for (k, g) in r.groups.enumerated() {
        out += "  event \(k + 1): " + g.map(TerminalSafe.clean).joined(separator: ", ") + "\n"
      }
      out += "\n"
    }
    for section in FindingSection.sections(of: r) {
      var title = section.title
      if r.groups.count > 1, let g = section.group { title = "event \(g + 1) · " + title }
      out += style.heading(TerminalSafe.clean(title)) + "\n"
      for f in section.findings {
        out += finding(f, style: style) + "\n"
        if out.utf8.count >= 1 << 16 {
          write(out)
          out = ""
        }
      }
    }
    out += style.bold(ReportSummary(r).sentence) + "\n"
    write(out)
  }

  /// One finding: severity, rule and id; the message; the table; the likely cause.
  static func finding(_ f: Finding, style: TerminalStyle) -> String {
    var out = "  " + style.severity(f.severity) + "  " + style.dim("[\(f.rule)] \(f.id)") + "\n"
    out += "  " + TerminalSafe.clean(f.message) + "\n"
    if !f.evidence.isEmpty {
      out += "\n" + table(f.evidence, style: style)
    }
    if let cause = f.likelyCause {
      out += "\n  " + style.dim("likely cause:") + " " + TerminalSafe.clean(cause) + "\n"
    }
    return out
  }

  /// The side-by-side table: source · what it says · how it reads · line:col.
  static func table(_ evidence: [Evidence], style: TerminalStyle) -> String {
    let header = ["source", "what it says", "how it reads", "line:col"]
    let rows = evidence.map { e in
      [
        TerminalSafe.clean(e.source),
        DisplayWidth.truncate("“" + TerminalSafe.clean(e.text) + "”", to: quoteWidth),
        e.reading.map(TerminalSafe.clean) ?? "—",
        "\(e.position.line):\(e.position.column)",
      ]
    }
    var widths = header.map(DisplayWidth.of)
    for row in rows {
      for (k, cell) in row.enumerated() { widths[k] = max(widths[k], DisplayWidth.of(cell)) }
    }
    func line(_ cells: [String]) -> String {
      var s = "    "
      for (k, cell) in cells.enumerated() {
        s += k == cells.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[k]) + "   "
      }
      return s
    }
    var out = style.dim(line(header)) + "\n"
    for row in rows { out += line(row) + "\n" }
    return out
  }
}

/// ANSI styling, or none at all.
struct TerminalStyle {
  var enabled: Bool

  func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
  func bold(_ s: String) -> String { wrap(s, "1") }
  func dim(_ s: String) -> String { wrap(s, "2") }
  func heading(_ s: String) -> String { wrap(s, "1;4") }

  /// The severity as a label: red errors, yellow warnings, cyan notes.
  func severity(_ s: Severity) -> String {
    switch s {
    case .error: return wrap("error", "1;31")
    case .warning: return wrap("warning", "1;33")
    case .info: return wrap("info", "1;36")
    }
  }
}
