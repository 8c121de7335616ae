import FactDiffModel
import FactDiffSources
import Testing

@Suite struct JSONLTests {
  @Test func everyField() throws {
    let line =
      #"{"id": "ria-ru", "text": "Встреча прошла в Стамбуле.", "outlet": "RIA", "language": "ru", "#
      + #""published": "2025-02-27T09:30Z", "timezone": "Europe/Moscow", "extra": [1, {"a": null}]}"#
    let result = read(text: line, name: "Samples/feed.jsonl")
    #expect(result.errors.isEmpty, "\(describe(result))")
    let s = try #require(result.sources.first)
    #expect(s.id == "ria-ru")
    #expect(s.path == "Samples/feed.jsonl")
    #expect(s.outlet == "RIA")
    #expect(s.language == .ru && !s.languageDetected)
    #expect(
      s.published
        == Published(
          date: CivilDate(year: 2025, month: 2, day: 27), time: 9 * 3600 + 30 * 60,
          utcOffset: 0))
    #expect(s.timezone == "Europe/Moscow")
    #expect(s.text == "Встреча прошла в Стамбуле.")
  }

  @Test func detectedLanguageAndNullFields() throws {
    let file = """
      {"id": "a", "text": "Зустріч відбулася в Стамбулі.", "outlet": null}

      {"id": "b", "text": "The meeting took place in Istanbul."}
      """
    let sources = read(text: file, name: "f.jsonl").sources
    #expect(sources.map(\.id) == ["a", "b"])
    #expect(sources.map(\.language) == [.uk, .en])
    #expect(sources.allSatisfy { $0.languageDetected })
    #expect(sources[0].outlet == nil)
    #expect(sources[1].position(of: "Istanbul").line == 3)
  }

  @Test func crlfLines() throws {
    let file = "{\"id\": \"a\", \"text\": \"One.\"}\r\n{\"id\": \"b\", \"text\": \"Two.\"}\r\n"
    let sources = read(text: file, name: "f.jsonl").sources
    #expect(sources.map(\.text) == ["One.", "Two."])
    #expect(sources[1].position(of: "Two") == Position(line: 2, column: 22, offset: 50, length: 3))
  }

  @Test func duplicateIDsInOneFile() throws {
    let file = """
      {"id": "x", "text": "One."}
      {"id": "x", "text": "Two."}
      {"id": "x~2", "text": "Three."}
      {"id": "x", "text": "Four."}
      """
    let sources = read(text: file, name: "f.jsonl").sources
    #expect(sources.map(\.id) == ["x", "x~3", "x~2", "x~4"])
    #expect(sources.map(\.text) == ["One.", "Two.", "Three.", "Four."])
  }

  @Test func badPublishedAndEmptyID() throws {
    let file = """
      {"id": "a", "text": "One.", "published": "yesterday"}
      {"id": " ", "text": "Two."}
      {"id": "c", "text": "Three.", "published": 2025}
      """
    let result = read(text: file, name: "f.jsonl")
    #expect(result.sources.isEmpty)
    #expect(
      result.errors.map(\.description) == [
        "f.jsonl:1:42: error: malformed JSONL line: cannot read published 'yesterday' (expected an ISO date or "
          + "date-time such as 2025-02-27 or 2025-02-27T17:42+03:00)",
        "f.jsonl:2:8: error: malformed JSONL line: \"id\" is empty",
        "f.jsonl:3: error: malformed JSONL line: \"published\" must be a string",
      ])
  }
}
