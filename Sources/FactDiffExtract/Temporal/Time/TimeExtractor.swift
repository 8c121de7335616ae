import FactDiffModel

/// Clock times: "10:00", "10.30am", "4:20 p.m.", "10 a.m.", "0700 GMT", "noon", "в 10 часов утра", "о десятій",
/// each with the zone written after it ("Moscow time", "по местному времени", "(0700 GMT)").
final class TimeExtractor {
  let tokens: [Token]
  let words: TimeWords
  let zones: ZoneLexicon
  let numerals: NumeralReader
  let hedges: HedgeLexicon

  init(_ doc: Document, numerals: NumeralReader) {
    tokens = doc.tokens
    words = TimeWords.forLanguage(doc.language)
    zones = ZoneLexicon.forLanguage(doc.language)
    hedges = HedgeLexicon.forLanguage(doc.language)
    self.numerals = numerals
  }

  /// True when the word before token `i` marks a clock time ("at", "в", "о") or a hedge does ("около").
  func cued(_ i: Int) -> Bool {
    guard i > 0, tokens[i].spacing <= .narrow else { return false }
    let p = tokens[i - 1]
    if p.kind == .word, words.prepositions.contains(p.key) { return true }
    if hedges.hedge(tokens, before: i, scope: .time) != nil { return true }
    return false
  }

  /// True when the word before token `i` makes "N hours" a clock time ("в 10 часов", "о 10 годині").
  func strictlyCued(_ i: Int) -> Bool {
    i > 0 && tokens[i].spacing <= .narrow && tokens[i - 1].kind == .word
      && words.strictPrepositions.contains(tokens[i - 1].key)
  }

  /// A clock time starting at token `i`.
  func match(at i: Int) -> TemporalCandidate? {
    switch tokens[i].kind {
    case .number: return digits(at: i)
    case .word: return wordsTime(at: i)
    case .punct: return nil
    }
  }

  private func digits(at i: Int) -> TemporalCandidate? {
    let t = tokens[i]
    guard !TokenTests.isGluedCode(tokens, i), let v = t.intValue else { return nil }
    let n = t.normLength
    var end = i + 1
    var hour = v
    var minute = 0
    var hasMinutes = false
    var needsCue = false
    if n <= 2 {
      // H:MM, H.MM
      if end + 1 < tokens.count, tokens[end].spacing == .none, tokens[end].kind == .punct,
        tokens[end].key == ":" || tokens[end].key == ".", tokens[end + 1].kind == .number,
        tokens[end + 1].spacing == .none, tokens[end + 1].normLength == 2, let m = tokens[end + 1].intValue
      {
        let dot = tokens[end].key == "."
        // "27.02.2025", "10.30.1", "1:30:45" (seconds are read and dropped).
        if dot, TokenTests.gluedDigitsAfter(tokens, end + 2) { return nil }
        minute = m
        hasMinutes = true
        needsCue = dot
        end += 2
        if !dot, end + 1 < tokens.count, tokens[end].isPunct(":"), tokens[end].spacing == .none,
          tokens[end + 1].kind == .number, tokens[end + 1].spacing == .none, tokens[end + 1].normLength == 2
        {
          end += 2
        }
        if TokenTests.gluedDigitsAfter(tokens, end) && !isTime(at: end + 1) { return nil }
      }
    } else if n == 4 {
      // "0700 GMT": four digits only with a zone word after them.
      hour = v / 100
      minute = v % 100
      hasMinutes = true
      // "0500-1040 GMT": the first of two such times takes the zone written after the second.
      var zoneAt = end
      if end + 1 < tokens.count, tokens[end].isPunct("-"), tokens[end].spacing == .none,
        tokens[end + 1].kind == .number, tokens[end + 1].normLength == 4, tokens[end + 1].spacing == .none
      {
        zoneAt = end + 2
      }
      guard zoneAt < tokens.count, let (z, e) = zones.zone(tokens, at: zoneAt), z != .local,
        tokens[zoneAt].spacing <= .narrow
      else { return nil }
      guard hour < 24, minute < 60 else { return nil }
      return TemporalCandidate(
        tokens: i..<(zoneAt == end ? e : end),
        payload: .time(ParsedTime(hour: hour, minute: minute, zone: z, pm: nil)), priority: 3)
    } else {
      return nil
    }
    var pm: Bool? = nil
    var dayPart: DayPart? = nil
    var sawHourWord = false
    // a.m. / p.m., glued or spaced ("10am", "4:20 p.m.").
    if end < tokens.count, tokens[end].spacing <= .narrow, let m = words.meridiem.match(tokens, at: end) {
      pm = m.value
      end = m.end
    } else if end < tokens.count, tokens[end].spacing <= .narrow, tokens[end].kind == .word,
      words.hourWords.contains(tokens[end].key)
    {
      // "в 10 часов", "10 o'clock", "о 10 годині".
      let hourWord = tokens[end].key
      guard
        hasMinutes || strictlyCued(i) || hourWord == "o'clock" || hourWord == "годині"
          || (cued(i) && end + 1 < tokens.count && words.dayParts.match(tokens, at: end + 1) != nil)
          || (cued(i) && spanEndFollows(end + 1))
      else { return nil }
      sawHourWord = true
      end += 1
      // "в 10 часов 30 минут"
      if !hasMinutes, end + 1 < tokens.count, tokens[end].kind == .number, let m = tokens[end].intValue, m < 60,
        tokens[end + 1].kind == .word, DurationWords.forLanguage(numerals.language).isMinuteUnit(tokens[end + 1].key)
      {
        minute = m
        hasMinutes = true
        end += 2
      }
    } else if TokenTests.gluedWordAfter(tokens, end) {
      return nil
    }
    if pm == nil, end < tokens.count, tokens[end].spacing <= .narrow, let d = words.dayParts.match(tokens, at: end) {
      // "в 7 вечера", "10 in the morning": without an hour word, only after a preposition.
      if sawHourWord || hasMinutes || cued(i) {
        dayPart = d.value
        end = d.end
      }
    }
    if !hasMinutes && pm == nil && !sawHourWord && dayPart == nil { return nil }
    if needsCue && pm == nil && dayPart == nil && !cued(i) && zones.zone(tokens, at: end) == nil
      && !rangePartner(i, end)
    {
      return nil
    }
    guard hour <= 24, minute < 60 else { return nil }
    if hour == 24 {
      guard minute == 0 else { return nil }
      hour = 0
    }
    if let p = pm {
      // "17:40 am": a 24-hour value keeps its value; the a.m./p.m. is a slip, not a second reading.
      if hour >= 1 && hour <= 12 {
        if p && hour < 12 { hour += 12 }
        if !p && hour == 12 { hour = 0 }
      } else if hour == 0 && !hasMinutes {
        return nil
      }
    } else if let d = dayPart {
      hour = d.hour24(hour)
    }
    var time = ParsedTime(hour: hour, minute: minute, zone: nil, pm: pm)
    // "2 o'clock": a 12-hour dial (the Russian and Ukrainian "в 2 часа" is read as written).
    time.twelveHour =
      sawHourWord && pm == nil && dayPart == nil && !hasMinutes && hour >= 1 && hour <= 12
      && numerals.language == .en
    if let (z, e) = zones.zone(tokens, at: end) {
      time.zone = z
      end = e
    }
    return TemporalCandidate(tokens: i..<end, payload: .time(time), priority: 3)
  }

  /// True when digits at `j` read as H:MM or H.MM.
  private func isTime(at j: Int) -> Bool {
    j + 2 < tokens.count && tokens[j].kind == .number && tokens[j].normLength <= 2
      && (tokens[j + 1].isPunct(":") || tokens[j + 1].isPunct(".")) && tokens[j + 2].kind == .number
      && tokens[j + 2].normLength == 2
  }

  /// True when a span joiner and a clock figure follow ("с 10 часов до 16:20").
  private func spanEndFollows(_ j: Int) -> Bool {
    guard j + 1 < tokens.count else { return false }
    let n = tokens[j].key
    return (n == "до" || n == "по" || n == "-" || n == "to" || n == "until") && tokens[j + 1].kind == .number
  }

  /// True when the time at `i..<end` is one end of "10.30–13.00" (a dash and another dotted time).
  private func rangePartner(_ i: Int, _ end: Int) -> Bool {
    if end + 3 < tokens.count, tokens[end].isPunct("-"), tokens[end + 1].kind == .number,
      tokens[end + 2].isPunct(".") || tokens[end + 2].isPunct(":")
    {
      return true
    }
    if i >= 4, tokens[i - 1].isPunct("-"), tokens[i - 2].kind == .number,
      tokens[i - 3].isPunct(".") || tokens[i - 3].isPunct(":")
    {
      return true
    }
    return false
  }

  private func wordsTime(at i: Int) -> TemporalCandidate? {
    let t = tokens[i]
    // "half past ten", "в половине второго", "о пів на третю".
    if let c = clockWords(at: i) { return c }
    // noon, midnight, полдень, опівночі.
    if let m = words.named.match(tokens, at: i) {
      if words.namedNeedPreposition.contains(t.key) && !cued(i) { return nil }
      var time = ParsedTime(hour: m.value / 3600, minute: (m.value % 3600) / 60, zone: nil, pm: nil)
      var end = m.end
      if let (z, e) = zones.zone(tokens, at: end) {
        time.zone = z
        end = e
      }
      return TemporalCandidate(tokens: i..<end, payload: .time(time), priority: 3)
    }
    // "о десятій (годині) (ранку)".
    if let h = words.ordinalHours[t.key], cued(i) {
      var end = i + 1
      if end < tokens.count, words.hourWords.contains(tokens[end].key) { end += 1 }
      var hour = h
      var dial = h <= 12
      if let d = words.dayParts.match(tokens, at: end) {
        hour = d.value.hour24(h)
        end = d.end
        dial = false
      }
      var time = ParsedTime(hour: hour % 24, minute: 0, zone: nil, pm: nil, twelveHour: dial)
      if let (z, e) = zones.zone(tokens, at: end) {
        time.zone = z
        end = e
      }
      return TemporalCandidate(tokens: i..<end, payload: .time(time), priority: 3)
    }
    // "ten o'clock", "в десять часов утра", "at ten a.m.".
    guard let num = numerals.readWords(at: i), num.value >= 1, num.value <= 24, num.value == num.value.rounded()
    else { return nil }
    var end = num.tokens.upperBound
    var hour = Int(num.value)
    var ok = false
    var dial = hour <= 12
    if end < tokens.count, let m = words.meridiem.match(tokens, at: end) {
      dial = false
      if hour <= 12 {
        if m.value && hour < 12 { hour += 12 }
        if !m.value && hour == 12 { hour = 0 }
      }
      end = m.end
      ok = true
    } else if end < tokens.count, words.hourWords.contains(tokens[end].key),
      tokens[end].key == "o'clock" || tokens[end].key == "годині" || strictlyCued(i)
        || (cued(i) && end + 1 < tokens.count && words.dayParts.match(tokens, at: end + 1) != nil)
    {
      end += 1
      ok = true
      if let d = words.dayParts.match(tokens, at: end) {
        hour = d.value.hour24(hour)
        end = d.end
        dial = false
      }
    } else if cued(i), let d = words.dayParts.match(tokens, at: end) {
      hour = d.value.hour24(hour)
      end = d.end
      ok = true
      dial = false
    }
    guard ok else { return nil }
    var time = ParsedTime(hour: hour % 24, minute: 0, zone: nil, pm: nil, twelveHour: dial)
    if let (z, e) = zones.zone(tokens, at: end) {
      time.zone = z
      end = e
    }
    return TemporalCandidate(tokens: i..<end, payload: .time(time), priority: 3)
  }
}
