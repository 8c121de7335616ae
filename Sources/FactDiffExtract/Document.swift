import FactDiffModel

/// A source after tokenizing and sentence splitting, with the facts found in it so far.
///
/// Every extractor reads a `Document` and appends facts; later stages (events, slots, entities) read the same
/// tokens again, so nothing is tokenized twice.
public struct Document: Sendable {
  public let source: Source
  /// Tokens, sentences and the sentence of each token; emptied by `compact()`.
  private var scan: Scan
  /// True once `compact()` dropped the tokens: they are then derived again from the text on each access.
  public private(set) var isCompact = false
  /// The facts, in text order once extraction is finished.
  public var facts: [Fact] = []
  public let options: ExtractionOptions

  public init(source: Source, options: ExtractionOptions = ExtractionOptions()) {
    self.source = source
    self.options = options
    scan = Scan(source)
  }

  /// The tokens of the text. After `compact()` they are derived again on every access (call it once and keep the
  /// array).
  public var tokens: [Token] { isCompact ? Scan(source).tokens : scan.tokens }
  public var sentences: [Sentence] { isCompact ? Scan(source).sentences : scan.sentences }
  /// For each token, the index of its sentence.
  public var sentenceOfToken: [Int32] { isCompact ? Scan(source).sentenceOfToken : scan.sentenceOfToken }

  /// Drops the tokens and sentences once the per-document work is done (extraction, events): a run keeps only
  /// facts and sources, so its memory does not grow with the tokens of every report. Anything that still asks for
  /// tokens gets them tokenized anew.
  public mutating func compact() {
    scan = Scan()
    isCompact = true
  }

  /// The tokens, sentences and sentence of each token of a text.
  struct Scan: Sendable {
    var tokens: [Token] = []
    var sentences: [Sentence] = []
    var sentenceOfToken: [Int32] = []

    init() {}

    init(_ source: Source) {
      tokens = Tokenizer.tokenize(source.text)
      sentences = SentenceSplitter.split(tokens, language: source.language)
      var map = [Int32](repeating: 0, count: tokens.count)
      map.withUnsafeMutableBufferPointer { m in
        for (k, s) in sentences.enumerated() {
          for t in s.tokens { m[t] = Int32(k) }
        }
      }
      sentenceOfToken = map
    }
  }

  public var language: Language { source.language }
  /// The date relative dates are read against (the source's `published` day).
  public var reference: CivilDate? { source.published?.date }

  /// The text of tokens `range` as written (from the first token's start to the last token's end).
  public func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    let tokens = self.tokens
    return source.snippet(TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end))
  }

  /// The byte range covered by tokens `range`.
  public func byteRange(_ range: Range<Int>) -> TextRange {
    guard !range.isEmpty else { return TextRange(0, 0) }
    let tokens = self.tokens
    return TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
  }

  /// The sentence index of a token.
  public func sentence(ofToken t: Int) -> Int {
    let map = isCompact ? sentenceOfToken : scan.sentenceOfToken
    return t < map.count ? Int(map[t]) : 0
  }

  /// The index of the first token starting at or after byte `offset`.
  public func tokenIndex(atOrAfter offset: Int) -> Int {
    let tokens = self.tokens
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
