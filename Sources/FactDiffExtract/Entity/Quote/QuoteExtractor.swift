import FactDiffModel

/// Quoted words with their speaker: text in “…”, "…", «…» (with „…“ nested), ‘…’, and a line of direct speech after
/// a dash ("— Мы договорились…, — заявил Брусницын."). The speaker comes from the attribution after the quote
/// ("— заявил X", "X said", "said X", "he said" → the nearest person before) or before it ("X said:", "X called
/// it", "according to X,"). Short scare quotes without an attribution ("in stages", «Север — Юг») are no quotes.
enum QuoteExtractor {
  /// Quotes shorter than this many words count only when attributed.
  static let minimumWords = 4

  static func find(_ doc: EntityScan, persons: [PersonMention]) -> [Fact] {
    var out: [Fact] = []
    find(doc, persons: persons, into: &out)
    return out
  }

  /// The same, appended to `out`.
  static func find(_ doc: EntityScan, persons: [PersonMention], into out: inout [Fact]) {
    var index = AttributionIndex(persons)
    var all = spans(doc)
    all.append(contentsOf: dashSpans(doc))
    for span in all {
      var inner = span.inner
      inner = trimPunctuation(doc, inner)
      guard !inner.isEmpty else { continue }
      var words = 0
      for t in doc.tokens[inner] where t.kind == .word || t.kind == .number { words += 1 }
      let speaker = attribution(doc, span, &index)
      guard speaker.attributed || words >= minimumWords else { continue }
      let r = doc.byteRange(inner)
      let value = QuoteValue(
        speaker: nil, text: doc.source.snippet(r), speakerRange: speaker.person.map { persons[$0].bytes })
      out.append(
        Fact(
          origin: doc.doc.origin, value: .quote(value), range: r, sentence: doc.sentence(ofToken: inner.lowerBound)))
    }
  }

  struct Span {
    /// The opening and closing marks (for a dash quote: the dashes).
    var open: Int
    var close: Int
    var inner: Range<Int>
  }

  /// Outermost quoted spans, paired within a paragraph.
  static func spans(_ doc: EntityScan) -> [Span] {
    let tokens = doc.tokens
    var out: [Span] = []
    var stack: [(index: Int, mark: Unicode.Scalar)] = []
    // How many of each opening mark the stack holds, so that a closing mark asks in constant time whether one of
    // its openers is open (a paragraph of thousands of unmatched marks would otherwise scan the stack each time).
    var openCount: [Unicode.Scalar: Int] = [:]
    var paragraph = -1
    for i in tokens.indices where doc.marks[i].contains(.quote) {
      let t = tokens[i]
      let p = doc.sentences[doc.sentence(ofToken: i)].paragraph
      if p != paragraph {
        paragraph = p
        stack.removeAll()
        openCount.removeAll()
      }
      guard t.kind == .punct,
        t.key == "\"" || (t.key == "'" && (t.flags.contains(.openQuote) || t.flags.contains(.closeQuote)))
      else {
        continue
      }
      let mark = t.scalar
      var closes = false
      switch mark {
      case "»", "”", "›", "’": closes = openCount.contains { $0.value > 0 && matches(opener: $0.key, closer: mark) }
      case "“": closes = stack.last?.mark == "„"
      case "\"": closes = stack.last?.mark == "\""
      default: closes = false
      }
      if closes {
        while let top = stack.popLast() {
          openCount[top.mark, default: 0] -= 1
          if matches(opener: top.mark, closer: mark) {
            if stack.isEmpty { out.append(Span(open: top.index, close: i, inner: (top.index + 1)..<i)) }
            break
          }
        }
      } else if ["«", "“", "„", "‘", "‹", "\""].contains(mark) || t.flags.contains(.openQuote) {
        stack.append((i, mark))
        openCount[mark, default: 0] += 1
      }
    }
    return out
  }

  private static func matches(opener: Unicode.Scalar, closer: Unicode.Scalar) -> Bool {
    switch (opener, closer) {
    case ("«", "»"), ("“", "”"), ("„", "“"), ("„", "”"), ("‘", "’"), ("‹", "›"), ("\"", "\""), ("“", "\""),
      ("\"", "”"), ("‚", "’"):
      return true
    default: return false
    }
  }

  /// Direct speech after a dash at the start of a paragraph, up to the dash before its attribution.
  static func dashSpans(_ doc: EntityScan) -> [Span] {
    let tokens = doc.tokens
    var out: [Span] = []
    var lastParagraph = -1
    for s in doc.sentences where s.paragraph != lastParagraph {
      lastParagraph = s.paragraph
      let first = s.tokens.lowerBound
      guard tokens[first].kind == .punct, tokens[first].flags.contains(.longDash) else { continue }
      var j = first + 1
      while j + 1 < tokens.count, doc.sentences[doc.sentence(ofToken: j)].paragraph == s.paragraph {
        if tokens[j].flags.contains(.longDash), [",", "!", "?", "."].contains(tokens[j - 1].norm) {
          out.append(Span(open: first, close: j, inner: (first + 1)..<(j - 1)))
          break
        }
        j += 1
      }
    }
    return out
  }

  private static func trimPunctuation(_ doc: EntityScan, _ r: Range<Int>) -> Range<Int> {
    var lo = r.lowerBound
    var hi = r.upperBound
    while lo < hi, doc.tokens[lo].kind == .punct, doc.tokens[lo].key != "\"" { lo += 1 }
    while hi > lo, doc.tokens[hi - 1].kind == .punct, [",", ".", ":", ";", "-"].contains(doc.tokens[hi - 1].norm) {
      hi -= 1
    }
    return lo..<hi
  }
}
