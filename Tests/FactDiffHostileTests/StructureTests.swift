import FactDiff
import Testing

/// Hostile structure: HTML nested deep or never closed, front matter never closed or built to explode, JSON nested
/// deep. Each reads in linear time to a clear error or to the text a browser would show.
@Suite struct StructureTests {
  static let sentence = "<p>Talks lasted six hours on Thursday.</p>"

  static func html(_ s: String) -> [UInt8] { Array(s.utf8) }

  /// Inputs that must still give the sentence's duration.
  static let readableHTML: [(String, String)] = [
    (
      "200 000 nested divs",
      String(repeating: "<div>", count: 200_000) + sentence + String(repeating: "</div>", count: 7)
    ),
    ("100 000 unclosed inline tags after the text", sentence + String(repeating: "<b><i><span>", count: 100_000)),
    ("unclosed tags before the text", String(repeating: "<table><tr><td>", count: 50_000) + sentence),
    ("an unterminated attribute quote, 100 000 times", sentence + String(repeating: "<a href='x", count: 100_000)),
    ("200 000 stray '<'", sentence + String(repeating: "<", count: 200_000)),
    ("200 000 stray '</'", sentence + String(repeating: "</", count: 200_000)),
    ("an unterminated comment", sentence + "<!--" + String(repeating: "- -> --!>", count: 50_000)),
    ("an unclosed script", sentence + "<script>" + String(repeating: "</scrip", count: 50_000)),
    ("an unclosed style", sentence + "<style>" + String(repeating: "p { x: '</sty' }", count: 20_000)),
    ("100 000 unclosed textareas", sentence + String(repeating: "<textarea>x", count: 100_000)),
    ("a tag with 200 000 attributes", "<p " + String(repeating: "a=\"b\" ", count: 200_000) + ">" + sentence),
    ("a 100 000-letter tag name", "<" + String(repeating: "x", count: 100_000) + ">" + sentence),
    (
      "bad character references",
      sentence + String(repeating: "&#9999999999999999999;&#x110000;&#0;&#xD800;&amp&", count: 20_000)
    ),
    ("a <pre> never closed, 100 000 deep", String(repeating: "<pre>", count: 100_000) + sentence),
    ("CDATA and processing instructions", "<![CDATA[ x ]]><?php echo 1 ?>" + sentence + "<![CDATA["),
  ]

  @Test(arguments: 0..<readableHTML.count)
  func hostileHTML(_ k: Int) throws {
    let (name, page) = Self.readableHTML[k]
    let o = Hostile.run(Self.html(page), path: "page.html", checks: false)
    #expect(o.read.errors.isEmpty, "\(name): \(o.read.errors)")
    #expect(o.hostileFacts.contains { $0.kind == .duration && $0.text == "six hours" }, "\(name)")
    #expect(o.seconds < 30, "\(name) took \(o.seconds) s")
  }

  /// HTML whose text is all swallowed (an unclosed script or comment from the start) is an empty report.
  @Test func htmlWithoutText() throws {
    for page in [
      "<script>" + Self.sentence, "<!--" + Self.sentence, "<style>" + Self.sentence,
      String(repeating: "<div>", count: 100_000),
    ] {
      let o = Hostile.run(Self.html(page), path: "page.html")
      let e = try #require(o.error, "\(page.prefix(20))")
      #expect(e.reason == .empty && e.message == "empty report: no text in the HTML")
    }
  }

  /// A script, style or comment holding report-like text never leaks into the facts.
  @Test func scriptsAreNotText() throws {
    let page =
      "<script>var s = 'Talks lasted nine hours.';</script><style>/* 11:00 */</style><!-- 12:00 -->"
      + Self.sentence
    let o = Hostile.run(Self.html(page), path: "page.html")
    #expect(o.hostileFacts.contains { $0.text == "six hours" })
    #expect(!o.hostileFacts.contains { ["nine hours", "11:00", "12:00"].contains($0.text) })
  }

  /// Front matter that never closes, is malformed, or is built to blow up a YAML parser: one error at its line.
  @Test func hostileFrontMatter() throws {
    var laughs = ["---", "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
    for k in 1..<9 {
      let name = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(k)))
      let previous = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(k - 1)))
      laughs.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
    }
    laughs += ["outlet: *i", "---", "Talks lasted six hours."]
    let cases: [(String, String, String, Int?)] = [
      ("unterminated", "---\nlanguage: en\nTalks lasted six hours.\n", "unterminated front matter", 1),
      ("only an opening line", "---\n", "unterminated front matter", 1),
      (
        "100 000 lines, unterminated", "---\n" + String(repeating: "k: v\n", count: 100_000),
        "unterminated front matter", 1
      ),
      ("malformed YAML", "---\nlanguage: [en\n---\nTalks lasted six hours.\n", "malformed front matter", nil),
      ("billion laughs", laughs.joined(separator: "\n") + "\n", "malformed front matter", nil),
      (
        "100 000 nested lists",
        "---\nx: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
          + "\n---\nTalks lasted six hours.\n", "malformed front matter", 2
      ),
      (
        "100 000 nested mappings",
        "---\nx: " + String(repeating: "{a: ", count: 100_000) + "1"
          + String(repeating: "}", count: 100_000) + "\n---\nTalks lasted six hours.\n", "malformed front matter", 2
      ),
      (
        "an unknown language", "---\nlanguage: \u{1B}[31mfr\n---\nTalks lasted six hours.\n", "malformed front matter",
        2
      ),
      (
        "a date that does not exist", "---\npublished: 2025-02-30\n---\nTalks lasted six hours.\n",
        "malformed front matter", 2
      ),
      ("nothing after it", "---\nlanguage: en\n---\n\n \n", "empty report", nil),
      (
        "an escape character in a value", "---\noutlet: \u{1B}[31mred\n---\nTalks lasted six hours.\n",
        "malformed front matter: control characters are not allowed", 2
      ),
    ]
    for (name, text, prefix, line) in cases {
      let o = Hostile.run(Array(text.utf8), path: "front.md")
      let e = try #require(o.error, "\(name) was read")
      #expect(e.message.hasPrefix(prefix), "\(name): \(e)")
      if let line { #expect(e.line == line, "\(name): \(e)") }
      #expect(o.seconds < 30, "\(name) took \(o.seconds) s")
    }
  }

  /// A front matter's values that are odd but valid are kept, and the text is read.
  @Test func oddFrontMatterValues() throws {
    let text =
      "---\noutlet: \"\u{202E}evil <script>alert(1)</script> ::error::x\"\ntimezone: Mars/Olympus_Mons\n"
      + "extra: [1, 2]\n---\n"
      + "Talks began at 10:00 and lasted six hours.\n"
    let o = Hostile.run(Array(text.utf8), path: "front.md")
    #expect(o.read.errors.isEmpty)
    #expect(o.hostileFacts.contains { $0.text == "10:00" && $0.position.line == 6 })
    Hostile.expectSafeOutput(o)
  }

  /// An error that quotes the report (a JSONL id, a front matter value) stays on one line: its line breaks are
  /// written as escapes.
  @Test func errorsQuotingReportTextStayOnOneLine() throws {
    let jsonl = Hostile.run(Array(#"{"id":"a\nb\r\u2028c","text":"  "}"#.utf8), path: "feed.jsonl")
    #expect(jsonl.error?.message == #"empty report: "text" of "a\nb\r\u{2028}c" is blank"#)
    let front = Hostile.run(Array("---\nlanguage: \"en\\nfr\"\n---\nTalks lasted six hours.\n".utf8), path: "a.md")
    #expect(front.error?.message == #"malformed front matter: unknown language 'en\nfr' (expected en, ru or uk)"#)
  }

  /// JSON Lines: a line nested 100 000 deep, a truncated line, a line that is not an object, a missing id: an
  /// error for that line only, every other line read.
  @Test func hostileJSONL() throws {
    let good = #"{"id":"good","text":"Talks lasted six hours."}"#
    let lines = [
      #"{"id":"deep","text":"x","extra":"# + String(repeating: "[", count: 100_000)
        + String(repeating: "]", count: 100_000) + "}",
      #"{"id":"cut","text":"Talks lasted"#,
      #"["id","text"]"#,
      #"{"text":"Talks lasted six hours."}"#,
      #"{"id":"  ","text":"Talks lasted six hours."}"#,
      #"{"id":"num","text":42}"#,
      #"{"id":"esc","text":"bad \x escape"}"#,
      #"{"id":"lone","text":"\ud800 six hours"}"#,
      good,
    ]
    let o = Hostile.run(Array(lines.joined(separator: "\n").utf8), path: "feed.jsonl")
    #expect(o.read.sources.map(\.id) == ["lone", "good"])
    #expect(o.read.errors.map(\.line) == [1, 2, 3, 4, 5, 6, 7])
    #expect(o.read.errors[0].message.contains("nested too deeply"))
    #expect(o.hostileFacts.contains { $0.source == "good" && $0.kind == .duration && $0.position.line == 9 })
  }
}
