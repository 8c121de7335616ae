import FactDiffModel
import FactDiffSources
import Foundation
import Testing

/// Every bad input gives one error naming the source, with its reason and position, and the other sources in the
/// same read are still returned.
@Suite struct BadInputTests {
  let dir: TempDir
  let good: String

  init() throws {
    dir = try TempDir()
    good = try dir.write("good.txt", "The talks lasted six hours.")
  }

  /// Reads `paths` plus the good file, checks the good one came through and returns the single error.
  func onlyError(
    _ paths: [String], options: ReadOptions = ReadOptions(),
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> SourceError {
    let result = read(paths + [good], options: options)
    #expect(result.sources.map(\.id) == ["good"], sourceLocation: sourceLocation)
    #expect(result.errors.count == 1, "\(describe(result))", sourceLocation: sourceLocation)
    return try #require(result.errors.first, sourceLocation: sourceLocation)
  }

  @Test func missingPath() throws {
    let path = dir.path + "/nope.txt"
    let e = try onlyError([path])
    #expect(e.reason == .notFound)
    #expect(e.path == path)
    #expect(e.message == "no such file or directory")
    #expect(e.description == "\(path): error: no such file or directory")
  }

  @Test func missingPathThroughAFile() throws {
    let e = try onlyError([good + "/x.txt"])
    #expect(e.reason == .notFound)
  }

  #if os(Linux)
    /// Reading /proc/self/mem at offset 0 fails with EIO: an unreadable file even for root.
    @Test func unreadableFile() throws {
      let e = try onlyError(["/proc/self/mem"])
      #expect(e.reason == .unreadable)
      #expect(e.path == "/proc/self/mem")
      #expect(e.message == "cannot read file: input/output error")
    }
  #endif

  @Test(.enabled(if: getuid() != 0, "root reads any file"))
  func fileWithoutReadPermission() throws {
    let path = try dir.write("locked.txt", "secret")
    chmod(path, 0)
    let e = try onlyError([path])
    #expect(e.reason == .unreadable)
    #expect(e.message == "cannot read file: permission denied")
  }

  @Test func directoryWithoutReports() throws {
    let empty = try dir.mkdir("empty")
    try dir.write("empty/notes.pdf", "%PDF")
    try dir.write("empty/.hidden.txt", "hidden")
    try dir.write("empty/sub/deep.txt", "not read without recursion")
    let e = try onlyError([empty])
    #expect(e.reason == .emptyDirectory)
    #expect(e.path == empty)
    #expect(e.message == "no reports (.txt, .md, .html, .htm, .jsonl) in directory")
    #expect(e.line == nil && e.byteOffset == nil)
  }

  @Test func invalidUTF8() throws {
    let path = try dir.write("bad.txt", bytes: Array("Line one\nab".utf8) + [0xFF] + Array("c".utf8))
    let e = try onlyError([path])
    #expect(e.reason == .invalidUTF8)
    #expect(e.byteOffset == 11)
    #expect(e.line == 2 && e.column == 3)
    #expect(e.message == "invalid UTF-8: byte 0xFF at byte offset 11")
    #expect(e.description == "\(path):2:3: error: invalid UTF-8: byte 0xFF at byte offset 11")
  }

  @Test(
    arguments: [
      ([0xC0, 0x80], 2),  // overlong NUL
      ([0xED, 0xA0, 0x80], 2),  // a surrogate
      ([0xF4, 0x90, 0x80, 0x80], 2),  // past U+10FFFF
      ([0xD0], 2),  // truncated at the end
      ([0xD0, 0x41], 2),  // a lead byte without its continuation
      ([0x80], 2),  // a lone continuation byte
    ] as [([UInt8], Int)])
  func invalidSequences(bad: [UInt8], offset: Int) throws {
    // "Я" is two valid bytes, so the bad sequence starts at byte offset 2, column 2.
    let bytes = Array("Я".utf8) + bad
    let e = try #require(read(bytes: bytes, name: "x.txt").errors.first)
    #expect(e.reason == .invalidUTF8)
    #expect(e.byteOffset == offset)
    #expect(e.line == 1 && e.column == 2)
  }

  @Test func binaryFile() throws {
    let path = try dir.write("photo.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x00, 0x1A, 0x0A])
    let e = try onlyError([path])
    #expect(e.reason == .binary)
    #expect(e.byteOffset == 5)
    #expect(e.message == "binary file: NUL byte")
    #expect(e.description == "\(path): error: binary file: NUL byte (byte offset 5)")
  }

  @Test func utf16File() throws {
    let path = try dir.write("wide.txt", bytes: [0xFF, 0xFE] + Array("Hi".utf16).flatMap { [UInt8($0), 0] })
    let e = try onlyError([path])
    #expect(e.reason == .invalidUTF8)
    #expect(e.byteOffset == 0)
    #expect(e.message == "invalid UTF-8: the file is UTF-16 (byte-order mark at byte offset 0); save it as UTF-8")
  }

  @Test func emptyFile() throws {
    let path = try dir.write("empty.txt", "")
    let e = try onlyError([path])
    #expect(e.reason == .empty)
    #expect(e.message == "empty file")
    #expect(e.description == "\(path): error: empty file")
  }

  @Test func whiteSpaceOnly() throws {
    let e = try onlyError([try dir.write("blank.md", " \n\t\r\n  ")])
    #expect(e.reason == .empty)
    #expect(e.message == "empty file: only white space")
  }

  @Test func frontMatterOnly() throws {
    let e = try onlyError([try dir.write("meta.md", "---\noutlet: TASS\n---\n\n  \n")])
    #expect(e.reason == .empty)
    #expect(e.message == "empty report: no text after the front matter")
  }

  @Test func htmlWithoutText() throws {
    let e = try onlyError([try dir.write("page.html", "<html><script>var a = 1;</script><p> </p></html>")])
    #expect(e.reason == .empty)
    #expect(e.message == "empty report: no text in the HTML")
  }

  @Test func tooLarge() throws {
    let path = try dir.write("big.txt", String(repeating: "word ", count: 20))
    let e = try onlyError([path], options: ReadOptions(maxBytes: 99))
    #expect(e.reason == .tooLarge)
    #expect(e.message == "file too large: 100 bytes (the limit is 99 bytes)")
    let fits = read([path], options: ReadOptions(maxBytes: 100))
    #expect(fits.errors.isEmpty && fits.sources.count == 1)
  }

  @Test func tooLargeStdin() throws {
    let result = read(["-"], options: ReadOptions(maxBytes: 3), stdin: Array("four".utf8))
    #expect(
      result.errors.map(\.description) == ["<stdin>: error: file too large: more than 3 bytes (the limit is 3 bytes)"])
  }

  @Test func malformedYAML() throws {
    let path = try dir.write("yaml.md", "---\noutlet: TASS\nlanguage: [ru\n---\nТекст.\n")
    let e = try onlyError([path])
    #expect(e.reason == .frontMatter)
    #expect(e.line == 4)
    #expect(e.message.hasPrefix("malformed front matter: did not find expected ',' or ']'"))
  }

  @Test func malformedYAMLIndentation() throws {
    let path = try dir.write("yaml.md", "---\noutlet: TASS\n  language: ru\n---\nТекст.\n")
    let e = try onlyError([path])
    #expect(e.reason == .frontMatter)
    #expect(e.line == 3 && e.column == 11)
    #expect(e.message == "malformed front matter: mapping values are not allowed in this context")
    #expect(
      e.description == "\(path):3:11: error: malformed front matter: mapping values are not allowed in this context")
  }

  @Test func unknownLanguage() throws {
    let e = try onlyError([try dir.write("de.txt", "---\noutlet: Spiegel\nlanguage: de\n---\nText.")])
    #expect(e.reason == .frontMatter)
    #expect(e.line == 3 && e.column == 11)
    #expect(e.message == "malformed front matter: unknown language 'de' (expected en, ru or uk)")
  }

  @Test func unparsablePublished() throws {
    let e = try onlyError([try dir.write("date.txt", "---\npublished: 27.02.2025\n---\nText.")])
    #expect(e.reason == .frontMatter)
    #expect(e.line == 2 && e.column == 12)
    #expect(
      e.message
        == "malformed front matter: cannot read published '27.02.2025' (expected an ISO date or date-time such as "
        + "2025-02-27 or 2025-02-27T17:42+03:00)")
  }

  @Test func frontMatterNotAMapping() throws {
    let e = try onlyError([try dir.write("list.md", "---\n- outlet\n- TASS\n---\nText.")])
    #expect(e.reason == .frontMatter)
    #expect(e.line == 2)
    #expect(e.message == "malformed front matter: expected keys and values (outlet, language, published, timezone)")
  }

  @Test func frontMatterValueNotScalar() throws {
    let e = try onlyError([try dir.write("nested.md", "---\noutlet:\n  name: TASS\n---\nText.")])
    #expect(e.reason == .frontMatter)
    #expect(e.line == 3)
    #expect(e.message == "malformed front matter: 'outlet' must be a single value")
  }

  @Test func unterminatedFrontMatter() throws {
    let path = try dir.write("open.md", "---\noutlet: TASS\n\nThe talks lasted six hours.\n")
    let e = try onlyError([path])
    #expect(e.reason == .frontMatter)
    #expect(e.line == 1 && e.column == 1)
    #expect(e.description == "\(path):1:1: error: unterminated front matter: no closing '---' line")
  }

  @Test func badJSONLLinesLeaveTheOthers() throws {
    let lines = [
      #"{"id": "a", "text": "First report."}"#,
      #"{"id": "b", "text": "unterminated}"#,
      #"{"text": "No id."}"#,
      #"{"id": "d", "text": 42}"#,
      #"["not", "an", "object"]"#,
      #"{"id": "f", "text": "Bad language.", "language": "fr"}"#,
      #"{"id": "g", "text": "   "}"#,
      #"{"id": "h", "text": "Bad outlet.", "outlet": 7}"#,
      "",
      #"{"id": "z", "text": "Last report."}"#,
    ]
    let path = try dir.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
    let result = read([path, good])
    #expect(result.sources.map(\.id) == ["a", "z", "good"])
    #expect(
      result.sources.allSatisfy {
        $0.path != path || $0.locator.original.count == lines.joined(separator: "\n").utf8.count + 1
      })
    let got = result.errors.map { "\($0.reason.rawValue) \($0.line ?? 0):\($0.column ?? 0) \($0.message)" }
    #expect(
      got == [
        "jsonl 2:35 malformed JSONL line: unterminated string",
        "jsonl 3:0 malformed JSONL line: missing \"id\"",
        "jsonl 4:0 malformed JSONL line: \"text\" must be a string",
        "jsonl 5:1 malformed JSONL line: expected a JSON object",
        "jsonl 6:50 malformed JSONL line: unknown language 'fr' (expected en, ru or uk)",
        "empty 7:21 empty report: \"text\" of \"g\" is blank",
        "jsonl 8:0 malformed JSONL line: \"outlet\" must be a string",
      ])
    #expect(result.errors.allSatisfy { $0.path == path })
    #expect(result.errors[1].description == "\(path):3: error: malformed JSONL line: missing \"id\"")
  }

  @Test func invalidUTF8InOneJSONLLine() throws {
    let bytes =
      Array(#"{"id": "a", "text": "ok"}"#.utf8) + [0x0A] + Array(#"{"id": "b", "text": "x"#.utf8) + [0xFE]
      + Array(#""}"#.utf8) + [0x0A] + Array(#"{"id": "c", "text": "ok"}"#.utf8)
    let result = read(bytes: bytes, name: "feed.jsonl")
    #expect(result.sources.map(\.id) == ["a", "c"])
    let e = try #require(result.errors.first)
    #expect(e.reason == .invalidUTF8)
    #expect(e.line == 2 && e.column == 23 && e.byteOffset == 48)
    #expect(e.message == "invalid UTF-8: byte 0xFE at byte offset 48")
  }

  @Test func nulInJSONL() throws {
    let result = read(bytes: Array(#"{"id": "a", "text": "x"}"#.utf8) + [0], name: "feed.jsonl")
    #expect(result.sources.isEmpty)
    #expect(result.errors.map(\.reason) == [.binary])
    #expect(result.errors.first?.byteOffset == 24)
  }

  @Test func malformedHTMLNeverFails() throws {
    let inputs = [
      "<p>unclosed <b>bold <i>italic", "a < b and c<d", "<!-- never closed <p>text</p>", "<a href=\"x>text",
      "<", "&", "&#", "&#x;", "<p>x</p></", "<!>", "<?xml?>text", "</ p>text", "<script>never closed",
    ]
    for html in inputs {
      let result = read(text: html, name: "x.html")
      #expect(result.sources.count + result.errors.count == 1, "\(html)")
    }
  }
}
