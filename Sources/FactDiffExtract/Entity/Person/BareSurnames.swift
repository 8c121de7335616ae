import FactDiffModel

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

/// Bare surnames that no name of their own report explains: "Tremblay and Kravets met at 10 a.m.", "Kravets
/// said", «— сказала Кравець», "Ostapchuk and Malinowski spent three hours"; and, read the same way, a surname
/// after a given name the tables do not know, at the start of a sentence ("Thandiwe Mokoena and Vadym Hrytsai held").
///
/// A report that never writes a person's full name gives no given name, title or surname shape to know the word by,
/// and a capitalised word alone is as often a place, an organisation or a sentence's first word. So these words are
/// only candidates, kept aside (`Document.bareSurnames`) while the report's tokens are at hand; entity resolution
/// makes a person fact of one only when exactly one person of the whole run, named in full somewhere, fits it
/// (`PersonClustering.links`). Here the words are taken only where a name is expected: next to a speech verb, after
/// "met" or "told", joined by "and" to a name of the report or to another candidate; then every other form of a
/// surname found so, standing alone in the same report.
enum BareSurnames {
  /// A candidate: its tokens (a surname, or a given name the tables do not know and a surname: "Thandiwe
  /// Mokoena"), its group (the candidates of one report whose surnames are forms of one word share one, numbered
  /// from 0), and what tells it is a name (see `BareSurname`).
  struct Candidate {
    var range: Range<Int>
    var group: Int
    var strong: Bool
    var partner: Int?
  }

  /// The candidates of a report, in text order. `persons`: the report's names; `taken`: the tokens of its titles,
  /// names, places and organisations.
  static func find(_ doc: EntityScan, persons: [PersonMention], taken: [Bool]) -> [Candidate] {
    let tokens = doc.tokens
    let scan = Scan(doc: doc, lexicon: NameLexicon.of(doc.language), taken: taken, persons: persons)
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
    // Candidates by position, and a token of the candidate each pair-only one is joined to. Runs joined by "and" to
    // a capitalised word that is no name ("Saar and Lorraine were flooded") are places or organisations rather than
    // people, even where the same word names a person elsewhere in the report: kept out of the groups below.
    var found: [(range: Range<Int>, strong: Bool, partner: Int?)] = []
    var doubtful = Set<Int>()
    var i = 0
    while i < tokens.count {
      // A run starts with a capitalised word: the test first, without a call for every other token.
      guard doc.isCapitalizedWord(i), let r = scan.run(at: i) else {
        i += 1
        continue
      }
      i = r.upperBound
      if scan.pairedWithOtherWord(r) {
        doubtful.insert(r.lowerBound)
        continue
      }
      guard let e = scan.evidence(r), !r.contains(where: common) else { continue }
      found.append((r, e.strong, e.partner))
    }
    guard !found.isEmpty else { return [] }
    // Groups: one per surname found by position (the run's last word); then every other form of those words in the
    // report, standing alone, joins its word's group ("Kravets's remark" after "Tremblay and Kravets met", «по
    // словам Малиновского» after «Малиновский заявил», "Mokoena summed up" after "Thandiwe Mokoena and Vadym Hrytsai
    // held"). Only words beginning like one found are read (readings allocate).
    var groupOfKey: [UInt64: Int] = [:]
    var bases: [(prefix: UInt64, bases: Set<String>, group: Int)] = []
    func readings(_ i: Int) -> Set<String> {
      Set(
        SurnameForms.readings(EntityWords.stripPossessive(tokens[i].norm), language: doc.language).map(\.base))
    }
    for f in found where groupOfKey[doc.bareKeys[f.range.upperBound - 1]] == nil {
      let last = f.range.upperBound - 1
      groupOfKey[doc.bareKeys[last]] = bases.count
      bases.append((PersonExtractor.prefixKey(tokens[last].key), readings(last), bases.count))
    }
    func group(_ r: Range<Int>) -> Int { groupOfKey[doc.bareKeys[r.upperBound - 1]]! }
    var out: [Candidate] = []
    var k = 0
    i = 0
    while i < tokens.count {
      if k < found.count, found[k].range.lowerBound == i {
        let f = found[k]
        let partner = f.partner.flatMap { p in found.first { $0.range.contains(p) } }.map { group($0.range) }
        out.append(Candidate(range: f.range, group: group(f.range), strong: f.strong, partner: partner))
        k += 1
        i = f.range.upperBound
        continue
      }
      defer { i += 1 }
      guard doc.isCapitalizedWord(i), !doubtful.contains(i), let r = scan.run(at: i), r.count == 1 else { continue }
      if let g = groupOfKey[doc.bareKeys[i]] {
        out.append(Candidate(range: r, group: g, strong: false, partner: nil))
        continue
      }
      let prefix = PersonExtractor.prefixKey(tokens[i].key)
      guard bases.contains(where: { $0.prefix == prefix }) else { continue }
      let mine = readings(i)
      if let b = bases.first(where: { $0.prefix == prefix && !$0.bases.isDisjoint(with: mine) }) {
        out.append(Candidate(range: r, group: b.group, strong: false, partner: nil))
      }
    }
    return out
  }

  /// A report's tokens as the candidates are looked for in them.
  struct Scan {
    let doc: EntityScan
    let lexicon: NameLexicon
    let taken: [Bool]
    let personStart: Set<Int>
    let personEnd: Set<Int>

    init(doc: EntityScan, lexicon: NameLexicon, taken: [Bool], persons: [PersonMention]) {
      self.doc = doc
      self.lexicon = lexicon
      self.taken = taken
      personStart = Set(persons.map(\.range.lowerBound))
      personEnd = Set(persons.map(\.range.upperBound))
    }

    /// A capitalised word that could be part of a name: not taken, not a word of another kind (a stop word, a
    /// title, an organisation's head, a place, a given name: a known given name and a surname are found as a name
    /// already), at least three letters, in the report's script.
    func word(_ i: Int) -> Bool {
      let tokens = doc.tokens
      guard i >= 0, i < tokens.count, !taken[i], doc.isCapitalizedWord(i), !doc.marks[i].contains(.allCaps) else {
        return false
      }
      let t = tokens[i]
      let cyrillic = t.flags.contains(.cyrillic)
      // At least three letters (a Cyrillic letter is two bytes).
      guard Int(t.key.length) >= (cyrillic ? 6 : 3), !PersonExtractor.isInitial(tokens, i) else { return false }
      guard doc.language == .en ? !cyrillic : cyrillic else { return false }
      if lexicon.stopWords.contains(doc.keys[i]) || lexicon.stopWords.contains(doc.bareKeys[i]) { return false }
      if RoleVocabulary.table(doc.language).hasSingleWord(doc.bareKeys[i]) { return false }
      if OrganisationWords.heads.contains(doc.bareKeys[i]) { return false }
      return !Gazetteer.table.starts(doc, i) && !GivenNames.starts(doc, at: i)
    }

    /// The candidate name starting at token `i`: one such word, or two ("Thandiwe Mokoena"), standing alone — no
    /// capitalised word right before or after it, no hyphen joining it to more, no lower-case adjective after it in
    /// Russian or Ukrainian (all parts of a longer proper name).
    func run(at i: Int) -> Range<Int>? {
      let tokens = doc.tokens
      guard word(i) else { return nil }
      if i >= 1, tokens[i].spacing == .none || doc.isCapitalizedWord(i - 1) { return nil }
      var end = i + 1
      if end < tokens.count, tokens[end].spacing == .space, word(end), !doc.isPossessive(i) { end += 1 }
      if end < tokens.count, tokens[end].spacing == .none, doc.keys[end] == Keys.dash { return nil }
      if end < tokens.count, tokens[end].spacing == .space, doc.marks[end].contains(.word),
        !doc.marks[end].isDisjoint(with: [.capitalized, .allCaps])
      {
        return nil
      }
      if doc.language != .en, PersonExtractor.adjectiveFollows(tokens, end) { return nil }
      return i..<end
    }

    /// A candidate name ending right before token `end`.
    func run(endingAt end: Int) -> Range<Int>? {
      for start in [end - 1, end - 2] where start >= 0 {
        if let r = run(at: start), r.upperBound == end { return r }
      }
      return nil
    }

    /// What tells that the run `r` stands where a person's name is expected, if anything: next to a speech verb
    /// ("Kravets said", «заявила Кравець»), in English after a word that introduces a person ("met Tremblay"), or
    /// joined by "and" (и, і, й, та) to a name of the report (all strong), or to another candidate (then only as
    /// strong as that one: `partner`, one of its tokens).
    func evidence(_ r: Range<Int>) -> (strong: Bool, partner: Int?)? {
      let n = doc.tokens.count
      let (lo, hi) = (r.lowerBound, r.upperBound)
      if AttributionWords.attribution(doc, at: hi) != nil || AttributionWords.attribution(doc, endingBefore: lo) != nil
      {
        return (true, nil)
      }
      if doc.language == .en, lo >= 1, leaders.contains(doc.keys[lo - 1]) { return (true, nil) }
      // "Tremblay and Kravets met", "Saar and Hnatenko last met": the pair ends the names (a lower-case word or
      // punctuation after it).
      if hi + 1 < n, conjunctions.contains(doc.keys[hi]) {
        if personStart.contains(hi + 1) { return (true, nil) }
        if let p = run(at: hi + 1), endsNames(p.upperBound) { return (false, p.lowerBound) }
      }
      if lo >= 2, conjunctions.contains(doc.keys[lo - 1]), endsNames(hi) {
        if personEnd.contains(lo - 1) { return (true, nil) }
        if let p = run(endingAt: lo - 1) { return (false, p.lowerBound) }
      }
      return nil
    }

    /// True when the run `r` is joined by "and" (и, і, й, та) to a capitalised word that is neither a name of the
    /// report nor a candidate ("Saar and Lorraine", "Ford and Renault's plant").
    func pairedWithOtherWord(_ r: Range<Int>) -> Bool {
      let n = doc.tokens.count
      let (lo, hi) = (r.lowerBound, r.upperBound)
      if hi + 1 < n, conjunctions.contains(doc.keys[hi]), doc.isCapitalizedWord(hi + 1), !personStart.contains(hi + 1),
        run(at: hi + 1) == nil
      {
        return true
      }
      if lo >= 2, conjunctions.contains(doc.keys[lo - 1]), doc.isCapitalizedWord(lo - 2), !personEnd.contains(lo - 1),
        run(endingAt: lo - 1) == nil
      {
        return true
      }
      return false
    }

    /// After a pair of names: a lower-case word (the verb: "met", "spent", "провели") or punctuation, not another
    /// capitalised word.
    private func endsNames(_ j: Int) -> Bool {
      guard j < doc.tokens.count else { return true }
      if !doc.marks[j].contains(.word) { return true }
      return doc.marks[j].isDisjoint(with: [.capitalized, .allCaps])
    }
  }

  private static let conjunctions = WordHash.set(["and", "и", "і", "й", "та"])
  /// English words after which a capitalised word is a person met or told ("with" and "between" are not among them:
  /// trade with Saar, a border between Saar and Lorraine).
  private static let leaders = WordHash.set(["met", "meet", "meeting", "told"])
}
