import FactDiffExtract
import FactDiffModel

/// A compact bilingual concept lexicon of frequent content words in diplomatic and economic news: each concept
/// with its English, Russian and Ukrainian stems, so that a quote and its translation share concepts.
enum QuoteConcepts {
  struct Table: Sendable {
    /// Stem → concept, per language; exact forms separately (they win over stems).
    var stems: [Language: [String: String]] = [:]
    var exact: [Language: [String: String]] = [:]
    var count = 0
  }

  static let shared: Table = build()

  /// English words that stand for two concepts ("TurkStream" = Turkish + stream).
  static let compounds: [String: [String]] = [
    "turkstream": ["turkey", "stream"], "nordstream": ["north", "stream"], "twice": ["two"],
    "bottleneck": ["narrow", "place"], "no": ["not", "one"],
  ]

  private static func build() -> Table {
    var t = Table()
    for text in [politics, economy, general, more] {
      for row in EntityTableReader.rows(text) where row.count >= 4 {
        let concept = row[0]
        t.count += 1
        for (column, language) in [(1, Language.en), (2, .ru), (3, .uk)] {
          for stem in row[column].split(separator: ";") {
            var s = String(stem).trimmed
            guard !s.isEmpty else { continue }
            let isExact = s.hasPrefix("=")
            if isExact { s.removeFirst() }
            // Fold as the tokenizer folds (ё → е, apostrophes).
            let folded = Tokenizer.tokenize(s).map(\.norm).joined(separator: " ")
            if isExact {
              if t.exact[language, default: [:]][folded] == nil { t.exact[language, default: [:]][folded] = concept }
            } else if t.stems[language, default: [:]][folded] == nil {
              t.stems[language, default: [:]][folded] = concept
            }
          }
        }
      }
    }
    return t
  }

  /// The concept of a folded word, or nil: an exact form first, then the longest stem the word begins with.
  static func concept(_ word: String, _ language: Language) -> String? {
    let t = shared
    if let c = t.exact[language]?[word] { return c }
    guard let stems = t.stems[language] else { return nil }
    let chars = Array(word)
    var n = min(chars.count, 14)
    while n >= 3 {
      if let c = stems[String(chars[0..<n])] { return c }
      n -= 1
    }
    return nil
  }
}

/// Rows of a `|`-separated table (the Resolve module's copy of the reader the extraction tables use).
enum EntityTableReader {
  static func rows(_ text: String) -> [[String]] {
    text.split(separator: "\n").compactMap { line in
      let l = String(line).trimmed
      if l.isEmpty || l.hasPrefix("#") { return nil }
      return l.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmed }
    }
  }
}

extension String {
  var trimmed: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return String(s)
  }
}
