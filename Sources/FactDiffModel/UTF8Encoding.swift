/// UTF-8 encoding shared by the readers and the tokenizer.
public enum UTF8Encoding {
  /// Appends `c` to `out` as UTF-8 (U+FFFD for surrogates and values past U+10FFFF).
  @inlinable
  public static func append(_ c: UInt32, to out: inout [UInt8]) {
    forEachByte(of: c) { out.append($0) }
  }

  /// Calls `body` with each UTF-8 byte of `c` in order (U+FFFD for surrogates and values past U+10FFFF): for
  /// byte buffers other than `[UInt8]`.
  @inlinable @inline(__always)
  public static func forEachByte(of c: UInt32, _ body: (UInt8) -> Void) {
    let c = (0xD800..<0xE000).contains(c) || c > 0x10FFFF ? 0xFFFD : c
    switch c {
    case 0..<0x80: body(UInt8(c))
    case 0x80..<0x800:
      body(UInt8(0xC0 | (c >> 6)))
      body(UInt8(0x80 | (c & 0x3F)))
    case 0x800..<0x10000:
      body(UInt8(0xE0 | (c >> 12)))
      body(UInt8(0x80 | ((c >> 6) & 0x3F)))
      body(UInt8(0x80 | (c & 0x3F)))
    default:
      body(UInt8(0xF0 | (c >> 18)))
      body(UInt8(0x80 | ((c >> 12) & 0x3F)))
      body(UInt8(0x80 | ((c >> 6) & 0x3F)))
      body(UInt8(0x80 | (c & 0x3F)))
    }
  }
}

extension StringProtocol {
  /// True when `needle`'s UTF-8 bytes appear in this string's: a plain byte search, for the short stretches of text
  /// the checks look into around a figure. (Foundation's `contains`, which Swift picks whenever Foundation is
  /// imported anywhere below, compares by character clusters and costs tens of times more.)
  public func containsBytes<T: StringProtocol>(_ needle: T) -> Bool {
    let n = Array(needle.utf8)
    guard let first = n.first else { return true }
    let h = Array(utf8)
    guard h.count >= n.count else { return false }
    var i = 0
    let last = h.count - n.count
    while i <= last {
      if h[i] == first {
        var k = 1
        while k < n.count && h[i + k] == n[k] { k += 1 }
        if k == n.count { return true }
      }
      i += 1
    }
    return false
  }
}
