import FactDiffModel

/// Runs every extractor over a source and returns its document with facts in text order, ids and positions set.
///
/// The order matters: temporal facts first (times, dates, durations, spans), so that the number extractor can skip
/// the figures they consumed; then entities (people, places, quotes).
public enum Extraction {

  public static func analyze(_ source: Source, options: ExtractionOptions = ExtractionOptions()) -> Document {
    var doc = Document(source: source, options: options)
    for run in stages { run(&doc) }
    finish(&doc)
    return doc
  }

  /// The stages, in order; each kind adds its own line (see Docs/Languages.md).
  static let stages: [@Sendable (inout Document) -> Void] = [
    TemporalStage.run,
    NumberStage.run,
    EntityStage.run,
  ]
  /// The stages' names, for `profile`.
  static let stageNames = ["temporal", "number", "entity"]

  /// Seconds spent in each step of `analyze` over `sources` (tokens and sentences, each stage, finishing), for the
  /// benchmark: the same work as `analyze`, timed step by step on one core.
  public static func profile(
    _ sources: [Source], options: ExtractionOptions = ExtractionOptions(), clock: () -> Double
  ) -> [(step: String, seconds: Double)] {
    var totals = [Double](repeating: 0, count: stages.count + 2)
    for source in sources {
      var t = clock()
      var doc = Document(source: source, options: options)
      var u = clock()
      totals[0] += u - t
      for (k, run) in stages.enumerated() {
        t = u
        run(&doc)
        u = clock()
        totals[k + 1] += u - t
      }
      finish(&doc)
      totals[stages.count + 1] += clock() - u
    }
    let names = ["tokens"] + stageNames + ["finish"]
    return zip(names, totals).map { ($0, $1) }
  }

  /// Sorts facts by position, numbers them `source#n` and fills in their positions in the original file.
  static func finish(_ doc: inout Document) {
    // Sorted as indices (a fact is a few hundred bytes; moving indices is cheaper), ties kept in their order.
    let ranges = doc.facts.withUnsafeBufferPointer { Fact.ranges(of: $0) }
    let order = ranges.indices.sorted { x, y in
      let a = ranges[x]
      let b = ranges[y]
      return a.start != b.start ? a.start < b.start : a.end != b.end ? a.end > b.end : x < y
    }
    let permuted = !order.elementsEqual(ranges.indices)
    if permuted {
      // Put in place by swapping along the permutation's cycles: facts are moved, not copied (a copy retains the
      // fact's references and its destruction releases them again).
      var done = [Bool](repeating: false, count: order.count)
      doc.facts.withUnsafeMutableBufferPointer { f in
        for start in order.indices where !done[start] {
          // Position `p` takes the fact at `order[p]`: follow the cycle from `start`.
          var p = start
          while true {
            done[p] = true
            let q = order[p]
            if q == start { break }
            f.swapAt(p, q)
            p = q
          }
        }
      }
    }
    let locator = doc.source.locator
    var cursor = PositionCursor(locator)
    // The original bytes are opened once for all the facts (not once per fact).
    locator.withOriginalBytes { original in
      doc.facts.withUnsafeMutableBufferPointer { facts in
        for k in facts.indices {
          facts[k].setNumber(k + 1)
          // The fact now at `k` came from `order[k]`: its range is read from the list above, not from the fact.
          facts[k].position = cursor.position(of: ranges[permuted ? order[k] : k], in: original)
        }
      }
      // The bare surnames kept aside (in text order, not numbered: `Document.bareSurnames`).
      guard !doc.bareSurnames.isEmpty else { return }
      var bareCursor = PositionCursor(locator)
      for k in doc.bareSurnames.indices {
        doc.bareSurnames[k].fact.position = bareCursor.position(of: doc.bareSurnames[k].fact.range, in: original)
      }
    }
  }
}

/// Positions of ranges met in text order, counted forwards from the previous one: the same values as
/// `SourceLocator.position(of:)`, but linear in the text however many facts there are and however long its lines.
/// It counts from the start of the file, so a source's line index is not built for it.
struct PositionCursor {
  let locator: SourceLocator
  /// The last original offset reached, and the line (1-based), line start in scalars and scalars before it.
  var offset = 0
  var line = 1
  var lineScalarStart = 0
  var scalars = 0

  init(_ locator: SourceLocator) { self.locator = locator }

  /// The position of `range`; `original` is the locator's original bytes (`SourceLocator.withOriginalBytes`).
  mutating func position(of range: TextRange, in original: OriginalBytes) -> Position {
    let startOriginal = locator.originalOffset(range.start)
    let endOriginal = max(
      startOriginal, range.isEmpty ? startOriginal : locator.originalOffset(range.end - 1) + 1)
    advance(to: startOriginal, in: original)
    let length = max(0, Self.scalars(original, from: startOriginal, to: endOriginal))
    return Position(line: line, column: scalars - lineScalarStart + 1, offset: scalars, length: length)
  }

  /// Moves to original byte `target` (clamped to the bytes), from the last offset when it is not past it, else
  /// from the locator's own answer.
  private mutating func advance(to target: Int, in b: OriginalBytes) {
    let target = min(max(0, target), b.count)
    if target < offset {
      let (l, c, s) = locator.lineColumn(originalOffset: target)
      line = l
      scalars = s
      lineScalarStart = s - (c - 1)
      offset = target
      return
    }
    var i = offset
    var n = scalars
    // Past the front matter's own bytes (`OriginalBytes.head`) the bytes are one buffer.
    let raw = b.rest.baseAddress.map(UnsafeRawPointer.init)
    let whole = b.head.count
    while i < target {
      // Eight bytes at once when none is a newline: the scalars are the bytes that are not continuation bytes.
      if i >= whole, i + 8 <= target, let raw {
        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        // Is any byte 0x0A? (the exact any-zero-byte test, on w ^ 0x0A0A…)
        let x = w ^ 0x0A0A_0A0A_0A0A_0A0A
        if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 == 0 {
          // A continuation byte is 10xxxxxx: bit 7 set, bit 6 (shifted into bit 7) clear.
          n += 8 - (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
          i += 8
          continue
        }
      }
      let x = b[i]
      if x & 0xC0 != 0x80 { n += 1 }
      if x == 0x0A {
        line += 1
        lineScalarStart = n
      }
      i += 1
    }
    scalars = n
    offset = target
  }

  /// The scalars (bytes that are not UTF-8 continuation bytes) in `b[from ..< to]`, clamped.
  static func scalars(_ b: OriginalBytes, from: Int, to: Int) -> Int {
    let a = min(max(0, from), b.count)
    let e = min(max(0, to), b.count)
    guard e > a else { return 0 }
    var n = 0
    var i = a
    // Past the front matter's own bytes, eight at a time: the scalars are the bytes that are not continuation
    // bytes (10xxxxxx), as in `advance`.
    if let raw = b.rest.baseAddress.map(UnsafeRawPointer.init) {
      i = max(a, min(e, b.head.count))
      for k in a..<i where b[k] & 0xC0 != 0x80 { n += 1 }
      while i + 8 <= e {
        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        n += 8 - (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
        i += 8
      }
    }
    while i < e {
      if b[i] & 0xC0 != 0x80 { n += 1 }
      i += 1
    }
    return n
  }
}

/// What extraction is told from outside: the tolerance table (overridable in `.factdiff.yml`).
public struct ExtractionOptions: Sendable {
  /// The table, in an immutable box: every document keeps its options, so a run of 100,000 reports holds one
  /// reference each rather than a table's hundred bytes each.
  private final class Box: Sendable {
    let table: ToleranceTable
    init(_ table: ToleranceTable) { self.table = table }
  }
  private var box: Box

  public var tolerance: ToleranceTable {
    get { box.table }
    set { box = Box(newValue) }
  }

  public init() { box = Self.standardBox }

  public init(tolerance: ToleranceTable) { box = Box(tolerance) }

  private static let standardBox = Box(standard)
  /// The default table, built once (it holds arrays and a dictionary).
  public static let standard = ToleranceTable()
}
