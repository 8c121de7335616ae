/// HTML character references: the named ones news pages use, and numeric ones with the browsers' Windows-1252
/// reading of 0x80–0x9F.
enum HTMLEntities {
  /// Named references (without `&` and `;`) and the scalar each stands for.
  static let named: [String: UInt32] = [
    "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
    "ndash": 0x2013, "mdash": 0x2014, "horbar": 0x2015, "hyphen": 0x2010, "dash": 0x2010, "minus": 0x2212,
    "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A,
    "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
    "prime": 0x2032, "Prime": 0x2033, "hellip": 0x2026, "mldr": 0x2026, "shy": 0xAD,
    "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003, "numsp": 0x2007, "puncsp": 0x2008, "hairsp": 0x200A,
    "zwj": 0x200D, "zwnj": 0x200C, "lrm": 0x200E, "rlm": 0x200F, "NewLine": 0x0A, "Tab": 0x09,
    "bull": 0x2022, "middot": 0xB7, "centerdot": 0xB7, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7,
    "divide": 0xF7, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3,
    "permil": 0x2030, "percnt": 0x25, "num": 0x23, "dollar": 0x24, "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5,
    "cent": 0xA2, "curren": 0xA4, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "sect": 0xA7, "para": 0xB6,
    "dagger": 0x2020, "Dagger": 0x2021, "iexcl": 0xA1, "iquest": 0xBF, "acute": 0xB4, "uml": 0xA8,
    "colon": 0x3A, "comma": 0x2C, "period": 0x2E, "semi": 0x3B, "excl": 0x21, "quest": 0x3F, "sol": 0x2F,
    "lpar": 0x28, "rpar": 0x29, "lsqb": 0x5B, "rsqb": 0x5D, "lowbar": 0x5F, "ast": 0x2A, "commat": 0x40,
    "aacute": 0xE1, "Aacute": 0xC1, "agrave": 0xE0, "acirc": 0xE2, "auml": 0xE4, "Auml": 0xC4, "aring": 0xE5,
    "ccedil": 0xE7, "Ccedil": 0xC7, "eacute": 0xE9, "Eacute": 0xC9, "egrave": 0xE8, "ecirc": 0xEA, "euml": 0xEB,
    "iacute": 0xED, "igrave": 0xEC, "icirc": 0xEE, "iuml": 0xEF, "ntilde": 0xF1, "Ntilde": 0xD1,
    "oacute": 0xF3, "ograve": 0xF2, "ocirc": 0xF4, "ouml": 0xF6, "Ouml": 0xD6, "oslash": 0xF8,
    "uacute": 0xFA, "ugrave": 0xF9, "ucirc": 0xFB, "uuml": 0xFC, "Uuml": 0xDC, "szlig": 0xDF, "yacute": 0xFD,
  ]

  /// What browsers read for numeric references 0x80–0x9F (Windows-1252).
  private static let windows1252: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
    0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x9D, 0x017E, 0x0178,
  ]

  /// Decodes the reference starting with `&` at `i`: the scalar and the offset just past the reference, or nil
  /// when the `&` starts no reference (it is then text).
  static func decode(_ b: [UInt8], at i: Int, end: Int) -> (scalar: UInt32, next: Int)? {
    var j = i + 1
    guard j < end else { return nil }
    if b[j] == UInt8(ascii: "#") {
      j += 1
      let hex = j < end && (b[j] == UInt8(ascii: "x") || b[j] == UInt8(ascii: "X"))
      if hex { j += 1 }
      let digitsStart = j
      var value: UInt32 = 0
      while j < end, j - digitsStart < 8, let d = digit(b[j], hex: hex) {
        value = value * (hex ? 16 : 10) + d
        j += 1
      }
      guard j > digitsStart else { return nil }
      while j < end, digit(b[j], hex: hex) != nil { j += 1 }  // absurdly long: still one reference
      if j < end, b[j] == UInt8(ascii: ";") { j += 1 }
      return (numeric(value, overflow: j - digitsStart > 8), j)
    }
    let nameStart = j
    while j < end, j - nameStart < 32, isAlnum(b[j]) { j += 1 }
    guard j > nameStart, j < end, b[j] == UInt8(ascii: ";") else { return nil }
    guard let scalar = named[String(decoding: b[nameStart..<j], as: UTF8.self)] else { return nil }
    return (scalar, j + 1)
  }

  private static func numeric(_ v: UInt32, overflow: Bool) -> UInt32 {
    if overflow || v == 0 || v > 0x10FFFF || (0xD800..<0xE000).contains(v) { return 0xFFFD }
    if (0x80...0x9F).contains(v) { return windows1252[Int(v - 0x80)] }
    return v
  }

  private static func digit(_ c: UInt8, hex: Bool) -> UInt32? {
    switch c {
    case 0x30...0x39: return UInt32(c - 0x30)
    case 0x41...0x46 where hex: return UInt32(c - 0x41 + 10)
    case 0x61...0x66 where hex: return UInt32(c - 0x61 + 10)
    default: return nil
    }
  }

  private static func isAlnum(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
  }
}
