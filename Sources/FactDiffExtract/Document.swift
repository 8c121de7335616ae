import FactDiffModel
import Synchronization

/// A source after tokenizing and sentence splitting, with the facts found in it so far.
///
/// Every extractor reads a `Document` and appends facts; later stages (events, slots, entities) read the same
/// tokens again, so nothing is tokenized twice.
public struct Document: Sendable {
  /// What does not change while the extractors run (the source, its tokens, the options), in one shared object: a
  /// readers or extractor that keeps the document copies one reference, not a dozen.
  private final class Storage: Sendable {
    let source: Source
    /// Tokens, sentences and the sentence of each token; empty once compacted.
    let scan: Scan
    let isCompact: Bool
    let options: ExtractionOptions
    let origin: FactOrigin

    init(source: Source, scan: Scan, isCompact: Bool, options: ExtractionOptions, origin: FactOrigin) {
      self.source = source
      self.scan = scan
      self.isCompact = isCompact
      self.options = options
      self.origin = origin
    }
  }

  private var storage: Storage
  /// The facts, in text order once extraction is finished.
  public var facts: [Fact] = []
  /// Bare surnames in name-like positions that no name of the report explains ("Tremblay and Kravets met"), in
  /// text order: not facts of the report yet. Entity resolution moves into `facts` those it links to exactly one
  /// person named in full in the run, and drops the others (`BareSurnames`).
  public var bareSurnames: [BareSurname] = []

  public var source: Source { storage.source }
  public var options: ExtractionOptions { storage.options }
  /// The source id and text every fact of the document reads its words from (see `Fact`).
  public var origin: FactOrigin { storage.origin }
  /// True once `compact()` dropped the tokens: they are then derived again from the text on each access.
  public var isCompact: Bool { storage.isCompact }

  public init(source: Source, options: ExtractionOptions = ExtractionOptions()) {
    storage = Storage(
      source: source, scan: Scan(source), isCompact: false, options: options, origin: FactOrigin(source))
  }

  /// A compacted document whose facts read their words from `origin` (a run that let the text go keeps only the
  /// stretches of it that the facts cover: `Fact.keepingOnlyTheirWords`).
  public init(compacted source: Source, options: ExtractionOptions, origin: FactOrigin) {
    storage = Storage(source: source, scan: Scan(), isCompact: true, options: options, origin: origin)
  }

  /// The tokens of the text. After `compact()` they are derived again when asked for (and the last few documents
  /// derived again are kept, see `Rescans`, so that a stage reading one document's tokens many times tokenizes it
  /// once).
  public var tokens: [Token] { storage.isCompact ? Rescans.scan(storage.source).tokens : storage.scan.tokens }
  public var sentences: [Sentence] {
    storage.isCompact ? Rescans.scan(storage.source).sentences : storage.scan.sentences
  }
  /// For each token, the index of its sentence.
  public var sentenceOfToken: [Int32] {
    storage.isCompact ? Rescans.scan(storage.source).sentenceOfToken : storage.scan.sentenceOfToken
  }

  /// Drops the tokens and sentences once the per-document work is done (extraction, events): a run keeps only
  /// facts and sources, so its memory does not grow with the tokens of every report. Anything that still asks for
  /// tokens gets them tokenized anew.
  public mutating func compact() {
    storage = Storage(
      source: storage.source, scan: Scan(), isCompact: true, options: storage.options, origin: storage.origin)
    // The fact list grew by doubling while the extractors appended to it: keep no more room than its facts.
    if facts.capacity > facts.count { facts = facts.withUnsafeBufferPointer { Array($0) } }
  }

  /// The scans of the few compacted documents whose tokens were asked for last (a stage after compaction, such as
  /// entity resolution, reads one document's tokens many times, then moves to the next document). A scan is found
  /// again by the source's id, language and text, so a hit is always the same text's scan.
  enum Rescans {
    static let capacity = 4
    private static let recent = Mutex<[(source: Source, scan: Scan)]>([])

    static func scan(_ source: Source) -> Scan {
      let hit = recent.withLock { list -> Scan? in
        guard let k = list.firstIndex(where: { same($0.source, source) }) else { return nil }
        let entry = list.remove(at: k)
        list.append(entry)
        return entry.scan
      }
      if let hit { return hit }
      let fresh = Scan(source)
      recent.withLock { list in
        if list.count >= capacity { list.removeFirst() }
        list.append((source, fresh))
      }
      return fresh
    }

    private static func same(_ a: Source, _ b: Source) -> Bool {
      a.id == b.id && a.language == b.language && a.text.utf8.count == b.text.utf8.count && a.text == b.text
    }
  }

  /// The tokens, sentences and sentence of each token of a text.
  struct Scan: Sendable {
    var tokens: [Token] = []
    var sentences: [Sentence] = []
    var sentenceOfToken: [Int32] = []

    init() {}

    init(_ source: Source) {
      tokens = Tokenizer.tokenize(source.text)
      VocabularyTable.forLanguage(source.language).mark(&tokens)
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

  public var language: Language { storage.source.language }
  /// The date relative dates are read against (the source's `published` day).
  public var reference: CivilDate? { storage.source.published?.date }

  /// The text of tokens `range` as written (from the first token's start to the last token's end).
  public func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    let tokens = self.tokens
    return storage.source.snippet(TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end))
  }

  /// The byte range covered by tokens `range`.
  public func byteRange(_ range: Range<Int>) -> TextRange {
    guard !range.isEmpty else { return TextRange(0, 0) }
    let tokens = self.tokens
    return TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
  }

  /// The sentence index of a token.
  public func sentence(ofToken t: Int) -> Int {
    // Read in place while the tokens are kept (no copy of the array, so no reference counting per call).
    if !storage.isCompact {
      return t >= 0 && t < storage.scan.sentenceOfToken.count ? Int(storage.scan.sentenceOfToken[t]) : 0
    }
    let map = sentenceOfToken
    return t >= 0 && t < map.count ? Int(map[t]) : 0
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
    Fact(
      origin: origin, value: value, range: byteRange(range), hedge: hedge, sentence: sentence(ofToken: range.lowerBound)
    )
  }
}
