import FactDiff
import Foundation
import Testing

/// Large inputs, generated once per test process and reused.
enum Large {
  /// Filler: lower-case words of 99 letters and a space, no sentence end, nothing extraction reacts to.
  static func filler(_ count: Int) -> [UInt8] {
    var word = [UInt8](repeating: 0, count: 100)
    for k in 0..<99 { word[k] = UInt8(ascii: "a") + UInt8(k % 26) }
    word[99] = 0x20
    var out: [UInt8] = []
    out.reserveCapacity(count)
    while out.count + 100 <= count { out += word }
    out += [UInt8](repeating: UInt8(ascii: "x"), count: count - out.count)
    return out
  }

  static let head = "Talks began at 10:00 on Thursday, February 27, 2025, and lasted six hours. "
  static let tail = " The delegations met again at 16:20."

  /// 50,000,000 bytes on a single line: a sentence with facts, 50 MB of filler, a sentence with a time.
  static let fiftyMBLine: [UInt8] = {
    let total = 50_000_000
    return Array(head.utf8) + filler(total - head.utf8.count - tail.utf8.count) + Array(tail.utf8)
  }()

  /// A million lines of one character each, then a sentence with a duration.
  static let millionLines: [UInt8] = {
    var out = [UInt8]()
    out.reserveCapacity(2_000_100)
    for k in 0..<1_000_000 {
      out.append(UInt8(ascii: "a") + UInt8(k % 26))
      out.append(0x0A)
    }
    return out + Array("Talks lasted six hours.\n".utf8)
  }()

  /// Ordinary report sentences, dense with facts, on one line of `size` bytes or a little more.
  static func denseLine(_ size: Int) -> [UInt8] {
    let paragraph =
      "BAKU, Sept 9 — The energy ministers of Azerbaijan and Kazakhstan met in Baku on Tuesday for talks that "
      + "lasted six and a half hours, from 10:00 to 16:20, Foreign Minister Rashad Guliyev said. \"The pipeline "
      + "will carry its first gas next year,\" Guliyev told reporters. About 40 delegates and 12 ministers "
      + "attended, and $2.5 billion was pledged. "
    var out = [UInt8]()
    let bytes = Array(paragraph.utf8)
    while out.count < size { out += bytes }
    return out
  }
}

/// Large inputs: no crash, no hang, every position right however long the line, the normal report intact.
///
/// Time bounds are on the CPU time of the test's thread, generous for a debug build, so that they catch hangs and
/// quadratic slow-downs, not speed or load. One test at a time, to keep the peak memory of a test run down.
@Suite(.serialized) struct LargeInputTests {
  /// A 50 MB line is read (it is under the 50 MB limit of 52 428 800 bytes) and its facts are found at both ends,
  /// the last one at column 49 999 995.
  @Test func fiftyMegabyteSingleLine() throws {
    let bytes = Large.fiftyMBLine
    #expect(bytes.count == 50_000_000)
    let o = Hostile.run(bytes, path: "line.txt")
    #expect(o.read.errors.isEmpty)
    let facts = o.hostileFacts
    #expect(facts.contains { $0.kind == .time && $0.text == "10:00" && $0.position.column == 16 })
    #expect(facts.contains { $0.kind == .duration && $0.text == "six hours" })
    let column = bytes.count - Large.tail.utf8.count + 31
    let last = try #require(facts.last { $0.kind == .time }, "no time at the end of the line")
    #expect(last.text == "16:20" && last.position.line == 1 && last.position.column == column)
    #expect(o.seconds < 120, "50 MB line took \(o.seconds) s")
  }

  /// A million lines of one character: read, and a fact on line 1 000 001 is found there.
  @Test func millionOneCharacterLines() throws {
    let o = Hostile.run(Large.millionLines, path: "lines.txt")
    #expect(o.read.errors.isEmpty)
    let duration = try #require(o.hostileFacts.first { $0.kind == .duration })
    #expect(duration.position.line == 1_000_001 && duration.position.column == 14)
    #expect(o.seconds < 60, "a million lines took \(o.seconds) s")
  }

  /// Ordinary sentences dense with facts on one 100 KB line: every fact's column is right.
  @Test func denseSingleLine() throws {
    let line = Large.denseLine(100_000)
    let o = Hostile.run(line, path: "dense.txt")
    #expect(o.read.errors.isEmpty)
    let facts = o.hostileFacts
    #expect(facts.count > 2_000)
    #expect(facts.allSatisfy { $0.position.line == 1 })
    for f in facts.suffix(50) {
      let start = o.documents[0].source.locator.originalOffset(f.range.start)
      #expect(f.position.column == line[..<start].filter { $0 & 0xC0 != 0x80 }.count + 1)
    }
  }

  /// Regression: the column of a position was counted from the start of its line, so a long line dense with
  /// facts took quadratic time (a 1 MB line: over 200 s in a debug build). `LineIndex` keeps a count of scalars
  /// every 1024 bytes: 50 000 positions on a 1 MB line, each checked against a plain count at some offsets.
  @Test func positionsOnALongLineAreCheap() {
    let line = Large.denseLine(1_000_000)
    let locator = SourceLocator(original: line)
    var rng = SeededRandom(seed: 42)
    var offsets = (0..<50_000).map { _ in Int.random(in: 0...line.count, using: &rng) }
    offsets += [0, 1, 1023, 1024, 1025, line.count - 1, line.count]
    let start = CPUTime.now()
    var last = (line: 0, column: 0, scalarOffset: 0)
    for o in offsets { last = locator.lineColumn(originalOffset: o) }
    let seconds = CPUTime.now() - start
    #expect(last.line == 1)
    #expect(seconds < 30, "50 000 positions took \(seconds) s")
    for o in offsets.prefix(5) + offsets.suffix(7) {
      let scalars = line[..<o].filter { $0 & 0xC0 != 0x80 }.count
      let p = locator.lineColumn(originalOffset: o)
      #expect(p.line == 1 && p.column == scalars + 1 && p.scalarOffset == scalars, "offset \(o)")
      let range = locator.position(of: TextRange(o, min(line.count, o + 3000)))
      let length = line[o..<min(line.count, o + 3000)].filter { $0 & 0xC0 != 0x80 }.count
      #expect(range.length == length && range.column == scalars + 1, "range at \(o)")
    }
  }

  /// A long text with many lines: positions agree with a plain count everywhere (line starts, multi-byte
  /// characters, the last byte, past the end).
  @Test func positionsAgreeWithAPlainCount() {
    var rng = SeededRandom(seed: 7)
    var bytes: [UInt8] = []
    while bytes.count < 20_000 {
      let pieces: [[UInt8]] = [
        Array("a".utf8), Array(" ".utf8), Array("\n".utf8), Array("д".utf8), Array("—".utf8), Array("😀".utf8),
      ]
      bytes += pieces.randomElement(using: &rng)!
    }
    let locator = SourceLocator(original: bytes)
    var line = 1
    var column = 1
    var scalars = 0
    for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 {
      let p = locator.lineColumn(originalOffset: i)
      #expect(p.line == line && p.column == column && p.scalarOffset == scalars, "offset \(i)")
      if p.line != line || p.column != column { break }
      scalars += 1
      if b == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    let end = locator.lineColumn(originalOffset: bytes.count + 10)
    #expect(end.line == line && end.column == column && end.scalarOffset == scalars)
  }

  /// Regression: a 1 MB line of ordinary sentences through the whole pipeline took about 150 s in a debug build
  /// (7 s for 200 KB): the slot of each duration, time and span looked at every fact of the document
  /// (`EventAnnotator.durationSlot`, `spanBefore`, `timeSlot`, Resolve/Events). Those lookups now go through
  /// sorted indices (`FactPositions`). (Quote attribution, once also quadratic here, is
  /// linear: see `quotesInOneLongSentence`.)
  @Test func denseMegabyteLineThroughThePipeline() throws {
    let o = Hostile.run(Large.denseLine(1_000_000), path: "dense.txt")
    #expect(o.seconds < 60, "1 MB of dense text on one line took \(o.seconds) s")
  }

  /// Regression: quotes in one long sentence were quadratic (`QuoteExtractor.possessivePronounAttribution` walked
  /// from the sentence start to each quote: 1 MB 2.4 s, 3 MB 17 s, 10 MB about 190 s in a debug build). The
  /// sentence's possessive pronoun is now found once per sentence and every other look-up of attribution goes
  /// through `AttributionIndex`.
  @Test func quotesInOneLongSentence() throws {
    var text = Array("Talks began at 10:00. ".utf8)
    while text.count < 3_000_000 { text += Large.filler(2_000) + Array("caf\u{E9} \"quoted\" tab ".utf8) }
    let o = Hostile.run(text, path: "quotes.txt", checks: false)
    #expect(o.hostileFacts.contains { $0.kind == .time && $0.text == "10:00" })
    #expect(o.seconds < 30, "3 MB of quotes in one sentence took \(o.seconds) s")
  }

  /// Tens of thousands of quotes after one "according to him" / "по его словам", in one sentence: extraction
  /// attributes every one to the person named before the sentence, in linear time. (Extraction only: the event
  /// stage has a quadratic path of its own in one long sentence, `EventAnnotator.isPlanned`, Resolve/Events.)
  @Test(arguments: [
    (
      "Talks began at 10:00. Dmitry Peskov spoke to reporters. According to him, ",
      "\"we will keep talking about the ferry line\" and "
    ),
    (
      "Переговоры начались в 10:00. Дмитрий Песков выступил. По его словам, ",
      "«мы продолжим переговоры о паромной линии» и "
    ),
  ])
  func possessiveAttributionOfManyQuotesInOneSentence(_ head: String, _ quote: String) throws {
    let count = 50_000
    let text = head + String(repeating: quote, count: count) + "end."
    let start = CPUTime.now()
    let read = SourceReader().source(bytes: Array(text.utf8), path: "according.txt")
    let source = try #require(read.sources.first)
    let facts = Extraction.analyze(source).facts
    let seconds = CPUTime.now() - start
    let person = try #require(facts.first { $0.kind == .person })
    let speakers = facts.compactMap { f -> TextRange? in
      if case .quote(let q) = f.value { return q.speakerRange ?? TextRange(0, 0) }
      return nil
    }
    #expect(speakers.count == count)
    #expect(speakers.allSatisfy { $0 == person.range })
    #expect(seconds < 30, "\(count) quotes in one sentence took \(seconds) s")
  }

  /// Regression: the same sentence of 20 000 quotes through the whole pipeline took about 60 s of CPU in a debug
  /// build (5 000 quotes: 5 s): slot assignment looked at every cue of a fact's clause for each fact in it
  /// (`EventAnnotator.isPlanned`, `hits(_:inClause:)`, Resolve/Events). It now reads the cues of the eight tokens
  /// before the fact only, and another event's modifier the cues next to it.
  @Test func manyQuotesInOneSentenceThroughThePipeline() throws {
    let text =
      "Talks began at 10:00. Dmitry Peskov spoke to reporters. According to him, "
      + String(repeating: "\"we will keep talking about the ferry line\" and ", count: 20_000) + "end."
    let o = Hostile.run(Array(text.utf8), path: "according.txt", checks: false)
    #expect(o.seconds < 30, "20 000 quotes in one sentence took \(o.seconds) s")
  }

  /// Tens of thousands of opening quotation marks and then as many closing marks that match none of them, in one
  /// paragraph: pairing the marks is linear (each closing mark used to scan the whole stack of open ones).
  @Test func unmatchedQuotationMarksInOneParagraph() throws {
    let text =
      "Talks began at 10:00. " + String(repeating: "\u{201C} a ", count: 50_000)
      + String(repeating: "\u{2019} b ", count: 50_000) + " The talks lasted six hours."
    let o = Hostile.run(Array(text.utf8), path: "marks.txt", checks: false)
    #expect(o.hostileFacts.contains { $0.kind == .duration && $0.text == "six hours" })
    #expect(o.seconds < 30, "100 000 unmatched quotation marks took \(o.seconds) s")
  }

  /// A JSON Lines file with one 10 MB string (escapes included) and a small line after it: both read, positions
  /// inside the string point into the file.
  @Test func jsonlLineWithTenMegabyteString() throws {
    var text = Array("Talks began at 10:00.\\n".utf8)
    // Escapes of every kind but quotes (quotes in one long sentence: see quotesInOneLongSentence).
    let escaped = Array("caf\\u00e9 tab\\there back\\\\slash \\/ line\\nbreak \\ud83d\\ude00 ".utf8)
    let plain = Large.filler(2000)
    while text.count < 10_000_000 { text += plain + escaped }
    text += Array(" Talks ended at 16:20.".utf8)
    let prefix = Array(#"{"id":"big","text":""#.utf8)
    let big = prefix + text + Array("\"}\n".utf8)
    let small = Array(#"{"id":"small","text":"Talks lasted six hours."}"#.utf8) + [0x0A]
    let o = Hostile.run(big + small, path: "feed.jsonl", checks: false)
    #expect(o.read.errors.isEmpty)
    #expect(o.read.sources.map(\.id) == ["big", "small"])
    let facts = o.hostileFacts
    #expect(facts.contains { $0.source == "big" && $0.text == "10:00" && $0.position.column == prefix.count + 16 })
    let end = try #require(facts.last { $0.source == "big" })
    #expect(end.text == "16:20" && end.position.line == 1)
    #expect(end.position.column == big.count - "16:20.\"}\n".utf8.count + 1)
    #expect(facts.contains { $0.source == "small" && $0.kind == .duration && $0.position.line == 2 })
    #expect(o.seconds < 60, "a 10 MB JSONL string took \(o.seconds) s")
  }

  /// Regression: every source of a JSONL file built its own line table over the whole file, so a file of many
  /// short lines was quadratic. The sources of one file now share one `LineIndex`.
  @Test func jsonlSourcesShareOneLineIndex() throws {
    var bytes: [UInt8] = []
    for k in 0..<3000 { bytes += Array(#"{"id":"s\#(k)","text":"Talks lasted \#(k % 9 + 1) hours."}"#.utf8) + [0x0A] }
    let read = SourceReader().source(bytes: bytes, path: "many.jsonl")
    #expect(read.sources.count == 3000 && read.errors.isEmpty)
    let first = try #require(read.sources.first)
    #expect(read.sources.allSatisfy { $0.locator.lines === first.locator.lines })
    let last = try #require(read.sources.last)
    let doc = Extraction.analyze(last)
    #expect(doc.facts.first?.position.line == 3000)
  }
}
