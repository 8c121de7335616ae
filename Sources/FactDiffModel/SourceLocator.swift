import Synchronization

/// Maps byte offsets in a source's analysed text back to positions in the original file.
///
/// The analysed text can differ from the file: front matter is blanked, HTML tags are removed and entities decoded,
/// a JSONL string is unescaped. The locator keeps sorted anchors `(text offset, original offset)`; between two
/// anchors the two run byte for byte in step. Lines and columns are then counted in Unicode scalars on the original
/// bytes.
///
/// When the text is the file byte for byte (a plain report, or a source made from a string), the locator reads the
/// text's own storage (`init(text:)`): a run then holds each report's bytes once, not twice. So it does when only
/// the file's first bytes differ from the text (front matter, blanked in the text): it keeps those bytes alone
/// (`init(text:originalHead:)`).
public struct SourceLocator: Sendable {
  /// The original bytes: an array of their own, or (`inText`) the analysed text's storage when the two are the
  /// same bytes; the one not used is empty (no storage). With `inText`, a non-empty `array` holds the original's
  /// first bytes where they differ from the text's (the text's bytes from there on are the original's).
  private var array: [UInt8] { storage.array }
  private var text: String { storage.text }
  private var inText: Bool { storage.inText }
  /// Anchors sorted by text offset; the first is always `(0, base)`. Both empty when text and original run in step
  /// from offset 0 (no array is kept for that case, the common one).
  private var anchorText: [Int] { storage.anchorText }
  private var anchorOriginal: [Int] { storage.anchorOriginal }
  /// The line index: given (shared by the sources of one JSONL file), or built when first asked for and kept.
  /// All of the above in one object: a source holds one reference (every report of a run holds its locator).
  private let storage: Storage

  /// - Parameters:
  ///   - original: the file's bytes.
  ///   - anchors: `(textOffset, originalOffset)` pairs, sorted by text offset; an empty list means the text is the
  ///     original byte for byte.
  public init(original: [UInt8], anchors: [(Int, Int)] = []) {
    self.init(array: original, text: "", lines: nil, anchors: anchors)
  }

  /// A locator over `original` that reuses a line index already built for the same bytes (every JSONL line of a
  /// file is a source of its own over the whole file).
  public init(original: [UInt8], lines: LineIndex, anchors: [(Int, Int)] = []) {
    precondition(lines.byteCount == original.count, "the line index belongs to other bytes")
    self.init(array: original, text: "", lines: lines, anchors: anchors)
  }

  /// The locator of an empty text, one for the whole run (a report whose text was let go keeps this one: its line
  /// cache is a small object of its own otherwise).
  public static let empty = SourceLocator(text: "")

  /// A locator for a text that is its own original byte for byte: it reads the string's storage, no copy.
  public init(text: String) {
    var text = text
    text.makeContiguousUTF8()
    self.init(array: [], text: text, inText: !text.isEmpty, lines: nil, anchors: [])
  }

  /// A locator for a text that is its original byte for byte after the first `originalHead.count` bytes, and of the
  /// same length: the file's bytes are `originalHead` followed by the rest of the text (a report whose front matter
  /// the text blanks). It reads the string's storage and keeps only the head apart.
  public init(text: String, originalHead: [UInt8]) {
    precondition(originalHead.count <= text.utf8.count, "the head is longer than the text")
    var text = text
    text.makeContiguousUTF8()
    self.init(array: originalHead, text: text, inText: !text.isEmpty, lines: nil, anchors: [])
  }

  private init(array: [UInt8], text: String, lines: LineIndex?, anchors: [(Int, Int)]) {
    self.init(array: array, text: text, inText: false, lines: lines, anchors: anchors)
  }

  private init(array: [UInt8], text: String, inText: Bool, lines: LineIndex?, anchors: [(Int, Int)]) {
    var t: [Int] = []
    var o: [Int] = []
    if anchors.isEmpty || anchors[0].0 != 0 {
      t.append(0)
      o.append(anchors.first.map { max(0, $0.1 - $0.0) } ?? 0)
    }
    for (a, b) in anchors {
      if let last = t.last, last == a { o[o.count - 1] = b; continue }
      t.append(a)
      o.append(b)
    }
    if t == [0] && o == [0] {
      t = []
      o = []
    }
    storage = Storage(array: array, text: text, inText: inText, anchorText: t, anchorOriginal: o, lines: lines)
  }

  /// The original bytes (a copy when they are the text's own storage: `withOriginal` reads them in place).
  public var original: [UInt8] {
    guard inText else { return array }
    return array.isEmpty ? Array(text.utf8) : array + text.utf8.dropFirst(array.count)
  }

  /// True when the locator reads the analysed text's own storage (`init(text:)`, `init(text:originalHead:)`): it is
  /// then made again from the text and `originalHead` alone.
  public var readsText: Bool { inText }

  /// The original's first bytes kept apart from the text (`init(text:originalHead:)`); empty otherwise.
  public var originalHead: [UInt8] { inText ? array : [] }

  /// The number of original bytes.
  public var originalCount: Int {
    inText ? text.utf8.count : array.count
  }

  /// Calls `body` with the original bytes in place (in a copy made for the call when the original's first bytes
  /// are kept apart: `withOriginalBytes` reads them in place).
  public func withOriginal<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    guard inText else { return try array.withUnsafeBufferPointer(body) }
    guard array.isEmpty else { return try original.withUnsafeBufferPointer(body) }
    if let r = try text.utf8.withContiguousStorageIfAvailable(body) { return r }
    return try Array(text.utf8).withUnsafeBufferPointer(body)
  }

  /// Calls `body` with the original bytes in place, as a head kept apart and the text's storage after it.
  public func withOriginalBytes<R>(_ body: (OriginalBytes) throws -> R) rethrows -> R {
    guard inText, !array.isEmpty else {
      return try withOriginal { try body(OriginalBytes(head: UnsafeBufferPointer(start: nil, count: 0), rest: $0)) }
    }
    return try array.withUnsafeBufferPointer { head in
      if let r = try text.utf8.withContiguousStorageIfAvailable({ try body(OriginalBytes(head: head, rest: $0)) }) {
        return r
      }
      return try Array(text.utf8).withUnsafeBufferPointer { try body(OriginalBytes(head: head, rest: $0)) }
    }
  }

  /// Where lines start in the original and how many scalars precede any offset; shared by the locators of the
  /// sources of one file (JSONL), so that it is built once per file. Built when first asked for, then kept.
  public var lines: LineIndex {
    storage.index { withOriginalBytes { LineIndex($0) } }
  }

  /// The original byte offset of a text byte offset.
  public func originalOffset(_ textOffset: Int) -> Int {
    guard !anchorText.isEmpty else { return min(max(0, textOffset), originalCount) }
    var lo = 0
    var hi = anchorText.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if anchorText[mid] <= textOffset { lo = mid } else { hi = mid - 1 }
    }
    let o = anchorOriginal[lo] + (textOffset - anchorText[lo])
    return min(max(0, o), originalCount)
  }

  /// Line, column and scalar offset of an original byte offset.
  ///
  /// Logarithmic in the file's size plus at most `LineIndex.stride` bytes counted, however long the line: a
  /// report on one 50 MB line with many facts stays linear.
  public func lineColumn(originalOffset: Int) -> (line: Int, column: Int, scalarOffset: Int) {
    let lines = self.lines
    return withOriginalBytes { original in
      let line = lines.line(containing: originalOffset)
      let scalarOffset = max(lines.scalarStart(ofLine: line), lines.scalars(before: originalOffset, in: original))
      let column = scalarOffset - lines.scalarStart(ofLine: line)
      return (line + 1, column + 1, scalarOffset)
    }
  }

  /// The position in the original file of a range of the analysed text.
  public func position(of range: TextRange) -> Position {
    let startOriginal = originalOffset(range.start)
    let endOriginal = max(startOriginal, range.isEmpty ? startOriginal : originalOffset(range.end - 1) + 1)
    let (line, column, scalarOffset) = lineColumn(originalOffset: startOriginal)
    let lines = self.lines
    let length = max(0, withOriginalBytes { lines.scalars(before: endOriginal, in: $0) } - scalarOffset)
    return Position(line: line, column: column, offset: scalarOffset, length: length)
  }

  /// The position of a byte offset in the original file (used for input errors).
  public func position(originalOffset: Int) -> Position {
    let (line, column, scalarOffset) = lineColumn(originalOffset: originalOffset)
    return Position(line: line, column: column, offset: scalarOffset, length: 0)
  }
}

/// A file's bytes in place: its first `head.count` bytes from `head`, the others from `rest` at the same offsets
/// (`rest` is as long as the file; its first bytes are not read). `head` is empty when `rest` is the file.
public struct OriginalBytes {
  public let head: UnsafeBufferPointer<UInt8>
  public let rest: UnsafeBufferPointer<UInt8>

  public init(head: UnsafeBufferPointer<UInt8>, rest: UnsafeBufferPointer<UInt8>) {
    precondition(head.count <= rest.count, "the head is longer than the bytes")
    self.head = head
    self.rest = rest
  }

  /// The number of bytes.
  @inline(__always) public var count: Int { rest.count }

  /// The byte at `i` (0 ≤ i < count).
  @inline(__always) public subscript(i: Int) -> UInt8 { i < head.count ? head[i] : rest[i] }

  /// Calls `body` with each of the (at most two) buffers holding bytes `range` in order, and the offset of each
  /// buffer's part: `body(buffer, part)` reads `buffer[part]`.
  @inline(__always) func forEachPart(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
    let split = min(max(head.count, range.lowerBound), range.upperBound)
    if range.lowerBound < split { body(head, range.lowerBound..<split) }
    if split < range.upperBound { body(rest, split..<range.upperBound) }
  }
}

/// A locator's bytes and anchors, and its line index, given or built once when first asked for.
private final class Storage: Sendable {
  let array: [UInt8]
  let text: String
  let inText: Bool
  let anchorText: [Int]
  let anchorOriginal: [Int]
  private let state: Mutex<LineIndex?>

  init(array: [UInt8], text: String, inText: Bool, anchorText: [Int], anchorOriginal: [Int], lines: LineIndex?) {
    self.array = array
    self.text = text
    self.inText = inText
    self.anchorText = anchorText
    self.anchorOriginal = anchorOriginal
    state = Mutex(lines)
  }

  func index(_ build: () -> LineIndex) -> LineIndex {
    if let built = state.withLock({ $0 }) { return built }
    let fresh = build()
    return state.withLock { stored in
      if let stored { return stored }
      stored = fresh
      return fresh
    }
  }
}

/// Where the lines of a file start, and how many Unicode scalars precede any byte offset, found without scanning
/// from the start of the line: a count of scalars is kept every `stride` bytes.
///
/// Immutable once built, so one index can serve every source read from the same file.
public final class LineIndex: Sendable {
  /// The bytes between two scalar counts.
  public static let stride = 1024
  /// The size of the bytes the index was built from.
  public let byteCount: Int
  /// Byte offsets where lines start, and how many scalars precede each line start.
  private let lineStarts: [Int]
  private let lineScalarStarts: [Int]
  /// `checkpoints[k]`: the scalars in the first `k * stride` bytes.
  private let checkpoints: [Int]

  /// The index of `bytes` (scalars counted as the bytes that are not UTF-8 continuation bytes).
  public convenience init(_ bytes: [UInt8]) {
    self.init(
      bytes.withUnsafeBufferPointer {
        Builder(OriginalBytes(head: UnsafeBufferPointer(start: nil, count: 0), rest: $0))
      })
  }

  /// The index of the bytes in `buffer`.
  public convenience init(_ buffer: UnsafeBufferPointer<UInt8>) {
    self.init(Builder(OriginalBytes(head: UnsafeBufferPointer(start: nil, count: 0), rest: buffer)))
  }

  /// The index of a file's bytes in place.
  public convenience init(_ bytes: OriginalBytes) {
    self.init(Builder(bytes))
  }

  private init(_ built: Builder) {
    byteCount = built.byteCount
    lineStarts = built.starts
    lineScalarStarts = built.scalarStarts
    checkpoints = built.marks
  }

  /// The arrays of an index, counted over a buffer.
  private struct Builder {
    var byteCount = 0
    var starts = [0]
    var scalarStarts = [0]
    var marks: [Int] = []

    init(_ bytes: OriginalBytes) {
      marks.reserveCapacity(bytes.count / LineIndex.stride + 1)
      var scalars = 0
      bytes.forEachPart(0..<bytes.count) { buf, part in
        for i in part {
          if i % LineIndex.stride == 0 { marks.append(scalars) }
          let b = buf[i]
          if b & 0xC0 != 0x80 { scalars += 1 }
          if b == 0x0A {
            starts.append(i + 1)
            scalarStarts.append(scalars)
          }
        }
      }
      marks.append(scalars)  // the count at the end, whatever the size
      byteCount = bytes.count
    }
  }

  /// The 0-based line holding byte `offset` (the first line for offsets before the start).
  public func line(containing offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// The scalars before 0-based line `line`.
  public func scalarStart(ofLine line: Int) -> Int { lineScalarStarts[line] }

  /// The scalars in `bytes[0 ..< offset]` (`offset` clamped to the bytes); `bytes` are the bytes indexed.
  public func scalars(before offset: Int, in bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { scalars(before: offset, in: $0) }
  }

  /// `scalars(before:in:)` over the indexed bytes in a buffer.
  public func scalars(before offset: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
    scalars(before: offset, in: OriginalBytes(head: UnsafeBufferPointer(start: nil, count: 0), rest: b))
  }

  /// `scalars(before:in:)` over the indexed bytes in place.
  public func scalars(before offset: Int, in bytes: OriginalBytes) -> Int {
    let offset = min(max(0, offset), byteCount)
    if offset == byteCount { return checkpoints[checkpoints.count - 1] }
    let k = offset / Self.stride
    var n = checkpoints[k]
    bytes.forEachPart((k * Self.stride)..<offset) { b, part in
      for i in part where b[i] & 0xC0 != 0x80 { n += 1 }
    }
    return n
  }
}
