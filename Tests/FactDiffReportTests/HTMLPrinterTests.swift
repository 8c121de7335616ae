import Testing
import _FactDiffTestSupport

@Suite struct HTMLPrinterTests {
  /// The substrings of `html` between `open` and the next `close`.
  func between(_ html: String, _ open: String, _ close: String) -> [String] {
    var out: [String] = []
    var rest = Substring(html)
    while let a = rest.range(of: open) {
      rest = rest[a.upperBound...]
      guard let b = rest.range(of: close) else { break }
      out.append(String(rest[..<b.lowerBound]))
      rest = rest[b.upperBound...]
    }
    return out
  }

  @Test func selfContainedPage() {
    let (report, sources) = Fixtures.checked()
    let html = HTMLPrinter.render(report, sources: sources)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("content=\"\(HTMLPrinter.contentSecurityPolicy)\""))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("@import"))
    #expect(!html.contains("url("))
    #expect(!html.contains("src="))
    // No URL at all: every link is a fragment.
    #expect(!html.contains("http://") && !html.contains("https://"))
    for href in between(html, "href=\"", "\"") { #expect(href.hasPrefix("#"), "\(href)") }
  }

  @Test func timelineShowsEveryReportAndMarksTheConflict() throws {
    let (report, sources) = Fixtures.checked()
    let f = try #require(report.findings.first { $0.rule == "span-vs-duration" })
    let html = HTMLPrinter.render(report, sources: sources)
    let svg = try #require(between(html, "<svg", "</svg>").first)
    #expect(svg.contains(">daily</text>"))
    #expect(svg.contains(">wire</text>"))
    #expect(svg.contains("10:00–16:20 · 6 h 30 min"))
    #expect(svg.components("class=\"row conflict\"").count == 2)  // the daily only
    #expect(svg.contains("<a href=\"#\(f.id)\"><text class=\"flag\""))
    #expect(svg.contains("class=\"duration\""))
    #expect(svg.contains("class=\"hedge\""))  // "about 4:20 p.m." allows a range
  }

  @Test func factsAreHighlightedWhereTheyStandAndLinkedToFindings() throws {
    let (report, sources) = Fixtures.checked()
    let html = HTMLPrinter.render(report, sources: sources)
    for fact in report.facts {
      let si = report.sources.firstIndex { $0.id == fact.source }!
      let anchor = "id=\"s\(si)-\(fact.position.offset)-\(fact.position.length)\""
      let marked = try #require(between(html, anchor, "</mark>").first, "\(fact.id) is not highlighted")
      #expect(marked.hasSuffix(">" + fact.text), "\(fact.id): \(marked)")
    }
    let f = try #require(report.findings.first)
    #expect(html.contains("<article class=\"finding sev-\(f.severity.rawValue)\" id=\"\(f.id)\">"))
    #expect(html.contains("<sup class=\"refs\"><a href=\"#\(f.id)\">\(f.id)</a></sup>"))
    let e = f.evidence[0]
    #expect(html.contains("<a href=\"#s0-\(e.position.offset)-\(e.position.length)\">“\(e.text)”</a>"))
  }

  @Test func hostileTextIsShownAsText() {
    let (report, sources) = Fixtures.hostileReport()
    let html = HTMLPrinter.render(report, sources: sources)
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("javascript:alert(1))\""))
    #expect(html.contains("&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt;"))
    #expect(html.contains("onerror=&quot;document.body.dataset.pwned=2&quot;"))
    for href in between(html, "href=\"", "\"") { #expect(href.hasPrefix("#"), "\(href)") }
    for title in between(html, "title=\"", "\"") { #expect(!title.contains("<") && !title.contains("'"), "\(title)") }
    #expect(!html.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    // The right-to-left override in the report shows as a visible mark.
    #expect(html.contains(">U+202E</span>"))
  }

  @Test func escapeCoversTextAndAttributes() {
    #expect(HTMLEscape.text("<a href='x'>\"&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;")
    #expect(HTMLEscape.text("a\u{1B}[31mb\u{202E}c") == "a\u{FFFD}[31mb\u{FFFD}c")
    #expect(HTMLEscape.id("F1") == "F1")
    #expect(HTMLEscape.id("x\" onmouseover=\"y") == "x__onmouseover__y")
  }

  @Test func timesGoOnOneUTCAxisWhenTheirOffsetsAreKnown() throws {
    var a = FactBuilder(id: "a", text: "Darchiev's talks began at 12:00 Moscow time.", published: "2025-02-27")
    a.person("Darchiev", entity: "P1", name: "Alexander Darchiev", attendance: .led)
    a.time("12:00 Moscow time", 12, 0, zone: .zone("Europe/Moscow"))
    var b = FactBuilder(id: "b", text: "Darchiev's talks began at 09:00 GMT.", published: "2025-02-27")
    b.person("Darchiev", entity: "P1", name: "Alexander Darchiev", attendance: .led)
    b.time("09:00 GMT", 9, 0, zone: .offset(0))
    let (findings, docs, events) = runChecks([a.document, b.document])
    let facts = docs.flatMap(\.facts)
    let report = Report(
      sources: docs.map { .init(id: $0.source.id, path: $0.source.id, language: .en) }, facts: facts,
      findings: findings, groups: events.groups)
    let times = facts.filter { $0.kind == .time }
    try #require(times.count == 2 && times.allSatisfy { $0.slot == .start && $0.event == "main" })
    // Without offsets: drawn as stated, 12:00 and 09:00, and the legend says the zones differ.
    let stated = HTMLPrinter.render(report)
    #expect(stated.contains("in different zones"))
    #expect(!stated.contains(" UTC</text>"))
    // With offsets: both at 09:00 UTC, the same x.
    let placed = HTMLPrinter.render(report, utcOffsets: [times[0].id: 10800, times[1].id: 0])
    #expect(placed.contains(" UTC</text>"))
    #expect(placed.contains("Times are drawn in UTC"))
    let xs = between(placed, "<rect class=\"point\" x=\"", "\"")
    #expect(xs.count == 2 && xs[0] == xs[1])
  }

  @Test func multiByteTextKeepsHighlightsInPlace() throws {
    var b = FactBuilder(
      id: "ru", text: "Переговоры в Астане начались в 10:00 и длились «почти пять часов».", language: .ru)
    b.time("10:00", 10, 0)
    b.duration("почти пять часов", 18000, hedge: .nearly)
    let doc = b.document
    let report = Report(
      sources: [.init(id: "ru", path: "ru.txt", language: .ru)], facts: doc.facts, findings: [], groups: [["ru"]])
    let html = HTMLPrinter.render(report, sources: [doc.source])
    for fact in doc.facts {
      let marked = try #require(
        between(html, "id=\"s0-\(fact.position.offset)-\(fact.position.length)\"", "</mark>").first)
      #expect(marked.hasSuffix(">" + fact.text))
    }
  }
}

extension String {
  /// The pieces of the string between occurrences of `separator`.
  func components(_ separator: String) -> [Substring] {
    var out: [Substring] = []
    var rest = Substring(self)
    while let r = rest.range(of: separator) {
      out.append(rest[..<r.lowerBound])
      rest = rest[r.upperBound...]
    }
    out.append(rest)
    return out
  }
}
