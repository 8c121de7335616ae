import FactDiffModel
import Testing

@testable import FactDiffExtract

/// The per-token vocabulary bits (`Vocabulary`) must say exactly what the look-ups they replace say.
@Suite struct VocabularyTests {
  private func tokens(_ text: String, _ language: Language) -> [Token] {
    Document(source: Source(id: "v", text: text, language: language)).tokens
  }

  private func token(_ tokens: [Token], _ norm: String) -> Token {
    tokens.first { $0.norm == norm }!
  }

  @Test func englishWordsGetTheirStagesBits() {
    let t = tokens("The talks will resume in March, which is late; costs are $ 5 and five hours.", .en)
    // Temporal triggers: a month, a number word, a duration word.
    #expect(token(t, "march").vocabulary.triggers.contains(.month))
    #expect(token(t, "five").vocabulary.triggers.contains(.numberWord))
    #expect(token(t, "five").vocabulary.contains(.numberTrigger))
    #expect(token(t, "hours").vocabulary.triggers == TemporalTriggers.forLanguage(.en).words[WordKey("hours")] ?? [])
    // Clause breaks (a word and a mark) and future words.
    #expect(token(t, "which").vocabulary.contains(.clauseBreak))
    #expect(token(t, ";").vocabulary.contains(.clauseBreak))
    #expect(token(t, "will").vocabulary.contains(.futureWord))
    // A currency sign before its figure.
    #expect(token(t, "$").vocabulary.contains(.currencyStart))
    // Look-alikes get nothing: "talks" is no trigger, "marches" no month, "," no clause break, "willow" no future.
    #expect(token(t, "talks").vocabulary == .scanned)
    #expect(token(t, ",").vocabulary == .scanned)
    #expect(token(t, "5").vocabulary == .scanned)
    let u = tokens("Marches by the willow, which", .en)
    #expect(token(u, "marches").vocabulary.triggers.isDisjoint(with: .month))
    #expect(!token(u, "willow").vocabulary.contains(.futureWord))
  }

  @Test func russianWordsAndTokensOutsideADocument() {
    let t = tokens("В марте пять часов, которые", .ru)
    #expect(token(t, "марте").vocabulary.triggers == TemporalTriggers.forLanguage(.ru).words[WordKey("марте")] ?? [])
    #expect(token(t, "пять").vocabulary.contains(.numberTrigger))
    #expect(token(t, "которые").vocabulary.contains(.clauseBreak))
    // English words in a Russian document are looked up in the Russian lists.
    #expect(tokens("March", .ru)[0].vocabulary == .scanned)
    // Tokens made outside a document carry no bits, and so may be anything (they are looked up).
    let outside = Tokenizer.tokenize("March will")
    #expect(outside.allSatisfy { $0.vocabulary.isEmpty })
    #expect(outside.allSatisfy { $0.mayBe(.unitStart) && $0.mayBe(.hedgeAfterStart) })
  }

  /// Every bit agrees with the list it stands for, on every token of a mixed text.
  @Test(arguments: [Language.en, .ru, .uk])
  func bitsAgreeWithTheLists(_ language: Language) {
    let text = """
      On Monday, March 3, which was late; the minister will meet twelve envoys for two hours at $ 5 million.
      В понедельник, 3 марта, который планируется; министр встретит двенадцать послов на два часа.
      У понеділок, 3 березня, який буде; міністр зустріне дванадцять послів на дві години за € 5.
      """
    let triggers = TemporalTriggers.forLanguage(language).words
    let numbers = NumberTriggers.forLanguage(language).words
    let dates = DateWords.forLanguage(language)
    let amounts = AmountWords.forLanguage(language)
    let currency = amounts.currencyBefore
    let hedges = HedgeLexicon.forLanguage(language)
    let numberWords = NumberWordLexicon.forLanguage(language)
    let all = tokens(text, language)
    for (k, t) in all.enumerated() {
      let v = t.vocabulary
      #expect(v.contains(.scanned))
      // A bit missing means the look-up misses (`mayBe` false only then).
      #expect(t.mayBe(.unitStart) == amounts.units.starts(t.key), "\(t.norm) \(k)")
      #expect(t.mayBe(.percentStart) == amounts.percent.starts(t.key), "\(t.norm)")
      #expect(t.mayBe(.currencyAfterStart) == amounts.currencyAfter.starts(t.key), "\(t.norm)")
      #expect(t.mayBe(.vagueStart) == amounts.vague.starts(t.key), "\(t.norm)")
      #expect(t.mayBe(.hedgeAfterStart) == hedges.after.starts(t.key), "\(t.norm)")
      #expect(t.mayBe(.hedgeBeforeEnd) == hedges.before.lastWords.contains(t.key), "\(t.norm)")
      #expect(t.mayBe(.numberWord) == (numberWords.word(t.key) != nil), "\(t.norm)")
      #expect(v.triggers == triggers[t.key] ?? [], "\(t.norm)")
      #expect(v.contains(.numberTrigger) == numbers.contains(t.key), "\(t.norm)")
      #expect(v.contains(.clauseBreak) == dates.clauseBreaks.contains(t.key), "\(t.norm)")
      #expect(v.contains(.futureWord) == dates.futureWords.contains(t.key), "\(t.norm)")
      #expect(v.contains(.currencyStart) == currency.starts(t.key), "\(t.norm)")
    }
  }

  /// Text with more tokens than the tokenizer's first guess of room (one per four bytes) gives the same tokens as
  /// the same marks spread out.
  @Test func denseTextSpillsPastTheReservedRoom() {
    let dense = String(repeating: "a,", count: 300) + "end"
    let tokens = Tokenizer.tokenize(dense)
    #expect(tokens.count == 601)
    #expect(tokens.map(\.norm) == Array(repeating: ["a", ","], count: 300).flatMap { $0 } + ["end"])
    #expect(tokens.last?.start == 600 && tokens.last?.end == 603)
    #expect(tokens[1].spacing == .none && tokens[0].spacing == .paragraph)
  }

  /// The bits fit in the token's padding: a token is no larger than before.
  @Test func tokenStaysSeventyTwoBytes() {
    #expect(MemoryLayout<Token>.stride == 72)
  }
}
