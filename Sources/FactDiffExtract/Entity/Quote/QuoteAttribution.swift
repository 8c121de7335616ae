import FactDiffModel

extension QuoteExtractor {
  /// Who said a quote: (attributed, index of the person mention).
  ///
  /// Every look-up goes through `index`, built once per document, so that attribution costs the same per quote
  /// however many quotes and people the document (or one of its sentences) holds.
  static func attribution(_ doc: EntityScan, _ span: Span, _ index: inout AttributionIndex) -> (
    attributed: Bool, person: Int?
  ) {
    let tokens = doc.tokens
    let persons = index.persons
    // After the quote: skip the comma and dash between them.
    var j = span.close + 1
    while j < tokens.count, j <= span.close + 3, tokens[j].kind == .punct, [",", "-", "."].contains(tokens[j].norm) {
      if tokens[j].key == ".", !(j + 1 < tokens.count && tokens[j + 1].kind == .word && !tokens[j + 1].isCapitalized) {
        break
      }
      j += 1
    }
    if j < tokens.count {
      // "— заявил Брусницын", "said Kremlin spokesman Dmitry Peskov", "— заявив державний секретар … Петер Галмаї".
      if let verb = AttributionWords.attribution(doc, at: j) {
        if let k = index.firstStarting(in: verb.end...(verb.end + 2)) { return (true, k) }
        if let k = pronoun(doc, at: verb.end, before: span.open, &index) { return (true, k) }
        return (true, nil)
      }
      // "Gorelov told reporters", "Rusu said", "he said", "— сказал он".
      if let k = index.firstStarting(in: j...j),
        AttributionWords.attribution(doc, at: persons[k].range.upperBound) != nil
          || appositionThenVerb(doc, persons[k])
      {
        return (true, k)
      }
      if isPronoun(tokens[j]), AttributionWords.attribution(doc, at: j + 1) != nil {
        return (true, index.nearestBefore(doc, span.open, gender: pronounGender(tokens[j])))
      }
    }
    // Before the quote: "X said:", "X called it", "заявил X:", "according to X,", "По его словам,".
    var b = span.open - 1
    while b >= 0, b >= span.open - 2, tokens[b].kind == .punct, [":", ","].contains(tokens[b].norm) { b -= 1 }
    guard b >= 0 else { return (false, nil) }
    let sentence = doc.sentence(ofToken: span.open)
    if let k = index.lastEnding(at: b + 1), doc.sentence(ofToken: persons[k].range.lowerBound) == sentence {
      // "заявил Лавров: «…»", "according to Lavrov, “…”".
      if let verb = AttributionWords.attribution(doc, endingBefore: index.start(k)), verb.start >= 0 {
        return (true, k)
      }
    }
    if let verb = AttributionWords.attribution(doc, endingBefore: b + 1) {
      // "X said: “…”", "X called it “…”": the subject before the verb, in the same sentence.
      if let k = index.lastEnding(by: verb.start, inSentence: sentence, doc) { return (true, k) }
      return (true, index.nearestBefore(doc, span.open, gender: .unknown))
    }
    // "По его словам, «…»", "За його даними".
    if let k = possessivePronounAttribution(doc, sentence: sentence, before: span.open, &index) {
      return (true, k)
    }
    return (false, nil)
  }

  /// "Oleg Brusnitsyn, Russia's deputy transport minister, told reporters": a verb after the apposition.
  private static func appositionThenVerb(_ doc: EntityScan, _ p: PersonMention) -> Bool {
    guard let role = p.role, role.range.lowerBound >= p.range.upperBound else { return false }
    var j = role.range.upperBound
    if j < doc.tokens.count, doc.tokens[j].key == "," { j += 1 }
    return AttributionWords.attribution(doc, at: j) != nil
  }

  private static func pronoun(_ doc: EntityScan, at j: Int, before: Int, _ index: inout AttributionIndex) -> Int? {
    guard j < doc.tokens.count, isPronoun(doc.tokens[j]) else { return nil }
    return index.nearestBefore(doc, before, gender: pronounGender(doc.tokens[j]))
  }

  static func isPronoun(_ t: Token) -> Bool {
    ["he", "she", "он", "она", "він", "вона"].contains(t.norm)
  }

  static func pronounGender(_ t: Token) -> NameGender {
    ["he", "он", "він", "его", "його"].contains(t.norm)
      ? .masculine : ["she", "она", "вона", "ее", "її"].contains(t.norm) ? .feminine : .unknown
  }

  /// A mention's gender from its given name or its feminine title.
  static func mentionGender(_ doc: EntityScan, _ p: PersonMention) -> NameGender {
    if p.role?.feminine == true { return .feminine }
    if let forms = GivenNames.match(doc, at: p.range.lowerBound)?.forms {
      let genders = Set(forms.map { GivenNames.names[$0.name].gender })
      if genders.count == 1, let g = genders.first { return g }
    }
    return .unknown
  }

  /// "По его словам", "За її словами", "According to him" before the quote, in its sentence: the nearest person of
  /// that gender before the sentence.
  ///
  /// The first such pronoun of a sentence is found once per sentence (`AttributionIndex.possessivePronoun`), not
  /// by a walk from the sentence start for every quote: a sentence of many quotes stays linear.
  private static func possessivePronounAttribution(
    _ doc: EntityScan, sentence: Int, before open: Int, _ index: inout AttributionIndex
  ) -> Int? {
    guard let j = index.possessivePronoun(doc, sentence: sentence), j < open else { return nil }
    return index.nearestBefore(doc, doc.sentences[sentence].tokens.lowerBound, gender: pronounGender(doc.tokens[j]))
  }

  /// Whether the pronoun at `j` is the possessive of "по его словам", "за її даними", "according to him": one of
  /// the words of such a phrase within two tokens before it or one after, inside the sentence starting at `start`.
  ///
  /// A quote's own opening mark can fall in that window but is never one of the words, so the answer does not
  /// depend on where the quote starts.
  static func isPossessivePronoun(_ doc: EntityScan, _ j: Int, sentenceStart start: Int, end: Int) -> Bool {
    let tokens = doc.tokens
    guard ["его", "ее", "його", "її", "him", "her"].contains(tokens[j].norm) else { return false }
    return tokens[max(start, j - 2)..<min(end, j + 2)].contains {
      ["словам", "словами", "according", "слов", "даними", "мнению", "думку"].contains($0.norm)
    }
  }
}

/// What quote attribution looks up, built once per document: person mentions by the token they start at and the
/// token they end before, the mentions ending by a token, the nearest mention of a gender, and per sentence the
/// first possessive pronoun of "по его словам". Each look-up costs a hash, a binary search or a table read, so a
/// document of many quotes costs linear time (a sentence of thousands of quotes used to be walked from its start
/// for every quote).
struct AttributionIndex {
  let persons: [PersonMention]
  /// The mentions are sorted by position and their names do not overlap (how `PersonExtractor` returns them), so
  /// the mentions ending by a token are a prefix of the list. When not, the look-ups scan the list.
  private let ordered: Bool
  /// Per sentence: its first possessive pronoun of "по его словам" (nil: none); filled on demand.
  private var possessive: [Int: Int?] = [:]
  /// Per gender: for each mention, the last mention up to it whose gender fits (-1: none); filled on demand.
  private var lastFitting: [NameGender: [Int]] = [:]

  /// Where each mention starts (its title included) and where its name ends.
  private let starts: PositionIndex
  private let ends: PositionIndex

  init(_ persons: [PersonMention]) {
    self.persons = persons
    starts = PositionIndex(persons.map { $0.titleStart ?? $0.range.lowerBound })
    ends = PositionIndex(persons.map(\.range.upperBound))
    ordered = zip(persons, persons.dropFirst()).allSatisfy {
      $0.range.lowerBound <= $1.range.lowerBound && $0.range.upperBound <= $1.range.upperBound
    }
  }

  /// Where mention `k` starts, its title included.
  func start(_ k: Int) -> Int { persons[k].titleStart ?? persons[k].range.lowerBound }

  /// The first mention (lowest index) starting at one of `tokens`.
  func firstStarting(in tokens: ClosedRange<Int>) -> Int? {
    tokens.compactMap { starts.first(at: $0) }.min()
  }

  /// The last mention whose name ends right before token `i`.
  func lastEnding(at i: Int) -> Int? { ends.last(at: i) }

  /// How many mentions end at or before token `i` (with `ordered`, they are the first ones).
  private func countEnding(by i: Int) -> Int {
    var lo = 0
    var hi = persons.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if persons[mid].range.upperBound <= i { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// The last mention ending at or before token `i` whose name starts in `sentence`.
  func lastEnding(by i: Int, inSentence sentence: Int, _ doc: EntityScan) -> Int? {
    guard ordered else {
      return persons.indices.last {
        persons[$0].range.upperBound <= i && doc.sentence(ofToken: persons[$0].range.lowerBound) == sentence
      }
    }
    // Sentences only grow along the list: if the last mention ending by `i` is in an earlier sentence, so are
    // all before it.
    let n = countEnding(by: i)
    guard n > 0, doc.sentence(ofToken: persons[n - 1].range.lowerBound) == sentence else { return nil }
    return n - 1
  }

  /// The nearest person mentioned before token `i` (whose gender fits, when the pronoun shows one).
  mutating func nearestBefore(_ doc: EntityScan, _ i: Int, gender: NameGender) -> Int? {
    guard ordered else {
      let candidates = persons.indices.filter { persons[$0].range.upperBound <= i }
      if gender != .unknown {
        for k in candidates.reversed() {
          let g = QuoteExtractor.mentionGender(doc, persons[k])
          if g == .unknown || g == gender { return k }
        }
      }
      return candidates.last
    }
    let n = countEnding(by: i)
    guard n > 0 else { return nil }
    if gender != .unknown {
      let k = fitting(doc, gender)[n - 1]
      if k >= 0 { return k }
    }
    return n - 1
  }

  /// For each mention, the last mention up to it whose gender is `gender` or unknown (-1: none).
  private mutating func fitting(_ doc: EntityScan, _ gender: NameGender) -> [Int] {
    if let table = lastFitting[gender] { return table }
    var table = [Int](repeating: -1, count: persons.count)
    var last = -1
    for k in persons.indices {
      let g = QuoteExtractor.mentionGender(doc, persons[k])
      if g == .unknown || g == gender { last = k }
      table[k] = last
    }
    lastFitting[gender] = table
    return table
  }

  /// The first possessive pronoun of "по его словам" in `sentence` (`QuoteExtractor.isPossessivePronoun`),
  /// found once per sentence.
  mutating func possessivePronoun(_ doc: EntityScan, sentence: Int) -> Int? {
    if let known = possessive[sentence] { return known }
    let range = doc.sentences[sentence].tokens
    let found = range.first {
      QuoteExtractor.isPossessivePronoun(doc, $0, sentenceStart: range.lowerBound, end: range.upperBound)
    }
    possessive.updateValue(found, forKey: sentence)
    return found
  }
}
