import FactDiffModel

/// Bare surnames that no name of their own report explains: "Tremblay and Kravets met at 10 a.m.", "Kravets
/// said", «— сказала Кравець», "Ostapchuk and Malinowski spent three hours".
///
/// A report that never writes a person's full name gives no given name, title or surname shape to know the word by,
/// and a capitalised word alone is as often a place, an organisation or a sentence's first word. So these words are
/// only candidates, kept aside (`Document.bareSurnames`) while the report's tokens are at hand; entity resolution
/// makes a person fact of one only when exactly one person of the whole run, named in full somewhere, has that
/// surname (`EntityResolution`). Here the words are taken only in positions where a name is expected: next to a
/// name across "and" (or another such word), next to a speech verb, after a word that introduces a person ("met",
/// "with"); then every other use of a word found so in the same report.
/// A bare surname kept aside for entity resolution (`Document.bareSurnames`).
public struct BareSurname: Sendable {
  /// The person fact it becomes (no number, entity or name yet).
  public var fact: Fact
  /// The report's bare surnames that are forms of one word share a group (numbered from 0 in each report).
  public var group: Int
  /// Its position alone tells a person: next to a speech verb, after "met", or joined by "and" to a name the report
  /// gives in full.
  public var strong: Bool
  /// The group of the bare surname it is joined to by "and" ("Tremblay and Kravets met"), when that is what tells it
  /// is a name: it is one only if that word names a person too ("Saar and Lorraine" is two places).
  public var partner: Int?

  public init(fact: Fact, group: Int, strong: Bool, partner: Int?) {
    self.fact = fact
    self.group = group
    self.strong = strong
    self.partner = partner
  }
}

enum BareSurnames {
  /// A candidate: its token, its group (the candidates of one report that are forms of one word share one,
  /// numbered from 0), and what tells it is a name (see `BareSurname`).
  struct Candidate {
    var token: Int
    var group: Int
    var strong: Bool
    var partner: Int?
  }

  /// The candidates of a report, in text order. `persons`: the report's names; `taken`: the tokens of its titles,
  /// names, places and organisations.
  static func find(_ doc: EntityScan, persons: [PersonMention], taken: [Bool]) -> [Candidate] {
    let tokens = doc.tokens
    let lexicon = NameLexicon.of(doc.language)
    var personEnd = Set<Int>()
    var personStart = Set<Int>()
    for m in persons {
      personStart.insert(m.range.lowerBound)
      personEnd.insert(m.range.upperBound)
    }
    var lowerCase: Set<UInt64>?
    // A word the report also writes in lower case is a common word ("Young", "Bridge", "Marsh").
    func common(_ i: Int) -> Bool {
      if lowerCase == nil {
        var s = Set<UInt64>()
        for k in tokens.indices
        where doc.marks[k].contains(.word) && doc.marks[k].isDisjoint(with: [.capitalized, .allCaps]) {
          s.insert(doc.bareKeys[k])
        }
        lowerCase = s
      }
      return lowerCase!.contains(doc.bareKeys[i])
    }
    // Candidates by position, and the token each pair-only one is joined to.
    var found: [(token: Int, strong: Bool, partner: Int?)] = []
    // Words joined by "and" to a capitalised word that is no name ("Saar and Lorraine were flooded"): places or
    // organisations rather than people, even where the same word names a person elsewhere in the report.
    var doubtful = Set<Int>()
    for i in tokens.indices where plausible(doc, i, lexicon, taken) {
      if pairedWithOtherWord(doc, i, lexicon, taken, personStart, personEnd) {
        doubtful.insert(i)
        continue
      }
      guard let e = evidence(doc, i, lexicon, taken, personStart, personEnd), !common(i) else { continue }
      found.append((i, e.strong, e.partner))
    }
    guard !found.isEmpty else { return [] }
    // Groups: one per word found by position; then every other form of those words in the report joins its word's
    // group ("Kravets's remark" after "Tremblay and Kravets met", «по словам Малиновского» after «Малиновский
    // заявил»). Only words beginning like one found are read (readings allocate).
    var groupOfKey: [UInt64: Int] = [:]
    var bases: [(prefix: UInt64, bases: Set<String>, group: Int)] = []
    func readings(_ i: Int) -> Set<String> {
      Set(
        SurnameForms.readings(EntityWords.stripPossessive(tokens[i].norm), language: doc.language).map(\.base))
    }
    for f in found where groupOfKey[doc.bareKeys[f.token]] == nil {
      let g = bases.count
      groupOfKey[doc.bareKeys[f.token]] = g
      bases.append((PersonExtractor.prefixKey(tokens[f.token].key), readings(f.token), g))
    }
    var out: [Candidate] = []
    var k = 0
    for i in tokens.indices {
      if k < found.count, found[k].token == i {
        let f = found[k]
        let partner = f.partner.flatMap { p in found.first { $0.token == p } }.map {
          groupOfKey[doc.bareKeys[$0.token]]!
        }
        out.append(Candidate(token: i, group: groupOfKey[doc.bareKeys[i]]!, strong: f.strong, partner: partner))
        k += 1
        continue
      }
      guard doc.isCapitalizedWord(i), !doubtful.contains(i), plausible(doc, i, lexicon, taken) else { continue }
      if let g = groupOfKey[doc.bareKeys[i]] {
        out.append(Candidate(token: i, group: g, strong: false, partner: nil))
        continue
      }
      let prefix = PersonExtractor.prefixKey(tokens[i].key)
      guard bases.contains(where: { $0.prefix == prefix }) else { continue }
      let mine = readings(i)
      if let b = bases.first(where: { $0.prefix == prefix && !$0.bases.isDisjoint(with: mine) }) {
        out.append(Candidate(token: i, group: b.group, strong: false, partner: nil))
      }
    }
    return out
  }

  /// A capitalised word alone that could be a surname: not taken, not a word of another kind (a stop word, a
  /// title, an organisation's head, a place, a given name), not joined to other capitalised words or to a
  /// following adjective (part of a longer proper name), and in the report's script.
  static func plausible(_ doc: EntityScan, _ i: Int, _ lexicon: NameLexicon, _ taken: [Bool]) -> Bool {
    let tokens = doc.tokens
    guard !taken[i], doc.isCapitalizedWord(i), !doc.marks[i].contains(.allCaps) else { return false }
    let t = tokens[i]
    let cyrillic = t.flags.contains(.cyrillic)
    // At least three letters (a Cyrillic letter is two bytes).
    guard Int(t.key.length) >= (cyrillic ? 6 : 3), !PersonExtractor.isInitial(tokens, i) else { return false }
    guard doc.language == .en ? !cyrillic : cyrillic else { return false }
    if lexicon.stopWords.contains(doc.keys[i]) || lexicon.stopWords.contains(doc.bareKeys[i]) { return false }
    if RoleVocabulary.table(doc.language).hasSingleWord(doc.bareKeys[i]) { return false }
    if OrganisationWords.heads.contains(doc.bareKeys[i]) { return false }
    if Gazetteer.table.starts(doc, i) || GivenNames.starts(doc, at: i) { return false }
    if i >= 1, tokens[i].spacing == .none || (doc.marks[i - 1].contains(.word) && doc.isCapitalizedWord(i - 1)) {
      return false
    }
    // "Roșca-", "-Frankivsk": hyphenated compounds are read as names elsewhere, or are not names.
    if i + 1 < tokens.count, tokens[i + 1].spacing == .none, doc.keys[i + 1] == Keys.dash { return false }
    if i + 1 < tokens.count, tokens[i + 1].spacing == .space, doc.marks[i + 1].contains(.word),
      !doc.marks[i + 1].isDisjoint(with: [.capitalized, .allCaps])
    {
      return false
    }
    if doc.language != .en, PersonExtractor.adjectiveFollows(tokens, i + 1) { return false }
    return true
  }

  /// What tells that token `i` stands where a person's name is expected, if anything: next to a speech verb
  /// ("Kravets said", «заявила Кравець»), in English after a word that introduces a person ("met Tremblay"), or
  /// joined by "and" (и, і, й, та) to a name of the report (all strong), or to another such capitalised word (then
  /// only as strong as that word: `partner`, its token).
  static func evidence(
    _ doc: EntityScan, _ i: Int, _ lexicon: NameLexicon, _ taken: [Bool], _ personStart: Set<Int>,
    _ personEnd: Set<Int>
  ) -> (strong: Bool, partner: Int?)? {
    let n = doc.tokens.count
    if AttributionWords.attribution(doc, at: i + 1) != nil || AttributionWords.attribution(doc, endingBefore: i) != nil
    {
      return (true, nil)
    }
    if doc.language == .en, i >= 1, leaders.contains(doc.keys[i - 1]) { return (true, nil) }
    // "Tremblay and Kravets met", "Saar and Hnatenko last met": the pair ends the names (a lower-case word or
    // punctuation after it).
    if i + 2 < n, conjunctions.contains(doc.keys[i + 1]) {
      if personStart.contains(i + 2) { return (true, nil) }
      if plausible(doc, i + 2, lexicon, taken), endsNames(doc, i + 3) { return (false, i + 2) }
    }
    if i >= 2, conjunctions.contains(doc.keys[i - 1]), endsNames(doc, i + 1) {
      if personEnd.contains(i - 1) { return (true, nil) }
      if plausible(doc, i - 2, lexicon, taken) { return (false, i - 2) }
    }
    return nil
  }

  /// True when token `i` is joined by "and" (и, і, й, та) to a capitalised word that is neither a name of the report
  /// nor a word that could be one ("Saar and Lorraine", "Ford and Renault's plant").
  static func pairedWithOtherWord(
    _ doc: EntityScan, _ i: Int, _ lexicon: NameLexicon, _ taken: [Bool], _ personStart: Set<Int>,
    _ personEnd: Set<Int>
  ) -> Bool {
    let n = doc.tokens.count
    if i + 2 < n, conjunctions.contains(doc.keys[i + 1]), doc.isCapitalizedWord(i + 2), !personStart.contains(i + 2),
      !plausible(doc, i + 2, lexicon, taken)
    {
      return true
    }
    if i >= 2, conjunctions.contains(doc.keys[i - 1]), doc.isCapitalizedWord(i - 2), !personEnd.contains(i - 1),
      !plausible(doc, i - 2, lexicon, taken)
    {
      return true
    }
    return false
  }

  /// After a pair of names: a lower-case word (the verb: "met", "spent", "провели") or punctuation, not another
  /// capitalised word.
  private static func endsNames(_ doc: EntityScan, _ j: Int) -> Bool {
    guard j < doc.tokens.count else { return true }
    if !doc.marks[j].contains(.word) { return true }
    return doc.marks[j].isDisjoint(with: [.capitalized, .allCaps])
  }

  private static let conjunctions = WordHash.set(["and", "и", "і", "й", "та"])
  /// English words after which a capitalised word is a person met or told ("with" and "between" are not among them:
  /// trade with Saar, a border between Saar and Lorraine).
  private static let leaders = WordHash.set(["met", "meet", "meeting", "told"])
}
