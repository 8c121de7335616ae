/// Maps byte offsets in a source's analysed text back to positions in the original file.
///
/// The analysed text can differ from the file: front matter is blanked, HTML tags are removed and entities decoded,
/// a JSONL string is unescaped. The locator keeps sorted anchors `(text offset, original offset)`; between two
/// anchors the two run byte for byte in step. Lines and columns are then counted in Unicode scalars on the original
/// bytes.
public struct SourceLocator: Sendable {
  /// The original bytes (for JSONL, the whole file: sources share the storage).
  public let original: [UInt8]
  /// Anchors sorted by text offset; the first is always `(0, base)`.
  private let anchorText: [Int]
  private let anchorOriginal: [Int]
  /// Where lines start in `original` and how many scalars precede any offset; shared by the locators of the
  /// sources of one file (JSONL), so that it is built once per file.
  public let lines: LineIndex

  /// - Parameters:
  ///   - original: the file's bytes.
  ///   - anchors: `(textOffset, originalOffset)` pairs, sorted by text offset; an empty list means the text is the
  ///     original byte for byte.
  public init(original: [UInt8], anchors: [(Int, Int)] = []) {
    self.init(original: original, lines: LineIndex(original), anchors: anchors)
  }

  /// A locator over `original` that reuses a line index already built for the same bytes (every JSONL line of a
  /// file is a source of its own over the whole file).
  public init(original: [UInt8], lines: LineIndex, anchors: [(Int, Int)] = []) {
    precondition(lines.byteCount == original.count, "the line index belongs to other bytes")
    self.original = original
    self.lines = lines
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
    anchorText = t
    anchorOriginal = o
  }

  /// The original byte offset of a text byte offset.
  public func originalOffset(_ textOffset: Int) -> Int {
    var lo = 0
    var hi = anchorText.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if anchorText[mid] <= textOffset { lo = mid } else { hi = mid - 1 }
    }
    let o = anchorOriginal[lo] + (textOffset - anchorText[lo])
    return min(max(0, o), original.count)
  }

  /// Line, column and scalar offset of an original byte offset.
  ///
  /// Logarithmic in the file's size plus at most `LineIndex.stride` bytes counted, however long the line: a
  /// report on one 50 MB line with many facts stays linear.
  public func lineColumn(originalOffset: Int) -> (line: Int, column: Int, scalarOffset: Int) {
    let line = lines.line(containing: originalOffset)
    let scalarOffset = max(lines.scalarStart(ofLine: line), lines.scalars(before: originalOffset, in: original))
    let column = scalarOffset - lines.scalarStart(ofLine: line)
    return (line + 1, column + 1, scalarOffset)
  }

  /// The position in the original file of a range of the analysed text.
  public func position(of range: TextRange) -> Position {
    let startOriginal = originalOffset(range.start)
    let endOriginal = max(startOriginal, range.isEmpty ? startOriginal : originalOffset(range.end - 1) + 1)
    let (line, column, scalarOffset) = lineColumn(originalOffset: startOriginal)
    let length = max(0, lines.scalars(before: endOriginal, in: original) - scalarOffset)
    return Position(line: line, column: column, offset: scalarOffset, length: length)
  }

  /// The position of a byte offset in the original file (used for input errors).
  public func position(originalOffset: Int) -> Position {
    let (line, column, scalarOffset) = lineColumn(originalOffset: originalOffset)
    return Position(line: line, column: column, offset: scalarOffset, length: 0)
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
  public init(_ bytes: [UInt8]) {
    var starts = [0]
    var scalarStarts = [0]
    var marks: [Int] = []
    marks.reserveCapacity(bytes.count / Self.stride + 1)
    var scalars = 0
    bytes.withUnsafeBufferPointer { buf in
      for i in 0..<buf.count {
        if i % Self.stride == 0 { marks.append(scalars) }
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
    lineStarts = starts
    lineScalarStarts = scalarStarts
    checkpoints = marks
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
    let offset = min(max(0, offset), byteCount)
    if offset == byteCount { return checkpoints[checkpoints.count - 1] }
    let k = offset / Self.stride
    var n = checkpoints[k]
    bytes.withUnsafeBufferPointer { b in
      var i = k * Self.stride
      while i < offset {
        if b[i] & 0xC0 != 0x80 { n += 1 }
        i += 1
      }
    }
    return n
  }
}
