import FactDiffModel

/// What a person mention says about the name: given name, initials, and the readings of the surname that fit the
/// words around it (a preposition's case, a title's case and gender, a verb's gender).
public struct NameAnalysis: Sendable {
  /// Known given names the first word can be (indices into `GivenNames.names`); empty when unknown or absent.
  public var given: [Int] = []
  /// The first word, folded, when it is a given name the tables do not know ("неманей", "sonata").
  public var unknownGiven: String?
  /// Initials, folded ("s", "с").
  public var initials: [String] = []
  /// The surname as written, folded, particles and possessive removed ("досари", "vorontsov").
  public var surname: String = ""
  /// The words between the first and the last, folded ("чжи" in "Пак Чжи Хун", "ji" in "Park Ji-hoon").
  public var middle: [String] = []
  /// The readings of the surname that fit the context (never empty when `surname` is not).
  public var readings: [SurnameReading] = []
  /// The person's gender as far as the words tell.
  public var gender: NameGender = .unknown
  /// The language the name is written in (for transliteration).
  public var language: Language

  /// True when the mention carries a given name or initials, not just a surname.
  public var hasGiven: Bool { !given.isEmpty || unknownGiven != nil || !initials.isEmpty }

  /// Analyses the person fact `fact` of `doc`.
  public static func of(_ doc: EntityScan, fact: Fact) -> NameAnalysis {
    let tokens = doc.tokens
    let script: Language =
      fact.text.unicodeScalars.contains { $0.value >= 0x0400 && $0.value <= 0x04FF }
      ? doc.language == .en ? .ru : doc.language : .en
    var a = NameAnalysis(language: script)
    let start = doc.tokenIndex(atOrAfter: fact.range.start)
    var end = start
    while end < tokens.count, tokens[end].start < fact.range.end { end += 1 }
    guard start < end else { return a }
    let lexicon = NameLexicon.of(doc.language)
    // Name parts: words, hyphenated compounds joined, particles dropped.
    var parts: [(text: String, first: Int)] = []
    var k = start
    while k < end {
      let t = tokens[k]
      if t.kind != .word || (!t.isCapitalized && lexicon.particles.contains(doc.keys[k])) {
        k += 1
        continue
      }
      var word = EntityWords.stripPossessive(homoglyphFolded(t))
      let first = k
      while k + 2 < end, tokens[k + 1].key == "-", tokens[k + 2].kind == .word, tokens[k + 2].isCapitalized {
        word += "-" + EntityWords.stripPossessive(homoglyphFolded(tokens[k + 2]))
        k += 2
      }
      if PersonExtractor.isInitial(tokens, first) && first == k {
        a.initials.append(word)
      } else {
        parts.append((word, first))
      }
      k += 1
    }
    guard let last = parts.last else { return a }
    a.surname = last.text
    if parts.count >= 3 { a.middle = parts[1..<(parts.count - 1)].map(\.text) }
    // A capitalised particle joined to the surname ("Al-Dosari") is still a particle.
    if let dash = a.surname.firstIndex(of: "-"), lexicon.particles.contains(WordHash.of(String(a.surname[..<dash]))) {
      a.surname = String(a.surname[a.surname.index(after: dash)...])
    }
    var genderVotes: [NameGender] = []
    var cases: CaseSet = .all
    if parts.count >= 2 {
      let g = parts[0]
      let forms = GivenNames.match(doc, at: g.first)?.forms ?? GivenNames.forms(of: g.text)
      if forms.isEmpty {
        a.unknownGiven = g.text
      } else {
        a.given = Array(Set(forms.map(\.name))).sorted()
        let genders = Set(a.given.map { GivenNames.names[$0].gender })
        if genders.count == 1, let only = genders.first, only != .unknown { genderVotes.append(only) }
        if script != .en {
          cases = forms.reduce(CaseSet()) { $0.union($1.cases) }
        }
      }
    }
    if script != .en {
      // The title before the name: its head's case and gender.
      var leftEdge = start
      if let role = titleBefore(doc, start) {
        leftEdge = role.range.lowerBound
        if role.feminine { genderVotes.append(.feminine) }
        if role.headCases != .all, !role.headCases.isEmpty {
          // The title's case wins over the given name's: foreign given names often do not decline
          // ("с министром Нгуен Ван Тханем").
          let both = cases.intersection(role.headCases)
          cases = both.isEmpty ? role.headCases : both
        }
      }
      // A preposition right before the name (or its title).
      if let governed = government(doc, before: leftEdge, lexicon) {
        // The preposition's case wins over an undeclined foreign given name's ("с Хироси Такэдой").
        let both = cases.intersection(governed)
        cases = both.isEmpty ? governed : both
      }
      if let g = verbGender(doc, before: leftEdge, after: end) { genderVotes.append(g) }
    } else if let role = titleBefore(doc, start), role.feminine {
      genderVotes.append(.feminine)
    }
    if genderVotes.contains(.feminine) && !genderVotes.contains(.masculine) {
      a.gender = .feminine
    } else if genderVotes.contains(.masculine) && !genderVotes.contains(.feminine) {
      a.gender = .masculine
    }
    let all = SurnameForms.readings(a.surname, language: script == .en ? .en : doc.language)
    let byGender = all.filter { $0.gender.agrees(with: a.gender) }
    let byBoth = byGender.filter { !$0.cases.isDisjoint(with: cases) }
    // The word taken as written (any gender, any case) is the last resort: when the context's cases leave only
    // it, a declined reading of the right gender is still the better one ("Юлії Сафронової" after a title whose
    // case was misread is Сафронова, not "Сафронової").
    func literal(_ r: SurnameReading) -> Bool { r.gender == .unknown && r.cases == .all && r.lemma == a.surname }
    let declined = byGender.filter { !literal($0) }
    if !declined.isEmpty && !byBoth.isEmpty && byBoth.allSatisfy(literal) {
      a.readings = declined + byBoth
    } else {
      a.readings = !byBoth.isEmpty ? byBoth : !byGender.isEmpty ? byGender : all
    }
    if a.gender == .unknown {
      let genders = Set(a.readings.map(\.gender))
      if genders.count == 1, let only = genders.first { a.gender = only }
    }
    return a
  }

  /// The title ending right before token `start`, if any.
  static func titleBefore(_ doc: EntityScan, _ start: Int) -> RoleSpan? {
    guard start > 0 else { return nil }
    var s = max(0, start - 14)
    while s < start {
      if doc.tokens[s].kind == .word, let r = RoleParser.parse(doc, at: s, limit: start), r.range.upperBound == start {
        return r
      }
      s += 1
    }
    return nil
  }

  /// The cases a preposition or fixed phrase right before token `i` governs.
  static func government(_ doc: EntityScan, before i: Int, _ lexicon: NameLexicon) -> CaseSet? {
    for length in 1...3 where i - length >= 0 {
      let s = i - length
      guard doc.tokens[s].kind == .word else { continue }
      if let m = lexicon.government.longest(doc, at: s),
        m.end == i
      {
        return m.value
      }
    }
    return nil
  }

  /// The gender a past-tense verb next to the name shows ("заявила Анна…", "…Семенова повідомила").
  static func verbGender(_ doc: EntityScan, before left: Int, after right: Int) -> NameGender? {
    if let a = AttributionWords.attribution(doc, at: right), a.gender != .unknown { return a.gender }
    if let a = AttributionWords.attribution(doc, endingBefore: left), a.gender != .unknown { return a.gender }
    let tokens = doc.tokens
    var k = right
    if k < tokens.count, tokens[k].key == "," { return nil }
    for j in [k, left - 1] where j >= 0 && j < tokens.count {
      let t = tokens[j]
      guard t.kind == .word, !t.isCapitalized, t.norm.count >= 5 else { continue }
      if t.norm.hasSuffix("ла") || t.norm.hasSuffix("лась") { return .feminine }
      if doc.language == .ru,
        t.norm.hasSuffix("ил") || t.norm.hasSuffix("ал") || t.norm.hasSuffix("ел") || t.norm.hasSuffix("лся")
      {
        return .masculine
      }
      if doc.language == .uk, t.norm.hasSuffix("ив") || t.norm.hasSuffix("ав") || t.norm.hasSuffix("ів") {
        return .masculine
      }
    }
    k += 0
    return nil
  }

  /// The folded word with homoglyphs of the other script replaced (a Latin name typed with a Cyrillic "а").
  static func homoglyphFolded(_ t: Token) -> String {
    guard t.flags.contains(.mixedScript) else { return t.norm }
    return Homoglyphs.unmix(t.norm)
  }
}

/// Letters that look alike in Latin and Cyrillic.
public enum Homoglyphs {
  private static let toLatin: [Character: Character] = [
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y",
    "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w",
  ]
  private static let toCyrillic: [Character: Character] = [
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "k": "к", "m": "м", "h": "н",
    "t": "т", "b": "в",
  ]

  /// A mixed-script word rewritten in the script most of its letters are in ("lаvrov" with a Cyrillic а →
  /// "lavrov").
  public static func unmix(_ word: String) -> String {
    var cyr = 0
    var lat = 0
    for u in word.unicodeScalars {
      if u.value >= 0x0400 && u.value <= 0x04FF { cyr += 1 } else if u.properties.isAlphabetic { lat += 1 }
    }
    let map = lat >= cyr ? toLatin : toCyrillic
    return String(word.map { map[$0] ?? $0 })
  }
}
