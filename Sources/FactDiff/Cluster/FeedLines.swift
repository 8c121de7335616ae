#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line of a feed: its 1-based number and bytes (without the line break), or the note that it was longer than
/// the limit and was skipped unread.
public struct FeedLine: Sendable {
  public var number: Int
  public var bytes: [UInt8]
  /// True when the line was longer than the limit: `bytes` is then empty.
  public var tooLong: Bool

  public init(number: Int, bytes: [UInt8], tooLong: Bool = false) {
    self.number = number
    self.bytes = bytes
    self.tooLong = tooLong
  }
}

/// Where the lines of a feed come from, a few at a time.
public protocol FeedLineSource {
  /// Up to `max` further lines; fewer when no more are available without waiting (so that output keeps pace with
  /// a slow stream), and nil at the end of the feed.
  mutating func next(max: Int) -> [FeedLine]?
}

/// The lines of a feed in memory (tests, the benchmark).
public struct ArrayFeedLines: FeedLineSource {
  var lines: [String]
  var position = 0

  public init(_ lines: [String]) { self.lines = lines }

  public mutating func next(max: Int) -> [FeedLine]? {
    guard position < lines.count else { return nil }
    let end = min(lines.count, position + max)
    defer { position = end }
    return (position..<end).map { FeedLine(number: $0 + 1, bytes: Array(lines[$0].utf8)) }
  }
}

/// The lines of a file descriptor (a file or standard input), read in chunks: memory holds one chunk and the
/// current line, never the feed. A line longer than `maxBytes` is skipped without being kept.
public final class FileDescriptorFeedLines: FeedLineSource {
  let fd: Int32
  let maxBytes: Int
  var buffer: [UInt8] = []
  var start = 0
  /// Where the search for the next line break goes on (the bytes before it hold none).
  var scanFrom = 0
  var eof = false
  var lineNumber = 0
  /// True while the rest of an over-long line is being skipped.
  var skipping = false
  /// Set when a read failed: the error number.
  public private(set) var readError: Int32?

  public init(fd: Int32, maxBytes: Int) {
    self.fd = fd
    self.maxBytes = maxBytes
  }

  public func next(max: Int) -> [FeedLine]? {
    var out: [FeedLine] = []
    while out.count < max {
      if let nl = buffer[Swift.max(start, scanFrom)...].firstIndex(of: 0x0A) {
        lineNumber += 1
        if skipping {
          skipping = false
          out.append(FeedLine(number: lineNumber, bytes: [], tooLong: true))
        } else {
          var end = nl
          if end > start, buffer[end - 1] == 0x0D { end -= 1 }
          out.append(FeedLine(number: lineNumber, bytes: Array(buffer[start..<end])))
        }
        start = nl + 1
        scanFrom = start
        continue
      }
      scanFrom = buffer.count
      if eof {
        if start < buffer.count || skipping {
          lineNumber += 1
          out.append(
            skipping
              ? FeedLine(number: lineNumber, bytes: [], tooLong: true)
              : FeedLine(number: lineNumber, bytes: Array(buffer[start...])))
          skipping = false
          start = buffer.count
        }
        break
      }
      // No whole line left: hand back what there is rather than wait for more.
      if !out.isEmpty { break }
      buffer.removeSubrange(0..<start)
      scanFrom -= start
      start = 0
      if buffer.count > maxBytes {
        skipping = true
        buffer.removeAll(keepingCapacity: true)
        scanFrom = 0
      }
      fill()
    }
    return out.isEmpty && eof && start >= buffer.count ? nil : out
  }

  private func fill() {
    let chunk = 1 << 20
    let old = buffer.count
    buffer.reserveCapacity(old + chunk)
    buffer += [UInt8](repeating: 0, count: chunk)
    var n = 0
    repeat {
      n = buffer.withUnsafeMutableBufferPointer { p in read(fd, p.baseAddress! + old, chunk) }
    } while n < 0 && errno == EINTR
    if n <= 0 {
      if n < 0 { readError = errno }
      eof = true
      n = 0
    }
    buffer.removeSubrange((old + n)...)
  }
}
