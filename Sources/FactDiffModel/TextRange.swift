/// A half-open range of UTF-8 byte offsets into a source's analysed text (`Source.text`).
///
/// Extraction works on bytes; `SourceLocator` turns a range into a `Position` in the original file.
public struct TextRange: Hashable, Sendable, Comparable {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  public var length: Int { end - start }
  public var isEmpty: Bool { end <= start }

  /// The smallest range covering both.
  public func union(_ other: TextRange) -> TextRange { TextRange(min(start, other.start), max(end, other.end)) }

  public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }
  public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

  public static func < (a: TextRange, b: TextRange) -> Bool {
    a.start != b.start ? a.start < b.start : a.end < b.end
  }
}

/// A place in the original file, as users see it.
///
/// `line` and `column` are 1-based and count Unicode scalars; `offset` is the 0-based scalar offset from the start
/// of the file and `length` the number of scalars covered. Front matter is counted: positions point into the file
/// exactly as it is on disk.
public struct Position: Hashable, Sendable, Comparable {
  public var line: Int
  public var column: Int
  public var offset: Int
  public var length: Int

  public init(line: Int, column: Int, offset: Int, length: Int) {
    self.line = line
    self.column = column
    self.offset = offset
    self.length = length
  }

  public static func < (a: Position, b: Position) -> Bool {
    a.offset != b.offset ? a.offset < b.offset : a.length < b.length
  }
}
