import FactDiffModel
import FactDiffText
import Testing

@Suite struct NumberWordsTests {
  @Test(
    "number words parse",
    arguments: [
      (Language.en, "twenty-three", 23.0), (.en, "six", 6), (.en, "one hundred", 100), (.en, "Twenty three", 23),
      (.en, "two thousand five hundred", 2500), (.en, "a thousand", 1000), (.en, "one hundred and five", 105),
      (.en, "twenty-first", 21),
      // Russian: ICU's own rules have every case.
      (.ru, "двадцать три", 23), (.ru, "шести", 6), (.ru, "двенадцать", 12), (.ru, "двух", 2), (.ru, "шестью", 6),
      (.ru, "двадцати трёх", 23), (.ru, "двадцати трех", 23), (.ru, "пятидесяти", 50), (.ru, "ста", 100),
      (.ru, "трёх тысяч", 3000), (.ru, "Шести", 6),
      // Russian: our supplementary rules.
      (.ru, "тысяча", 1000), (.ru, "двое", 2), (.ru, "пятеро", 5), (.ru, "двоих", 2), (.ru, "пятерым", 5),
      // Ukrainian: ICU's nominative.
      (.uk, "шість", 6), (.uk, "двадцять три", 23), (.uk, "дев’ять", 9), (.uk, "одинадцять", 11), (.uk, "двісті", 200),
      // Ukrainian: our oblique cases.
      (.uk, "двох", 2), (.uk, "дев’яти", 9), (.uk, "дев'яти", 9), (.uk, "дванадцяти", 12), (.uk, "трьох", 3),
      (.uk, "сорока", 40), (.uk, "шести", 6), (.uk, "двадцяти трьох", 23), (.uk, "двом", 2), (.uk, "двома", 2),
      (.uk, "п’ятьма", 5), (.uk, "шістьома", 6), (.uk, "п'ятьох", 5), (.uk, "двохсот тисяч", 200_000),
      (.uk, "тисячі", 1000), (.uk, "тисяча", 1000), (.uk, "двоє", 2), (.uk, "трьохстах", 300),
    ])
  func parses(_ language: Language, _ text: String, _ value: Double) {
    #expect(NumberWords.parse(text, language: language) == value)
  }

  @Test(
    "not number words",
    arguments: [
      (Language.en, ""), (.en, "hello"), (.en, "23"), (.en, "six and a half"), (.en, "six hours"),
      (.ru, "шесть часов"), (.ru, "полтора"), (.ru, "Лавров"), (.uk, "години"), (.uk, "шість років"), (.uk, "  "),
    ])
  func refuses(_ language: Language, _ text: String) {
    #expect(NumberWords.parse(text, language: language) == nil)
  }

  @Test(
    "Ukrainian case tables spell out correctly",
    arguments: [
      ("%spellout-cardinal-genitive", 2345.0, "двох тисяч трьохсот сорока пʼяти"),
      ("%spellout-cardinal-dative", 2345, "двом тисячам трьомстам сорока пʼяти"),
      ("%spellout-cardinal-instrumental", 2345, "двома тисячами трьомастами сорока пʼятьма"),
      ("%spellout-cardinal-locative", 2345, "двох тисячах трьохстах сорока пʼяти"),
      ("%spellout-cardinal-genitive", 1000, "тисячі"),
      ("%spellout-cardinal-genitive", 5_000_000, "пʼяти мільйонів"),
    ])
  func ukrainianTables(_ ruleSet: String, _ value: Double, _ expected: String) {
    #expect(NumberWords.spellOut(value, language: .uk, ruleSet: ruleSet) == expected)
    #expect(NumberWords.parse(expected, language: .uk) == value)
  }

  @Test func russianHasICUCaseRuleSets() {
    #expect(NumberWords.ruleSets(.ru).contains("%spellout-cardinal-masculine-genitive"))
    #expect(NumberWords.spellOut(6, language: .ru, ruleSet: "%spellout-cardinal-masculine-genitive") == "шести")
  }
}
