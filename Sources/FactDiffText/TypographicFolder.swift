/// The single pass behind `Folding.typographic`: copies runs of untouched bytes, rewrites the few characters it
/// folds and records an anchor after every place where the lengths change.
enum TypographicFolder {
  /// What a character folds to.
  private enum Action {
    case keep
    case remove
    case replace(UInt8)
  }

  static func fold(_ s: String) -> FoldedText {
    var input = s
    return input.withUTF8 { bytes in
      guard let base = bytes.baseAddress, !bytes.isEmpty else { return FoldedText(text: s, anchors: []) }
      return fold(base, count: bytes.count, original: s)
    }
  }

  private static func fold(_ base: UnsafePointer<UInt8>, count n: Int, original: String) -> FoldedText {
    var anchors: [(Int, Int)] = []
    var changed = false
    // Folding never makes a character longer, so the input length is enough room.
    let text = String(unsafeUninitializedCapacity: n) { out in
      let dst = out.baseAddress!
      var i = 0
      var o = 0
      var runStart = 0
      while i < n {
        let lead = base[i]
        if lead < 0x80 {
          // ASCII never changes: skip eight bytes at a time while no high bit is set.
          if i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            i += 8
          } else {
            i += 1
          }
          continue
        }
        // Only these lead bytes start a character that folds (C2: Latin-1, E1/E2/E3/EF: the 3-byte blocks).
        guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF else {
          i += lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4  // skip the whole character (a String is valid UTF-8)
          continue
        }
        let length = lead == 0xC2 ? 2 : 3
        guard i + length <= n else { break }
        let action = classify(lead, base[i + 1], length == 3 ? base[i + 2] : 0)
        if case .keep = action {
          i += length
          continue
        }
        changed = true
        let run = i - runStart
        if run > 0 { (dst + o).initialize(from: base + runStart, count: run) }
        o += run
        if case .replace(let byte) = action {
          dst[o] = byte
          o += 1
        }
        i += length
        runStart = i
        if let last = anchors.last, last.0 == o {
          anchors[anchors.count - 1] = (o, i)
        } else {
          anchors.append((o, i))
        }
      }
      let run = n - runStart
      if run > 0 { (dst + o).initialize(from: base + runStart, count: run) }
      return o + run
    }
    return FoldedText(text: changed ? text : original, anchors: anchors)
  }

  /// The action for the character starting with `lead, b1, b2` (b2 is 0 for two-byte characters).
  @inline(__always)
  private static func classify(_ lead: UInt8, _ b1: UInt8, _ b2: UInt8) -> Action {
    let dash = UInt8(ascii: "-")
    let apostrophe = UInt8(ascii: "'")
    let quote = UInt8(ascii: "\"")
    let space = UInt8(ascii: " ")
    switch lead {
    case 0xC2:
      switch b1 {
      case 0xA0: return .replace(space)  // U+00A0 no-break space
      case 0xAD: return .remove  // U+00AD soft hyphen
      case 0xAB, 0xBB: return .replace(quote)  // « »
      default: return .keep
      }
    case 0xE1:
      return b1 == 0x9A && b2 == 0x80 ? .replace(space) : .keep  // U+1680 ogham space mark
    case 0xE2:
      switch (b1, b2) {
      case (0x80, 0x80...0x8A): return .replace(space)  // U+2000–200A
      case (0x80, 0x8B...0x8F): return .remove  // U+200B–200D zero width, U+200E–200F marks
      case (0x80, 0x90...0x95): return .replace(dash)  // U+2010–2015
      case (0x80, 0x98...0x9B): return .replace(apostrophe)  // ‘ ’ ‚ ‛
      case (0x80, 0x9C...0x9F): return .replace(quote)  // “ ” „ ‟
      case (0x80, 0xAA...0xAE): return .remove  // U+202A–202E bidi embeddings and overrides
      case (0x80, 0xAF): return .replace(space)  // U+202F narrow no-break space
      case (0x80, 0xB2): return .replace(apostrophe)  // ′
      case (0x80, 0xB3): return .replace(quote)  // ″
      case (0x80, 0xB9), (0x80, 0xBA): return .replace(quote)  // ‹ ›
      case (0x81, 0x9F): return .replace(space)  // U+205F medium mathematical space
      case (0x81, 0xA0): return .remove  // U+2060 word joiner
      case (0x81, 0xA6...0xA9): return .remove  // U+2066–2069 bidi isolates
      case (0x88, 0x92): return .replace(dash)  // U+2212 minus sign
      default: return .keep
      }
    case 0xE3:
      return b1 == 0x80 && b2 == 0x80 ? .replace(space) : .keep  // U+3000 ideographic space
    case 0xEF:
      switch (b1, b2) {
      case (0xB9, 0x98), (0xB9, 0xA3), (0xBC, 0x8D): return .replace(dash)  // U+FE58, U+FE63, U+FF0D
      case (0xBB, 0xBF): return .remove  // U+FEFF zero width no-break space (BOM)
      default: return .keep
      }
    default:
      return .keep
    }
  }
}
