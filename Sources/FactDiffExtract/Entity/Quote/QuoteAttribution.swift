import FactDiffModel

extension QuoteExtractor {
  /// Who said a quote: (attributed, index of the person mention).
  static func attribution(_ doc: EntityScan, _ span: Span, _ persons: [PersonMention]) -> (attributed: Bool, person: Int?) {
    let tokens = doc.tokens
    func start(_ k: Int) -> Int { persons[k].titleStart ?? persons[k].range.lowerBound }
    // After the quote: skip the comma and dash between them.
    var j = span.close + 1
    while j < tokens.count, j <= span.close + 3, tokens[j].kind == .punct, [",", "-", "."].contains(tokens[j].norm) {
      if tokens[j].norm == ".", !(j + 1 < tokens.count && tokens[j + 1].kind == .word && !tokens[j + 1].isCapitalized) { break }
      j += 1
    }
    if j < tokens.count {
      // "— заявил Брусницын", "said Kremlin spokesman Dmitry Peskov", "— заявив державний секретар … Петер Галмаї".
      if let verb = AttributionWords.attribution(doc, at: j) {
        if let k = persons.indices.first(where: { start($0) >= verb.end && start($0) <= verb.end + 2 }) {
          return (true, k)
        }
        if let k = pronoun(doc, at: verb.end, before: span.open, persons) { return (true, k) }
        return (true, nil)
      }
      // "Gorelov told reporters", "Rusu said", "he said", "— сказал он".
      if let k = persons.indices.first(where: { start($0) == j }),
        AttributionWords.attribution(doc, at: persons[k].range.upperBound) != nil
          || appositionThenVerb(doc, persons[k])
      {
        return (true, k)
      }
      if isPronoun(tokens[j]), AttributionWords.attribution(doc, at: j + 1) != nil {
        return (true, nearestBefore(doc, span.open, persons, gender: pronounGender(tokens[j])))
      }
    }
    // Before the quote: "X said:", "X called it", "заявил X:", "according to X,", "По его словам,".
    var b = span.open - 1
    while b >= 0, b >= span.open - 2, tokens[b].kind == .punct, [":", ","].contains(tokens[b].norm) { b -= 1 }
    guard b >= 0 else { return (false, nil) }
    let sentence = doc.sentence(ofToken: span.open)
    if let k = persons.indices.last(where: { persons[$0].range.upperBound == b + 1 }),
      doc.sentence(ofToken: persons[k].range.lowerBound) == sentence
    {
      // "заявил Лавров: «…»", "according to Lavrov, “…”".
      if let verb = AttributionWords.attribution(doc, endingBefore: start(k)), verb.start >= 0 { return (true, k) }
    }
    if let verb = AttributionWords.attribution(doc, endingBefore: b + 1) {
      // "X said: “…”", "X called it “…”": the subject before the verb, in the same sentence.
      if let k = persons.indices.last(where: {
        persons[$0].range.upperBound <= verb.start && doc.sentence(ofToken: persons[$0].range.lowerBound) == sentence
      }) {
        return (true, k)
      }
      return (true, nearestBefore(doc, span.open, persons, gender: .unknown))
    }
    // "По его словам, «…»", "За його даними".
    if let k = possessivePronounAttribution(doc, sentenceStart: doc.sentences[sentence].tokens.lowerBound, before: span.open, persons) {
      return (true, k)
    }
    return (false, nil)
  }

  /// "Oleg Brusnitsyn, Russia's deputy transport minister, told reporters": a verb after the apposition.
  private static func appositionThenVerb(_ doc: EntityScan, _ p: PersonMention) -> Bool {
    guard let role = p.role, role.range.lowerBound >= p.range.upperBound else { return false }
    var j = role.range.upperBound
    if j < doc.tokens.count, doc.tokens[j].norm == "," { j += 1 }
    return AttributionWords.attribution(doc, at: j) != nil
  }

  private static func pronoun(_ doc: EntityScan, at j: Int, before: Int, _ persons: [PersonMention]) -> Int? {
    guard j < doc.tokens.count, isPronoun(doc.tokens[j]) else { return nil }
    return nearestBefore(doc, before, persons, gender: pronounGender(doc.tokens[j]))
  }

  static func isPronoun(_ t: Token) -> Bool {
    ["he", "she", "он", "она", "він", "вона"].contains(t.norm)
  }

  static func pronounGender(_ t: Token) -> NameGender {
    ["he", "он", "він", "его", "його"].contains(t.norm) ? .masculine : ["she", "она", "вона", "ее", "її"].contains(t.norm) ? .feminine : .unknown
  }

  /// The nearest person mentioned before token `i` (whose gender fits, when the pronoun shows one).
  static func nearestBefore(_ doc: EntityScan, _ i: Int, _ persons: [PersonMention], gender: NameGender) -> Int? {
    let candidates = persons.indices.filter { persons[$0].range.upperBound <= i }
    if gender != .unknown {
      for k in candidates.reversed() {
        let g = mentionGender(doc, persons[k])
        if g == .unknown || g == gender { return k }
      }
    }
    return candidates.last
  }

  /// A mention's gender from its given name or its feminine title.
  private static func mentionGender(_ doc: EntityScan, _ p: PersonMention) -> NameGender {
    if p.role?.feminine == true { return .feminine }
    if let forms = GivenNames.match(doc, at: p.range.lowerBound)?.forms {
      let genders = Set(forms.map { GivenNames.names[$0.name].gender })
      if genders.count == 1, let g = genders.first { return g }
    }
    return .unknown
  }

  /// "По его словам", "За її словами", "According to him": the nearest person of that gender before.
  private static func possessivePronounAttribution(_ doc: EntityScan, sentenceStart: Int, before open: Int, _ persons: [PersonMention]) -> Int? {
    let tokens = doc.tokens
    var j = sentenceStart
    while j < open {
      let n = tokens[j].norm
      if ["его", "ее", "його", "її", "him", "her"].contains(n) {
        let window = tokens[max(sentenceStart, j - 2)..<min(open, j + 2)].map(\.norm)
        if window.contains(where: { ["словам", "словами", "according", "слов", "даними", "мнению", "думку"].contains($0) }) {
          return nearestBefore(doc, sentenceStart, persons, gender: pronounGender(tokens[j]))
        }
      }
      j += 1
    }
    return nil
  }
}
