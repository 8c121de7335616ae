import FactDiffModel

/// Counts, amounts and money (Extract/Number).
///
/// Runs after the temporal stage and skips every token of a temporal fact, and years ("in 2021"). Looks only at
/// digits, number words, vague quantity words and currency signs.
enum NumberStage {
  static func run(_ doc: inout Document) {
    // The extractor keeps a copy of the document without its facts, so that it appends to the document's own list
    // in place (a list of its own would be copied fact by fact into the document's).
    var view = doc
    view.facts = []
    NumberExtractor(view).facts(after: &doc.facts)
  }
}

/// The words that can start an amount in one language.
final class NumberTriggers: Sendable {
  let words: WordSet

  static let shared = PerLanguageTable { NumberTriggers(language: $0) }
  static func forLanguage(_ language: Language) -> NumberTriggers { shared[language] }

  init(language: Language) {
    var w = WordSet(NumberWordLexicon.forLanguage(language).words.keys)
    let a = AmountWords.forLanguage(language)
    for k in a.vague.firstWords + a.currencyBefore.firstWords { w.insert(k) }
    words = w
  }
}

final class NumberExtractor {
  let doc: Document
  let tokens: [Token]
  let reader: AmountReader
  let hedges: HedgeLexicon
  let triggers: NumberTriggers
  let tolerance: ToleranceTable
  let changes: ChangeWords

  init(_ doc: Document) {
    self.doc = doc
    tokens = doc.tokens
    reader = AmountReader(doc, numerals: NumeralReader(doc))
    hedges = HedgeLexicon.forLanguage(doc.language)
    triggers = NumberTriggers.forLanguage(doc.language)
    changes = ChangeWords.forLanguage(doc.language)
    tolerance = doc.options.tolerance
  }

  /// Appends the facts found to `facts`, the document's facts so far (the temporal ones).
  func facts(after facts: inout [Fact]) {
    // Tokens of temporal facts are theirs.
    var covered = [Bool](repeating: false, count: tokens.count)
    // Read in place (a `for f in facts` loop, or `facts[n].range` here, copies each fact).
    for range in facts.withUnsafeBufferPointer({ Fact.ranges(of: $0, except: .number) }) {
      var k = doc.tokenIndex(atOrAfter: range.start)
      while k < tokens.count && tokens[k].end <= range.end {
        covered[k] = true
        k += 1
      }
    }
    facts.reserveCapacity(facts.count + 32)  // room for the entity stage's facts too
    var i = 0
    var lastEnd = 0
    // Starts of the parts of a breakdown listed after a total ("21 companies: nine Kazakh, eight Russian and six
    // Chinese").
    var parts: [Int] = []
    while i < tokens.count {
      let candidate: Bool
      switch tokens[i].kind {
      case .number: candidate = true
      case .word: candidate = tokens[i].vocabulary.contains(.numberTrigger)  // `triggers.words`, see `Vocabulary`
      case .punct: candidate = tokens[i].vocabulary.contains(.currencyStart)  // `currencyBefore.starts`
      }
      let isPart = candidate && !parts.isEmpty && parts.contains(i)
      guard candidate, !covered[i], let a = reader.read(at: i, allowOne: isPart),
        !(a.start..<a.end).contains(where: { covered[$0] })
      else {
        i += 1
        continue
      }
      // Number words alone ("two", "сто") are too often not a figure of the story: keep them with a unit or a noun,
      // as a part of a breakdown, or as the head of a sentence that picks a part of a group ("Twelve of the …").
      if a.spelt && a.unit == nil && a.counts == nil && !a.vague && !isPart && !partitiveHead(a) {
        i = a.end
        continue
      }
      var start = a.start
      var end = a.end
      var hedge: Hedge? = a.hedge
      if hedge != nil {
      } else if let (h, s) = hedges.hedge(tokens, before: start, scope: .count, lowerLimit: lastEnd) {
        // "снизить пошлину … до 10%": after a word of change, "до" names the new level, not a ceiling.
        let level =
          h == .atMost && s == start - 1 && changes.upTo.contains(tokens[s].key) && changes.changeBefore(s, in: doc)
        hedge = level ? nil : h
        start = s
      } else if let (h, e) = hedges.hedge(tokens, after: end, scope: .count) {
        hedge = h
        end = e
      }
      var counted = a
      if a.counts == nil, a.unit == nil, a.rangeMax == nil, !a.vague, let c = nounBeforeNewLevel(start) {
        counted.counts = c
      }
      facts.append(fact(counted, start: start, end: end, hedge: hedge))
      lastEnd = end
      if !isPart && a.counts != nil && !a.vague && a.rangeMax == nil {
        parts = breakdown(after: end)
      }
      i = max(a.end, i + 1)
    }
  }

  /// The counted noun of a new level written after its noun: "raise direct flights to up to 50 a week",
  /// "увеличить число прямых рейсов до 60 в неделю": the noun right before "to" / "до", after a word of change in
  /// the sentence. `start` is the first token of the figure with its hedge.
  func nounBeforeNewLevel(_ start: Int) -> String? {
    var to = start - 1
    let language = doc.language
    if language != .en, start < tokens.count, changes.upTo.contains(tokens[start].key) { to = start }
    guard to >= 1, to < tokens.count, tokens[to].key == (language == .en ? "to" : "до"),
      tokens[to - 1].kind == .word, tokens[to].spacing <= .narrow, changes.changeBefore(to - 1, in: doc)
    else { return nil }
    return CountNouns.forLanguage(language).concept(tokens[to - 1].key)
  }

  /// The first tokens of the parts of a breakdown right after a total that ends before token `total`: at most four
  /// words, a colon, dash, comma or parenthesis, perhaps "including" / "из них" / "у тому числі", then at least two
  /// numbers, each with at most three words of its own ("nine Kazakh"), separated by commas, the last after "and" /
  /// "и" / "і" / "та".
  func breakdown(after total: Int) -> [Int] {
    // A few words may come between the total and the list ("Twelve delegates took part, five Russian and …").
    var k = total
    while k < tokens.count, k < total + 4, tokens[k].kind == .word { k += 1 }
    guard k + 1 < tokens.count, tokens[k].kind == .punct,
      tokens[k].scalar == ":" || tokens[k].scalar == "," || tokens[k].scalar == "("
        || (tokens[k].key == "-" && tokens[k].spacing != .none),
      !(total..<k).contains(where: { reader.numerals.read(at: $0) != nil })
    else { return [] }
    let words = reader.words
    let sentence = doc.sentence(ofToken: k)
    var j = k + 1
    if let m = words.breakdownLeads.match(tokens, at: j) {
      j = m.end
      if j < tokens.count, tokens[j].kind == .punct, tokens[j].scalar == ":" || tokens[j].scalar == "," { j += 1 }
    }
    var starts: [Int] = []
    var lastJoined = false
    while j < tokens.count, starts.count < 8, doc.sentence(ofToken: j) == sentence {
      guard let num = reader.numerals.read(at: j, allowOne: true) else { break }
      starts.append(j)
      j = num.tokens.upperBound
      var own = 0
      while j < tokens.count, own < 3, tokens[j].kind == .word, tokens[j].spacing <= .narrow,
        !words.listJoiners.contains(tokens[j].key), reader.numerals.read(at: j, allowOne: true) == nil
      {
        j += 1
        own += 1
      }
      guard j < tokens.count else { break }
      var joined = false
      if tokens[j].kind == .punct, tokens[j].scalar == "," {
        j += 1
        if j < tokens.count, tokens[j].kind == .word, words.listJoiners.contains(tokens[j].key) {
          j += 1
          joined = true
        }
      } else if tokens[j].kind == .word, words.listJoiners.contains(tokens[j].key) {
        j += 1
        joined = true
      } else {
        break
      }
      if j < tokens.count, reader.numerals.read(at: j, allowOne: true) != nil {
        lastJoined = joined
      } else {
        break
      }
    }
    return starts.count >= 2 && lastJoined ? starts : []
  }

  /// True for a number word that opens its sentence and picks a part of a group: "Twelve of the Ukrainians freed
  /// were civilians", "Двенадцать из освобожденных…", "Дванадцять із звільнених…" (not "One of them").
  func partitiveHead(_ a: ParsedAmount) -> Bool {
    guard a.value >= 2, a.rangeMax == nil, a.end < tokens.count, tokens[a.end].kind == .word,
      reader.words.partitive.contains(tokens[a.end].key)
    else { return false }
    var k = doc.sentences[doc.sentence(ofToken: a.start)].tokens.lowerBound
    while k < a.start {
      if tokens[k].kind != .punct { return false }
      k += 1
    }
    return true
  }

  func fact(_ a: ParsedAmount, start: Int, end: Int, hedge: Hedge?) -> Fact {
    let q = Quantity(value: a.value, unit: a.unit, counts: a.counts, rangeMax: a.rangeMax)
    let value = FactValue.number(q)
    if let hi = a.rangeMax {
      if a.vague {
        let r = Interval(min: a.value, max: hi)
        return doc.fact(value, tokens: start..<end, hedge: hedge, grain: 0, bounds: r, widened: r)
      }
      let g = tolerance.grain(count: hi)
      let (s, w) = tolerance.intervals(from: a.value, to: hi, grain: g)
      return doc.fact(value, tokens: start..<end, hedge: hedge, grain: g, bounds: s, widened: w)
    }
    let g = tolerance.grain(count: a.value)
    let (s, w) = tolerance.intervals(value: a.value, grain: g, hedge: hedge, count: a.unit == nil)
    return doc.fact(value, tokens: start..<end, hedge: hedge, grain: g, bounds: s, widened: w)
  }
}
