/// UTF-8 encoding shared by the readers and the tokenizer.
public enum UTF8Encoding {
  /// Appends `c` to `out` as UTF-8 (U+FFFD for surrogates and values past U+10FFFF).
  @inlinable
  public static func append(_ c: UInt32, to out: inout [UInt8]) {
    let c = (0xD800..<0xE000).contains(c) || c > 0x10FFFF ? 0xFFFD : c
    switch c {
    case 0..<0x80: out.append(UInt8(c))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (c >> 6)))
      out.append(UInt8(0x80 | (c & 0x3F)))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | (c >> 12)))
      out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (c & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (c >> 18)))
      out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (c & 0x3F)))
    }
  }
}
