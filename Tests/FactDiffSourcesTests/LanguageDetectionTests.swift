import FactDiffModel
import FactDiffSources
import Testing

@Suite struct LanguageDetectionTests {
  @Test(arguments: [
    ("The talks in Istanbul lasted six hours, the ministry said on Thursday.", Language.en),
    ("Peskov (Песков) said the talks would continue.", .en),
    ("Переговоры в Стамбуле длились шесть часов, сообщили в министерстве.", .ru),
    ("Она сказала, что соглашение будет подписано завтра.", .ru),  // no ы э ё ъ: words decide
    ("Переговори у Стамбулі тривали шість годин, повідомили в міністерстві.", .uk),
    ("Вона сказала, що угода буде укладена та оголошена завтра.", .uk),  // no і ї є ґ: words decide
    ("ВОНА СКАЗАЛА, ЩО УГОДА БУДЕ УКЛАДЕНА ТА ОГОЛОШЕНА ЗАВТРА.", .uk),
    ("Объём торговли вырос.", .ru),
    ("Ґрунт", .uk),
  ])
  func shortParagraphs(text: String, expected: Language) {
    #expect(LanguageDetector.detect(text) == expected)
  }

  @Test func ukrainianWithoutItsLettersInTheFirstSentence() throws {
    let text = "Вона сказала, що угода буде укладена та оголошена завтра. Переговори тривали шість годин."
    let s = try #require(read(text: text, name: "ukr.txt").sources.first)
    #expect(s.language == .uk)
    #expect(s.languageDetected)
  }

  @Test func fallbacks() throws {
    #expect(LanguageDetector.detect("12:30 — 16:20") == .en)
    #expect(LanguageDetector.detect("12:30 — 16:20", fallback: .ru) == .ru)
    #expect(LanguageDetector.detect("Москва", fallback: .uk) == .uk)
    #expect(LanguageDetector.detect("Москва", fallback: .en) == .ru)
    #expect(LanguageDetector.detect("Москва") == .ru)
    let options = ReadOptions(defaultLanguage: .uk)
    let s = try #require(read(text: "2025 — 2026", name: "n.txt", options: options).sources.first)
    #expect(s.language == .uk && s.languageDetected)
  }

  @Test func declaredLanguageWins() throws {
    let s = try #require(read(text: "---\nlanguage: uk\n---\nThe talks.", name: "a.md").sources.first)
    #expect(s.language == .uk && !s.languageDetected)
  }

  @Test(.timeLimit(.minutes(1))) func largeTextIsFast() {
    let paragraph = "Переговори у Стамбулі тривали шість годин, повідомили в міністерстві. "
    let text = String(repeating: paragraph, count: 100_000)  // about 13 MB
    #expect(LanguageDetector.detect(text) == .uk)
  }
}
