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
    // About one token per 4–5 bytes of news text: room for them, written in place (an `append` per token costs a
    // call and a capacity check); any past that room go to `spill` and are appended after.
    var spill: [Token] = []
    var tokens = [Token](unsafeUninitializedCapacity: b.count / 4 + 8) { buffer, count in
      scan(b, into: buffer, count: &count, spill: &spill)
    }
    if !spill.isEmpty { tokens.append(contentsOf: spill) }
    return tokens
  }

  /// Tokenizes `b` into `buffer` (its first `count` tokens initialized), then into `spill` once it is full.
  private static func scan(
    _ b: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<Token>, count: inout Int,
    spill: inout [Token]
  ) {
    @inline(__always) func emit(_ t: Token) {
      if count < buffer.count {
        (buffer.baseAddress! + count).initialize(to: t)
        count += 1
      } else {
        spill.append(t)
      }
    }
    var i = 0
    let n = b.count
    var spacing: Spacing = .paragraph
    var newlines = 0
    var sawInvisible = false
    var norm = ByteScratch()
    defer { norm.free() }

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
          let digits = UnsafeBufferPointer(rebasing: b[s..<i])
          let key = WordKey(bytes: digits)
          emit(
            Token(
              kind: .number, spacing: spacing, start: s, end: i, key: key,
              longNorm: key.isComplete ? 0 : LongNorms.intern(key, digits),
              flags: Token.Flags(rawValue: sawInvisible ? Token.Flags.invisible.rawValue : 0), scalar: "0"))
          spacing = .none
          newlines = 0
          sawInvisible = false
          continue
        default:
          if isASCIILetter(c) {
            // A word of ASCII letters alone, ended by ASCII other than an apostrophe (most English words): its key
            // straight from the bytes. Anything else goes the general way below.
            let j = asciiLetterRun(b, from: i)
            let length = j - i
            if length <= WordKey.inlineCapacity, j == n || (b[j] < 0x80 && b[j] != 0x27) {
              // Eight bytes at a time: lower case is bit 5 set (letters only here), upper case letters have it clear.
              var lowers: UInt64 = 0
              @inline(__always) func word(_ off: Int) -> UInt64 {
                let m = length &- off
                guard m > 0 else { return 0 }
                var v: UInt64 = 0
                if i &+ off &+ 8 <= n, let base = b.baseAddress {
                  v = UInt64(littleEndian: UnsafeRawPointer(base + (i &+ off)).loadUnaligned(as: UInt64.self))
                } else {
                  var k = min(m, 8) &- 1
                  while k >= 0 {
                    v = (v << 8) | UInt64(b[i &+ off &+ k])
                    k &-= 1
                  }
                }
                let case5: UInt64 =
                  m >= 8 ? 0x2020_2020_2020_2020 : 0x2020_2020_2020_2020 & ((1 << UInt64(8 &* m)) &- 1)
                if m < 8 { v &= (1 << UInt64(8 &* m)) &- 1 }
                lowers |= v & case5
                return (v | case5).littleEndian
              }
              let key = WordKey(words: word(0), word(8), word(16), word(24), length: length)
              var flags = Token.Flags(
                rawValue: sawInvisible
                  ? Token.Flags.invisible.rawValue | Token.Flags.latin.rawValue : Token.Flags.latin.rawValue)
              if c <= 0x5A { flags.insert(.capitalized) }
              // Every letter upper case (bit 5 clear in all of them), and at least two.
              if length >= 2 && lowers == 0 { flags.insert(.allCaps) }
              emit(
                Token(
                  kind: .word, spacing: spacing, start: i, end: j, key: key, longNorm: 0, flags: flags,
                  scalar: "a"))
              spacing = .none
              newlines = 0
              sawInvisible = false
              i = j
              continue
            }
            break
          }
          // ASCII punctuation or symbol.
          // ' is a single quote unless inside a word (handled in the word loop).
          emit(
            Token(
              kind: .punct, spacing: spacing, start: i, end: i + 1, key: WordKey(ascii: c), longNorm: 0,
              flags: Token.Flags(rawValue: sawInvisible ? Token.Flags.invisible.rawValue : 0),
              scalar: Unicode.Scalar(c)))
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
        var flags = Token.Flags(rawValue: sawInvisible ? Token.Flags.invisible.rawValue : 0)
        let key: WordKey
        switch cls {
        case .dash:
          key = WordKey(ascii: 0x2D)
          if scalar.value != 0x2010 && scalar.value != 0x2011 { flags.insert(.longDash) }
        case .quoteOpen:
          key = WordKey(ascii: 0x22)
          flags.insert(.openQuote)
        case .quoteClose:
          key = WordKey(ascii: 0x22)
          flags.insert(.closeQuote)
        case .quoteSingle:
          key = WordKey(ascii: 0x27)
          if scalar.value == 0x2018 || scalar.value == 0x201A || scalar.value == 0x2039 {
            flags.insert(.openQuote)
          } else if scalar.value == 0x2019 || scalar.value == 0x203A {
            flags.insert(.closeQuote)
          }
        default:
          key = WordKey(scalar: scalar)
        }
        emit(
          Token(
            kind: .punct, spacing: spacing, start: i, end: i + len, key: key, longNorm: 0, flags: flags,
            scalar: scalar))
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
      norm.count = 0
      var upper = 0
      var lower = 0
      var firstUpper = false
      var first = true
      var flags = Token.Flags(rawValue: sawInvisible ? Token.Flags.invisible.rawValue : 0)
      var end = i
      while i < n {
        let c = b[i]
        if c < 0x80 {
          if isASCIILetter(c) {
            // A run of ASCII letters at once.
            var j = i + 1
            while j < n, isASCIILetter(b[j]) { j += 1 }
            if first {
              firstUpper = c <= 0x5A
              first = false
            }
            norm.reserve(j - i)
            var ups = 0
            for k in i..<j {
              let x = b[k]
              ups &+= x <= 0x5A ? 1 : 0
              norm.appendUnchecked(x | 0x20)
            }
            upper += ups
            lower += j - i - ups
            flags.insert(.latin)
            i = j
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
        // Basic Cyrillic (U+0400–U+045F, two bytes): case and folding without the general path.
        if c == 0xD0 || c == 0xD1, i + 1 < n, b[i + 1] & 0xC0 == 0x80 {
          var v = (UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F)
          if v <= 0x045F {
            let isUp = v <= 0x042F
            if isUp { upper += 1 } else { lower += 1 }
            if first {
              firstUpper = isUp
              first = false
            }
            if v >= 0x0410 && v <= 0x042F { v += 0x20 } else if v <= 0x040F { v += 0x50 }
            if v == 0x0451 { v = 0x0435 }  // ё → е
            norm.reserve(2)
            norm.appendUnchecked(UInt8(0xC0 | (v >> 6)))
            norm.appendUnchecked(UInt8(0x80 | (v & 0x3F)))
            flags.insert(.cyrillic)
            i += 2
            end = i
            continue
          }
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
            if (0x0400...0x052F).contains(u.value) {
              flags.insert(.cyrillic)
            } else if u.value < 0x0250 || (0x1E00...0x1EFF).contains(u.value) {
              flags.insert(.latin)
            }
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
      let key = WordKey(bytes: norm.bytes)
      emit(
        Token(
          kind: .word, spacing: spacing, start: s, end: end, key: key,
          longNorm: key.isComplete ? 0 : LongNorms.intern(key, norm.bytes), flags: flags,
          scalar: "a"))
      spacing = .none
      newlines = 0
      sawInvisible = false
      if i == s { i += 1 }  // never stall
    }
  }

  // MARK: Character classes

  enum Class: UInt8 {
    case letter, mark, space, invisible, dash, quoteOpen, quoteClose, quoteSingle, symbol
  }

  @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

  /// The high bit of each byte of `v` set when that byte is an ASCII letter (`isASCIILetter`), the other bits clear.
  @inline(__always) static func asciiLetterBits(_ v: UInt64) -> UInt64 {
    // Folded to lower case and without the high bit, each byte is at most 0x7F, so adding 0x1F or 0x05 carries
    // into no other byte: the high bit of the first sum is set from 0x61 ('a') on, of the second from 0x7B on.
    let y = (v | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
    return (y &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(y &+ 0x0505_0505_0505_0505) & ~v & 0x8080_8080_8080_8080
  }

  /// The end of the run of ASCII letters that starts at `i` (a letter): eight bytes at a time while eight remain,
  /// then byte by byte. Stops looking past 40 bytes (the callers treat longer words the general way).
  @inline(__always) static func asciiLetterRun(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
    let n = b.count
    var j = i &+ 1
    if let base = b.baseAddress {
      while j &+ 8 <= n {
        let v = UInt64(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
        let others = ~asciiLetterBits(v) & 0x8080_8080_8080_8080
        if others != 0 { return j &+ others.trailingZeroBitCount >> 3 }
        j &+= 8
        if j &- i > 40 { return j }
      }
    }
    while j < n, isASCIILetter(b[j]) { j &+= 1 }
    return j
  }

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
    // ASCII: the general categories, without the property lookup.
    if v < 0x80 {
      let c = UInt8(v)
      if isASCIILetter(c) { return .letter }
      if c == 0x20 { return .space }
      if c < 0x20 || c == 0x7F { return .invisible }
      return .symbol
    }
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
  @inline(__always) static func appendFolded(_ u: Unicode.Scalar, _ out: inout ByteScratch) {
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

  static func appendLower(_ u: Unicode.Scalar, _ out: inout ByteScratch) {
    let p = u.properties
    if p.isUppercase || p.changesWhenLowercased {
      for b in p.lowercaseMapping.utf8 { out.append(b) }
    } else {
      JSONParserBridge.appendUTF8(u.value, &out)
    }
  }
}

/// A growable byte buffer without Swift array bookkeeping, for the folded form of the word being read.
struct ByteScratch {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  var count = 0

  init() {
    capacity = 64
    base = .allocate(capacity: capacity)
  }

  func free() { base.deallocate() }

  var isEmpty: Bool { count == 0 }

  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  @inline(__always) mutating func append(_ x: UInt8) {
    if count == capacity { grow(count + 1) }
    base[count] = x
    count += 1
  }

  /// Room for `extra` more bytes, so that `appendUnchecked` may follow.
  @inline(__always) mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(count + extra) }
  }

  @inline(__always) mutating func appendUnchecked(_ x: UInt8) {
    base[count] = x
    count += 1
  }

  private mutating func grow(_ needed: Int) {
    var size = capacity * 2
    while size < needed { size *= 2 }
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    bigger.update(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity = size
  }
}

enum JSONParserBridge {
  /// UTF-8 of one scalar into the tokenizer's scratch buffer (`UTF8Encoding`, the project's one encoder).
  @inline(__always) static func appendUTF8(_ c: UInt32, _ out: inout ByteScratch) {
    UTF8Encoding.forEachByte(of: c) { out.append($0) }
  }

  @inline(__always) static func appendUTF8(_ c: UInt32, _ out: inout [UInt8]) {
    UTF8Encoding.append(c, to: &out)
  }
}
