/// Bytes written one value after another, for what a run stores outside its memory (`FindingStore`): unsigned
/// numbers in 7-bit groups (LEB128), signed ones zigzagged first, strings as their UTF-8 length and bytes.
public struct ByteWriter: Sendable {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  public mutating func unsigned(_ v: UInt64) {
    var v = v
    while v >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  public mutating func signed(_ v: Int64) { unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63))) }

  public mutating func int(_ v: Int) { signed(Int64(v)) }

  public mutating func byte(_ b: UInt8) { bytes.append(b) }

  public mutating func string(_ s: String) {
    var s = s
    s.withUTF8 { u in
      unsigned(UInt64(u.count))
      bytes.append(contentsOf: u)
    }
  }

  /// A flag byte, then the string when there is one.
  public mutating func optional(_ s: String?) {
    if let s {
      byte(1)
      string(s)
    } else {
      byte(0)
    }
  }
}

/// Reads back what a `ByteWriter` wrote, in the same order. Every read is bounds-checked: bytes that end early or
/// do not make a value set `failed`, and the reads after it give zeros and empty strings.
public struct ByteReader {
  private let bytes: [UInt8]
  private var at: Int
  public private(set) var failed = false

  public init(_ bytes: [UInt8], from start: Int = 0) {
    self.bytes = bytes
    at = start
  }

  public var isAtEnd: Bool { at >= bytes.count }

  public mutating func unsigned() -> UInt64 {
    var v: UInt64 = 0
    var shift: UInt64 = 0
    while at < bytes.count, shift < 64 {
      let b = bytes[at]
      at += 1
      v |= UInt64(b & 0x7f) << shift
      if b < 0x80 { return v }
      shift += 7
    }
    failed = true
    return 0
  }

  public mutating func signed() -> Int64 {
    let u = unsigned()
    return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
  }

  public mutating func int() -> Int { Int(truncatingIfNeeded: signed()) }

  public mutating func byte() -> UInt8 {
    guard at < bytes.count else {
      failed = true
      return 0
    }
    defer { at += 1 }
    return bytes[at]
  }

  public mutating func string() -> String {
    let n = unsigned()
    guard !failed, n <= UInt64(bytes.count - at) else {
      failed = true
      return ""
    }
    let count = Int(n)
    defer { at += count }
    return String(decoding: bytes[at..<at + count], as: UTF8.self)
  }

  public mutating func optional() -> String? { byte() == 1 ? string() : nil }
}
