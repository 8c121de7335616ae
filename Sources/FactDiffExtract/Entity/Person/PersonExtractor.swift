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
    let roleEndingAt = Dictionary(roles.enumerated().map { ($1.range.upperBound, $0) }, uniquingKeysWith: { a, _ in a })
    var found: [PersonMention] = []
    var i = 0
    while i < tokens.count {
      defer { i += 1 }
      guard !taken[i], startsName(doc, i, lexicon) else { continue }
      guard let run = nameRun(doc, from: i, lexicon: lexicon, taken: taken) else { continue }
      let wordsInRun = run.filter { tokens[$0].kind == .word }.count
      let lastIsInitial = isInitial(tokens, lastWord(tokens, run))
      var titled = roleEndingAt[i]
      if titled == nil, doc.language == .en, i >= 1, tokens[i - 1].norm == "," { titled = roleEndingAt[i - 1] }
      let given = GivenNames.match(doc, at: i) != nil
      let initial = isInitial(tokens, i)
      // "Mr Lavrov", "Mr. Lavrov", "госпожа Захарова".
      let addressed =
        (i >= 1 && lexicon.honorifics.contains(doc.keys[i - 1]))
        || (i >= 2 && tokens[i - 1].norm == "." && lexicon.honorifics.contains(doc.keys[i - 2]))
      guard !lastIsInitial, titled != nil || addressed || ((given || initial) && wordsInRun >= 2) else { continue }
      for t in run { taken[t] = true }
      found.append(mention(doc, run, titled.map { roles[$0] }))
      i = run.upperBound - 1
    }
    return found
  }

  /// Passes 2 and 3 (after places are marked): names before an apposition or next to an attribution verb,
  /// surname-shaped words, then every other use of a surname found so far. Returns all mentions in text order.
  static func findRest(_ doc: EntityScan, roles: [RoleSpan], found named: [PersonMention], taken: inout [Bool])
    -> [PersonMention]
  {
    let tokens = doc.tokens
    let lexicon = NameLexicon.of(doc.language)
    let roleStartingAt = Dictionary(roles.enumerated().map { ($1.range.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
    let roleEndingAt = Dictionary(roles.enumerated().map { ($1.range.upperBound, $0) }, uniquingKeysWith: { a, _ in a })
    var found = named
    var i = 0
    while i < tokens.count {
      defer { i += 1 }
      guard !taken[i], startsName(doc, i, lexicon) else { continue }
      guard let run = nameRun(doc, from: i, lexicon: lexicon, taken: taken) else { continue }
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
      if !ok, !foreignScript,
        AttributionWords.attribution(doc, endingBefore: i) != nil || AttributionWords.attribution(doc, at: run.upperBound) != nil
      {
        ok = !initialPosition || SurnameForms.looksLikeSurname(last)
      }
      // A surname-shaped word followed by another capitalised word is an adjective of a proper name
      // ("Запорожскую АЭС", "Петербургский Форум").
      let capitalFollows =
        run.upperBound < tokens.count && doc.marks[run.upperBound].contains(.word)
        && !doc.marks[run.upperBound].isDisjoint(with: [.capitalized, .allCaps])
      if !ok, !initialPosition, SurnameForms.looksLikeSurname(last), !adjectiveFollows(tokens, run.upperBound),
        !capitalFollows
      {
        ok = true
      }
      // Two or three capitalised words inside a sentence, none a known word of another kind: "talks with Sonata
      // Coulter", "з Сонатою Култер".
      if !ok, !initialPosition, !foreignScript, pairLooksLikeName(doc, run) { ok = true }
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
    for m in found {
      for r in readings(lastWord(tokens, m.range)) { bases.insert(r.base) }
    }
    if !bases.isEmpty {
      // Only words that begin like a known surname are read (readings allocate): every case form of a surname
      // keeps all of its base but the last two letters.
      var byPrefix: [UInt64: [[UInt8]]] = [:]
      for b in bases { byPrefix[prefixKey(b), default: []].append(Array(b.utf8)) }
      for i in tokens.indices where !taken[i] && doc.isCapitalizedWord(i) {
        if doc.marks[i].contains(.allCaps) { continue }
        guard let candidates = byPrefix[prefixKey(tokens[i].norm)] else { continue }
        let word = Array(EntityWords.stripPossessive(tokens[i].norm).utf8)
        let close = candidates.contains { base in
          var common = 0
          while common < base.count, common < word.count, base[common] == word[common] { common += 1 }
          let slack = base.first.map { $0 >= 0xC0 ? 4 : 2 } ?? 2
          return common >= base.count - slack && word.count <= base.count + 3 * slack
        }
        guard close, !lexicon.stopWords.contains(doc.keys[i]) else { continue }
        guard readings(i).contains(where: { bases.contains($0.base) }) else { continue }
        taken[i] = true
        found.append(mention(doc, i..<(i + 1), roleEndingAt[i].map { roles[$0] }))
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
    return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// A run of two or three name words inside a sentence that reads as a name: in Russian and Ukrainian none of them
  /// shaped like an adjective (proper-name phrases: "Государственная Дума"); in English right after "with", "by",
  /// "met" and the like, and not followed by another capitalised word.
  static func pairLooksLikeName(_ doc: EntityScan, _ run: Range<Int>) -> Bool {
    let tokens = doc.tokens
    let words = run.filter { tokens[$0].kind == .word }
    guard words.count >= 2, words.count <= 3, !words.contains(where: { isInitial(tokens, $0) }) else { return false }
    if doc.language == .en {
      guard run.lowerBound > 0, run.upperBound < tokens.count else { return false }
      let before = tokens[run.lowerBound - 1]
      guard nameLeaders.contains(doc.keys[run.lowerBound - 1]) else { return false }
      return !doc.isCapitalizedWord(run.upperBound)
    }
    for k in words where adjectiveFollows(tokens, k, anyCase: true) { return false }
    return !adjectiveFollows(tokens, run.upperBound)
  }

  private static let nameLeaders = WordHash.set([
    "with", "by", "including", "between", "met", "meet", "meeting", "told", "joined",
  ])

  /// A lower-case adjective right after a capitalised word: part of a proper name ("Петербургский международный
  /// форум"), not a person.
  static func adjectiveFollows(_ tokens: [Token], _ j: Int, anyCase: Bool = false) -> Bool {
    guard j < tokens.count, tokens[j].kind == .word, anyCase || !tokens[j].isCapitalized, tokens[j].flags.contains(.cyrillic)
    else {
      return false
    }
    let w = tokens[j].norm
    return w.count >= 5
      && ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ую", "юю", "ых", "их", "ська", "ське", "ські"]
      .contains { w.hasSuffix($0) }
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
    PersonMention(
      range: run, bytes: nameBytes(doc, run), role: role,
      titleStart: role.flatMap { $0.range.upperBound <= run.lowerBound ? $0.range.lowerBound : nil })
  }

  /// The role index of a title in apposition right after a name: ", the Kremlin's spokesman", ", глава МИД".
  static func appositionRole(_ doc: EntityScan, after end: Int, _ roleStartingAt: [Int: Int]) -> Int? {
    let tokens = doc.tokens
    guard end < tokens.count, tokens[end].norm == ",", tokens[end].kind == .punct else { return nil }
    var j = end + 1
    if doc.language == .en {
      while j < tokens.count, ["a", "an", "the", "who", "is", "was"].contains(tokens[j].norm), roleStartingAt[j] == nil {
        j += 1
      }
    }
    return roleStartingAt[j]
  }

  /// The last word token of a run.
  static func lastWord(_ tokens: [Token], _ run: Range<Int>) -> Int {
    var k = run.upperBound - 1
    while k > run.lowerBound, tokens[k].kind != .word { k -= 1 }
    return k
  }

  static func isInitial(_ tokens: [Token], _ i: Int) -> Bool {
    i + 1 < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalized && tokens[i].norm.count == 1
      && tokens[i + 1].norm == "." && tokens[i + 1].spacing == .none
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
    return !lexicon.stopWords.contains(doc.keys[i]) && !lexicon.stopWords.contains(doc.bareKeys[i])
  }

  /// The tokens of a name starting at `i`: up to four capitalised words, with initials and their full stops,
  /// hyphenated parts and particles ("al-Dosari", "ад-Досари").
  static func nameRun(_ doc: EntityScan, from i: Int, lexicon: NameLexicon, taken: [Bool]) -> Range<Int>? {
    let tokens = doc.tokens
    let roleTable = RoleVocabulary.table(doc.language)
    var j = i
    var words = 0
    var end = i
    func isNameWord(_ k: Int) -> Bool {
      let t = tokens[k]
      guard t.kind == .word, t.isCapitalized, !taken[k] else { return false }
      if t.flags.contains(.allCaps) && t.norm.count > 1 { return false }
      if isInitial(tokens, k) { return true }
      if lexicon.stopWords.contains(doc.bareKeys[k]) { return false }
      if t.norm.utf8.count > 2, let entries = roleTable.bucket(doc.bareKeys[k]), entries.contains(where: { $0.words.count == 1 }) {
        return false
      }
      return true
    }
    while j < tokens.count, words < 4 {
      if j > i, tokens[j].spacing >= .newline { break }
      if isNameWord(j) {
        // A possessive ends the name.
        let possessive = EntityWords.isPossessive(tokens[j].norm)
        j += 1
        words += 1
        end = j
        if possessive { break }
        if j < tokens.count, tokens[j].norm == ".", tokens[j].spacing == .none, tokens[j - 1].norm.count == 1 {
          j += 1
          end = j
          continue
        }
        // Hyphenated parts: "Kassym-Jomart", "Римский-Корсаков".
        while j + 1 < tokens.count, tokens[j].norm == "-", tokens[j].spacing == .none, !tokens[j].flags.contains(.longDash),
          tokens[j + 1].spacing == .none, isNameWord(j + 1)
        {
          j += 2
          end = j
        }
        continue
      }
      // Particles: "al-Dosari", "von der Leyen".
      if words > 0, tokens[j].kind == .word, !tokens[j].isCapitalized, lexicon.particles.contains(doc.keys[j]) {
        var k = j + 1
        if k < tokens.count, tokens[k].norm == "-", tokens[k].spacing == .none { k += 1 }
        if k < tokens.count, lexicon.particles.contains(doc.keys[k]) { k += 1 }
        if k < tokens.count, isNameWord(k) {
          j = k
          continue
        }
      }
      break
    }
    guard words > 0 else { return nil }
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
