import FactDiff
import FactDiffFuzzing
import Testing

/// Bytes that are not text: random bytes, every kind of invalid UTF-8, NUL bytes. Each gives a clear error naming
/// the file (with line, column and byte offset where it can) or a source, and the normal report read with it keeps
/// its facts.
@Suite struct ByteLevelTests {
  static let formats = ["txt", "md", "html", "jsonl"]

  /// Random bytes of random lengths in every format, and random mixes of the tokens the readers react to.
  @Test(arguments: formats)
  func randomBytes(format: String) {
    var rng = SeededRandom(seed: 0xFAC7_D1FF ^ UInt64(format.utf8.count))
    for _ in 0..<25 {
      let n = Int.random(in: 0...3000, using: &rng)
      let bytes = (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }
      let o = Hostile.run(bytes, path: "random.\(format)", checks: true)
      // Random bytes are almost never UTF-8; the few that are give a source.
      #expect(o.read.sources.count + o.read.errors.count >= 1)
    }
  }

  /// Random text built from the pieces the readers and extractors react to (front matter, tags, JSON, dates,
  /// times, names, invisible characters), through the fuzzing harness and every printer.
  @Test(arguments: formats)
  func randomPieces(format: String) {
    let pieces = [
      "---\n", "language: ru\n", "published: 2025-02-30\n", "<p>", "</p>", "<script>", "<!--", "&amp;", "&#x202E;",
      "{\"id\":\"a\",\"text\":\"", "\\u202e", "\"}\n", "\n", "\n\n", " ", ". ", "February 30, 2025", "25:61",
      "from 10:00 to 16:20", "six and a half hours", "Sergey Lav\u{202E}rov", "Дмитрий Песков", "в 16:20", "\u{200D}",
      "\u{0301}", "\u{1B}[31m", "::error::", "%0A", "1000000000000 hours", String(repeating: "9", count: 40),
      "“", "”", "«", "»", "—", "said", "lasted", "\u{1E}",
    ]
    var rng = SeededRandom(seed: 0x5EED_0000 ^ UInt64(format.utf8.count))
    let selector = UInt8(Self.formats.firstIndex(of: format)!)
    for _ in 0..<40 {
      var text = ""
      for _ in 0..<Int.random(in: 1...60, using: &rng) { text += pieces.randomElement(using: &rng)! }
      // The same format for every source of the input: selector bits repeated.
      let input = [selector | selector << 2 | selector << 4 | selector << 6] + Array(text.utf8)
      let problems = FuzzHarness.problems(input)
      #expect(problems.isEmpty, "\(problems) for \(text.debugDescription)")
    }
  }

  /// Invalid UTF-8 of every kind, at the start, in the middle and at the end of a report: an error at the first
  /// bad byte, with its line, column and offset.
  @Test(arguments: InvalidUTF8.cases)
  func invalidUTF8(_ bad: InvalidUTF8) throws {
    let before = Array("Talks lasted six hours.\nThey ended at ".utf8)
    let after = Array(" 16:20.\n".utf8)
    for (bytes, offset, line, column) in [
      (bad.bytes + after, 0, 1, 1),
      (before + bad.bytes + after, before.count, 2, 15),
      (before + bad.bytes, before.count, 2, 15),
    ] {
      for format in ["txt", "html"] {
        let o = Hostile.run(bytes, path: "bad.\(format)")
        let e = try #require(o.error, "\(bad.name) in .\(format) was read")
        #expect(o.read.sources.isEmpty)
        #expect(e.reason == .invalidUTF8, "\(bad.name): \(e)")
        #expect(e.byteOffset == offset + bad.firstBad, "\(bad.name): \(e)")
        let scalarsBefore = bad.bytes[..<bad.firstBad].filter { $0 & 0xC0 != 0x80 }.count
        #expect(e.line == line && e.column == column + scalarsBefore, "\(bad.name): \(e)")
        let utf16 = bad.name.hasPrefix("UTF-16") && offset == 0
        #expect(
          e.message.hasPrefix(utf16 ? "invalid UTF-8: the file is UTF-16" : "invalid UTF-8: byte 0x"),
          "\(bad.name): \(e)")
      }
    }
  }

  /// In JSON Lines, a bad line is an error for that line; the lines around it are still read.
  @Test(arguments: InvalidUTF8.cases.filter { !$0.name.hasPrefix("UTF-16") })
  func invalidUTF8InOneJSONLine(_ bad: InvalidUTF8) throws {
    let first = Array(#"{"id":"one","text":"Talks lasted six hours."}"#.utf8) + [0x0A]
    let head = Array(#"{"id":"two","text":"Talks began at "#.utf8)
    let second = head + bad.bytes + Array(#" 10:00."}"#.utf8) + [0x0A]
    let third = Array(#"{"id":"three","text":"Talks ended at 16:20."}"#.utf8) + [0x0A]
    let o = Hostile.run(first + second + third, path: "feed.jsonl")
    #expect(o.read.sources.map(\.id) == ["one", "three"], "\(bad.name)")
    let e = try #require(o.error)
    #expect(o.read.errors.count == 1)
    #expect(e.reason == .invalidUTF8 && e.line == 2, "\(bad.name): \(e)")
    #expect(e.byteOffset == first.count + head.count + bad.firstBad, "\(bad.name): \(e)")
    #expect(o.hostileFacts.contains { $0.source == "three" && $0.text == "16:20" })
  }

  /// Invalid UTF-8 inside front matter is the same error, at its place in the file.
  @Test func invalidUTF8InFrontMatter() throws {
    let bytes = Array("---\noutlet: Wire".utf8) + [0xC0, 0xAF] + Array("\n---\nTalks lasted six hours.\n".utf8)
    let o = Hostile.run(bytes, path: "front.md")
    let e = try #require(o.error)
    #expect(e.reason == .invalidUTF8 && e.line == 2 && e.column == 13 && e.byteOffset == 16)
  }

  /// A NUL byte anywhere makes a binary file, in every format.
  @Test(arguments: formats)
  func nulBytes(format: String) throws {
    for bytes in [
      [0x00] + Array("Talks lasted six hours.".utf8),
      Array("Talks lasted six hours.".utf8) + [0x00],
      Array("Talks lasted\u{0}six hours.".utf8),
      [UInt8](repeating: 0, count: 4096),
    ] {
      let o = Hostile.run(bytes, path: "nul.\(format)")
      let e = try #require(o.error)
      #expect(e.reason == .binary && e.message == "binary file: NUL byte", "\(e)")
      #expect(e.byteOffset == bytes.firstIndex(of: 0))
    }
  }

  /// `\u0000` escaped inside a JSON string is text, not a binary file: the report is read, and the NUL never
  /// reaches an output.
  @Test func escapedNULInJSONL() throws {
    let line = #"{"id":"esc","text":"Talks lasted\u0000 six hours, until 16:20.\u001b[31m"}"#
    let o = Hostile.run(Array(line.utf8), path: "esc.jsonl")
    #expect(o.read.errors.isEmpty)
    #expect(o.hostileFacts.contains { $0.text == "16:20" })
    Hostile.expectSafeOutput(o)
  }

  /// Empty and blank inputs.
  @Test(arguments: formats)
  func emptyAndBlank(format: String) throws {
    for bytes in [[], Array(" \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x20, 0x0A]] as [[UInt8]] {
      let o = Hostile.run(bytes, path: "empty.\(format)")
      let e = try #require(o.error, "\(bytes) in .\(format)")
      #expect(e.reason == .empty, "\(e)")
    }
  }
}

/// One kind of invalid UTF-8: its bytes and the index of the first byte reported.
struct InvalidUTF8: Sendable, CustomTestStringConvertible {
  var name: String
  var bytes: [UInt8]
  var firstBad = 0
  var testDescription: String { name }

  static let cases: [InvalidUTF8] =
    [
      InvalidUTF8(name: "truncated 2-byte sequence", bytes: [0xC3]),
      InvalidUTF8(name: "truncated 3-byte sequence", bytes: [0xE2, 0x82]),
      InvalidUTF8(name: "truncated 4-byte sequence", bytes: [0xF0, 0x9F, 0x98]),
      InvalidUTF8(name: "lead byte then ASCII", bytes: [0xE2, 0x41, 0x42]),
      InvalidUTF8(name: "lone continuation byte 0x80", bytes: [0x80]),
      InvalidUTF8(name: "lone continuation byte 0xBF", bytes: [0xBF]),
      InvalidUTF8(name: "continuation bytes after a complete character", bytes: [0xC3, 0xA9, 0xA9], firstBad: 2),
      InvalidUTF8(name: "overlong NUL (C0 80)", bytes: [0xC0, 0x80]),
      InvalidUTF8(name: "overlong slash (C0 AF)", bytes: [0xC0, 0xAF]),
      InvalidUTF8(name: "overlong C1 BF", bytes: [0xC1, 0xBF]),
      InvalidUTF8(name: "overlong 3-byte (E0 80 80)", bytes: [0xE0, 0x80, 0x80]),
      InvalidUTF8(name: "overlong 3-byte (E0 9F BF)", bytes: [0xE0, 0x9F, 0xBF]),
      InvalidUTF8(name: "overlong 4-byte (F0 80 80 80)", bytes: [0xF0, 0x80, 0x80, 0x80]),
      InvalidUTF8(name: "overlong 4-byte (F0 8F BF BF)", bytes: [0xF0, 0x8F, 0xBF, 0xBF]),
      InvalidUTF8(name: "surrogate U+D800", bytes: [0xED, 0xA0, 0x80]),
      InvalidUTF8(name: "surrogate U+DBFF", bytes: [0xED, 0xAF, 0xBF]),
      InvalidUTF8(name: "surrogate U+DC00", bytes: [0xED, 0xB0, 0x80]),
      InvalidUTF8(name: "surrogate U+DFFF", bytes: [0xED, 0xBF, 0xBF]),
      InvalidUTF8(name: "surrogate pair (CESU-8)", bytes: [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80]),
      InvalidUTF8(name: "beyond U+10FFFF (F4 90 80 80)", bytes: [0xF4, 0x90, 0x80, 0x80]),
      InvalidUTF8(name: "5-byte form (F8 88 80 80 80)", bytes: [0xF8, 0x88, 0x80, 0x80, 0x80]),
      InvalidUTF8(name: "6-byte form (FC 84 80 80 80 80)", bytes: [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80]),
      InvalidUTF8(name: "UTF-16 LE byte-order mark", bytes: [0xFF, 0xFE]),
      InvalidUTF8(name: "UTF-16 BE byte-order mark", bytes: [0xFE, 0xFF]),
    ]
    + (0xF5...0xFF).map { InvalidUTF8(name: "byte 0x\(String($0, radix: 16, uppercase: true))", bytes: [UInt8($0)]) }
}
