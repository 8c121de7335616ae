/// How many terminal cells a string takes: combining marks and zero-width characters take none, East Asian wide
/// and full-width characters two, everything else one.
enum DisplayWidth {
  static func of(_ s: String) -> Int {
    var w = 0
    for u in s.unicodeScalars { w += of(u) }
    return w
  }

  static func of(_ u: Unicode.Scalar) -> Int {
    switch u.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    switch u.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }

  /// The string cut to at most `width` cells, with "…" when something was cut.
  static func truncate(_ s: String, to width: Int) -> String {
    guard of(s) > width else { return s }
    var out = String.UnicodeScalarView()
    var w = 0
    for u in s.unicodeScalars {
      let cw = of(u)
      if w + cw > width - 1 { break }
      out.append(u)
      w += cw
    }
    return String(out) + "…"
  }

  /// The string padded with spaces to `width` cells.
  static func pad(_ s: String, to width: Int) -> String {
    let w = of(s)
    return w >= width ? s : s + String(repeating: " ", count: width - w)
  }
}
