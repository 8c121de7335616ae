import FactDiffModel

/// A number as written: digits (with grouping, a decimal part or a fraction) or number words.
struct Numeral: Sendable {
  var value: Double
  /// Tokens the number covers.
  var tokens: Range<Int>
  /// Spelt in words ("six", "двенадцати").
  var isWord: Bool
  /// Plain digits without grouping, decimals or fraction ("2025", "16").
  var isPlainInteger: Bool
  /// Digits of a plain integer ("0700" has 4).
  var digitCount: Int
  /// Carries "and a half", "с половиной", "з половиною" or a ½ fraction.
  var half: Bool = false
  /// Written with a thousands separator ("1,200", "1 200").
  var grouped: Bool = false
}

/// Reads numbers at a token: digit runs with grouping and decimals, fractions ("5 1/2"), and number words.
final class NumeralReader {
  let tokens: [Token]
  let language: Language
  let words: NumberWordLexicon
  let halves: HalfWords

  init(_ doc: Document) {
    tokens = doc.tokens
    language = doc.language
    words = NumberWordLexicon.forLanguage(doc.language)
    halves = HalfWords.forLanguage(doc.language)
  }

  /// The number starting at token `i`, digits or words, with a trailing "and a half" or "and a quarter" folded in. Number words worth
  /// one ("one", "одна") only when `allowOne`: they are articles and pronouns far more often than counts.
  func read(at i: Int, allowOne: Bool = false) -> Numeral? {
    guard i < tokens.count else { return nil }
    var n: Numeral?
    if tokens[i].kind == .number {
      n = readDigits(at: i)
    } else if tokens[i].kind == .word {
      n = readWords(at: i)
      if let w = n, w.value == 1, !allowOne { return nil }
    } else if tokens[i].kind == .punct, let h = fractionSymbol(tokens[i]) {
      return Numeral(value: h, tokens: i..<(i + 1), isWord: false, isPlainInteger: false, digitCount: 0, half: true)
    }
    guard var num = n else { return nil }
    if let (end, fraction) = halves.andAFraction(tokens, after: num.tokens.upperBound) {
      num.value += fraction
      num.half = fraction == 0.5
      num.isPlainInteger = false
      num.tokens = num.tokens.lowerBound..<end
    }
    return num
  }

  func readDigits(at i: Int) -> Numeral? {
    let first = tokens[i]
    guard let intValue = first.intValue else { return nil }
    var value = Double(intValue)
    var end = i + 1
    var grouped = false
    let firstDigits = first.normLength
    let groupMark: WordKey = language == .en ? "," : "."
    let decimalMark: WordKey = language == .en ? "." : ","
    // Indian grouping (en): two-digit groups above the thousands, "12,60,000" (12 lakh), "1,26,00,00,00,000".
    if let (v, e) = indianGroups(at: i) {
      value = v
      end = e
      grouped = true
    }
    // Thousands groups: "1,200" (en), "1.200" (ru, uk), "1 200" with a no-break or thin space, "1 200" (ru, uk).
    if firstDigits <= 3 && !grouped {
      while end < tokens.count {
        let t = tokens[end]
        if t.kind == .punct, t.key == groupMark, t.spacing == .none, end + 1 < tokens.count,
          tokens[end + 1].kind == .number, tokens[end + 1].spacing == .none, tokens[end + 1].normLength == 3
        {
          // "1.200.000" is a grouping; "27.02.2025" a date: every group has exactly three digits.
          if end + 3 < tokens.count, tokens[end + 2].kind == .punct, tokens[end + 2].key == groupMark,
            tokens[end + 2].spacing == .none, tokens[end + 3].kind == .number, tokens[end + 3].spacing == .none,
            tokens[end + 3].normLength != 3
          {
            break
          }
          value = value * 1000 + Double(tokens[end + 1].intValue ?? 0)
          end += 2
          grouped = true
          continue
        }
        if t.kind == .number, t.normLength == 3,
          t.spacing == .narrow || (t.spacing == .space && language != .en),
          !(end + 1 < tokens.count && tokens[end + 1].spacing == .none && tokens[end + 1].kind == .punct
            && (tokens[end + 1].key == "-" || tokens[end + 1].key == ":"))
        {
          value = value * 1000 + Double(t.intValue ?? 0)
          end += 1
          grouped = true
          continue
        }
        break
      }
    }
    var plain = !grouped
    // Decimal part: "2.5" (en), "2,5" (ru, uk); a Russian "2.5" too when not three digits follow.
    if end + 1 < tokens.count, tokens[end].kind == .punct, tokens[end].spacing == .none,
      tokens[end].key == decimalMark || (language != .en && tokens[end].key == "." && !grouped),
      tokens[end + 1].kind == .number, tokens[end + 1].spacing == .none,
      !(end + 3 < tokens.count && tokens[end + 2].spacing == .none && tokens[end + 2].kind == .punct
        && (tokens[end + 2].key == "." || tokens[end + 2].key == ",") && tokens[end + 3].kind == .number
        && tokens[end + 3].spacing == .none)
    {
      let frac = tokens[end + 1].norm
      if !(tokens[end].key == "." && language != .en && frac.utf8.count == 3) {
        var scale = 1.0
        var f = 0.0
        for c in frac.utf8 {
          scale /= 10
          f += Double(c - 48) * scale
        }
        value += f
        end += 2
        plain = false
      }
    }
    var half = false
    // A fraction after a space: "5 1/2".
    if plain, end + 2 < tokens.count, tokens[end].kind == .number,
      tokens[end].spacing == .space || tokens[end].spacing == .narrow,
      tokens[end + 1].isPunct("/"), tokens[end + 1].spacing == .none, tokens[end + 2].kind == .number,
      tokens[end + 2].spacing == .none, let a = tokens[end].intValue, let b = tokens[end + 2].intValue, b >= 2, b <= 10,
      a < b, a >= 1
    {
      value += Double(a) / Double(b)
      half = a * 2 == b
      end += 3
      plain = false
    } else if end < tokens.count, tokens[end].kind == .punct, tokens[end].spacing == .none,
      let f = fractionSymbol(tokens[end])
    {
      value += f
      half = f == 0.5
      end += 1
      plain = false
    }
    return Numeral(
      value: value, tokens: i..<end, isWord: false, isPlainInteger: plain, digitCount: plain ? firstDigits : 0,
      half: half, grouped: grouped)
  }

  /// Digits grouped the Indian way at `i` (English only): one or two digits, then one or more comma-separated
  /// groups of two, then a last group of three, nothing glued after ("12,60,000" = 1,260,000; "1,00,000" =
  /// 100,000). Nil for Western grouping ("1,260,000") and anything else.
  func indianGroups(at i: Int) -> (Double, Int)? {
    guard language == .en, tokens[i].normLength <= 2, var value = tokens[i].intValue.map(Double.init) else {
      return nil
    }
    var end = i + 1
    var pairs = 0
    while end + 1 < tokens.count, tokens[end].isPunct(","), tokens[end].spacing == .none,
      tokens[end + 1].kind == .number, tokens[end + 1].spacing == .none, let g = tokens[end + 1].intValue
    {
      let digits = tokens[end + 1].normLength
      if digits == 2 {
        value = value * 100 + Double(g)
        pairs += 1
        end += 2
        continue
      }
      guard digits == 3, pairs > 0 else { return nil }
      end += 2
      // No further group may follow: "12,60,000,5" is not a number (a decimal part may: "12,60,000.50").
      if end + 1 < tokens.count, tokens[end].spacing == .none, tokens[end].isPunct(","),
        tokens[end + 1].kind == .number, tokens[end + 1].spacing == .none
      {
        return nil
      }
      return (value * 1000 + Double(g), end)
    }
    return nil
  }

  func fractionSymbol(_ t: Token) -> Double? {
    switch t.scalar {
    case "½": return 0.5
    case "¼": return 0.25
    case "¾": return 0.75
    default: return nil
    }
  }

  /// Number words: "twenty-three", "two hundred and fifty", "двадцать две", "две тысячи", "полтора".
  /// The number word at token `k` (`words.word`), not looked up when the document's scan found it is none.
  @inline(__always) func word(at k: Int) -> NumberWord? {
    tokens[k].mayBe(.numberWord) ? words.word(tokens[k].key) : nil
  }

  func readWords(at i: Int) -> Numeral? {
    guard let first = word(at: i) else { return nil }
    if first.role == .standalone {
      return Numeral(value: first.value, tokens: i..<(i + 1), isWord: true, isPlainInteger: false, digitCount: 0)
    }
    if first.role == .scale || first.role == .hundredMultiplier { return nil }
    var total = 0.0
    var current = 0.0
    var last: NumberWordRole? = nil
    var j = i
    var end = i
    while j < tokens.count {
      let t = tokens[j]
      if j > i {
        guard t.spacing <= .narrow else { break }
      }
      // Joiners: "twenty-three", "hundred and five".
      if t.kind == .punct, t.key == "-", t.spacing == .none, last == .ten, j + 1 < tokens.count,
        tokens[j + 1].spacing == .none, let w = word(at: j + 1), w.role == .unit
      {
        j += 1
        continue
      }
      if t.kind == .word, t.key == "and", language == .en, last == .hundredMultiplier || last == .scale,
        j + 1 < tokens.count, let w = word(at: j + 1),
        w.role == .unit || w.role == .teen || w.role == .ten
      {
        j += 1
        continue
      }
      guard t.kind == .word, let w = word(at: j) else { break }
      var ok = true
      switch w.role {
      case .unit:
        ok = last == nil || last == .ten || last == .hundreds || last == .hundredMultiplier || last == .scale
        if ok { current += w.value }
      case .teen, .ten:
        ok = last == nil || last == .hundreds || last == .hundredMultiplier || last == .scale
        if ok { current += w.value }
      case .hundreds:
        ok = last == nil || last == .scale
        if ok { current += w.value }
      case .hundredMultiplier:
        ok = last == .unit || last == .teen || last == .ten
        if ok { current = current * 100 }
      case .scale:
        ok = last != nil && last != .scale
        if ok {
          total += max(current, 1) * w.value
          current = 0
        }
      case .standalone:
        ok = false
      }
      guard ok else { break }
      last = w.role
      j += 1
      end = j
    }
    guard end > i else { return nil }
    return Numeral(value: total + current, tokens: i..<end, isWord: true, isPlainInteger: false, digitCount: 0)
  }
}
