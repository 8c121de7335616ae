import FactDiffModel

/// Which of one language's word lists a token's folded form is in, as bits: every token of a document is looked up
/// once, in one table (`VocabularyTable`), when the document is scanned (`Document.Scan`), and the stages read
/// `Token.vocabulary` instead of looking the token up in each of their own lists.
///
/// A bit is set exactly when the list contains the token's `key` (whatever the token's kind), so testing it gives
/// the same answer as the look-up it replaces. Tokens made outside a document (`Tokenizer.tokenize` alone) carry no
/// bits: only code reading a document's tokens may test them.
struct Vocabulary: OptionSet, Sendable {
  let rawValue: UInt32

  /// The low bits are the token's `TriggerMask` (the temporal stage's trigger words).
  static let triggerBits: UInt32 = 0x7FF
  /// A word that can start an amount (`NumberTriggers`).
  static let numberTrigger = Vocabulary(rawValue: 1 << 11)
  /// A word that opens a clause (`DateWords.clauseBreaks`).
  static let clauseBreak = Vocabulary(rawValue: 1 << 12)
  /// A whole future word (`DateWords.futureWords`; the stems in `futurePrefixes` are tested apart).
  static let futureWord = Vocabulary(rawValue: 1 << 13)

  /// The temporal trigger tables the word is in.
  /// The first word or mark of a currency written before its figure (`AmountWords.currencyBefore`).
  static let currencyStart = Vocabulary(rawValue: 1 << 14)

  /// The first word of a unit, a percent sign or word, a currency written after its figure, a vague quantity
  /// (`AmountWords.units`, `percent`, `currencyAfter`, `vague`).
  static let unitStart = Vocabulary(rawValue: 1 << 15)
  static let percentStart = Vocabulary(rawValue: 1 << 16)
  static let currencyAfterStart = Vocabulary(rawValue: 1 << 17)
  static let vagueStart = Vocabulary(rawValue: 1 << 18)
  /// The first word of a hedge written after a figure, the last word of one written before it (`HedgeLexicon`).
  static let hedgeAfterStart = Vocabulary(rawValue: 1 << 19)
  static let hedgeBeforeEnd = Vocabulary(rawValue: 1 << 20)
  /// A number word (`NumberWordLexicon`; the same words as the `numberWord` trigger).
  static let numberWord = Vocabulary(rawValue: TriggerMask.numberWord.rawValue)
  /// Set on every token of a scanned document: only such a token's missing bits mean "not in the list".
  static let scanned = Vocabulary(rawValue: 1 << 31)

  @inline(__always) var triggers: TriggerMask { TriggerMask(rawValue: rawValue & Self.triggerBits) }
}

/// The bits of every word of one language's lists (see `Vocabulary`).
final class VocabularyTable: Sendable {
  let words: WordKeyTable<Vocabulary>
  /// Whether any key is a run of digits, or a single mark that is not a letter: only then are number and
  /// punctuation tokens looked up (else they are in no list).
  let hasDigitKeys: Bool
  let hasMarkKeys: Bool

  static let shared = PerLanguageTable { VocabularyTable(language: $0) }
  static func forLanguage(_ language: Language) -> VocabularyTable { shared[language] }

  init(language: Language) {
    var w = WordKeyTable<Vocabulary>()
    func add<S: Sequence>(_ keys: S, _ bits: Vocabulary) where S.Element == WordKey {
      for k in keys { w[k] = (w[k] ?? []).union(bits) }
    }
    let triggers = TemporalTriggers.forLanguage(language).words
    for (k, m) in zip(triggers.allKeys, triggers.allValues) where !m.isEmpty {
      add([k], Vocabulary(rawValue: m.rawValue & Vocabulary.triggerBits))
    }
    add(NumberTriggers.forLanguage(language).words.keys, .numberTrigger)
    let dates = DateWords.forLanguage(language)
    add(dates.clauseBreaks.keys, .clauseBreak)
    add(dates.futureWords.keys, .futureWord)
    let amounts = AmountWords.forLanguage(language)
    add(amounts.currencyBefore.firstWords, .currencyStart)
    add(amounts.units.firstWords, .unitStart)
    add(amounts.percent.firstWords, .percentStart)
    add(amounts.currencyAfter.firstWords, .currencyAfterStart)
    add(amounts.vague.firstWords, .vagueStart)
    let hedges = HedgeLexicon.forLanguage(language)
    add(hedges.after.firstWords, .hedgeAfterStart)
    add(hedges.before.lastWords, .hedgeBeforeEnd)
    words = w
    var digits = false
    var marks = false
    for k in w.allKeys {
      // (Conservative: a key longer than its inline bytes counts as both.)
      let all = k.withBytes { b in !b.isEmpty && b.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
      if all || !k.isComplete { digits = true }
      if !k.isComplete { marks = true }
      // A punctuation token's key is one scalar that is not a letter: any one-scalar key other than an ASCII or
      // Cyrillic letter might be one.
      if k.isSingleScalar, let s = k.string.unicodeScalars.first,
        !(Tokenizer.isASCIILetter(UInt8(truncatingIfNeeded: s.value)) && s.isASCII),
        !(0x0400...0x04FF).contains(s.value)
      {
        marks = true
      }
    }
    hasDigitKeys = digits
    hasMarkKeys = marks
  }

  /// Sets `vocabulary` on every token (with `scanned`).
  func mark(_ tokens: inout [Token]) {
    let words = self.words
    let digits = hasDigitKeys
    let marks = hasMarkKeys
    tokens.withUnsafeMutableBufferPointer { t in
      for i in t.indices {
        t[i].vocabulary = .scanned
        switch t[i].kind {
        case .word: break
        case .number: if !digits { continue }
        case .punct: if !marks { continue }
        }
        if let v = words[t[i].key] { t[i].vocabulary.formUnion(v) }
      }
    }
  }
}
