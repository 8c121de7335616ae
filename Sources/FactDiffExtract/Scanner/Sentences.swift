import FactDiffModel

/// One sentence: a run of tokens, the paragraph it belongs to, and whether it is a dateline.
public struct Sentence: Sendable {
  /// Indices into the token array.
  public var tokens: Range<Int>
  /// 0-based paragraph index (blank lines separate paragraphs).
  public var paragraph: Int
  /// Byte range in the source text.
  public var range: TextRange
}

/// Splits tokens into sentences, aware of abbreviations ("Feb.", "a.m.", "г.", initials) and of quotes that close
/// after the full stop.
public enum SentenceSplitter {
  public static func split(_ tokens: [Token], language: Language) -> [Sentence] {
    var out: [Sentence] = []
    guard !tokens.isEmpty else { return out }
    out.reserveCapacity(tokens.count / 16 + 4)  // grown a few times per report otherwise
    var start = 0
    var paragraph = 0
    let abbreviations = Abbreviations.words(language)

    func close(_ end: Int) {
      guard end > start else { return }
      out.append(
        Sentence(
          tokens: start..<end, paragraph: paragraph, range: TextRange(tokens[start].start, tokens[end - 1].end)))
      start = end
    }

    var i = 0
    while i < tokens.count {
      let t = tokens[i]
      if i > start, t.spacing == .paragraph {
        close(i)
        paragraph += 1
      } else if i > start, t.spacing == .newline, startsSentence(t), !continuesLine(tokens[i - 1]) {
        close(i)
      } else if i == start, i > 0, t.spacing == .paragraph {
        paragraph += 1
      }
      if t.kind == .punct, t.key.isByte(0x2E) || t.key.isByte(0x21) || t.key.isByte(0x3F) || t.scalar == "…" {
        // Swallow closing quotes and brackets right after the mark.
        var j = i + 1
        while j < tokens.count, tokens[j].spacing == .none, tokens[j].kind == .punct,
          tokens[j].key.length == 1,
          [0x22, 0x29, 0x27, 0x2E, 0x21, 0x3F].contains(tokens[j].key.firstByte)
        {
          j += 1
        }
        if j < tokens.count, tokens[j].spacing >= .space || tokens[j].spacing == .narrow,
          !t.key.isByte(0x2E) || isSentenceFinalPeriod(tokens, i, next: j, abbreviations: abbreviations)
        {
          if startsSentence(tokens[j]) || tokens[j].spacing >= .newline {
            i = j
            if tokens[j].spacing == .paragraph { paragraph += 0 }
            close(j)
            continue
          }
        }
        i = j
        continue
      }
      i += 1
    }
    close(tokens.count)
    return out
  }

  /// True when a token can open a sentence: a capitalised word, a digit, an opening quote or a dash.
  static func startsSentence(_ t: Token) -> Bool {
    switch t.kind {
    case .word: return t.isCapitalized
    case .number: return true
    case .punct: return t.key == "\"" || t.key == "-" || t.key == "(" || t.key == "'"
    }
  }

  /// A line that ends with a comma, a hyphen or a conjunction goes on after a line break.
  static func continuesLine(_ t: Token) -> Bool {
    t.kind == .punct && (t.key == "," || (t.key == "-" && !t.flags.contains(.longDash)) || t.key == "(")
  }

  /// Decides whether the full stop at `i` ends a sentence.
  static func isSentenceFinalPeriod(_ tokens: [Token], _ i: Int, next j: Int, abbreviations: WordSet) -> Bool {
    guard i > 0 else { return true }
    let prev = tokens[i - 1]
    let next = tokens[j]
    if prev.kind == .word && prev.spacing != .none || prev.kind == .word && i < 2 {
      // Whole word before the stop.
    }
    if prev.kind == .word {
      let w = prev.key
      // A single capital letter: an initial ("S. Lavrov", "С. В. Лавров") or part of "U.S.".
      if w.isSingleScalar && prev.isCapitalized { return false }
      // "a.m." / "p.m.": a sentence goes on unless an ordinary sentence opener follows.
      if w == "m" || w == "м", i >= 3, tokens[i - 2].key == ".",
        ["a", "p", "д", "п"].contains(tokens[i - 3].key)
      {
        return next.kind == .word && Abbreviations.sentenceOpeners.contains(next.key)
      }
      if abbreviations.contains(w) {
        // "Feb. 18" or "Sept. 1": a number follows the month, the sentence goes on.
        if next.kind == .number { return false }
        return next.kind == .word && Abbreviations.sentenceOpeners.contains(next.key)
      }
      // A lone lower-case letter before a stop ("i.e.", "т.е.").
      if w.isSingleScalar && tokens[i - 1].spacing == .none && i >= 2 && tokens[i - 2].key == "." {
        return next.kind == .word && Abbreviations.sentenceOpeners.contains(next.key)
      }
    }
    return true
  }
}
