import FactDiffExtract
import FactDiffModel

/// One cue phrase found in a document.
public struct CueHit: Sendable, Hashable {
  public let cue: Cue
  /// Token indices of the phrase.
  public let tokens: Range<Int>
}

/// Every cue phrase of a document, in token order, with a lookup by token.
public struct CueIndex: Sendable {
  public let hits: [CueHit]
  /// The most tokens any hit spans (so that a look-up near a token need only look that far back).
  public let longestHit: Int
  /// For each token, the indices into `hits` of the phrases starting there.
  private let startingAt: [Int: [Int]]

  public init(_ doc: Document) {
    let lexicon = CueLexicon.of(doc.language)
    var hits: [CueHit] = []
    let tokens = doc.tokens
    for i in tokens.indices where tokens[i].kind != .number {
      let first = tokens[i].key
      for entry in lexicon.candidates(first) {
        if entry.firstIsPrefix ? !first.hasPrefix(entry.words[0]) : first != entry.words[0] { continue }
        var ok = true
        var j = i + 1
        for w in entry.words.dropFirst() {
          guard j < tokens.count, tokens[j].key == w else {
            ok = false
            break
          }
          j += 1
        }
        if ok { hits.append(CueHit(cue: entry.cue, tokens: i..<j)) }
      }
    }
    hits.sort {
      $0.tokens.lowerBound != $1.tokens.lowerBound
        ? $0.tokens.lowerBound < $1.tokens.lowerBound : $0.tokens.count > $1.tokens.count
    }
    self.hits = hits
    longestHit = hits.map(\.tokens.count).max() ?? 0
    var map: [Int: [Int]] = [:]
    for (k, h) in hits.enumerated() { map[h.tokens.lowerBound, default: []].append(k) }
    startingAt = map
  }

  /// The hits inside a token range.
  public func hits(in range: Range<Int>) -> [CueHit] {
    var lo = 0
    var hi = hits.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if hits[mid].tokens.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    var out: [CueHit] = []
    var k = lo
    while k < hits.count, hits[k].tokens.lowerBound < range.upperBound {
      out.append(hits[k])
      k += 1
    }
    return out
  }

  /// True when a phrase of `cue` starts at token `t`.
  public func has(_ cue: Cue, at t: Int) -> Bool {
    startingAt[t]?.contains { hits[$0].cue == cue } ?? false
  }
}
