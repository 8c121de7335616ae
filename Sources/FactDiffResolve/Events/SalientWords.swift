/// The salient words of every report of a run (`SourceEvents.salient`), for joining reports by them
/// (`EventMatcher.wordLinks`), held compactly: each distinct word once (its 64-bit hash), and per report the numbers of
/// its words, 32 bits each, in shared blocks rather than a list per report.
///
/// A run over a feed holds every report's words from its analysis until the reports are joined: about 50 words a
/// report, which as a list of 64-bit hashes per report was 42 MB for 100 MB of reports. Words are numbered in the
/// order of their hashes (`finish`), so that comparing numbers compares the hashes: the joins are those made from the
/// hashes themselves.
public struct SalientWords: Sendable {
  /// Per report, where its words are: block, first place in it, and how many (none: `count` 0).
  private var spans: [(block: Int32, start: Int32, count: Int32)]
  /// The words' numbers, report after report; a report's words lie in one block.
  private var blocks: [[UInt32]] = []
  /// While words are added: each distinct hash and its number (in order of first appearance until `finish`).
  private var numbers: [UInt64: UInt32] = [:]
  private var hashes: [UInt64] = []

  static let blockSize = 1 << 16

  /// Room for the words of `reports` reports, added in any order (`add`).
  public init(reports: Int) { spans = Array(repeating: (0, 0, 0), count: reports) }

  /// The words of every summary, as `add` and `finish` make them.
  public init(_ summaries: [SourceEvents]) {
    self.init(reports: summaries.count)
    for (k, s) in summaries.enumerated() { add(report: k, s.salient) }
    finish()
  }

  /// How many reports there are room for.
  public var reports: Int { spans.count }

  /// Sets the words of report `k` (sorted hashes without repeats, as `EventMatcher.salientWords` gives them).
  public mutating func add(report k: Int, _ words: [UInt64]) {
    guard !words.isEmpty else { return }
    if blocks.isEmpty || blocks[blocks.count - 1].count + words.count > max(Self.blockSize, words.count) {
      var block: [UInt32] = []
      block.reserveCapacity(max(Self.blockSize, words.count))
      blocks.append(block)
    }
    let b = blocks.count - 1
    spans[k] = (Int32(b), Int32(blocks[b].count), Int32(words.count))
    for w in words {
      if let n = numbers[w] {
        blocks[b].append(n)
      } else {
        let n = UInt32(hashes.count)
        numbers[w] = n
        hashes.append(w)
        blocks[b].append(n)
      }
    }
  }

  /// Numbers the words in the order of their hashes, each report's words sorted by them; no word is added after.
  public mutating func finish() {
    numbers = [:]
    let order = hashes.indices.sorted { hashes[$0] < hashes[$1] }
    var rank = [UInt32](repeating: 0, count: hashes.count)
    for (r, old) in order.enumerated() { rank[old] = UInt32(r) }
    hashes = []
    for b in blocks.indices {
      for i in blocks[b].indices { blocks[b][i] = rank[Int(blocks[b][i])] }
    }
    wordCount = rank.count
    for k in spans.indices where spans[k].count > 1 {
      let (b, start, count) = spans[k]
      blocks[Int(b)][Int(start)..<Int(start + count)].sort()
    }
  }

  /// How many distinct words there are (once `finish`ed).
  public private(set) var wordCount = 0

  /// The numbers of report `k`'s words, ascending.
  public func words(of k: Int) -> ArraySlice<UInt32> {
    let (b, start, count) = spans[k]
    guard count > 0 else { return [] }
    return blocks[Int(b)][Int(start)..<Int(start + count)]
  }

  /// How many words report `k` has.
  public func count(of k: Int) -> Int { Int(spans[k].count) }
}
