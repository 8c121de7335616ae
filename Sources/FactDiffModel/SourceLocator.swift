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
  /// Byte offsets in `original` where lines start, and how many scalars precede each line start.
  private let lineStarts: [Int]
  private let lineScalarStarts: [Int]

  /// - Parameters:
  ///   - original: the file's bytes.
  ///   - anchors: `(textOffset, originalOffset)` pairs, sorted by text offset; an empty list means the text is the
  ///     original byte for byte.
  public init(original: [UInt8], anchors: [(Int, Int)] = []) {
    self.original = original
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
    var starts = [0]
    var scalarStarts = [0]
    var scalars = 0
    original.withUnsafeBufferPointer { buf in
      for i in 0..<buf.count {
        let b = buf[i]
        if b & 0xC0 != 0x80 { scalars += 1 }
        if b == 0x0A {
          starts.append(i + 1)
          scalarStarts.append(scalars)
        }
      }
    }
    lineStarts = starts
    lineScalarStarts = scalarStarts
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
  public func lineColumn(originalOffset: Int) -> (line: Int, column: Int, scalarOffset: Int) {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= originalOffset { lo = mid } else { hi = mid - 1 }
    }
    var column = 0
    var i = lineStarts[lo]
    let end = min(originalOffset, original.count)
    while i < end {
      if original[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return (lo + 1, column + 1, lineScalarStarts[lo] + column)
  }

  /// The position in the original file of a range of the analysed text.
  public func position(of range: TextRange) -> Position {
    let startOriginal = originalOffset(range.start)
    let endOriginal = max(startOriginal, range.isEmpty ? startOriginal : originalOffset(range.end - 1) + 1)
    let (line, column, scalarOffset) = lineColumn(originalOffset: startOriginal)
    var length = 0
    var i = startOriginal
    while i < min(endOriginal, original.count) {
      if original[i] & 0xC0 != 0x80 { length += 1 }
      i += 1
    }
    return Position(line: line, column: column, offset: scalarOffset, length: length)
  }

  /// The position of a byte offset in the original file (used for input errors).
  public func position(originalOffset: Int) -> Position {
    let (line, column, scalarOffset) = lineColumn(originalOffset: originalOffset)
    return Position(line: line, column: column, offset: scalarOffset, length: 0)
  }
}
