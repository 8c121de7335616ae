import FactDiffModel

/// `--format html`: one self-contained page (no network: inline CSS and SVG, no fonts, no scripts).
///
/// For each group of reports that tell one event: a timeline of each report's start, end and stated duration with
/// the conflicts marked, the findings with their side-by-side tables, then the reports side by side with every
/// fact highlighted and linked to the findings it takes part in. Every piece of report text is escaped
/// (`HTMLEscape`); ids and links are built from factdiff's own numbers, never from report text; a
/// Content-Security-Policy forbids scripts, frames, forms and any network access.
public enum HTMLPrinter {
  /// The Content-Security-Policy of the page: inline styles, nothing else.
  public static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

  /// One group of reports on the page.
  struct Group {
    var number: Int
    var sources: [String]
    var findings: [Finding]
  }

  /// The page. `sources` are the reports as read; a report missing from it shows without its text.
  /// `utcOffsets` (fact id → seconds east of UTC) put the times of a timeline on one UTC axis when every time
  /// drawn has one; otherwise times are drawn as each report states them, and the legend says so when the reports
  /// use different zones.
  public static func render(_ r: Report, sources: [Source] = [], utcOffsets: [String: Int] = [:]) -> String {
    let summary = ReportSummary(r)
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
      <meta name="referrer" content="no-referrer">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>factdiff: \(HTMLEscape.text(summary.sentence))</title>
      <style>
      \(HTMLStyle.css)</style>
      </head>
      <body>
      <header>
      <h1>factdiff</h1>
      <p class="summary">\(HTMLEscape.text(summary.sentence))</p>

      """
    if !r.errors.isEmpty {
      out += "<ul class=\"input-errors\">\n"
      for e in r.errors { out += "<li>\(HTMLEscape.text(e.description))</li>\n" }
      out += "</ul>\n"
    }
    out += "</header>\n<main>\n"
    let texts = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for g in groups(r) {
      out += section(g, report: r, texts: texts, offsets: utcOffsets, numbered: r.groups.count > 1)
    }
    out += "</main>\n</body>\n</html>\n"
    return out
  }

  /// The groups of reports, each with its findings; sources in no group (and findings about them) come last.
  static func groups(_ r: Report) -> [Group] {
    var groups = r.groups.enumerated().map { Group(number: $0.offset + 1, sources: $0.element, findings: []) }
    let grouped = Set(r.groups.joined())
    let rest = r.sources.map(\.id).filter { !grouped.contains($0) }
    if !rest.isEmpty || groups.isEmpty { groups.append(Group(number: groups.count + 1, sources: rest, findings: [])) }
    for f in r.findings {
      let first = f.sources.first ?? f.evidence.first?.source ?? ""
      let k = groups.firstIndex { $0.sources.contains(first) } ?? groups.count - 1
      groups[k].findings.append(f)
    }
    return groups
  }

  static func section(
    _ g: Group, report r: Report, texts: [String: Source], offsets: [String: Int], numbered: Bool
  ) -> String {
    let names = g.sources.map(HTMLEscape.text).joined(separator: ", ")
    var out = "<section class=\"event\" id=\"event-\(g.number)\">\n"
    out += "<h2>\(numbered ? "Event \(g.number)" : "The event") <span class=\"reports-list\">\(names)</span></h2>\n"
    out += Timeline(group: g, report: r, offsets: offsets).svg()
    out += "<h3>Findings</h3>\n"
    if g.findings.isEmpty {
      out += "<p class=\"quiet\">No findings: these reports agree on every fact compared.</p>\n"
    }
    var sub = r
    sub.findings = FindingList(g.findings)
    for s in FindingSection.sections(of: sub) {
      out += "<h4 class=\"slot\">\(HTMLEscape.text(s.title))</h4>\n"
      for f in s.findings { out += finding(f, report: r) }
    }
    out += "<h3>The reports</h3>\n<div class=\"reports\">\n"
    for id in g.sources {
      out += ReportPane(source: id, report: r, text: texts[id]).html()
    }
    out += "</div>\n</section>\n"
    return out
  }

  /// The anchor of a finding.
  static func anchor(_ f: Finding) -> String { HTMLEscape.id(f.id) }

  /// The anchor of a highlighted statement in a report pane.
  static func anchor(source index: Int, offset: Int, length: Int) -> String { "s\(index)-\(offset)-\(length)" }

  static func finding(_ f: Finding, report r: Report) -> String {
    let sev = f.severity.rawValue
    var out = "<article class=\"finding sev-\(sev)\" id=\"\(anchor(f))\">\n"
    out += "<p class=\"head\"><span class=\"sev\">\(sev)</span> <code>\(HTMLEscape.text(f.rule))</code> "
    out += "<a class=\"fid\" href=\"#\(anchor(f))\">\(HTMLEscape.text(f.id))</a></p>\n"
    out += "<p class=\"message\">\(HTMLEscape.text(f.message))</p>\n"
    if !f.evidence.isEmpty {
      out +=
        "<table>\n<thead><tr><th>source</th><th>what it says</th><th>how it reads</th><th>line:col</th></tr></thead>\n<tbody>\n"
      for e in f.evidence {
        let si = r.sources.firstIndex { $0.id == e.source }
        let quote = "“\(HTMLEscape.text(e.text))”"
        let says =
          si.map {
            "<a href=\"#\(anchor(source: $0, offset: e.position.offset, length: e.position.length))\">\(quote)</a>"
          } ?? quote
        out += "<tr class=\"group-\(e.group % 4)\"><td>\(HTMLEscape.text(e.source))</td><td class=\"says\">\(says)</td>"
        out +=
          "<td>\(e.reading.map(HTMLEscape.text) ?? "—")</td><td>\(e.position.line):\(e.position.column)</td></tr>\n"
      }
      out += "</tbody>\n</table>\n"
    }
    if let cause = f.likelyCause {
      out += "<p class=\"cause\"><strong>Likely cause:</strong> \(HTMLEscape.text(cause))</p>\n"
    }
    out += "</article>\n"
    return out
  }
}
