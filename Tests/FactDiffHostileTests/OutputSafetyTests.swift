import FactDiff
import FactDiffFuzzing
import Foundation
import Testing

/// Reports that carry terminal escapes (SGR colours, OSC 8 hyperlinks, CR, backspace), `<script>`, `javascript:`
/// links, Markdown link syntax, `%0A` and `::error::` workflow commands and bidi controls, in their text, front
/// matter, JSONL ids and file names, through every output format: nothing active gets through.
@Suite struct OutputSafetyTests {
  /// Everything at once.
  static let payload =
    "\u{1B}[31mred\u{1B}[0m \u{1B}]8;;https://evil.example\u{07}link\u{1B}]8;;\u{1B}\\ \r\u{08}\u{08}"
    + "<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) "
    + "%0A::error file=evil::pwned \u{202E}desrever\u{202C} @octocat #1"

  /// A JSON string literal of `s` (for building JSONL).
  static func json(_ s: String) -> String {
    var out = ""
    JSONValue.escape(s, into: &out)
    return out
  }

  /// The hostile reports, each with a disagreement inside itself so that its text reaches the findings.
  static func writeReports(to dir: Hostile.TempDir) throws {
    let conflict = "The talks began at 10:00 and lasted five and a half hours, ending at 14:40."
    try dir.write(
      "evil-en.txt",
      """
      ---
      outlet: \(json(payload))
      language: en
      published: 2025-02-27
      ---
      ISTANBUL, Feb 27 — \(payload) \(conflict) Foreign Minister Sergey Lav\u{202E}rov attended.

      “\(payload) We agreed on everything,” Lavrov said. \(payload)

      """)
    let id = "\(payload)\nsecond line"
    try dir.write(
      "feed.jsonl",
      "{\"id\":\(json(id)),\"outlet\":\(json(payload)),\"text\":\(json("\(conflict) \(payload) Dmitry Peskov attended."))}\n"
        + "{\"id\":\"plain\",\"text\":\"The talks lasted six hours. Hakan Fidan attended.\"}\n")
    try dir.write(
      "page-en.html",
      """
      <html><head><title>\(payload)</title><script>document.title='pwned'</script></head><body>
      <p>\(conflict) &lt;script&gt;alert(4)&lt;/script&gt; <a href="javascript:alert(5)">[x](javascript:alert(6))</a>
      &#x1B;[31m &#x202E; &#13; ::error::html</p></body></html>
      """)
    try dir.write("\u{1B}[31m::error::name%0A<img src=x onerror=alert(7)>\r\n.txt", "\(conflict)\n")
  }

  /// The id of the first JSONL report.
  static let hostileID = "\(payload)\nsecond line"

  @Test(arguments: ReportFormat.allCases)
  func everyFormatThroughTheCommandLine(_ format: ReportFormat) throws {
    let dir = try Hostile.TempDir()
    try Self.writeReports(to: dir)
    let run = try Binary.run(
      ["check", "--no-config", "--format", format.rawValue, "--fail-on", "never", "."], cwd: dir.url)
    #expect(run.status == 0, "\(run.err)")
    #expect(OutputSafety.firstControl(in: run.err, allowing: [0x0A]) == nil, "standard error: \(run.err)")
    let out = run.out
    #expect(out.contains("five and a half hours"), "the reports' findings are missing")
    #expect(OutputSafety.problem(in: out, format: format) == nil)
    Self.expectInactive(out, format: format)
  }

  /// The text format with colours on: the only escape sequences are factdiff's own colours.
  @Test func colouredTextHasOnlyItsOwnColours() throws {
    let dir = try Hostile.TempDir()
    try Self.writeReports(to: dir)
    let run = try Binary.run(["check", "--no-config", "--color", "always", "--fail-on", "never", "."], cwd: dir.url)
    #expect(run.status == 0)
    var stripped = ""
    var scalars = Array(run.out.unicodeScalars)[...]
    var sequences = 0
    while let u = scalars.first {
      scalars = scalars.dropFirst()
      guard u == "\u{1B}" else {
        stripped.unicodeScalars.append(u)
        continue
      }
      // Only SGR: ESC [ digits and semicolons m.
      #expect(scalars.first == "[", "an escape that is not a colour")
      scalars = scalars.dropFirst()
      while let d = scalars.first, d == ";" || ("0"..."9").contains(d) { scalars = scalars.dropFirst() }
      #expect(scalars.first == "m", "an escape that is not a colour")
      scalars = scalars.dropFirst()
      sequences += 1
    }
    #expect(sequences > 0)
    #expect(OutputSafety.problem(in: stripped, format: .text) == nil)
  }

  /// The same reports through the library's printers, and through `extract`.
  @Test func everyFormatThroughTheLibrary() async throws {
    let dir = try Hostile.TempDir()
    try Self.writeReports(to: dir)
    let result = await Pipeline.run(paths: [dir.path])
    #expect(result.report.errors.isEmpty)
    #expect(result.report.sources.contains { $0.id == Self.hostileID })
    for format in ReportFormat.allCases {
      for color in [false, true] where !color || format == .text {
        let out = ReportRenderer.render(
          result.report, as: format, options: RenderOptions(color: color, sources: result.documents.map(\.source)))
        if !color {
          #expect(OutputSafety.problem(in: out, format: format) == nil, "\(format)")
          Self.expectInactive(out, format: format)
        }
      }
    }
    #expect(OutputSafety.problem(in: FactTextPrinter.render(result.report), format: .line) == nil)
    #expect(OutputSafety.problem(in: JSONPrinter.extract(result.report), format: .json) == nil)
  }

  /// Input errors on standard error are cleaned as well: a JSONL id and a file name are report text.
  @Test func inputErrorsOnStandardError() throws {
    let dir = try Hostile.TempDir()
    try dir.write("feed.jsonl", "{\"id\":\(Self.json(Self.payload)),\"text\":\"   \"}\n")
    try dir.write("\u{1B}]8;;x\u{07}\u{202E}.txt", [0xFF])
    let run = try Binary.run(["check", "--no-config", "."], cwd: dir.url)
    #expect(run.status == 2)
    let lines = run.err.split(separator: "\n")
    #expect(lines.count == 2, "\(run.err)")
    #expect(OutputSafety.firstControl(in: run.err, allowing: [0x0A]) == nil, "\(run.err)")
  }

  /// What each format must not let through, beyond `OutputSafety`.
  static func expectInactive(_ out: String, format: ReportFormat, sourceLocation: SourceLocation = #_sourceLocation) {
    switch format {
    case .github:
      for line in out.split(separator: "\n") {
        // `::command props::message`: the props hold only factdiff's keys, escaped values.
        let body = line.drop { $0 != " " }.dropFirst()
        guard let end = body.range(of: "::") else {
          Issue.record("no '::' in \(line)", sourceLocation: sourceLocation)
          continue
        }
        for prop in body[..<end.lowerBound].split(separator: ",") {
          let key = prop.prefix { $0 != "=" }
          #expect(
            ["file", "line", "col", "endColumn", "title"].contains(String(key)), "property \(prop)",
            sourceLocation: sourceLocation)
        }
      }
      #expect(!out.contains("%0A::error file=evil"), "a report's %0A was not escaped", sourceLocation: sourceLocation)
      #expect(out.contains("%250A::error"), sourceLocation: sourceLocation)
    case .markdown:
      let prose = Array(withoutCodeSpans(out))
      for (k, c) in prose.enumerated() where c == "<" || c == "[" || c == "]" {
        #expect(k > 0 && prose[k - 1] == "\\", "an unescaped \(c) in Markdown prose", sourceLocation: sourceLocation)
      }
    case .html:
      // Report text is escaped, so every '<' opens one of the page's own tags: none may run a script, load
      // anything or link to javascript:.
      for tag in tags(in: out) {
        let t = tag.lowercased()
        let name = String(t.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "!" })
        #expect(
          !["script", "img", "iframe", "object", "embed", "link", "base", "form"].contains(name),
          "<\(name)> in the page", sourceLocation: sourceLocation)
        #expect(!t.contains("javascript:"), "\(tag)", sourceLocation: sourceLocation)
        #expect(
          !t.split(whereSeparator: { $0 == " " || $0 == "\n" }).contains { $0.hasPrefix("on") && $0.contains("=") },
          "an event handler in \(tag)", sourceLocation: sourceLocation)
      }
      #expect(out.contains("Content-Security-Policy"), sourceLocation: sourceLocation)
      #expect(
        out.contains("&lt;script&gt;"), "the report's script is not shown as text", sourceLocation: sourceLocation)
    case .json, .sarif:
      guard let value = try? JSONParser.parse(out) else { return }
      if format == .json {
        #expect(
          strings(in: value).contains(hostileID), "the JSONL id did not round-trip", sourceLocation: sourceLocation)
      }
    case .text, .line:
      #expect(!out.contains("\u{1B}"), sourceLocation: sourceLocation)
    }
  }

  /// The tags of an HTML page (`<` to the next `>`), the contents of `<style>` skipped.
  static func tags(in html: String) -> [Substring] {
    var out: [Substring] = []
    var rest = html[...]
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else { break }
      let tag = rest[open...close]
      out.append(tag)
      rest = rest[rest.index(after: close)...]
      if tag.lowercased().hasPrefix("<style"), let end = rest.range(of: "</style>") { rest = rest[end.lowerBound...] }
    }
    return out
  }

  /// Markdown with every code span removed (a run of backticks up to the next run of the same length); a
  /// backslash escape is kept as it is.
  static func withoutCodeSpans(_ s: String) -> String {
    let c = Array(s)
    var out: [Character] = []
    var i = 0
    while i < c.count {
      if c[i] == "\\", i + 1 < c.count {
        out.append(c[i])
        out.append(c[i + 1])
        i += 2
        continue
      }
      guard c[i] == "`" else {
        out.append(c[i])
        i += 1
        continue
      }
      var n = 0
      while i + n < c.count, c[i + n] == "`" { n += 1 }
      var j = i + n
      var closed = false
      while j < c.count {
        if c[j] == "`" {
          var m = 0
          while j + m < c.count, c[j + m] == "`" { m += 1 }
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
      if closed {
        i = j
      } else {
        out.append(contentsOf: c[i..<(i + n)])
        i += n
      }
    }
    return String(out)
  }

  static func strings(in v: JSONValue) -> [String] {
    switch v {
    case .string(let s): return [s]
    case .array(let a): return a.flatMap(strings)
    case .object(let o): return o.flatMap { [$0.0] + strings(in: $0.1) }
    default: return []
    }
  }
}
