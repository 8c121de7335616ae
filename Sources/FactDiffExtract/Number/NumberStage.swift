import FactDiffModel

/// Counts, amounts and money (Extract/Number).
///
/// Runs after the temporal stage and skips every token of a temporal fact, and years ("in 2021"). Looks only at
/// digits, number words, vague quantity words and currency signs.
enum NumberStage {
  static func run(_ doc: inout Document) {
    let facts = NumberExtractor(doc).facts()
    doc.facts.append(contentsOf: facts)
  }
}

/// The words that can start an amount in one language.
struct NumberTriggers: Sendable {
  let words: Set<FastKey>

  static let shared = PerLanguageTable { NumberTriggers(language: $0) }
  static func forLanguage(_ language: Language) -> NumberTriggers { shared[language] }

  init(language: Language) {
    var w = Set(NumberWordLexicon.forLanguage(language).words.keys.map(FastKey.init))
    let a = AmountWords.forLanguage(language)
    w.formUnion(a.vague.firstWords.map(FastKey.init))
    w.formUnion(a.currencyBefore.firstWords.map(FastKey.init))
    words = w
  }
}

struct NumberExtractor {
  let doc: Document
  let tokens: [Token]
  let reader: AmountReader
  let hedges: HedgeLexicon
  let triggers: NumberTriggers
  let tolerance: ToleranceTable

  init(_ doc: Document) {
    self.doc = doc
    tokens = doc.tokens
    reader = AmountReader(doc, numerals: NumeralReader(doc))
    hedges = HedgeLexicon.forLanguage(doc.language)
    triggers = NumberTriggers.forLanguage(doc.language)
    tolerance = doc.options.tolerance
  }

  func facts() -> [Fact] {
    // Tokens of temporal facts are theirs.
    var covered = [Bool](repeating: false, count: tokens.count)
    for f in doc.facts where f.kind != .number {
      var k = doc.tokenIndex(atOrAfter: f.range.start)
      while k < tokens.count && tokens[k].end <= f.range.end {
        covered[k] = true
        k += 1
      }
    }
    var out: [Fact] = []
    var i = 0
    var lastEnd = 0
    while i < tokens.count {
      let candidate: Bool
      switch tokens[i].kind {
      case .number: candidate = true
      case .word: candidate = triggers.words.contains(FastKey(tokens[i].norm))
      case .punct: candidate = reader.words.currencyBefore.starts(tokens[i].norm)
      }
      guard candidate, !covered[i], let a = reader.read(at: i), !(a.start..<a.end).contains(where: { covered[$0] })
      else {
        i += 1
        continue
      }
      // Number words alone ("two", "сто") are too often not a figure of the story: keep them with a unit or a noun.
      if a.spelt && a.unit == nil && a.counts == nil {
        i = a.end
        continue
      }
      var start = a.start
      var end = a.end
      var hedge: Hedge? = a.hedge
      if hedge != nil {
      } else if let (h, s) = hedges.hedge(tokens, before: start, scope: .count, lowerLimit: lastEnd) {
        hedge = h
        start = s
      } else if let (h, e) = hedges.hedge(tokens, after: end, scope: .count) {
        hedge = h
        end = e
      }
      out.append(fact(a, start: start, end: end, hedge: hedge))
      lastEnd = end
      i = max(a.end, i + 1)
    }
    return out
  }

  func fact(_ a: ParsedAmount, start: Int, end: Int, hedge: Hedge?) -> Fact {
    let q = Quantity(value: a.value, unit: a.unit, counts: a.counts, rangeMax: a.rangeMax)
    var f = doc.fact(.number(q), tokens: start..<end, hedge: hedge)
    if let hi = a.rangeMax {
      if a.vague {
        let r = Interval(min: a.value, max: hi)
        f.grain = 0
        f.bounds = r
        f.widened = r
      } else {
        let g = tolerance.grain(count: hi)
        let (s, w) = tolerance.intervals(from: a.value, to: hi, grain: g)
        f.grain = g
        f.bounds = s
        f.widened = w
      }
      return f
    }
    let g = tolerance.grain(count: a.value)
    let (s, w) = tolerance.intervals(value: a.value, grain: g, hedge: hedge, count: a.unit == nil)
    f.grain = g
    f.bounds = s
    f.widened = w
    return f
  }
}
