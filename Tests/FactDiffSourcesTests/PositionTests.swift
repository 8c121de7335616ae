import FactDiffModel
import FactDiffSources
import Testing

/// Positions of words of `Source.text` in the original file: 1-based lines and columns counted in Unicode scalars.
@Suite struct PositionTests {
  @Test func plainTextAfterFrontMatter() throws {
    let text = "---\noutlet: TASS\nlanguage: ru\n---\nВстреча в Стамбуле.\nПереговоры длились «шесть часов».\n"
    let s = try #require(read(text: text, name: "tass.txt").sources.first)
    #expect(s.text.utf8.count == text.utf8.count)
    // "---\n" 4 + "outlet: TASS\n" 13 + "language: ru\n" 13 + "---\n" 4 = 34 scalars before line 5.
    #expect(s.position(of: "Стамбуле") == Position(line: 5, column: 11, offset: 44, length: 8))
    #expect(s.position(of: "шесть") == Position(line: 6, column: 21, offset: 74, length: 5))
    #expect(s.originalText(of: "шесть часов") == "шесть часов")
  }

  @Test func htmlWordsPointIntoThePage() throws {
    let html = """
      <html><head><title>Title</title><style>p { color: red }</style></head>
      <body><h1>Talks &amp; more</h1>
      <p>The talks lasted <b>six&nbsp;hours</b>, said &laquo;Песков&raquo;.</p>
      </body></html>
      """
    let s = try #require(read(text: html, name: "page.html").sources.first)
    #expect(s.text == "Talks & more\n\nThe talks lasted six\u{A0}hours, said «Песков».")
    #expect(s.position(of: "Talks") == Position(line: 2, column: 11, offset: 81, length: 5))
    #expect(s.position(of: "more") == Position(line: 2, column: 23, offset: 93, length: 4))
    let six = s.position(of: "six")
    #expect(six.line == 3 && six.column == 24)
    #expect(s.originalText(of: "hours") == "hours")
    #expect(s.position(of: "hours").column == 33)
    #expect(s.originalText(of: "Песков") == "Песков")
    #expect(s.position(of: "Песков").column == 56)
    #expect(s.originalText(of: "«") == "&laquo;")
    #expect(s.position(of: "&") == Position(line: 2, column: 17, offset: 87, length: 1))
    #expect(s.position(of: "»") == Position(line: 3, column: 62, offset: 164, length: 7))
  }

  @Test func jsonlEscapesPointIntoTheLine() throws {
    let line1 = #"{"id": "a", "text": "First."}"#
    let line2 = #"{"id": "b", "outlet": "RIA", "text": "Line\nтут \"цитата\" \u0441лово end \ud83d\ude00 ok"}"#
    let file = line1 + "\n" + line2 + "\n"
    let result = read(text: file, name: "feed.jsonl")
    #expect(result.errors.isEmpty, "\(describe(result))")
    let s = try #require(result.sources.last)
    #expect(s.id == "b" && s.outlet == "RIA")
    #expect(s.text == "Line\nтут \"цитата\" слово end 😀 ok")
    #expect(s.locator.original.count == file.utf8.count)
    let textStart = 39  // column of the first character inside the "text" string on line 2
    #expect(s.position(of: "Line") == Position(line: 2, column: textStart, offset: 68, length: 4))
    #expect(s.position(of: "тут").column == textStart + 6)
    #expect(s.originalText(of: "цитата") == "цитата")
    #expect(s.position(of: "цитата").column == textStart + 12)
    #expect(s.originalText(of: "\"цитата") == #"\"цитата"#)
    #expect(s.position(of: "\"цитата").column == textStart + 10)
    #expect(s.originalText(of: "слово") == #"\u0441лово"#)
    #expect(s.position(of: "слово") == Position(line: 2, column: textStart + 21, offset: 68 + 21, length: 10))
    #expect(s.position(of: "end").column == textStart + 32)
    #expect(s.originalText(of: "😀") == #"\ud83d\ude00"#)
    #expect(s.position(of: "ok").column == textStart + 49)
  }

  @Test func jsonlSharesTheFileBytes() throws {
    let file = #"{"id": "a", "text": "One."}"# + "\n" + #"{"id": "b", "text": "Two."}"#
    let sources = read(text: file, name: "f.jsonl").sources
    #expect(sources.count == 2)
    #expect(sources.allSatisfy { $0.locator.original == Array(file.utf8) })
    #expect(sources[1].position(of: "Two") == Position(line: 2, column: 22, offset: 49, length: 3))
  }

  /// A plain report (no front matter) is its file byte for byte: the locator reads the text's own storage, so the
  /// report is held once. Positions are the same as over a copy of the bytes.
  @Test func aPlainReportIsHeldOnce() throws {
    let text = "Встреча в Стамбуле.\nПереговоры длились «шесть часов», сказал он.\n"
    let s = try #require(read(text: text, name: "plain.txt").sources.first)
    let textBase = s.text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
    let originalBase = s.locator.withOriginal { $0.baseAddress }
    #expect(textBase != nil && textBase == originalBase)
    let copy = SourceLocator(original: Array(text.utf8))
    for word in ["Стамбуле", "шесть часов", "сказал", "он."] {
      let r = s.range(of: word)
      #expect(s.position(of: r) == copy.position(of: r), "\(word)")
    }
    // The same for a source made from a string (tests, library users), whose text is stored at its own size.
    let made = Source(id: "m", text: String(repeating: text, count: 3), language: .ru)
    #expect(made.locator.originalCount == 3 * text.utf8.count)
    #expect(
      made.text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        == made.locator.withOriginal { $0.baseAddress })
    #expect(made.position(of: TextRange(0, 14)) == Position(line: 1, column: 1, offset: 0, length: 7))
  }

  /// With front matter the text differs from the file in the block only (blanked in the text): the locator keeps the
  /// block's bytes and reads the rest of the file in the text's own storage. Positions are those counted over a copy
  /// of the file, the block's letters of two bytes (Cyrillic) included.
  @Test func frontMatterKeepsOnlyTheBlockApart() throws {
    let text = "---\noutlet: ТАСС\nlanguage: ru\n---\nВстреча в Стамбуле.\nПереговоры длились «шесть часов».\n"
    let s = try #require(read(text: text, name: "fm.txt").sources.first)
    #expect(s.locator.original == Array(text.utf8))
    #expect(s.locator.originalCount == text.utf8.count)
    #expect(s.text != text)
    let textBase = s.text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
    let block = "---\noutlet: ТАСС\nlanguage: ru\n---\n".utf8.count
    s.locator.withOriginalBytes { bytes in
      #expect(bytes.head.count == block)
      #expect(textBase != nil && bytes.rest.baseAddress == textBase)
      #expect((0..<bytes.count).map { bytes[$0] } == Array(text.utf8))
    }
    #expect(s.locator.withOriginal { Array($0) } == Array(text.utf8))
    let copy = SourceLocator(original: Array(text.utf8))
    for word in ["Встреча", "Стамбуле", "шесть часов", "»."] {
      let r = s.range(of: word)
      #expect(s.position(of: r) == copy.position(of: r), "\(word)")
    }
    #expect(s.position(of: "Стамбуле") == Position(line: 5, column: 11, offset: 44, length: 8))
    // Facts found in such a report sit where a copy of the file puts them (extraction counts forwards).
    for offset in [0, 5, block - 1, block, block + 3, text.utf8.count] {
      #expect(s.locator.position(originalOffset: offset) == copy.position(originalOffset: offset), "\(offset)")
    }
  }
}
