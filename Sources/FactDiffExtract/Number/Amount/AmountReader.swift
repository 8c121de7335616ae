import FactDiffModel

/// An amount as read: the full value, its unit, what it counts, a range's upper end, and the tokens it covers.
struct ParsedAmount {
  var value: Double
  var unit: String?
  var counts: String?
  var rangeMax: Double?
  /// A vague quantity ("dozens"): `value` and `rangeMax` come from ToleranceTable.vagueCounts.
  var vague: Bool = false
  var start: Int
  var end: Int
  var spelt: Bool
  /// A hedge written between the figure and its noun ("10 с лишним соглашений").
  var hedge: Hedge? = nil
}

/// Reads counts, amounts and money at a token: "$2.5 billion", "2,5 млрд долларов", "€300m", "11,5%", "60 per cent",
/// "7.5 billion cubic metres", "40,000 residents", "двенадцать крупных соглашений", "two dozen", "dozens of
/// people", "10–12 agreements", "от 10 до 12".
final class AmountReader {
  let tokens: [Token]
  let language: Language
  let numerals: NumeralReader
  let words: AmountWords
  let nouns: CountNouns
  let codes: CodeFilter
  let dateWords: DateWords
  let vagueCounts: [String: ClosedRange<Double>]
  /// Vague quantities that may count a round unit ("several dozen", "a few hundred", "несколько десятков").
  static let fewWords: Set<String> = ["several", "a-few"]
  /// Round units after "several" ("several dozen", "несколько десятков", "кілька сотень"), as their size.
  static let vagueMultipliers: [WordKey: Double] = [
    "dozen": 12, "hundred": 100, "thousand": 1000, "десятков": 10, "десятка": 10, "дюжин": 12, "сотен": 100,
    "тысяч": 1000, "десятків": 10, "десятки": 10, "сотень": 100, "сотні": 100, "тисяч": 1000,
  ]
  let hedges: HedgeLexicon

  init(_ doc: Document, numerals: NumeralReader) {
    hedges = HedgeLexicon.forLanguage(doc.language)
    tokens = doc.tokens
    language = doc.language
    self.numerals = numerals
    words = AmountWords.forLanguage(doc.language)
    nouns = CountNouns.forLanguage(doc.language)
    codes = CodeFilter(doc)
    dateWords = DateWords.forLanguage(doc.language)
    vagueCounts = doc.options.tolerance.vagueCounts
  }

  /// Suffixes that make digits an ordinal ("1st", "5-й", "19-го", "1990s").
  static let ordinalSuffixes: WordSet = [
    "th", "st", "nd", "rd", "s", "го", "й", "я", "е", "ю", "х", "м", "ми", "ая", "ое", "ые", "ый", "ий", "ого", "ему",
    "ому", "ом", "ой", "ых", "их", "ті", "тя", "ту", "річчя", "летие", "летия",
  ]

  /// English words that are never part of a noun phrase between a number and its noun.
  static let englishStops: WordSet = [
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "said", "says", "will", "would", "that", "which", "who",
    "this", "these", "those", "it", "its", "their", "his", "her", "than", "per", "more", "less", "about", "over",
    "under", "into", "after", "before", "since", "during", "while", "when", "where", "not", "no", "also", "only",
    "up", "down", "out", "off", "we", "they", "he", "she", "you", "i", "worth", "each", "percent", "times",
  ]

  /// English participles that stand as adjectives between a number and its noun ("24 used trams", "84 released
  /// prisoners"), although a word in -ed is otherwise read as a verb there.
  static let englishParticipleModifiers: WordSet = [
    "used", "refurbished", "armoured", "armored", "unmanned", "skilled", "registered", "displaced", "detained",
    "released", "captured", "exchanged", "decommissioned", "upgraded", "donated",
  ]

  /// Determiners after "of" that keep the counted noun in reach ("95 of its soldiers").
  static let englishDeterminers: WordSet = ["the", "its", "their", "his", "her", "our", "these", "those"]

  /// Possessives that may stand between a number and its noun ("84 своих граждан", "84 своїх громадян").
  static let slavicPossessives: WordSet = [
    "своих", "своим", "своими", "наших", "нашим", "нашими", "своїх", "своїм", "своїми", "наших", "нашими",
  ]

  static let slavicAdjectiveEndings: [String] = [
    "ых", "их", "ые", "ие", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ыми", "ими", "ую",
    "юю", "ім", "і", "ої", "ою", "ій", "ім", "ими", "їх", "ні",
  ]

  static let slavicAdjectiveEndingKeys: [WordKey] = slavicAdjectiveEndings.map(WordKey.init)

  /// The amount starting at token `i`, if any. A number word worth one only when `allowOne` (a part of a
  /// breakdown) or after a currency.
  /// `table.match(tokens, at: k)`, not looked up when the document's scan found token `k` starts no phrase of it
  /// (`bit`, see `Vocabulary`).
  @inline(__always) private func match<V>(_ table: PhraseTable<V>, _ bit: Vocabulary, at k: Int) -> (
    value: V, end: Int
  )? {
    if k >= 0, k < tokens.count, !tokens[k].mayBe(bit) { return nil }
    return table.match(tokens, at: k)
  }

  func read(at i: Int, allowOne: Bool = false) -> ParsedAmount? {
    var start = i
    var j = i
    var unit: String? = nil
    // A currency before the figure: "$", "€", "US$", "USD".
    if let c = words.currencyBefore.match(tokens, at: i) {
      guard c.end < tokens.count, tokens[c.end].spacing <= .narrow else { return nil }
      // A one-letter prefix is part of the sign only when written together: "C$500" is Canadian, while the
      // article in "a $1.8 million contract" is not.
      if c.end - i >= 2, tokens[i].kind == .word, tokens[i].key.length == 1, tokens[i + 1].spacing != .none {
        return nil
      }
      unit = c.value
      j = c.end
    }
    // Vague quantities: "dozens of people", "несколько соглашений", "кілька угод", "a dozen".
    if unit == nil, tokens[j].kind == .word, let v = match(words.vague, .vagueStart, at: j),
      let range = vagueCounts[v.value]
    {
      var k = v.end
      // "several dozen deminers", "несколько десятков саперов", "кілька сотень осіб": a few of a round unit.
      var scale = 1.0
      if Self.fewWords.contains(v.value), k < tokens.count, tokens[k].kind == .word,
        let m = Self.vagueMultipliers[tokens[k].key]
      {
        scale = m
        k += 1
      }
      if language == .en, k < tokens.count, tokens[k].key == "of" { k += 1 }
      guard let (concept, end) = countedNoun(from: k, allowOf: false) else { return nil }
      let range = (range.lowerBound * scale)...(range.upperBound * scale)
      return ParsedAmount(
        value: range.lowerBound, unit: nil, counts: concept,
        rangeMax: range.upperBound == range.lowerBound ? nil : range.upperBound,
        vague: range.upperBound != range.lowerBound, start: start, end: end, spelt: true)
    }
    guard let num = numerals.read(at: j, allowOne: allowOne || unit != nil) else { return nil }
    if !num.isWord {
      if codes.isCode(j, end: num.tokens.upperBound) { return nil }
      if unit == nil && DateExtractor.isYearMention(tokens, j, words: dateWords) { return nil }
      // "27.02" in Russian or Ukrainian is a day and a month, not a decimal.
      if language != .en, num.tokens.contains(where: { tokens[$0].isPunct(".") }), !num.grouped { return nil }
    }
    var value = num.value
    var end = num.tokens.upperBound
    // "10 с лишним соглашений": a hedge between the number and its noun.
    var inner: Hedge? = nil
    if let (h, e) = hedges.hedge(tokens, after: end, scope: .count), e < tokens.count, tokens[e].kind == .word {
      inner = h
      end = e
    }
    // Ordinals: "1st", "5-й", "19-го", "1990s".
    if end < tokens.count, tokens[end].spacing == .none {
      if tokens[end].kind == .word, AmountReader.ordinalSuffixes.contains(tokens[end].key) { return nil }
      if tokens[end].isPunct("-"), end + 1 < tokens.count, tokens[end + 1].spacing == .none,
        AmountReader.ordinalSuffixes.contains(tokens[end + 1].key)
      {
        return nil
      }
    }
    // "two dozen".
    if end < tokens.count, tokens[end].kind == .word, words.dozen.contains(tokens[end].key) {
      value *= 12
      end += 1
    }
    // A range: "10–12", "10 to 12", "от 10 до 12", "between 10 and 12".
    var rangeMax: Double? = nil
    let opener = start > 0 && tokens[start - 1].kind == .word && words.rangeOpeners.contains(tokens[start - 1].key)
    if end + 1 < tokens.count, tokens[end].spacing <= .narrow,
      words.rangeJoiners.contains(tokens[end].key) && (tokens[end].key != "and" || opener)
        && (tokens[end].key != "до" || opener),
      tokens[end + 1].spacing <= .narrow, let hi = numerals.read(at: end + 1, allowOne: false), hi.isWord == num.isWord
    {
      if hi.value > value {
        if !hi.isWord, codes.isCode(end + 1, end: hi.tokens.upperBound) { return nil }
        rangeMax = hi.value
        end = hi.tokens.upperBound
        if opener { start -= 1 }
      } else if tokens[end].isPunct("-"), tokens[end].spacing == .none, !tokens[end].flags.contains(.longDash) {
        return nil  // "3-1": a score
      }
    }
    // Scale: "2.5 billion", "2,5 млрд", "$2.5bn", "€300m"; the letters m, k and b only after a currency sign or
    // glued to the figure before a unit, a currency or a counted noun ("10m tonnes", "5m euros", "2m people").
    var scaled = false
    if end < tokens.count, tokens[end].kind == .word, tokens[end].spacing <= .narrow {
      let n = tokens[end].key
      if let s = words.scales[n] ?? (unit != nil || scaleLetterBeforeUnit(end) ? words.currencyScales[n] : nil) {
        value *= s
        rangeMax = rangeMax.map { $0 * s }
        end += 1
        scaled = true
        // A larger scale right after it multiplies again: "₹1.5 lakh crore" (1.5 × 10⁵ × 10⁷), "12 thousand crore".
        if end < tokens.count, tokens[end].kind == .word, tokens[end].spacing <= .narrow,
          let s2 = words.scales[tokens[end].key], s2 > s
        {
          value *= s2
          rangeMax = rangeMax.map { $0 * s2 }
          end += 1
        }
      }
    }
    if TokenTests.gluedWordAfter(tokens, end) && !glueAllowed(end) { return nil }
    // Percent, currency after, measure units.
    if unit == nil, end < tokens.count, tokens[end].spacing <= .narrow {
      // "3 pct points" is percentage points, not "3 pct".
      let points = match(words.units, .unitStart, at: end).flatMap { $0.value == "pp" ? $0 : nil }
      if let p = match(words.percent, .percentStart, at: end), points.map({ $0.end <= p.end }) ?? true {
        unit = "%"
        end = p.end
      } else if let c = match(words.currencyAfter, .currencyAfterStart, at: end) {
        unit = c.value
        end = c.end
      } else if let u = match(words.units, .unitStart, at: end), u.value != "t" || tokens[end].normLength > 2 || scaled
      {
        unit = u.value
        end = u.end
        if unit == "bcm" {
          value *= 1e9
          rangeMax = rangeMax.map { $0 * 1e9 }
          unit = "m3"
        }
      }
    }
    var counts: String? = nil
    if unit == nil, let (c, e) = countedNoun(from: end, allowOf: scaled), agrees(value, noun: tokens[e - 1]) {
      counts = c
      end = e
    }
    if unit == nil, rangeMax == nil, let (c, e) = groupMembers(start: start, end: end, counts: counts) {
      counts = c
      end = e
    }
    if counts == "people", employedBefore(start) { counts = "jobs" }
    // "the 1936 Montreux Convention": a bare year.
    if num.isPlainInteger, num.digitCount == 4, (1800...2100).contains(value), unit == nil, counts == nil,
      rangeMax == nil
    {
      return nil
    }
    var amount = ParsedAmount(
      value: value, unit: unit, counts: counts, rangeMax: rangeMax, start: start, end: end, spelt: num.isWord)
    amount.hedge = inner
    return amount
  }

  /// True when token `k` is glued to the figure before it and a measure unit, a currency word or a counted noun
  /// follows: "10m tonnes", "7m barrels", "5m euros", "2m people" (but not "a 10m wall", "the 100m final").
  private func scaleLetterBeforeUnit(_ k: Int) -> Bool {
    guard tokens[k].spacing == .none, words.currencyScales[tokens[k].key] != nil, k + 1 < tokens.count,
      tokens[k + 1].kind == .word, tokens[k + 1].spacing <= .narrow
    else { return false }
    return match(words.units, .unitStart, at: k + 1) != nil
      || match(words.currencyAfter, .currencyAfterStart, at: k + 1) != nil
      || nouns.concept(tokens[k + 1].key) != nil
  }

  /// Words allowed glued to digits: scale abbreviations ("2.5bn"), percent, units ("10km").
  private func glueAllowed(_ k: Int) -> Bool {
    let n = tokens[k].key
    return words.scales[n] != nil || words.currencyScales[n] != nil || match(words.units, .unitStart, at: k) != nil
      || match(words.currencyAfter, .currencyAfterStart, at: k) != nil
      || match(words.percent, .percentStart, at: k) != nil
  }

  /// The counted noun after a figure, past up to three modifiers: "15 new agreements", "двенадцать крупных
  /// соглашений", "dozens of people".
  func countedNoun(from j: Int, allowOf: Bool) -> (String, Int)? {
    var k = j
    var skipped = 0
    while k < tokens.count && skipped <= 3 {
      let t = tokens[k]
      guard t.spacing <= .narrow else { return nil }
      if t.kind == .punct, t.key == "-", k + 1 < tokens.count, tokens[k + 1].spacing == .none, skipped > 0 {
        k += 1
        continue
      }
      guard t.kind == .word else { return nil }
      if let c = nouns.compounds.match(tokens, at: k) { return (c.value, c.end) }
      // A model before the noun: "five Mi-17 helicopters", "12 F-16 jets".
      if k + 2 < tokens.count, t.isCapitalized, tokens[k + 1].isPunct("-"), tokens[k + 1].spacing == .none,
        tokens[k + 2].kind == .number, tokens[k + 2].spacing == .none
      {
        skipped += 1
        k += 3
        continue
      }
      if let c = nouns.concept(t.key) { return (c, k + 1) }
      // "12 more bulk carriers": the noun after "more".
      if language == .en, k == j, t.key == "more" {
        k += 1
        continue
      }
      if language == .en, t.key == "of", k == j {
        // "millions of people" after a scale; "95 of its soldiers", "12 of the civilians" before a determiner.
        if allowOf {
          k += 1
          continue
        }
        // "five of Nepal's helicopters": a possessive name stands as a determiner.
        if k + 2 < tokens.count,
          AmountReader.englishDeterminers.contains(tokens[k + 1].key)
            || tokens[k + 1].isCapitalized && (tokens[k + 1].normHasSuffix("'s") || tokens[k + 1].normHasSuffix("s'")),
          tokens[k + 2].kind == .word
        {
          k += 2
          continue
        }
        return nil
      }
      guard isModifier(t) else { return nil }
      skipped += 1
      k += 1
    }
    return nil
  }

  /// The members of a group counted: "the delegation of 14", "a delegation of 18 officials", "делегация из 14
  /// человек", "делегація з 14 осіб" (a count of people, or none, after the group's words), and "a 41-strong Russian
  /// delegation". The concept of the members ("delegates") and the end of the amount.
  private func groupMembers(start: Int, end: Int, counts: String?) -> (String, Int)? {
    if counts == nil || CountNouns.personConcepts.contains(counts!), start > 0, tokens[start].spacing <= .narrow,
      let g = nouns.membersOf.match(tokens, endingBefore: start)
    {
      return (g.value, end)
    }
    if counts == nil, !nouns.strongGroups.isEmpty, end + 1 < tokens.count, tokens[end].isPunct("-"),
      tokens[end].spacing == .none, tokens[end + 1].key == "strong", tokens[end + 1].spacing == .none,
      let (c, e) = countedNoun(from: end + 2, allowOf: false), let members = nouns.strongGroups[c]
    {
      return (members, e)
    }
    return nil
  }

  /// True when a verb of employing or of working at a place ends the few words before the count: "will employ
  /// 350 people", "на заводе будут работать 350 человек", "працюватимуть понад 300 людей" count jobs, the same
  /// thing as "530 jobs" or "300 рабочих мест"; "350 people attended" stays a count of people.
  private func employedBefore(_ start: Int) -> Bool {
    var k = start - 1
    var seen = 0
    while k >= 0, seen < 3 {
      let t = tokens[k]
      guard t.kind == .word else { return false }
      if AmountReader.employmentVerbs.contains(t.key) { return true }
      seen += 1
      k -= 1
    }
    return false
  }

  /// Verbs whose people are a workforce: employing and hiring, and working at a place in the present or future.
  static let employmentVerbs: WordSet = [
    "employ", "employs", "employed", "employing", "hire", "hires", "hired", "hiring", "работать", "работают",
    "работает", "трудиться", "трудятся", "трудоустроят", "трудоустроит", "наймет", "наймут", "нанять", "працювати",
    "працюватимуть", "працюватиме", "працюють", "працює", "найме", "наймуть", "найняти", "працевлаштують",
  ]

  /// English plural nouns that do not end in -s.
  static let englishPlurals: WordSet = [
    "people", "children", "aircraft", "staff", "police", "personnel", "troops", "media", "memoranda", "dead",
    "wounded", "injured", "killed", "uavs", "pows",
  ]

  /// False for "two delegation leaders": an English singular noun after a number above one heads a compound.
  private func agrees(_ value: Double, noun t: Token) -> Bool {
    guard language == .en, value != 1 else { return true }
    return t.normHasSuffix("s") || AmountReader.englishPlurals.contains(t.key)
  }

  private func isModifier(_ t: Token) -> Bool {
    switch language {
    case .en:
      if AmountReader.englishStops.contains(t.key) || t.normLength < 3 { return false }
      if t.normHasSuffix("ed") && !t.isCapitalized && !AmountReader.englishParticipleModifiers.contains(t.key) {
        return false
      }
      return true
    case .ru, .uk:
      if AmountReader.slavicPossessives.contains(t.key) { return true }
      for e in AmountReader.slavicAdjectiveEndingKeys
      where t.normLength > e.count + 4 && t.normHasSuffix(e) {
        return true
      }
      return false
    }
  }
}
