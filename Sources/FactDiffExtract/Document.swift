import FactDiffModel

/// A source after tokenizing and sentence splitting, with the facts found in it so far.
///
/// Every extractor reads a `Document` and appends facts; later stages (events, slots, entities) read the same
/// tokens again, so nothing is tokenized twice.
public struct Document: Sendable {
  public let source: Source
  public let tokens: [Token]
  public let sentences: [Sentence]
  /// For each token, the index of its sentence.
  public let sentenceOfToken: [Int32]
  /// The facts, in text order once extraction is finished.
  public var facts: [Fact] = []
  public let options: ExtractionOptions

  public init(source: Source, options: ExtractionOptions = ExtractionOptions()) {
    self.source = source
    self.options = options
    let tokens = Tokenizer.tokenize(source.text)
    self.tokens = tokens
    let sentences = SentenceSplitter.split(tokens, language: source.language)
    self.sentences = sentences
    var map = [Int32](repeating: 0, count: tokens.count)
    for (k, s) in sentences.enumerated() {
      for t in s.tokens { map[t] = Int32(k) }
    }
    sentenceOfToken = map
  }

  public var language: Language { source.language }
  /// The date relative dates are read against (the source's `published` day).
  public var reference: CivilDate? { source.published?.date }

  /// The text of tokens `range` as written (from the first token's start to the last token's end).
  public func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    return source.snippet(TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end))
  }

  /// The byte range covered by tokens `range`.
  public func byteRange(_ range: Range<Int>) -> TextRange {
    guard !range.isEmpty else { return TextRange(0, 0) }
    return TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
  }

  /// The sentence index of a token.
  public func sentence(ofToken t: Int) -> Int { t < sentenceOfToken.count ? Int(sentenceOfToken[t]) : 0 }

  /// The index of the first token starting at or after byte `offset`.
  public func tokenIndex(atOrAfter offset: Int) -> Int {
    var lo = 0
    var hi = tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// A fact for tokens `range` with its text, byte range and sentence filled in.
  public func fact(_ value: FactValue, tokens range: Range<Int>, hedge: Hedge? = nil) -> Fact {
    let r = byteRange(range)
    return Fact(
      source: source.id, value: value, text: source.snippet(r), range: r, hedge: hedge,
      sentence: sentence(ofToken: range.lowerBound))
  }
}
