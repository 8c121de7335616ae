import FactDiffModel

/// `--format markdown`: a report for people and pull-request comments, with the side-by-side tables.
///
/// Report text is escaped (`MarkdownEscape`): quoted statements go into code spans, prose is backslash-escaped, so
/// no report can inject HTML, links, images, mentions or table cells.
public enum MarkdownPrinter {
  /// The report as GitHub Flavored Markdown.
  public static func render(_ r: Report) -> String {
    let summary = ReportSummary(r)
    var out = "# factdiff: \(summary.sentence)\n\n"
    if !r.sources.isEmpty {
      out += "| report | outlet | language | file |\n|---|---|---|---|\n"
      for s in r.sources {
        let outlet = s.outlet.map(MarkdownEscape.text) ?? "—"
        out +=
          "| \(MarkdownEscape.code(s.id)) | \(outlet) | \(s.language.rawValue) | \(MarkdownEscape.code(s.path)) |\n"
      }
      out += "\n"
    }
    if r.groups.count > 1 {
      out += "Reports grouped as one event:\n\n"
      for (k, g) in r.groups.enumerated() {
        out += "- event \(k + 1): " + g.map(MarkdownEscape.code).joined(separator: ", ") + "\n"
      }
      out += "\n"
    }
    if !r.errors.isEmpty {
      out += "Reports that could not be read:\n\n"
      for e in r.errors { out += "- " + MarkdownEscape.text(e.description) + "\n" }
      out += "\n"
    }
    for section in FindingSection.sections(of: r) {
      var title = section.title
      if r.groups.count > 1, let g = section.group { title = "event \(g + 1) · " + title }
      out += "## \(MarkdownEscape.text(title))\n\n"
      for f in section.findings { out += finding(f) }
    }
    return out
  }

  static func finding(_ f: Finding) -> String {
    var out = "### \(f.severity.rawValue): \(MarkdownEscape.text(f.rule)) (\(MarkdownEscape.text(f.id)))\n\n"
    out += MarkdownEscape.text(f.message) + "\n\n"
    if !f.evidence.isEmpty {
      out += "| source | what it says | how it reads | line:col |\n|---|---|---|---|\n"
      for e in f.evidence {
        let reading = e.reading.map(MarkdownEscape.text) ?? "—"
        out += "| \(MarkdownEscape.code(e.source)) | \(MarkdownEscape.code(e.text)) | \(reading) | "
        out += "\(e.position.line):\(e.position.column) |\n"
      }
      out += "\n"
    }
    if let cause = f.likelyCause { out += "*Likely cause:* " + MarkdownEscape.text(cause) + "\n\n" }
    return out
  }
}
