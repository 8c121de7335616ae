import FactDiffModel

/// Durations: "six and a half hours", "90 minutes", "half an hour", "1.5 hours", "5 1/2 hours", "7,5часа",
/// "полтора часа", "два часа пять минут", "2 h 20 min", "six-hour talks", "шестичасовые", "several hours",
/// "three to four hours", "около часа".
final class DurationExtractor {
  let tokens: [Token]
  let words: DurationWords
  let numerals: NumeralReader
  let vagueCounts: [String: ClosedRange<Double>]
  let hedges: HedgeLexicon

  init(_ doc: Document, numerals: NumeralReader) {
    hedges = HedgeLexicon.forLanguage(doc.language)
    tokens = doc.tokens
    words = DurationWords.forLanguage(doc.language)
    self.numerals = numerals
    vagueCounts = doc.options.tolerance.vagueCounts
  }

  /// Abbreviated units that follow digits only ("2 h", "20 min").
  static let abbreviations: WordSet = ["h", "hr", "hrs", "min", "mins", "sec", "secs", "ч", "мин", "сек", "хв", "год"]

  /// Single words before a bare unit that make it a duration ("lasted a day", "for a week").
  static let bareUnitWords: WordSet = [
    "for", "lasted", "last", "took", "spent", "about", "nearly", "almost", "over", "than", "within", "around",
  ]

  /// A unit word at `j` after a number, with the end of the unit (a hyphen before it in "six-hour").
  private func unit(at j: Int, afterDigits: Bool) -> (TimeUnit, Int)? {
    guard j < tokens.count else { return nil }
    var k = j
    // "six-hour", "90-minute": a hyphen glued on both sides.
    if tokens[k].isPunct("-"), tokens[k].spacing == .none, !tokens[k].flags.contains(.longDash), k + 1 < tokens.count,
      tokens[k + 1].spacing == .none
    {
      k += 1
    }
    let t = tokens[k]
    guard t.kind == .word, t.spacing <= .narrow, let u = words.unit(t.key) else { return nil }
    if !afterDigits && DurationExtractor.abbreviations.contains(t.key) { return nil }
    // "2h", "7,5часа": a unit glued to digits is fine; a unit glued to a word is not.
    var end = k + 1
    // "min." / "hrs."
    if DurationExtractor.abbreviations.contains(t.key), end < tokens.count, tokens[end].isPunct("."),
      tokens[end].spacing == .none, t.key != "h"
    {
      end += 1
    }
    return (u, end)
  }

  /// A duration starting at token `i`.
  func match(at i: Int) -> TemporalCandidate? {
    if tokens[i].kind == .number && TokenTests.isGluedCode(tokens, i) { return nil }
    if tokens[i].kind == .word {
      let t = tokens[i]
      // "a" and "an" are everywhere: only an article before a duration word is worth a look.
      if words.articles.contains(t.key),
        !(i + 1 < tokens.count && tokens[i + 1].kind == .word && words.afterArticle.contains(tokens[i + 1].key)
          || (i + 1 < tokens.count && tokens[i + 1].isPunct("-")))
      {
        if t.key != "one" { return nil }
      }
      if let s = words.wholeWords[t.key] {
        if i > 0, let before = words.momentAfter[t.key], before.contains(tokens[i - 1].key) { return nil }
        return candidate(i..<(i + 1), seconds: s, unit: s >= 86400 ? TimeUnit.day : min(s, 3600))
      }
      if let p = words.phrases.match(tokens, at: i) {
        return candidate(i..<p.end, seconds: p.value, unit: p.value >= 86400 ? TimeUnit.day : min(p.value, 3600))
      }
      if let v = words.vague.match(tokens, at: i), let (u, end) = unit(at: v.end, afterDigits: false),
        let range = vagueCounts[v.value]
      {
        var d = ParsedDuration(
          seconds: range.lowerBound * u.seconds, upper: range.upperBound * u.seconds, unit: u.seconds,
          writtenInDays: u.inDays)
        d.vague = true
        return TemporalCandidate(tokens: i..<end, payload: .duration(d), priority: 1)
      }
      // "an hour", "an hour and a half", "a day".
      if words.articles.contains(t.key), let (u, end) = unit(at: i + 1, afterDigits: false), u.singular,
        tokens[i + 1].spacing <= .narrow
      {
        var e = end
        var s = u.seconds
        if let h = numerals.halves.andAHalf(tokens, after: end) {
          s *= 1.5
          e = h
        } else if t.key != "one" && u.seconds != TimeUnit.hour && u.seconds != TimeUnit.minute && !cued(i) {
          return nil  // "a day" in "twice a day", "a year ago": durations only after "for", "lasted", a hedge.
        }
        return compound(i, e, s, u)
      }
      // "около часа", "годину", "в течение часа".
      if let u = words.unit(t.key), u.singular, u.seconds >= TimeUnit.hour, cued(i) {
        return candidate(i..<(i + 1), seconds: u.seconds, unit: u.seconds)
      }
    }
    guard let num = numerals.read(at: i, allowOne: true), num.value > 0 else { return nil }
    var end = num.tokens.upperBound
    // A range: "three to four hours", "2–3 часа", "от двух до трех часов".
    if end < tokens.count, tokens[end].spacing <= .narrow,
      tokens[end].key == "-" || words.rangeJoiners.contains(tokens[end].key),
      let hi = numerals.read(at: end + 1, allowOne: false), hi.value > num.value,
      let (u, uEnd) = unit(at: hi.tokens.upperBound, afterDigits: !hi.isWord)
    {
      var d = ParsedDuration(
        seconds: num.value * u.seconds, upper: hi.value * u.seconds, unit: u.seconds, writtenInDays: u.inDays)
      d.vague = false
      return TemporalCandidate(tokens: i..<uEnd, payload: .duration(d), priority: 1)
    }
    // "три с лишним часа", "шість з гаком годин": a hedge between the number and its unit.
    var inner: Hedge? = nil
    if let (h, e) = hedges.hedge(tokens, after: end, scope: .duration), unit(at: e, afterDigits: !num.isWord) != nil {
      inner = h
      end = e
    }
    guard let (u, uEnd) = unit(at: end, afterDigits: !num.isWord) else { return nil }
    // "2025 года" is a year; "в 2024 году" too.
    if u.seconds == TimeUnit.year && num.isPlainInteger && num.digitCount == 4 { return nil }
    end = uEnd
    var seconds = num.value * u.seconds
    // "two hours and a half" / "час с половиной".
    if !num.half, let h = numerals.halves.andAHalf(tokens, after: end) {
      seconds += u.seconds / 2
      end = h
    }
    var c = compound(i, end, seconds, u)
    c.innerHedge = inner
    return c
  }

  /// Adds a smaller unit after a larger one: "два часа пять минут", "2 h 20 min", "six hours and 20 minutes".
  private func compound(_ i: Int, _ end0: Int, _ seconds0: Double, _ u: TimeUnit) -> TemporalCandidate {
    var end = end0
    var seconds = seconds0
    var unitSeconds = u.seconds
    var j = end
    if j < tokens.count, words.compoundJoiners.contains(tokens[j].key), tokens[j].spacing <= .narrow { j += 1 }
    if j < tokens.count, tokens[j].spacing <= .narrow, let n2 = numerals.read(at: j, allowOne: true), n2.value >= 1,
      let (u2, e2) = unit(at: n2.tokens.upperBound, afterDigits: !n2.isWord), u2.seconds < u.seconds,
      u2.seconds * n2.value < u.seconds, u2.seconds >= 60
    {
      seconds += n2.value * u2.seconds
      unitSeconds = u2.seconds
      end = e2
    }
    let d = ParsedDuration(seconds: seconds, upper: nil, unit: unitSeconds, writtenInDays: u.inDays)
    return TemporalCandidate(tokens: i..<end, payload: .duration(d), priority: 1)
  }

  private func candidate(_ r: Range<Int>, seconds: Double, unit: Double) -> TemporalCandidate {
    TemporalCandidate(
      tokens: r,
      payload: .duration(ParsedDuration(seconds: seconds, upper: nil, unit: unit, writtenInDays: unit >= 86400)),
      priority: 1)
  }

  /// True when the words before `i` make a bare unit a duration ("около часа", "lasted a day", "for a week").
  private func cued(_ i: Int) -> Bool {
    guard i > 0 else { return false }
    if words.bareUnitCues.match(tokens, endingBefore: i) != nil { return true }
    return DurationExtractor.bareUnitWords.contains(tokens[i - 1].key)
  }
}
