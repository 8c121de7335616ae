import FactDiffModel

/// Joins two clock times into a span when words join them: "from 10:00 to 16:20", "10:00–16:20",
/// "between 10 a.m. and noon", "с 10:00 до 16:20", "з 10:00 до 16:20", "from 9.30am until about 3.20pm".
final class SpanWords: Sendable {
  /// Words before the start ("from", "between", "с", "з").
  let openers: WordSet
  /// Words between the ends ("to", "until", "до", "-"); "and" only after "between".
  let joiners: WordSet
  /// Joiners that need an opener ("and", "и", "і").
  let joinersNeedingOpener: WordSet

  static let shared = PerLanguageTable { SpanWords(language: $0) }
  static func forLanguage(_ language: Language) -> SpanWords { shared[language] }

  init(language: Language) {
    switch language {
    case .en:
      openers = ["from", "between"]
      joiners = ["-", "to", "until", "till", "through", "'til"]
      joinersNeedingOpener = ["and"]
    case .ru:
      openers = ["с", "со", "от", "между"]
      joiners = ["-", "до", "по"]
      joinersNeedingOpener = ["и"]
    case .uk:
      openers = ["з", "із", "зі", "від", "між"]
      joiners = ["-", "до", "по"]
      joinersNeedingOpener = ["і", "й", "та"]
    }
  }
}

/// A span found between two time candidates.
struct SpanMatch {
  var start: Int
  var end: Int
  /// Indices of the two times in the candidate list.
  var first: Int
  var second: Int
  var nextDay: Bool
}

enum SpanBuilder {
  /// Spans among time candidates sorted by position. `starts` and `ends` are the token bounds of each candidate with
  /// its hedge words.
  static func spans(
    _ doc: Document, times: [(index: Int, start: Int, end: Int, time: ParsedTime)]
  ) -> [SpanMatch] {
    let tokens = doc.tokens
    let words = SpanWords.forLanguage(doc.language)
    let timeWords = TimeWords.forLanguage(doc.language)
    var out: [SpanMatch] = []
    var k = 0
    while k + 1 < times.count {
      let a = times[k]
      // A restatement in parentheses between the start and the joiner is the parenthesis' own: "from 10 a.m.
      // (0400 GMT) until about 3:30 p.m.".
      var gap = a.end
      var next = k + 1
      if let close = closingParenthesis(tokens, from: a.end) {
        gap = close + 1
        while next < times.count && times[next].start < gap { next += 1 }
      }
      guard next < times.count, gap < tokens.count else { break }
      let b = times[next]
      guard b.start == gap + 1, doc.sentence(ofToken: a.start) == doc.sentence(ofToken: b.start) else {
        k += 1
        continue
      }
      let j = tokens[gap]
      let opener = a.start > 0 && tokens[a.start - 1].kind == .word && words.openers.contains(tokens[a.start - 1].key)
      let ok = words.joiners.contains(j.key) || (opener && words.joinersNeedingOpener.contains(j.key))
      guard ok else {
        k += 1
        continue
      }
      var end = b.time.seconds
      let start = a.time.seconds
      var nextDay = false
      if end < start {
        // Across midnight only when a word says so, or "11 p.m. to 2 a.m.".
        let sentence = doc.sentences[doc.sentence(ofToken: a.start)]
        var cue = a.time.pm == true && b.time.pm == false
        var q = sentence.tokens.lowerBound
        while !cue && q < sentence.tokens.upperBound {
          if timeWords.nextDay.match(tokens, at: q) != nil { cue = true }
          q += 1
        }
        guard cue else {
          k += 1
          continue
        }
        nextDay = true
        end += 86400
      }
      _ = end
      out.append(
        SpanMatch(start: opener ? a.start - 1 : a.start, end: b.end, first: a.index, second: b.index, nextDay: nextDay))
      k = next + 1
    }
    return out
  }

  /// The ")" closing a parenthesis that opens at token `i` ("(0400 GMT)"), when it closes within a few tokens.
  static func closingParenthesis(_ tokens: [Token], from i: Int) -> Int? {
    guard i < tokens.count, tokens[i].kind == .punct, tokens[i].scalar == "(" else { return nil }
    var k = i + 1
    while k < tokens.count && k <= i + 12 {
      let t = tokens[k]
      if t.kind == .punct {
        if t.scalar == ")" { return k }
        if t.scalar == "(" { return nil }
      }
      k += 1
    }
    return nil
  }
}
