import FactDiffModel
import FactDiffText
import Testing

/// Odd inputs every text-layer function must survive, with the invariants that still hold.
let oddInputs: [String] = [
  "",
  " ",
  "\u{0301}\u{0301}\u{0301}",  // combining marks with no base
  "\u{200B}\u{00AD}\u{FEFF}\u{2060}",  // only removable characters
  "\u{0000}nul\u{0000}",
  "👩‍👩‍👧‍👦 🇺🇦 👍🏽",
  "עברית العربية",
  "\u{FFFD}\u{FFFF}\u{10FFFF}",
  String(repeating: "ﷺ", count: 200),
  String(repeating: "Щ", count: 5000),
  String(repeating: ".", count: 1000),
  String(repeating: "В. ", count: 300),
  "\n\n\n\r\n\r",
  String(decoding: [0x41, 0xFF, 0xC3, 0x28, 0xE2, 0x82, 0x42], as: UTF8.self),  // repaired invalid UTF-8
]

@Suite struct RobustnessTests {
  @Test("folding keeps its invariants", arguments: oddInputs)
  func folding(_ input: String) {
    for folded in [Folding.typographic(input), Folding.forMatching(input)] {
      #expect(folded.originalOffset(folded.text.utf8.count) == input.utf8.count)
      var previous = 0
      for offset in 0...folded.text.utf8.count {
        let original = folded.originalOffset(offset)
        #expect(original >= previous && original <= input.utf8.count)
        previous = original
      }
    }
  }

  @Test("segmentation covers the text", arguments: oddInputs)
  func segmentation(_ input: String) {
    for language in Language.allCases {
      let sentences = Segmentation.sentences(input, language: language)
      #expect(sentences.first?.lowerBound ?? 0 == 0)
      #expect(sentences.last?.upperBound ?? 0 == input.utf8.count)
      for word in Segmentation.words(input, language: language) {
        #expect(word.lowerBound >= 0 && word.upperBound <= input.utf8.count && !word.isEmpty)
      }
    }
  }

  @Test("transforms and lookups answer", arguments: oddInputs)
  func everythingElse(_ input: String) {
    for language in Language.allCases {
      _ = Transliteration.toLatin(input, language: language)
      #expect(NumberWords.parse(input, language: language) == nil)
      #expect(CalendarNames.month(named: input, language: language) == nil)
    }
    _ = Transliteration.toASCII(input)
    _ = Transliteration.toCyrillic(input)
    _ = Skeleton.of(input)
    #expect(!TimeZones.isKnown(input))
  }

  @Test func oddDates() {
    let zone = "Europe/Moscow"
    for (date, seconds) in [
      (CivilDate(year: 1, month: 1, day: 1), 0), (CivilDate(year: 9999, month: 12, day: 31), 86_399),
      (CivilDate(year: 2025, month: 2, day: 30), -5), (CivilDate(year: 2025, month: 13, day: 1), 1_000_000),
    ] {
      #expect(TimeZones.utcOffset(zone: zone, date: date, secondsAfterMidnight: seconds) != nil)
    }
  }

  @Test func longDocument() {
    let text = String(repeating: "«Лавров» — В. Путин, 10:00–12:00.\u{00A0}Т. е. всё.\n", count: 20_000)
    #expect(Segmentation.sentences(text, language: .ru).count == 40_000)
    #expect(Folding.typographic(text).text.utf8.count < text.utf8.count)
  }
}
