import FactDiffModel
import Testing
import _FactDiffTestSupport

/// Number words without a noun of their own: the parts of a breakdown after a total and a sentence-initial "Twelve
/// of …" are numbers; any other lone number word ("one of them", "the two sides") is not.
struct NumberListCase: Sendable, CustomStringConvertible {
  var language: Language
  var phrase: String
  /// Every number fact's value, in text order.
  var values: [Double]
  var description: String { "[\(language)] \(phrase)" }
}

enum NumberListCorpus {
  static let all: [NumberListCase] = [
    // Breakdowns (fires).
    NumberListCase(
      language: .en, phrase: "The documents were signed by 21 companies: nine Kazakh, eight Russian and six Chinese.",
      values: [21, 9, 8, 6]),
    NumberListCase(
      language: .ru,
      phrase: "Документы подписала 21 компания: девять казахстанских, восемь российских и шесть китайских.",
      values: [21, 9, 8, 6]),
    NumberListCase(
      language: .uk,
      phrase: "Документи підписала 21 компанія: дев'ять казахстанських, вісім російських і шість китайських.",
      values: [21, 9, 8, 6]),
    NumberListCase(
      language: .en, phrase: "Twelve delegates took part, five Russian and seven American.", values: [12, 5, 7]),
    NumberListCase(
      language: .ru, phrase: "Приехали 12 делегатов, из них пять российских и семь американских.", values: [12, 5, 7]),
    NumberListCase(
      language: .uk, phrase: "Приїхали 12 делегатів (п'ять російських та сім американських).", values: [12, 5, 7]),
    NumberListCase(
      language: .en, phrase: "They signed three agreements: two on gas and one on oil.", values: [3, 2, 1]),
    // Sentence-initial number word before "of" / "из" / "із" (fires).
    NumberListCase(language: .en, phrase: "Twelve of the Ukrainians freed were civilians.", values: [12]),
    NumberListCase(language: .ru, phrase: "Двенадцать из освобожденных были гражданскими.", values: [12]),
    NumberListCase(language: .uk, phrase: "Дванадцять із звільнених були цивільними.", values: [12]),
    // Look-alikes (must not).
    NumberListCase(language: .en, phrase: "One of them was a journalist.", values: []),
    NumberListCase(language: .en, phrase: "The two sides agreed to meet again.", values: []),
    NumberListCase(language: .en, phrase: "They met one of the two sides.", values: []),
    NumberListCase(language: .en, phrase: "Both said twelve of them were civilians.", values: []),
    NumberListCase(language: .en, phrase: "The two sides signed 14 agreements, one of them on transit.", values: [14]),
    NumberListCase(language: .en, phrase: "21 companies signed, nine of them Kazakh.", values: [21]),
    NumberListCase(language: .en, phrase: "21 companies signed; two sides and three mediators watched.", values: [21]),
    // No total before the list: only "six Chinese firms" has a noun.
    NumberListCase(language: .en, phrase: "Nine Kazakh, eight Russian and six Chinese firms signed.", values: [6]),
    NumberListCase(language: .ru, phrase: "Одна из сторон отказалась.", values: []),
    NumberListCase(language: .ru, phrase: "Две стороны договорились о встрече.", values: []),
    NumberListCase(language: .ru, phrase: "Подписано 14 соглашений, одно из них о транзите.", values: [14]),
    NumberListCase(language: .ru, phrase: "Подписали 21 компания, две из них китайские.", values: [21]),
    NumberListCase(language: .uk, phrase: "Одна зі сторін відмовилася.", values: []),
    NumberListCase(language: .uk, phrase: "Дві сторони домовилися про зустріч.", values: []),
  ]
}

@Test(arguments: NumberListCorpus.all)
func numberWordsInLists(_ c: NumberListCase) {
  let facts = ExtractionHarness.facts(c.phrase, language: c.language)
  let values: [Double] = facts.compactMap {
    if case .number(let q) = $0.value { return q.value }
    return nil
  }
  #expect(values == c.values, "\(c): \(facts.filter { $0.kind == .number }.map(\.text))")
}
