import FactDiffModel
import FactDiffSources
import Testing

@Suite struct FrontMatterTests {
  static let report = """
    ---
    outlet: TASS
    language: ru
    published: 2025-02-27T17:42:00+03:00
    timezone: Europe/Istanbul
    title: ignored
    ---
    Переговоры в Стамбуле длились шесть часов.

    """

  @Test func everyKey() throws {
    let result = read(text: Self.report, name: "Samples/ist/tass-ru.md")
    #expect(result.errors.isEmpty, "\(describe(result))")
    let s = try #require(result.sources.first)
    #expect(s.id == "tass-ru")
    #expect(s.path == "Samples/ist/tass-ru.md")
    #expect(s.outlet == "TASS")
    #expect(s.language == .ru)
    #expect(s.languageDetected == false)
    #expect(
      s.published
        == Published(
          date: CivilDate(year: 2025, month: 2, day: 27), time: 17 * 3600 + 42 * 60,
          utcOffset: 3 * 3600))
    #expect(s.timezone == "Europe/Istanbul")
  }

  @Test func frontMatterIsBlankedInPlace() throws {
    let s = try #require(read(text: Self.report, name: "a.md").sources.first)
    #expect(s.text.utf8.count == Self.report.utf8.count)
    let blanked = String(repeating: " ", count: 3) + "\n" + String(repeating: " ", count: 12) + "\n"
    #expect(s.text.hasPrefix(blanked))
    #expect(
      s.text.hasSuffix(
        "---\n".replacingOccurrences(of: "-", with: " ") + "Переговоры в Стамбуле длились шесть часов.\n"))
    #expect(s.text.split(separator: "\n", omittingEmptySubsequences: false).count == 9)
  }

  @Test func dateOnlyAndQuotedValues() throws {
    let text = "---\noutlet: \"Reuters: World\"\npublished: '2025-02-27'\nlanguage: EN\n---\nText.\n"
    let s = try #require(read(text: text, name: "r.txt").sources.first)
    #expect(s.outlet == "Reuters: World")
    #expect(s.published == Published(date: CivilDate(year: 2025, month: 2, day: 27)))
    #expect(s.language == .en && !s.languageDetected)
    #expect(s.timezone == nil)
  }

  @Test func emptyValuesAndEmptyBlock() throws {
    let s = try #require(read(text: "---\noutlet:\ntimezone: ~\n---\nText.", name: "r.txt").sources.first)
    #expect(s.outlet == nil && s.timezone == nil)
    let t = try #require(read(text: "---\n---\nText here.", name: "r.txt").sources.first)
    #expect(t.outlet == nil && t.language == .en && t.languageDetected)
    #expect(t.text == "   \n   \nText here.")
  }

  @Test func timezoneDefaultsFromOptions() throws {
    let options = ReadOptions(defaultTimezone: "Europe/Moscow")
    let plain = try #require(read(text: "Text.", name: "a.txt", options: options).sources.first)
    #expect(plain.timezone == "Europe/Moscow")
    let declared = try #require(
      read(text: "---\ntimezone: Europe/Kyiv\n---\nText.", name: "a.txt", options: options).sources.first)
    #expect(declared.timezone == "Europe/Kyiv")
  }

  @Test func dashesLaterInTheFileAreText() throws {
    let text = "Intro line.\n---\noutlet: X\n---\n"
    let s = try #require(read(text: text, name: "a.md").sources.first)
    #expect(s.outlet == nil)
    #expect(s.text == text)
  }

  @Test func closingDotsAndTrailingSpaces() throws {
    let s = try #require(read(text: "---  \noutlet: X\n...\nBody.", name: "a.md").sources.first)
    #expect(s.outlet == "X")
    #expect(s.position(of: "Body") == Position(line: 4, column: 1, offset: 20, length: 4))
  }

  @Test func crlfFrontMatter() throws {
    let text = "---\r\noutlet: X\r\npublished: 2025-02-27\r\n---\r\nLine one.\r\nThe talks ended.\r\n"
    let s = try #require(read(text: text, name: "a.txt").sources.first)
    #expect(s.outlet == "X")
    #expect(s.published?.date == CivilDate(year: 2025, month: 2, day: 27))
    #expect(s.text.utf8.count == text.utf8.count)
    let p = s.position(of: "talks")
    #expect(p.line == 6 && p.column == 5 && p.length == 5)
  }

  @Test func byteOrderMark() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\nlanguage: en\n---\nHello world".utf8)
    let s = try #require(read(bytes: bytes, name: "bom.txt").sources.first)
    #expect(s.language == .en && !s.languageDetected)
    #expect(!s.text.unicodeScalars.contains("\u{FEFF}"))
    #expect(s.position(of: "world") == Position(line: 4, column: 7, offset: 27, length: 5))
    let plain = try #require(read(bytes: [0xEF, 0xBB, 0xBF] + Array("Hi there".utf8), name: "b.txt").sources.first)
    #expect(plain.text == "Hi there")
    #expect(plain.position(of: "Hi") == Position(line: 1, column: 1, offset: 0, length: 2))
  }

  @Test func duplicateKey() throws {
    let e = try #require(read(text: "---\noutlet: A\noutlet: B\n---\nText", name: "a.md").errors.first)
    #expect(e.reason == .frontMatter)
    #expect(e.description == "a.md:2:1: error: malformed front matter: duplicate key 'outlet'")
  }

  @Test func unterminatedQuotePointsAtItsStart() throws {
    let e = try #require(read(text: "---\noutlet: A\ntimezone: 'Europe\n---\nText", name: "a.md").errors.first)
    #expect(e.reason == .frontMatter)
    #expect(e.line == 3 && e.column == 11)
    #expect(e.message == "malformed front matter: found unexpected end of stream (while scanning a quoted scalar)")
  }

  @Test func yamlNestingIsBounded() throws {
    let deep = "---\nx: " + String(repeating: "[", count: 100_000) + "\n---\nText\n"
    let e = try #require(read(text: deep, name: "a.md").errors.first)
    #expect(e.reason == .frontMatter && e.line == 2)
  }
}
