import FactDiffModel

/// Quoted words with their speaker.
enum QuoteExtractor {
  static func find(_ doc: Document, persons: [PersonMention]) -> [Fact] { [] }
}
