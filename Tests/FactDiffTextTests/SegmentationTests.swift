import FactDiffModel
import FactDiffText
import Testing

/// The text of byte ranges of `s`.
func pieces(_ s: String, _ ranges: [Range<Int>]) -> [String] {
  let bytes = Array(s.utf8)
  return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
}

let russianParagraph = """
  Встреча в Стамбуле началась в 10:00. Т. е. на час позже, чем планировалось! Лавров сказал: «Всё идёт \
  хорошо». Было ли это так? По данным ТАСС, переговоры длились 6 ч. 20 мин.
  """

let ukrainianParagraph = """
  Зустріч у Стамбулі почалася о 10:00. Тобто на годину пізніше, ніж планувалося! Лавров сказав: «Усе йде \
  добре». Чи було це так? Переговори тривали шість годин.
  """

let englishParagraph = """
  Mr. Smith met Dr. Jones at 10 a.m. on Feb. 3. They talked for 2.5 hours! Was it useful? Reuters said so.
  """

@Suite struct SegmentationTests {
  @Test(
    "sentences per language",
    arguments: [
      (russianParagraph, Language.ru, 5),
      (ukrainianParagraph, .uk, 5),
      (englishParagraph, .en, 4),
    ])
  func sentenceCount(_ text: String, _ language: Language, _ expected: Int) {
    let ranges = Segmentation.sentences(text, language: language)
    #expect(ranges.count == expected, "\(pieces(text, ranges))")
    // The ranges cover the text, in order, without gaps.
    #expect(ranges.first?.lowerBound == 0)
    #expect(ranges.last?.upperBound == text.utf8.count)
    #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
  }

  @Test func russianSentencesAreWhole() {
    let sentences = pieces(russianParagraph, Segmentation.sentences(russianParagraph, language: .ru))
    #expect(sentences.first == "Встреча в Стамбуле началась в 10:00. ")
    #expect(sentences.last?.hasPrefix("По данным ТАСС") == true)
  }

  @Test func ukrainianSentencesAreWhole() {
    let sentences = pieces(ukrainianParagraph, Segmentation.sentences(ukrainianParagraph, language: .uk))
    #expect(sentences.count == 5)
    #expect(sentences.dropFirst().first == "Тобто на годину пізніше, ніж планувалося! ")
    #expect(sentences.dropFirst(3).first == "Чи було це так? ")
  }

  @Test(
    "initials, titles and wrapped lines do not end sentences",
    arguments: [
      ("В. В. Путин встретился с С. Лавровым. Проф. Иванов пришёл. На ул. Тверской тихо.", Language.ru, 3),
      ("Зустріч відбулася на вул. Хрещатик. Її вів проф. Петренко. Прийшов і В. Зеленський.", .uk, 3),
      ("Vladimir V. Putin met J. Smith. Dr. Jones and Prof. Brown left.", .en, 2),
      ("Переговоры в Стамбуле начались\nв 10:00 и закончились в 16:20. Итог неясен.", .ru, 2),
      ("Заголовок\nПереговоры начались в 10:00.", .ru, 2),
      ("Первый абзац без точки\n\nВторой абзац.", .ru, 2),
      (
        "Lavrov said the talks, which had been scheduled for Monday,\nwould resume. Kyiv declined\r\nto comment.", .en,
        2
      ),
    ])
  func abbreviations(_ text: String, _ language: Language, _ expected: Int) {
    let ranges = Segmentation.sentences(text, language: language)
    #expect(ranges.count == expected, "\(pieces(text, ranges))")
    #expect(ranges.last?.upperBound == text.utf8.count)
  }

  @Test(
    "words and numbers only",
    arguments: [
      (
        "Лавров сказал: «Всё идёт хорошо», — 10:00.", Language.ru,
        ["Лавров", "сказал", "Всё", "идёт", "хорошо", "10", "00"]
      ),
      (
        "Зустріч тривала 6,5 години; п’ятеро вийшли.", .uk,
        ["Зустріч", "тривала", "6,5", "години", "п’ятеро", "вийшли"]
      ),
      ("It's 3.5 km — from Kyiv!", .en, ["It's", "3.5", "km", "from", "Kyiv"]),
      ("😀 ok", .en, ["ok"]),
    ])
  func words(_ text: String, _ language: Language, _ expected: [String]) {
    #expect(pieces(text, Segmentation.words(text, language: language)) == expected)
    #expect(Segmentation.wordStrings(text, language: language).map(String.init) == expected)
  }

  @Test func emptyText() {
    #expect(Segmentation.sentences("", language: .ru).isEmpty)
    #expect(Segmentation.words("", language: .uk).isEmpty)
    #expect(Segmentation.words(" ,.— ", language: .en).isEmpty)
  }
}
