import FactDiffModel

/// The checks every input passes before it is read as text: NUL bytes, UTF-16, UTF-8 validity, emptiness.
enum ByteCheck {
  /// The UTF-8 byte-order mark.
  static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// `bytes` without a leading UTF-8 byte-order mark (positions are then counted as editors show them).
  static func droppingBOM(_ bytes: [UInt8]) -> [UInt8] {
    bytes.starts(with: bom) ? Array(bytes[3...]) : bytes
  }

  /// The error for a binary or non-UTF-8 file, or nil when `bytes` are UTF-8 text without NUL bytes.
  ///
  /// A NUL byte wins over invalid UTF-8: a binary file usually has both, and "binary file" is the useful message.
  static func problem(in bytes: [UInt8], path: String) -> SourceError? {
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      return SourceError(
        path: path, reason: .invalidUTF8,
        message: "invalid UTF-8: the file is UTF-16 (byte-order mark at byte offset 0); save it as UTF-8",
        line: 1, column: 1, byteOffset: 0)
    }
    if let nul = firstNUL(in: bytes, bytes.indices) {
      return SourceError(path: path, reason: .binary, message: "binary file: NUL byte", byteOffset: nul)
    }
    return utf8Problem(in: bytes, bytes.indices, path: path)
  }

  /// The offset of the first NUL byte in `range`.
  static func firstNUL(in bytes: [UInt8], _ range: Range<Int>) -> Int? {
    bytes.withUnsafeBufferPointer { b in
      for i in range where b[i] == 0 { return i }
      return nil
    }
  }

  /// The error for the first invalid UTF-8 sequence in `range`, with the line and column (in scalars) where it is,
  /// counted from the start of `bytes`.
  static func utf8Problem(in bytes: [UInt8], _ range: Range<Int>, path: String) -> SourceError? {
    guard let bad = firstInvalidUTF8(in: bytes, range) else { return nil }
    var line = 1
    var lineStart = 0
    for i in 0..<bad where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    var column = 1
    for i in lineStart..<bad where bytes[i] & 0xC0 != 0x80 { column += 1 }
    return SourceError(
      path: path, reason: .invalidUTF8,
      message: "invalid UTF-8: byte 0x\(hex(bytes[bad])) at byte offset \(bad)",
      line: line, column: column, byteOffset: bad)
  }

  /// The offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode 15, table 3-7).
  static func firstInvalidUTF8(in bytes: [UInt8], _ range: Range<Int>) -> Int? {
    bytes.withUnsafeBufferPointer { b in
      var i = range.lowerBound
      let end = range.upperBound
      while i < end {
        let c = b[i]
        if c < 0x80 {
          i += 1
          continue
        }
        let n: Int
        var lo: UInt8 = 0x80
        var hi: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: n = 1
        case 0xE0: n = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: n = 2
        case 0xED: n = 2; hi = 0x9F
        case 0xF0: n = 3; lo = 0x90
        case 0xF1...0xF3: n = 3
        case 0xF4: n = 3; hi = 0x8F
        default: return i
        }
        guard i + n < end else { return i }
        guard b[i + 1] >= lo, b[i + 1] <= hi else { return i }
        for k in 2..<(n + 1) where b[i + k] & 0xC0 != 0x80 { return i }
        i += n + 1
      }
      return nil
    }
  }

  /// True when `range` of `bytes` holds only ASCII white space.
  static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    for i in range {
      switch bytes[i] {
      case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: continue
      default: return false
      }
    }
    return true
  }

  static func hex(_ b: UInt8) -> String {
    let digits = Array("0123456789ABCDEF".utf8)
    return String(decoding: [digits[Int(b >> 4)], digits[Int(b & 0xF)]], as: UTF8.self)
  }
}
