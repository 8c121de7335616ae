import FactDiffModel

/// Splits text into tokens in one pass over its UTF-8 bytes.
///
/// Hand-written rather than regex or ICU word breaks: extraction runs over whole feeds, and this pass is the hot
/// loop. Typographic folding happens here (dashes, quotes, no-break spaces, invisible characters), so token ranges
/// point straight into the source text.
public enum Tokenizer {
  public static func tokenize(_ text: String) -> [Token] {
    var copy = text
    return copy.withUTF8 { tokenize(bytes: $0) }
  }

  public static func tokenize(bytes b: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(b.count / 5)
    var i = 0
    let n = b.count
    var spacing: Spacing = .paragraph
    var newlines = 0
    var sawInvisible = false
    var norm: [UInt8] = []
    norm.reserveCapacity(64)

    @inline(__always) func noteSpace(_ s: Spacing) {
      if s == .newline {
        newlines += 1
        spacing = newlines >= 2 ? .paragraph : max(spacing, .newline)
      } else if spacing < s || (spacing == .narrow && s == .space) {
        spacing = s
      }
    }

    while i < n {
      let c = b[i]
      // ASCII fast paths.
      if c < 0x80 {
        switch c {
        case 0x20, 0x09:
          noteSpace(.space)
          i += 1
          continue
        case 0x0A:
          noteSpace(.newline)
          i += 1
          continue
        case 0x0D, 0x0B, 0x0C:
          i += 1
          if spacing == .none { spacing = .space }
          continue
        case 0x30...0x39:
          let s = i
          while i < n, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
          let digits = String(decoding: UnsafeBufferPointer(rebasing: b[s..<i]), as: UTF8.self)
          tokens.append(
            Token(
              kind: .number, spacing: spacing, start: s, end: i, norm: digits,
              flags: sawInvisible ? .invisible : [], scalar: "0"))
          spacing = .none
          newlines = 0
          sawInvisible = false
          continue
        default:
          if isASCIILetter(c) { break }
          // ASCII punctuation or symbol.
          var flags: Token.Flags = sawInvisible ? .invisible : []
          let scalar = Unicode.Scalar(c)
          var normChar = c
          if c == 0x27 {  // ' is a single quote unless inside a word (handled in the word loop)
            normChar = 0x27
          } else if c == 0x22 {
            flags = flags.union([])
          }
          tokens.append(
            Token(
              kind: .punct, spacing: spacing, start: i, end: i + 1,
              norm: String(decoding: CollectionOfOne(normChar), as: UTF8.self), flags: flags, scalar: scalar))
          spacing = .none
          newlines = 0
          sawInvisible = false
          i += 1
          continue
        }
      }
      // Decode one scalar.
      let (scalar, len) = decode(b, i)
      let cls = classify(scalar)
      switch cls {
      case .space:
        noteSpace(scalar.value == 0x20 || scalar.value == 0x3000 ? .space : .narrow)
        if scalar.value == 0x2028 || scalar.value == 0x2029 { noteSpace(.newline) }
        i += len
        continue
      case .invisible:
        sawInvisible = true
        i += len
        continue
      case .dash, .quoteOpen, .quoteClose, .quoteSingle, .symbol:
        var flags: Token.Flags = sawInvisible ? .invisible : []
        var normText: String
        switch cls {
        case .dash:
          normText = "-"
          if scalar.value != 0x2010 && scalar.value != 0x2011 { flags.insert(.longDash) }
        case .quoteOpen:
          normText = "\""
          flags.insert(.openQuote)
        case .quoteClose:
          normText = "\""
          flags.insert(.closeQuote)
        case .quoteSingle:
          normText = "'"
          if scalar.value == 0x2018 || scalar.value == 0x201A || scalar.value == 0x2039 {
            flags.insert(.openQuote)
          } else if scalar.value == 0x2019 || scalar.value == 0x203A {
            flags.insert(.closeQuote)
          }
        default:
          normText = String(Character(scalar))
        }
        tokens.append(
          Token(kind: .punct, spacing: spacing, start: i, end: i + len, norm: normText, flags: flags, scalar: scalar))
        spacing = .none
        newlines = 0
        sawInvisible = false
        i += len
        continue
      case .letter, .mark:
        break
      }
      // A word: letters, combining marks, inner apostrophes, invisible characters (skipped).
      let s = i
      norm.removeAll(keepingCapacity: true)
      var upper = 0
      var lower = 0
      var firstUpper = false
      var first = true
      var flags: Token.Flags = sawInvisible ? .invisible : []
      var end = i
      while i < n {
        let c = b[i]
        if c < 0x80 {
          if isASCIILetter(c) {
            let isUp = c <= 0x5A
            if isUp { upper += 1 } else { lower += 1 }
            if first { firstUpper = isUp }
            first = false
            norm.append(isUp ? c + 32 : c)
            flags.insert(.latin)
            i += 1
            end = i
            continue
          }
          if c == 0x27, i + 1 < n, isLetterStart(b, i + 1), !norm.isEmpty {
            norm.append(0x27)
            i += 1
            continue
          }
          break
        }
        let (u, l) = decode(b, i)
        let k = classify(u)
        if k == .letter || k == .mark {
          if k == .mark {
            // Stress marks and other combining marks: kept in the text, dropped from the folded form.
            if u.value != 0x0301 && u.value != 0x0300 { appendLower(u, &norm) }
          } else {
            let (isUp, isLow) = caseOf(u)
            if isUp { upper += 1 }
            if isLow { lower += 1 }
            if first { firstUpper = isUp }
            first = false
            appendFolded(u, &norm)
            if (0x0400...0x052F).contains(u.value) { flags.insert(.cyrillic) } else if u.value < 0x0250 || (0x1E00...0x1EFF).contains(u.value) { flags.insert(.latin) }
          }
          i += l
          end = i
          continue
        }
        if k == .invisible {
          // Inside a word only when a letter follows.
          if i + l < n, isLetterStart(b, i + l) {
            flags.insert(.invisible)
            i += l
            continue
          }
          break
        }
        if k == .quoteSingle, u.value == 0x2019 || u.value == 0x02BC || u.value == 0x2018, i + l < n,
          isLetterStart(b, i + l), !norm.isEmpty
        {
          norm.append(0x27)
          i += l
          continue
        }
        break
      }
      if firstUpper { flags.insert(.capitalized) }
      if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
      if flags.contains(.cyrillic) && flags.contains(.latin) { flags.insert(.mixedScript) }
      let key = norm.withUnsafeBufferPointer { WordKey(bytes: $0) }
      tokens.append(
        Token(
          kind: .word, spacing: spacing, start: s, end: end, norm: String(decoding: norm, as: UTF8.self), key: key,
          flags: flags, scalar: "a"))
      spacing = .none
      newlines = 0
      sawInvisible = false
      if i == s { i += 1 }  // never stall
    }
    return tokens
  }

  // MARK: Character classes

  enum Class: UInt8 {
    case letter, mark, space, invisible, dash, quoteOpen, quoteClose, quoteSingle, symbol
  }

  @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

  @inline(__always) static func isLetterStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let c = b[i]
    if c < 0x80 { return isASCIILetter(c) }
    let (u, _) = decode(b, i)
    return classify(u) == .letter
  }

  /// Decodes the scalar at `i`; invalid sequences decode as U+FFFD of length 1 (sources are validated earlier, but
  /// the tokenizer must never trap).
  @inline(__always) static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
    let c0 = UInt32(b[i])
    let n = b.count
    if c0 < 0x80 { return (Unicode.Scalar(UInt8(c0)), 1) }
    if c0 >= 0xC2 && c0 < 0xE0, i + 1 < n, b[i + 1] & 0xC0 == 0x80 {
      return (Unicode.Scalar(((c0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F)) ?? "\u{FFFD}", 2)
    }
    if c0 >= 0xE0 && c0 < 0xF0, i + 2 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
      let v = ((c0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F)
      if v >= 0x800, let s = Unicode.Scalar(v) { return (s, 3) }
      return ("\u{FFFD}", 1)
    }
    if c0 >= 0xF0 && c0 < 0xF5, i + 3 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80, b[i + 3] & 0xC0 == 0x80 {
      let v =
        ((c0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
        | (UInt32(b[i + 3]) & 0x3F)
      if v >= 0x10000, let s = Unicode.Scalar(v) { return (s, 4) }
    }
    return ("\u{FFFD}", 1)
  }

  static func classify(_ u: Unicode.Scalar) -> Class {
    let v = u.value
    // Cyrillic fast path.
    if v >= 0x0400 && v <= 0x04FF {
      if v >= 0x0483 && v <= 0x0489 { return .mark }
      return .letter
    }
    switch v {
    case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029, 0x0085: return .space
    case 0x00AD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C, 0x180E:
      return .invisible
    case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x2E3A, 0x2E3B: return .dash
    case 0x201C, 0x201E, 0x00AB, 0x201F, 0x2E42: return .quoteOpen
    case 0x201D, 0x00BB, 0x2033: return .quoteClose
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032, 0x02BC: return v == 0x02BC ? .letter : .quoteSingle
    default: break
    }
    switch u.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
    case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
    case .spaceSeparator: return .space
    case .format, .control: return .invisible
    default: return .symbol
    }
  }

  @inline(__always) static func caseOf(_ u: Unicode.Scalar) -> (upper: Bool, lower: Bool) {
    let v = u.value
    if v >= 0x0410 && v <= 0x042F { return (true, false) }
    if v >= 0x0430 && v <= 0x044F { return (false, true) }
    if v >= 0x0400 && v <= 0x040F { return (true, false) }
    if v >= 0x0450 && v <= 0x045F { return (false, true) }
    let p = u.properties
    return (p.isUppercase, p.isLowercase)
  }

  /// Appends the folded form of a letter: lower case, ё → е, ʼ → '.
  @inline(__always) static func appendFolded(_ u: Unicode.Scalar, _ out: inout [UInt8]) {
    var v = u.value
    if v >= 0x0410 && v <= 0x042F { v += 0x20 } else if v >= 0x0400 && v <= 0x040F { v += 0x50 }
    if v == 0x0451 { v = 0x0435 }  // ё → е
    if v == 0x02BC { out.append(0x27); return }
    if v >= 0x0430 && v <= 0x045F {
      JSONParserBridge.appendUTF8(v, &out)
      return
    }
    if v == 0x0490 { v = 0x0491 }  // Ґ → ґ
    if v >= 0x0460 && v <= 0x052F && v & 1 == 0 && v != 0x0490 && v < 0x0482 {
      v += 1
    }
    if v < 0x0400 || v > 0x052F {
      appendLower(Unicode.Scalar(v) ?? u, &out)
      return
    }
    JSONParserBridge.appendUTF8(v, &out)
  }

  static func appendLower(_ u: Unicode.Scalar, _ out: inout [UInt8]) {
    let p = u.properties
    if p.isUppercase || p.changesWhenLowercased {
      for b in p.lowercaseMapping.utf8 { out.append(b) }
    } else {
      JSONParserBridge.appendUTF8(u.value, &out)
    }
  }
}

enum JSONParserBridge {
  @inline(__always) static func appendUTF8(_ c: UInt32, _ out: inout [UInt8]) {
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
