import FactDiffExtract
import FactDiffModel

/// Where the facts of some kinds stand in a document's tokens, sorted, so that "is there a time between these two
/// tokens", "the next time after this one" or "a span ending just before this duration" cost a binary search
/// rather than a pass over every fact (a report dense with facts made each of those passes quadratic).
struct FactPositions {
  /// Token ranges of the facts, with the fact's index, sorted by first token (then index).
  private let byStart: [(tokens: Range<Int>, fact: Int)]
  /// The same, sorted by end token (then index).
  private let byEnd: [(tokens: Range<Int>, fact: Int)]

  /// `ranges[k]` is fact `k`'s token range; only facts for which `include(k)` holds are indexed.
  init(_ ranges: [Range<Int>], include: (Int) -> Bool) {
    var entries: [(tokens: Range<Int>, fact: Int)] = []
    for k in ranges.indices where include(k) { entries.append((ranges[k], k)) }
    byStart = entries.sorted { ($0.tokens.lowerBound, $0.fact) < ($1.tokens.lowerBound, $1.fact) }
    byEnd = entries.sorted { ($0.tokens.upperBound, $0.fact) < ($1.tokens.upperBound, $1.fact) }
  }

  /// The first index of `byStart` whose first token is at or after `t`.
  private func firstStarting(atOrAfter t: Int) -> Int {
    var lo = 0
    var hi = byStart.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if byStart[mid].tokens.lowerBound < t { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// True when some fact starts at a token in `range`.
  func anyStart(in range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    let k = firstStarting(atOrAfter: range.lowerBound)
    return k < byStart.count && byStart[k].tokens.lowerBound < range.upperBound
  }

  /// The first token of the first fact starting at or after token `t`.
  func nextStart(atOrAfter t: Int) -> Int? {
    let k = firstStarting(atOrAfter: t)
    return k < byStart.count ? byStart[k].tokens.lowerBound : nil
  }

  /// True when some fact ends (exclusive end token) in `ends` and satisfies `test` with its token range.
  func anyEnd(in ends: ClosedRange<Int>, where test: (Range<Int>) -> Bool) -> Bool {
    var lo = 0
    var hi = byEnd.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if byEnd[mid].tokens.upperBound < ends.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    var k = lo
    while k < byEnd.count, byEnd[k].tokens.upperBound <= ends.upperBound {
      if test(byEnd[k].tokens) { return true }
      k += 1
    }
    return false
  }
}

/// Facts of some kinds by their byte ranges, sorted by start, for "the facts inside this one".
struct FactByteIndex {
  private let entries: [(range: TextRange, fact: Int)]

  init(_ facts: [Fact], include: (Fact) -> Bool) {
    var e: [(range: TextRange, fact: Int)] = []
    for (k, f) in facts.enumerated() where include(f) { e.append((f.range, k)) }
    entries = e.sorted { ($0.range.start, $0.fact) < ($1.range.start, $1.fact) }
  }

  /// Indices of the facts whose range lies inside `outer`, in fact order.
  func inside(_ outer: TextRange) -> [Int] {
    var lo = 0
    var hi = entries.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if entries[mid].range.start < outer.start { lo = mid + 1 } else { hi = mid }
    }
    var out: [Int] = []
    var k = lo
    while k < entries.count, entries[k].range.start <= outer.end {
      if outer.contains(entries[k].range) { out.append(entries[k].fact) }
      k += 1
    }
    return out.sorted()
  }
}
