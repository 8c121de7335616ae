import Testing
import _FactDiffTestSupport

@Suite struct MarkdownPrinterTests {
  /// The table rows of a Markdown document: lines starting with `|`.
  func rows(_ md: String) -> [String] { md.split(separator: "\n").map(String.init).filter { $0.hasPrefix("|") } }

  /// The number of cell boundaries in a row: pipes not escaped by a backslash.
  func boundaries(_ row: String) -> Int {
    var n = 0
    var escaped = false
    for c in row {
      if c == "|" && !escaped { n += 1 }
      escaped = c == "\\" && !escaped
    }
    return n
  }

  @Test func sideBySideTables() throws {
    let (report, _) = Fixtures.checked()
    let f = try #require(report.findings.first)
    let md = MarkdownPrinter.render(report)
    #expect(md.hasPrefix("# factdiff: \(ReportSummary(report).sentence)\n"))
    #expect(md.contains("## main · duration\n"))
    #expect(md.contains("| source | what it says | how it reads | line:col |"))
    for e in f.evidence { #expect(md.contains("`\(e.text)`")) }
  }

  /// True when `c` occurs in `s` without a backslash before it (outside the table's own cell pipes).
  func unescaped(_ s: String, _ c: Character) -> Bool {
    for line in s.split(separator: "\n") where !line.allSatisfy({ "|-: ".contains($0) }) {
      let chars = Array(line.hasPrefix("|") ? line.dropFirst().dropLast() : line)
      for (i, x) in chars.enumerated() where x == c {
        if c == "|" && i > 0 && chars[i - 1] == " " && i + 1 < chars.count && chars[i + 1] == " " { continue }
        if i == 0 || chars[i - 1] != "\\" { return true }
      }
    }
    return false
  }

  /// The document without its code spans (GitHub renders those as text: no HTML, links or mentions inside).
  func outsideCode(_ md: String) -> String {
    var out = ""
    let chars = Array(md)
    var i = 0
    while i < chars.count {
      guard chars[i] == "`", i == 0 || chars[i - 1] != "\\" else {
        out.append(chars[i])
        i += 1
        continue
      }
      var n = 0
      while i + n < chars.count && chars[i + n] == "`" { n += 1 }
      let fence = String(repeating: "`", count: n)
      var j = i + n
      var closed = false
      while j < chars.count {
        if chars[j] == "`" {
          var m = 0
          while j + m < chars.count && chars[j + m] == "`" { m += 1 }
          if m == n {
            closed = true
            j += m
            break
          }
          j += m
        } else {
          j += 1
        }
      }
      if closed { out += " CODE " } else { out += fence }
      i = closed ? j : i + n
    }
    return out
  }

  @Test func hostileTextCannotBreakTablesOrInjectMarkup() {
    let (report, _) = Fixtures.hostileReport()
    let full = MarkdownPrinter.render(report)
    let md = outsideCode(full).replacingAll("*Likely cause:*", "")
    #expect(md.contains(" CODE "))
    for row in rows(full) { #expect(boundaries(row) == 5, "\(row)") }
    // Outside code spans, every character Markdown or HTML would act on is escaped.
    for c: Character in ["<", ">", "[", "]", "`", "&", "|", "*", "_"] {
      #expect(!unescaped(md, c), "unescaped \(c) in \(md)")
    }
    #expect(md.contains("\\<script\\>"))
    #expect(!md.contains("https://"))
    #expect(!md.contains("www."))
    #expect(!md.contains("@octocat"))
    #expect(!md.contains("#12"))
    #expect(!Fixtures.hasControl(full))
    #expect(!full.contains("\u{202E}"))
  }

  @Test func escapesEveryInlineSyntax() {
    #expect(MarkdownEscape.text("a|b") == "a\\|b")
    #expect(MarkdownEscape.text("<b>") == "\\<b\\>")
    #expect(MarkdownEscape.text("[x](y)") == "\\[x\\](y)")
    #expect(MarkdownEscape.text("*a* _b_ ~c~ `d`") == "\\*a\\* \\_b\\_ \\~c\\~ \\`d\\`")
    #expect(MarkdownEscape.text("&amp;") == "\\&amp;")
    #expect(MarkdownEscape.text("see https://x.org") == "see https\\://x.org")
    #expect(MarkdownEscape.text("www.x.org") == "www\\.x.org")
    #expect(MarkdownEscape.text("ask @bob") == "ask \\@\u{2060}bob")
    #expect(MarkdownEscape.text("line\nbreak") == "line break")
    #expect(MarkdownEscape.text("10:00, 5.5 h") == "10:00, 5.5 h")
  }

  @Test func codeSpansSurviveBackticksAndPipes() {
    #expect(MarkdownEscape.code("plain") == "`plain`")
    #expect(MarkdownEscape.code("a`b") == "``a`b``")
    #expect(MarkdownEscape.code("`x`") == "`` `x` ``")
    #expect(MarkdownEscape.code("a|b") == "`a\\|b`")
    #expect(MarkdownEscape.code("a\nb") == "`a b`")
  }
}
