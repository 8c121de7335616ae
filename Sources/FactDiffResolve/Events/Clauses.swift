import FactDiffExtract
import FactDiffModel

/// Splits sentences into clauses, so that a cue such as "previous" or "will" governs only its own clause.
///
/// A clause ends at a semicolon, a spaced long dash, or a comma followed by a subordinating word ("which",
/// "when", "который", "коли" …) or by a relative pronoun a word or two on ("…, участие которого …"). Splitting
/// stays coarse on purpose: a clause that is too long only makes a cue govern a little more than it should, while a
/// wrong split can separate a verb from its time.
enum Clauses {
  static let subordinators: Set<WordKey> = [
    "which", "who", "whom", "whose", "where", "when", "while", "whereas", "but", "although", "though", "after",
    "before", "since", "because", "as", "whom", "under",
    "который", "которая", "которое", "которые", "которого", "которой", "котором", "которым", "которых", "которую",
    "где", "когда", "но", "а", "хотя", "после", "перед", "пока", "так", "причем", "поскольку",
    "який", "яка", "яке", "які", "якого", "якої", "якому", "якій", "яким", "якими", "яких", "яку", "де", "коли",
    "але", "хоча", "після", "перед", "поки", "оскільки", "причому",
  ]

  /// Relative pronouns, which may follow a word or two of their clause ("participation in which", "участие
  /// которого", "в ходе которой", "участь якого").
  static let relativePronouns: Set<WordKey> = [
    "which", "whom", "whose", "который", "которая", "которое", "которые", "которого", "которой", "котором",
    "которым", "которых", "которую", "которыми", "який", "яка", "яке", "які", "якого", "якої", "якому", "якій",
    "яким", "якими", "яких", "яку",
  ]

  /// True when a relative pronoun stands one or two words after `start` (words only, no punctuation between).
  static func relativeWithin(_ tokens: [Token], from start: Int, end: Int) -> Bool {
    var k = start
    while k < end, k < start + 3, tokens[k].kind == .word {
      if k > start, relativePronouns.contains(tokens[k].key) { return true }
      k += 1
    }
    return false
  }

  /// Clause token ranges of a sentence, in order, covering it.
  static func split(_ doc: Document, sentence: Sentence) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = sentence.tokens.lowerBound
    let end = sentence.tokens.upperBound
    var i = start
    var quoteDepth = 0
    let tokens = doc.tokens
    while i < end {
      let t = tokens[i]
      if t.kind == .punct {
        if t.flags.contains(.openQuote) { quoteDepth += 1 }
        if t.flags.contains(.closeQuote) { quoteDepth = max(0, quoteDepth - 1) }
        if quoteDepth == 0 {
          var boundary = false
          if t.key == ";" { boundary = true }
          if t.key == "-" && t.flags.contains(.longDash) && t.spacing != .none && i + 1 < end
            && tokens[i + 1].spacing != .none
          {
            boundary = true
          }
          if t.key == ",", i + 1 < end, tokens[i + 1].kind == .word, subordinators.contains(tokens[i + 1].key) {
            boundary = true
          }
          // A relative pronoun one or two words after the comma opens a relative clause too ("…, участие
          // которого анонсировали накануне, …", "…, участь якого…", "…, in the course of which…").
          if t.key == ",", relativeWithin(tokens, from: i + 1, end: end) { boundary = true }
          if boundary && i > start {
            out.append(start..<(i + 1))
            start = i + 1
          }
        }
      }
      i += 1
    }
    if start < end { out.append(start..<end) }
    return out
  }
}
