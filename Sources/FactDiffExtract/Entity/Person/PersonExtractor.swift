import FactDiffModel

/// A person's name found in the text, with the title written with it.
struct PersonMention: Sendable {
  /// Tokens of the name as written (no title).
  var range: Range<Int>
  /// Byte range of the name (an English possessive "'s" left out).
  var bytes: TextRange
  var role: RoleSpan?
  /// Tokens of the title before the name, if any (for attendance and quotes, the mention starts there).
  var titleStart: Int?
  var attendance: Attendance?
}

/// Finds people's names: a known given name and a surname, initials and a surname, a name right after a title or
/// before an apposition ("Oleg Brusnitsyn, Russia's deputy transport minister"), a name next to an attribution
/// verb, a word shaped like a Slavic surname, and every later bare use of a surname already found.
enum PersonExtractor {
  /// Pass 1 (before places are marked): names with a known given name or initials, and names right after a title.
  static func findNamed(_ doc: EntityScan, roles: [RoleSpan], taken: inout [Bool]) -> [PersonMention] {
    let tokens = doc.tokens
    let lexicon = NameLexicon.of(doc.language)
    let roleEndingAt = RoleIndex(roles, byEnd: true)
    var found: [PersonMention] = []
    found.reserveCapacity(8)
    var i = 0
    while i < tokens.count {
      defer { i += 1 }
      guard !taken[i] else { continue }
      // "Vice Minister Park Ji-hoon": a Chinese or Korean family name that is also a common word opens a name
      // when given-name syllables follow it.
      let opens = startsName(doc, i, lexicon)
      guard opens || familyFirstWord(doc, i) else { continue }
      let candidate =
        opens ? nameRun(doc, from: i, lexicon: lexicon, taken: taken) : familyFirstRun(doc, i, lexicon, taken)
      guard var run = candidate else { continue }
      let givenAtI = GivenNames.starts(doc, at: i)
      // "директор порта Марис Озолс", "керівника служби Маріса Озолса": a title, one or two lower-case words of its
      // organisation in the genitive, then two name words, neither shaped like an adjective ("директор завода
      // Красный Октябрь" names the plant): a name, with a given name the lexicon may not know.
      var titledThroughOrganisation: Int? = nil
      if doc.language != .en, !givenAtI, run.count == 2, doc.marks[i + 1].contains(.word),
        !adjectiveShaped(tokens[i].norm), !adjectiveShaped(tokens[i + 1].norm), !Gazetteer.table.starts(doc, i),
        !Gazetteer.table.starts(doc, i + 1), !OrganisationWords.heads.contains(doc.bareKeys[i])
      {
        titledThroughOrganisation = roleEndingAt[i]
        var k = i - 1
        while titledThroughOrganisation == nil, k > 0, k >= i - 2, doc.marks[k].contains(.word),
          !tokens[k].isCapitalized,
          VenueFinder.qualifies(tokens[k].norm, doc.language)
        {
          if let r = roleEndingAt[k] {
            titledThroughOrganisation = r
            break
          }
          k -= 1
        }
      }
      if !givenAtI && afterClassNoun(doc, i) && !isInitial(tokens, i) && titledThroughOrganisation == nil {
        // "the state company Turkmengaz", "в провинции Донгнай": the name of a company or a place.
        i = run.upperBound - 1
        continue
      }
      var titled = roleEndingAt[i]
      if titled == nil, doc.language == .en, i >= 1, doc.keys[i - 1] == Keys.comma { titled = roleEndingAt[i - 1] }
      if titled == nil, doc.language == .en, givenAtI { titled = roleBeforeOrganisation(doc, i, roleEndingAt) }
      if titled == nil { titled = titledThroughOrganisation }
      // "заместителя гендиректора Росатома Юрия Белоусова": the title's organisation before the given name.
      if titled != nil, !givenAtI, let k = givenNameInside(doc, run) {
        run = k..<run.upperBound
      }
      // "заместитель министра торговли Кореи Пак Чжи Хун": the title's country before the name.
      if titled != nil, !givenAtI, Gazetteer.table.starts(doc, run.lowerBound),
        let m = Gazetteer.table.longest(doc, at: run.lowerBound), m.end < run.upperBound,
        doc.marks[m.end].contains(.word)
      {
        run = m.end..<run.upperBound
      }
      let start = run.lowerBound
      var wordsInRun = 0
      for k in run where doc.marks[k].contains(.word) { wordsInRun += 1 }
      let lastIsInitial = isInitial(tokens, lastWord(tokens, run))
      let given = start == i ? givenAtI : GivenNames.starts(doc, at: start)
      let initial = isInitial(tokens, start)
      // "Mr Lavrov", "Mr. Lavrov", "госпожа Захарова".
      let addressed =
        (i >= 1 && lexicon.honorifics.contains(doc.keys[i - 1]))
        || (i >= 2 && doc.keys[i - 1] == Keys.dot && lexicon.honorifics.contains(doc.keys[i - 2]))
      guard !lastIsInitial, titled != nil || addressed || ((given || initial) && wordsInRun >= 2) else { continue }
      // A title's object rather than a name: "председатель Управления атомных электростанций", "заместитель
      // Председателя Кабинета Министров", "director of the Vietnam Atomic Energy Institute".
      if !given, !initial, !addressed, partOfProperName(doc, run, lexicon) {
        i = run.upperBound - 1
        continue
      }
      for t in run { taken[t] = true }
      found.append(mention(doc, run, titled.map { roles[$0] }))
      i = run.upperBound - 1
    }
    return found
  }

  /// Passes 2 and 3 (after places are marked): names before an apposition or next to an attribution verb,
  /// surname-shaped words, then every other use of a surname found so far. Returns all mentions in text order.
  static func findRest(
    _ doc: EntityScan, roles: [RoleSpan], found named: consuming [PersonMention], taken: inout [Bool]
  ) -> [PersonMention] {
    let tokens = doc.tokens
    let lexicon = NameLexicon.of(doc.language)
    let roleStartingAt = RoleIndex(roles, byEnd: false)
    let roleEndingAt = RoleIndex(roles, byEnd: true)
    var found = named
    var i = 0
    while i < tokens.count {
      defer { i += 1 }
      guard !taken[i], startsName(doc, i, lexicon) else { continue }
      guard let run = nameRun(doc, from: i, lexicon: lexicon, taken: taken) else { continue }
      if afterClassNoun(doc, i) && !GivenNames.starts(doc, at: i) && !isInitial(tokens, i) {
        i = run.upperBound - 1
        continue
      }
      let last = EntityWords.stripPossessive(tokens[lastWord(tokens, run)].norm)
      var role: Int?
      var ok = false
      if let k = appositionRole(doc, after: run.upperBound, roleStartingAt) {
        role = k
        ok = true
      }
      let initialPosition = isSentenceInitial(doc, i)
      // In a Russian or Ukrainian report a Latin word is a name only by its shape ("Bloomberg", "Chevron" are not).
      let foreignScript = doc.language != .en && !tokens[i].flags.contains(.cyrillic)
      if !ok, !foreignScript, !afterLocative(doc, i),
        AttributionWords.attribution(doc, endingBefore: i) != nil
          || AttributionWords.attribution(doc, at: run.upperBound) != nil
      {
        ok = !initialPosition || SurnameForms.looksLikeSurname(last)
      }
      // A surname-shaped word followed by another capitalised word is an adjective of a proper name
      // ("Запорожскую АЭС", "Петербургский Форум").
      let capitalFollows =
        run.upperBound < tokens.count && doc.marks[run.upperBound].contains(.word)
        && !doc.marks[run.upperBound].isDisjoint(with: [.capitalized, .allCaps])
      if !ok, !initialPosition, SurnameForms.looksLikeSurname(last), !adjectiveFollows(tokens, run.upperBound),
        !capitalFollows, !placeNounFollows(doc, run.upperBound)
      {
        ok = true
      }
      // Two or three capitalised words inside a sentence, none a known word of another kind: "talks with Sonata
      // Coulter", "з Сонатою Култер".
      if !ok, !initialPosition, !foreignScript, pairLooksLikeName(doc, run) { ok = true }
      // "Yuliia Hrytsenko and Saša Obradović signed": a full name joined by "and" to a person's name is one too.
      if !ok, !initialPosition, doc.language == .en, afterPersonAnd(doc, run, found) { ok = true }
      guard ok else { continue }
      for t in run { taken[t] = true }
      found.append(mention(doc, run, role.map { roles[$0] }))
      i = run.upperBound - 1
    }
    // Every other use of a surname already found ("Vorontsov's presence", "Від Єршова").
    var bases: Set<String> = []
    var readingsOf: [UInt64: [SurnameReading]] = [:]
    func readings(_ i: Int) -> [SurnameReading] {
      if let r = readingsOf[doc.bareKeys[i]] { return r }
      let r = SurnameForms.readings(EntityWords.stripPossessive(tokens[i].norm), language: doc.language)
      readingsOf[doc.bareKeys[i]] = r
      return r
    }
    // The family name of a Chinese or Korean name is the one used alone ("Park", «Пак»).
    var familyKeys: Set<UInt64> = []
    for m in found {
      for r in readings(lastWord(tokens, m.range)) { bases.insert(r.base) }
      let first = m.range.lowerBound
      if m.range.count >= 2, isFamilyName(doc, first) {
        familyKeys.insert(doc.bareKeys[first])
        for r in readings(first) { bases.insert(r.base) }
      }
    }
    if !bases.isEmpty {
      // Only words that begin like a known surname are read (readings allocate): every case form of a surname
      // keeps all of its base but the last two letters.
      var byPrefix = SmallGroups<[UInt8]>()
      for b in bases { byPrefix.append(Array(b.utf8), to: prefixKey(b)) }
      for i in tokens.indices where !taken[i] && doc.isCapitalizedWord(i) {
        if doc.marks[i].contains(.allCaps) { continue }
        guard let candidates = byPrefix[prefixKey(tokens[i].key)] else { continue }
        let word = Array(EntityWords.stripPossessive(tokens[i].norm).utf8)
        let close = candidates.contains { base in
          var common = 0
          while common < base.count, common < word.count, base[common] == word[common] { common += 1 }
          let slack = base.first.map { $0 >= 0xC0 ? 4 : 2 } ?? 2
          return common >= base.count - slack && word.count <= base.count + 3 * slack
        }
        let family = familyKeys.contains(doc.bareKeys[i])
        guard close, family || !lexicon.stopWords.contains(doc.keys[i]) else { continue }
        if family, i + 1 < tokens.count, doc.isCapitalizedWord(i + 1), tokens[i + 1].spacing == .space { continue }
        guard readings(i).contains(where: { bases.contains($0.base) }) else { continue }
        taken[i] = true
        // "Rajesh Mehra" after "Anil Mehra": a capitalised word right before a known surname is a given name.
        var first = i
        if i >= 1, !taken[i - 1], tokens[i].spacing == .space, startsName(doc, i - 1, lexicon),
          !isInitial(tokens, i - 1), !doc.isPossessive(i - 1),
          !RoleVocabulary.table(doc.language).contains(doc.bareKeys[i - 1]),
          !OrganisationWords.heads.contains(doc.keys[i - 1]), !afterClassNoun(doc, i - 1),
          doc.language == .en || doc.tokens[i - 1].flags.contains(.cyrillic)
        {
          first = i - 1
          taken[first] = true
        }
        found.append(mention(doc, first..<(i + 1), roleEndingAt[first].map { roles[$0] }))
      }
    }
    // A plural title goes with every name of the list after it ("energy ministers, X and Y").
    found.sort { $0.range.lowerBound < $1.range.lowerBound }
    for k in found.indices.dropFirst() where found[k].role == nil {
      guard let r = found[k - 1].role, r.plural, r.range.upperBound <= found[k - 1].range.lowerBound else { continue }
      let gap = tokens[found[k - 1].range.upperBound..<found[k].range.lowerBound]
      if !gap.isEmpty, gap.allSatisfy({ [",", "and", "и", "і", "й", "та"].contains($0.norm) }) { found[k].role = r }
    }
    // A title written after the name ("Peskov, the Kremlin's spokesman") goes with it too.
    for k in found.indices where found[k].role == nil {
      if let r = appositionRole(doc, after: found[k].range.upperBound, roleStartingAt) { found[k].role = roles[r] }
    }
    // Already in text order (sorted above, a stable sort; only roles changed since).
    return found
  }

  /// True when a known Chinese or Korean family name starts at token `i`.
  static func isFamilyName(_ doc: EntityScan, _ i: Int) -> Bool {
    guard GivenNames.starts(doc, at: i), let m = GivenNames.match(doc, at: i), m.end == i + 1 else { return false }
    return m.forms.contains { f in
      let canon = GivenNames.names[f.name].canon
      return canon.hasPrefix("zh-") || canon.hasPrefix("ko-")
    }
  }

  /// A capitalised common word at token `i` that is a Chinese or Korean family name ("Park", "Song").
  static func familyFirstWord(_ doc: EntityScan, _ i: Int) -> Bool {
    doc.isCapitalizedWord(i) && !doc.marks[i].contains(.allCaps) && i + 1 < doc.tokens.count
      && doc.isCapitalizedWord(i + 1) && isFamilyName(doc, i)
  }

  /// The run of a family-first name whose family name is a common word: the family name and the name words after
  /// it ("Park Ji-hoon").
  static func familyFirstRun(_ doc: EntityScan, _ i: Int, _ lexicon: NameLexicon, _ taken: [Bool]) -> Range<Int>? {
    guard doc.tokens[i + 1].spacing == .space,
      let rest = nameRun(doc, from: i + 1, lexicon: lexicon, taken: taken, syllables: true)
    else { return nil }
    return i..<rest.upperBound
  }

  /// The first token of a run, after the first, where a known given name starts, when the words before it do not
  /// look like a surname (an organisation or a country after a title: "Росрыболовства Петр Савельев").
  static func givenNameInside(_ doc: EntityScan, _ run: Range<Int>) -> Int? {
    let tokens = doc.tokens
    var k = run.lowerBound + 1
    while k < run.upperBound {
      if tokens[k].kind == .word, !isInitial(tokens, k), GivenNames.starts(doc, at: k) {
        let rest = (k..<run.upperBound).filter { tokens[$0].kind == .word }.count
        guard rest >= 2 else { return nil }
        for j in run.lowerBound..<k where tokens[j].kind == .word {
          if SurnameForms.looksLikeSurname(EntityWords.stripPossessive(tokens[j].norm)) { return nil }
        }
        return k
      }
      k += 1
    }
    return nil
  }

  /// True when a run without a given name is part of a longer proper name: followed by a lower-case adjective
  /// (Russian, Ukrainian), by a capitalised title or organisation word, or by another capitalised word that is
  /// never a name.
  static func partOfProperName(_ doc: EntityScan, _ run: Range<Int>, _ lexicon: NameLexicon) -> Bool {
    let tokens = doc.tokens
    let next = run.upperBound
    guard next < tokens.count, tokens[next].spacing < .newline else { return false }
    if doc.language != .en, adjectiveFollows(tokens, next) { return true }
    guard doc.marks[next].contains(.word), !doc.marks[next].isDisjoint(with: [.capitalized, .allCaps]) else {
      return false
    }
    if lexicon.stopWords.contains(doc.bareKeys[next]) || OrganisationWords.heads.contains(doc.bareKeys[next]) {
      return true
    }
    let roleTable = RoleVocabulary.table(doc.language)
    if roleTable.hasSingleWord(doc.bareKeys[next]) { return true }
    return false
  }

  /// True when token `i` follows a preposition of place that does not take a person ("in", "at", «в», «во»): the
  /// word is where something happened, even next to a speech verb ("stuck in Bukovel, the service said", «застрягли
  /// в Буковелі, повідомила служба»). Ukrainian «у» and «на» are left out: they also come before people («у
  /// Коваленка», «на Коваленка»).
  static func afterLocative(_ doc: EntityScan, _ i: Int) -> Bool {
    guard i >= 1, doc.marks[i - 1].contains(.word) else { return false }
    return locatives.contains(doc.keys[i - 1])
  }

  private static let locatives = WordHash.set(["in", "at", "в", "во"])

  /// True when the word before token `i` is a lower-case noun naming a kind of organisation or place ("company",
  /// "province", "госкорпорации", "провинції"): what follows is that organisation's or place's name.
  static func afterClassNoun(_ doc: EntityScan, _ i: Int) -> Bool {
    var j = i - 1
    // «Росатом», "the company “Rosatom”".
    if j >= 0, doc.marks[j].contains(.quote) { j -= 1 }
    guard j >= 0, doc.marks[j].contains(.word), !doc.marks[j].contains(.capitalized) else { return false }
    return OrganisationWords.classNouns(doc.language).contains(doc.keys[j])
  }

  /// True when, from token `j` on, a lower-case noun of a kind of place or organisation follows, perhaps after
  /// other capitalised adjectives of a list: the surname-shaped word before is an adjective of that place
  /// ("в Житомирской и Черниговской областях", "Каспийского моря", "Житомирської та Чернігівської областей").
  static func placeNounFollows(_ doc: EntityScan, _ j: Int) -> Bool {
    guard doc.language != .en else { return false }
    let tokens = doc.tokens
    var k = j
    var hops = 0
    while k < tokens.count, hops < 6, tokens[k].spacing < .newline {
      if listJoiners.contains(doc.keys[k]) || doc.keys[k] == Keys.comma {
        k += 1
        hops += 1
        continue
      }
      if doc.isCapitalizedWord(k), adjectiveShaped(tokens[k].norm) {
        k += 1
        hops += 1
        continue
      }
      break
    }
    guard k < tokens.count, doc.marks[k].contains(.word), !doc.isCapitalizedWord(k) else { return false }
    return placeNouns.contains(doc.keys[k]) || OrganisationWords.classNouns(doc.language).contains(doc.keys[k])
  }

  private static let listJoiners = WordHash.set(["и", "і", "й", "та"])

  /// Plural and other forms of nouns of regions and waters that the class nouns (singular forms) leave out.
  private static let placeNouns = WordHash.set([
    "области", "областей", "областям", "областями", "областях", "регионы", "регионов", "регионам", "регионах",
    "районы", "районов", "районах", "края", "краев", "краях", "море", "моря", "морей", "морях", "округа", "округов",
    "губернии", "губерний", "області", "областей", "областям", "областях", "регіони", "регіонів", "регіонах",
    "райони", "районів", "районах", "краї", "країв", "морі", "морів", "губернії", "губерній",
  ])

  /// A Russian or Ukrainian adjective ending, of any gender, number and case.
  static func adjectiveShaped(_ w: String) -> Bool {
    w.count >= 5 && adjectiveSuffixes.contains { w.hasSuffix($0) }
  }

  private static let adjectiveSuffixes = [
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ую", "юю", "ых", "их", "ым",
    "им", "ыми", "ими", "ої", "ій", "ою", "ька", "ьке", "ькі",
  ]

  /// A run of two or three name words inside a sentence that reads as a name: in Russian and Ukrainian none of them
  /// shaped like an adjective (proper-name phrases: "Государственная Дума"); in English right after "with", "by",
  /// "met" and the like, and not followed by another capitalised word.
  static func pairLooksLikeName(_ doc: EntityScan, _ run: Range<Int>) -> Bool {
    let tokens = doc.tokens
    let words = run.filter { tokens[$0].kind == .word }
    guard words.count >= 2, words.count <= 3, !words.contains(where: { isInitial(tokens, $0) }) else { return false }
    if doc.language == .en {
      guard run.lowerBound > 0, run.upperBound < tokens.count else { return false }
      guard nameLeaders.contains(doc.keys[run.lowerBound - 1]) else { return false }
      return !doc.isCapitalizedWord(run.upperBound)
    }
    for k in words where adjectiveFollows(tokens, k, anyCase: true) { return false }
    return !adjectiveFollows(tokens, run.upperBound)
  }

  /// True when two or three capitalised words (no initial, no capitalised word after them) follow "and" right
  /// after a person's name: "Yuliia Hrytsenko and Saša Obradović signed".
  static func afterPersonAnd(_ doc: EntityScan, _ run: Range<Int>, _ found: [PersonMention]) -> Bool {
    let tokens = doc.tokens
    let words = run.filter { tokens[$0].kind == .word }
    guard words.count >= 2, words.count <= 3, !words.contains(where: { isInitial(tokens, $0) }),
      run.lowerBound >= 2, run.upperBound < tokens.count, doc.keys[run.lowerBound - 1] == Keys.and,
      !doc.isCapitalizedWord(run.upperBound)
    else { return false }
    let before = run.lowerBound - 2
    return found.contains { $0.range.upperBound == before + 1 && $0.range.count >= 2 }
  }

  private static let nameLeaders = WordHash.set([
    "with", "by", "including", "between", "met", "meet", "meeting", "told", "joined",
  ])

  /// A lower-case adjective right after a capitalised word: part of a proper name ("Петербургский международный
  /// форум"), not a person.
  static func adjectiveFollows(_ tokens: [Token], _ j: Int, anyCase: Bool = false) -> Bool {
    guard j < tokens.count, tokens[j].kind == .word, anyCase || !tokens[j].isCapitalized,
      tokens[j].flags.contains(.cyrillic)
    else {
      return false
    }
    // At least five letters (ten bytes of Cyrillic); the ending compared as bytes of the token's key.
    let key = tokens[j].key
    let n = Int(key.length)
    guard n >= 10 else { return false }
    if n > 32 {
      let w = tokens[j].norm.utf8
      return adjectiveEndings.contains { w.reversed().starts(with: $0.reversed()) }
    }
    return withUnsafeBytes(of: (key.a, key.b, key.c, key.d)) { raw in
      adjectiveEndings.contains { e in
        e.count <= n && zip(raw[(n - e.count)..<n], e).allSatisfy { $0 == $1 }
      }
    }
  }

  private static let adjectiveEndings: [[UInt8]] = [
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ую", "юю", "ых", "их", "ська",
    "ське", "ські",
    // Ukrainian feminine genitive and dative ("Центру протимінної діяльності", "Служби безпеки").
    "ої",
  ].map { Array($0.utf8) }

  /// `prefixKey` of a token's folded form, read from its key.
  @inline(__always) static func prefixKey(_ key: WordKey) -> UInt64 {
    let n = min(6, Int(key.length))
    return withUnsafeBytes(of: key.a) { raw in
      var k: UInt64 = 0
      for j in 0..<n { k = k << 8 | UInt64(raw[j]) }
      return k
    }
  }

  /// The first six UTF-8 bytes of a word as a number (three Cyrillic letters, six Latin ones).
  @inline(__always) static func prefixKey(_ w: String) -> UInt64 {
    var k: UInt64 = 0
    var n = 0
    for b in w.utf8 {
      k = k << 8 | UInt64(b)
      n += 1
      if n == 6 { break }
    }
    return k
  }

  static func mention(_ doc: EntityScan, _ run: Range<Int>, _ role: RoleSpan?) -> PersonMention {
    var run = run
    // "al-Sulaiti told reporters", "ад-Досари": a lower-case particle joined to the first word is part of the name.
    let tokens = doc.tokens
    let i = run.lowerBound
    if i >= 2, tokens[i - 1].kind == .punct, doc.keys[i - 1] == Keys.dash, tokens[i - 1].spacing == .none,
      tokens[i].spacing == .none, doc.marks[i - 2].contains(.word), !doc.isCapitalizedWord(i - 2),
      NameLexicon.of(doc.language).particles.contains(doc.keys[i - 2])
    {
      run = (i - 2)..<run.upperBound
    }
    return PersonMention(
      range: run, bytes: nameBytes(doc, run), role: role,
      titleStart: role.flatMap { $0.range.upperBound <= run.lowerBound ? $0.range.lowerBound : nil })
  }

  /// The role index of a title in apposition right after a name: ", the Kremlin's spokesman", ", глава МИД".
  static func appositionRole(_ doc: EntityScan, after end: Int, _ roleStartingAt: RoleIndex) -> Int? {
    let tokens = doc.tokens
    guard end < tokens.count, doc.keys[end] == Keys.comma, tokens[end].kind == .punct else { return nil }
    var j = end + 1
    if doc.language == .en {
      while j < tokens.count, appositionFillers.contains(doc.keys[j]), roleStartingAt[j] == nil {
        j += 1
      }
      // ", the IAEA's deputy director general", ", Gazprom's export chief": the organisation before the title.
      if j + 1 < tokens.count, roleStartingAt[j] == nil, doc.marks[j].contains(.word),
        !doc.marks[j].isDisjoint(with: [.capitalized, .allCaps]), doc.isPossessive(j)
      {
        j += 1
      } else if j + 2 < tokens.count, roleStartingAt[j] == nil, doc.keys[j - 1] == Keys.the {
        // ", the port's chief executive", ", the fire service's regional chief": after "the", one or two lower-case
        // words of the body, the last with a possessive.
        for m in j..<min(j + 2, tokens.count - 1) {
          guard doc.marks[m].contains(.word), doc.marks[m].isDisjoint(with: [.capitalized, .allCaps]) else { break }
          if doc.isPossessive(m) {
            if roleStartingAt[m + 1] != nil { j = m + 1 }
            break
          }
        }
      }
    }
    return roleStartingAt[j]
  }

  /// English organisation names built on "Ministry of …", "Department of …", "Agency for …": the capitalised words
  /// after "of" or "for" (with commas, "and", "&" between them) belong to the organisation, not to people.
  static func markOrganisationNames(_ doc: EntityScan, _ taken: inout [Bool]) {
    guard doc.language == .en else { return }
    let tokens = doc.tokens
    let n = tokens.count
    func capital(_ k: Int) -> Bool {
      k < n && doc.marks[k].contains(.word) && !doc.marks[k].isDisjoint(with: [.capitalized, .allCaps])
        && tokens[k].spacing < .newline
    }
    let heads = OrganisationWords.ofHeads  // read once (a static costs a call per use)
    for i in 0..<n where doc.isCapitalizedWord(i) && heads.contains(doc.keys[i]) {
      var j = i + 1
      guard j < n, doc.keys[j] == Keys.of || doc.keys[j] == Keys.for_ else { continue }
      j += 1
      if j < n, doc.keys[j] == Keys.the { j += 1 }
      let first = j
      var personFollows = false
      while capital(j) {
        // Capitalised words up to a connector. A given name after the first word starts the name of the person
        // the title belongs to ("Head of the State Agency for Reconstruction Ostap Hrytsenko", "Chairman of the
        // Board of Gazprom Alexei Miller"): the organisation's name ends before it.
        while capital(j) {
          if j > first, GivenNames.starts(doc, at: j) {
            personFollows = true
            break
          }
          if let m = Gazetteer.table.longest(doc, at: j) {
            j = m.end
            continue
          }
          taken[j] = true
          j += 1
        }
        if personFollows { break }
        // ", Shipping and Waterways", "and Technology", "of Russia": go on only into more of the name.
        guard j + 1 < n, capital(j + 1) else { break }
        let connector = doc.keys[j]
        guard connector == Keys.comma || connector == Keys.and || connector == Keys.amp || connector == Keys.of,
          !GivenNames.starts(doc, at: j + 1)
        else { break }
        if connector == Keys.comma {
          // A list inside the name ends with "and": "Ports, Shipping and Waterways".
          var k = j + 1
          while capital(k) { k += 1 }
          guard k < n, doc.keys[k] == Keys.and || doc.keys[k] == Keys.comma || doc.keys[k] == Keys.amp else { break }
        }
        j += 1
      }
    }
  }

  /// The title ending right before "of"/"for" and an organisation's capitalised name that end at token `i`:
  /// "Head of the State Agency for Reconstruction Ostap Hrytsenko", "Chairman of the Board of Gazprom Alexei
  /// Miller". Only across capitalised words and the name's small words, at most a dozen tokens back.
  static func roleBeforeOrganisation(_ doc: EntityScan, _ i: Int, _ roleEndingAt: RoleIndex) -> Int? {
    var k = i - 1
    var nameWords = 0
    while k >= 0, i - k <= 12, doc.tokens[k + 1].spacing < .newline {
      let key = doc.keys[k]
      if key == Keys.of || key == Keys.for_ {
        if nameWords > 0, let r = roleEndingAt[k] { return r }
      } else if key == Keys.the || key == Keys.and {
        // small words inside the name
      } else if doc.isCapitalizedWord(k) {
        nameWords += 1
      } else {
        return nil
      }
      k -= 1
    }
    return nil
  }

  /// The last word token of a run.
  static func lastWord(_ tokens: [Token], _ run: Range<Int>) -> Int {
    var k = run.upperBound - 1
    while k > run.lowerBound, tokens[k].kind != .word { k -= 1 }
    return k
  }

  static func isInitial(_ tokens: [Token], _ i: Int) -> Bool {
    i + 1 < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalized && singleLetter(tokens[i])
      && tokens[i + 1].key == dotKey && tokens[i + 1].spacing == .none
  }

  private static let dotKey = WordKey(".")
  private static let appositionFillers = WordHash.set(["a", "an", "the", "who", "is", "was"])

  /// A token of one letter (one byte, or two for a letter outside ASCII).
  @inline(__always) static func singleLetter(_ t: Token) -> Bool {
    let n = t.key.length
    return n == 1 || (n == 2 && (t.key.a & 0xFF) >= 0xC0)
  }

  static func isSentenceInitial(_ doc: EntityScan, _ i: Int) -> Bool {
    let s = doc.sentences[doc.sentence(ofToken: i)]
    var k = s.tokens.lowerBound
    while k < i {
      if doc.tokens[k].kind != .punct { return false }
      k += 1
    }
    return true
  }

  /// A token that can open a name: a capitalised word that is not a stop word, or an initial.
  static func startsName(_ doc: EntityScan, _ i: Int, _ lexicon: NameLexicon) -> Bool {
    guard doc.isCapitalizedWord(i) else { return false }
    let tokens = doc.tokens
    if isInitial(tokens, i) { return true }
    if doc.marks[i].contains(.allCaps) { return false }
    if monthAsGivenName(doc, i, lexicon) { return true }
    return !lexicon.stopWords.contains(doc.keys[i]) && !lexicon.stopWords.contains(doc.bareKeys[i])
  }

  /// A given name spelled like a month's genitive ("Марта Зелиньска", "Мая Петренко"): Russian and Ukrainian
  /// write months in lower case, so a capitalised one inside a sentence, not after a figure and followed by a
  /// capitalised word that could be a surname, is the name.
  static func monthAsGivenName(_ doc: EntityScan, _ i: Int, _ lexicon: NameLexicon) -> Bool {
    let tokens = doc.tokens
    guard doc.language != .en, i >= 1, i + 1 < tokens.count, lexicon.months.contains(doc.bareKeys[i]),
      tokens[i - 1].kind != .number, doc.isCapitalizedWord(i + 1), !doc.marks[i + 1].contains(.allCaps),
      tokens[i + 1].spacing < .newline, !lexicon.stopWords.contains(doc.bareKeys[i + 1])
    else { return false }
    return GivenNames.starts(doc, at: i) && !isSentenceInitial(doc, i)
  }

  /// The tokens of a name starting at `i`: up to four capitalised words, with initials and their full stops,
  /// hyphenated parts and particles ("al-Dosari", "ад-Досари").
  static func nameRun(
    _ doc: EntityScan, from i: Int, lexicon: NameLexicon, taken: [Bool], syllables: Bool = false
  ) -> Range<Int>? {
    let tokens = doc.tokens
    let roleTable = RoleVocabulary.table(doc.language)
    var j = i
    var words = 0
    var end = i
    func isNameWord(_ k: Int) -> Bool {
      let t = tokens[k]
      guard t.kind == .word, t.isCapitalized, !taken[k] else { return false }
      if t.flags.contains(.allCaps) { return false }
      if isInitial(tokens, k) { return true }
      if lexicon.stopWords.contains(doc.bareKeys[k]) { return k == i && monthAsGivenName(doc, k, lexicon) }
      if t.key.length > 2, roleTable.hasSingleWord(doc.bareKeys[k]) {
        return false
      }
      return true
    }
    // A short lower-case word after a short name word and a hyphen ("Ji-hoon").
    func lowerSyllable(_ k: Int) -> Bool {
      let t = tokens[k]
      return t.kind == .word && !t.isCapitalized && !t.flags.contains(.cyrillic) && t.key.length <= 5
        && tokens[k - 2].key.length <= 5
    }
    while j < tokens.count, words < 4 {
      if j > i, tokens[j].spacing >= .newline { break }
      if isNameWord(j) {
        // A possessive ends the name.
        let possessive = doc.isPossessive(j)
        j += 1
        words += 1
        end = j
        if possessive { break }
        if j < tokens.count, doc.keys[j] == Keys.dot, tokens[j].spacing == .none, singleLetter(tokens[j - 1]) {
          j += 1
          end = j
          continue
        }
        // Hyphenated parts: "Kassym-Jomart", "Римский-Корсаков"; a lower-case syllable of a Chinese or Korean
        // given name ("Ji-hoon", "Kim Jong-un").
        while j + 1 < tokens.count, doc.keys[j] == Keys.dash, tokens[j].spacing == .none,
          !tokens[j].flags.contains(.longDash),
          tokens[j + 1].spacing == .none,
          isNameWord(j + 1) || lowerSyllable(j + 1) && (syllables || isFamilyName(doc, i))
        {
          j += 2
          end = j
        }
        continue
      }
      // Particles: "al-Dosari", "von der Leyen".
      if words > 0, tokens[j].kind == .word, !tokens[j].isCapitalized, lexicon.particles.contains(doc.keys[j]) {
        var k = j + 1
        if k < tokens.count, doc.keys[k] == Keys.dash, tokens[k].spacing == .none { k += 1 }
        if k < tokens.count, lexicon.particles.contains(doc.keys[k]) { k += 1 }
        if k < tokens.count, isNameWord(k) {
          j = k
          continue
        }
      }
      break
    }
    guard words > 0 else { return nil }
    // "the Lester B. Pearson Building", "John F. Kennedy Airport": a place named after a person, not the person.
    if doc.language == .en, words >= 2, OrganisationWords.namedAfterHeads.contains(doc.bareKeys[end - 1]) {
      return nil
    }
    if doc.language == .en, end < tokens.count, tokens[end].spacing == .space, doc.isCapitalizedWord(end),
      OrganisationWords.namedAfterHeads.contains(doc.bareKeys[end])
    {
      return nil
    }
    return i..<end
  }

  /// The byte range of a name, an English possessive left out.
  static func nameBytes(_ doc: EntityScan, _ run: Range<Int>) -> TextRange {
    var r = doc.byteRange(run)
    let last = doc.tokens[run.upperBound - 1]
    if last.kind == .word, EntityWords.isPossessive(last.norm) {
      let text = doc.source.snippet(TextRange(last.start, last.end))
      // Cut at the last apostrophe (', ’ or ʼ).
      if let cut = text.unicodeScalars.lastIndex(where: { $0 == "'" || $0 == "\u{2019}" || $0 == "\u{02BC}" }) {
        let bytes = text.unicodeScalars[..<cut].reduce(0) { $0 + UTF8.width($1) }
        r = TextRange(r.start, last.start + bytes)
      }
    }
    return r
  }
}

/// The first title (lowest index) starting, or ending, at a token.
struct RoleIndex {
  private let index: PositionIndex

  init(_ roles: [RoleSpan], byEnd: Bool) {
    index = PositionIndex(roles.indices.map { byEnd ? roles[$0].range.upperBound : roles[$0].range.lowerBound })
  }

  subscript(_ token: Int) -> Int? { index.first(at: token) }
}

/// Values grouped under 64-bit keys, for the few groups of one report (the surnames it names): a scan of the keys
/// costs less than hashing one with `Dictionary`'s SipHash, and each capitalised word is looked up. Groups keep the
/// order their values were appended in, as `[UInt64: [Value]]` with `default: []` would.
struct SmallGroups<Value> {
  private var keys: [UInt64] = []
  private var groups: [[Value]] = []

  mutating func append(_ value: Value, to key: UInt64) {
    if let k = keys.firstIndex(of: key) {
      groups[k].append(value)
    } else {
      keys.append(key)
      groups.append([value])
    }
  }

  /// The values appended under `key`, nil when none were.
  subscript(_ key: UInt64) -> [Value]? {
    var k = 0
    while k < keys.count {
      if keys[k] == key { return groups[k] }
      k += 1
    }
    return nil
  }
}
