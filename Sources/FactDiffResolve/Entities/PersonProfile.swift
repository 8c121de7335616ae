import FactDiffExtract
import FactDiffModel

/// A person mention reduced to comparison keys.
struct MentionKeys: Sendable {
  var doc: Int
  var fact: Int
  var analysis: NameAnalysis
  /// Known given names (indices into `GivenNames.names`).
  var given: Set<Int>
  /// Keys of an unknown given name (one per reading of its form).
  var givenKeys: [String]
  /// First letters (as keys) of the initials.
  var initials: [String]
  /// (key of the surname's base, gender) per reading.
  var surnames: [(key: String, gender: NameGender)]
  var gender: NameGender
  var role: Role?

  var hasGiven: Bool { !given.isEmpty || !givenKeys.isEmpty || !initials.isEmpty }
}

/// What a person keeps of each mention merged into it: where the mention is, and what `CanonicalName` and
/// `PersonClustering.best` read of it. Its keys live in the person's unions of them (`PersonProfile`), so that a run
/// holds a few words per mention, not every key of every mention.
struct MentionRef: Sendable {
  /// The report and fact, 32 bits each: a run holds one of these per mention of a person (hundreds of thousands on
  /// a feed), so the whole is 32 bytes.
  private var doc32: Int32
  private var fact32: Int32
  var doc: Int {
    get { Int(doc32) }
    set { doc32 = Int32(truncatingIfNeeded: newValue) }
  }
  var fact: Int {
    get { Int(fact32) }
    set { fact32 = Int32(truncatingIfNeeded: newValue) }
  }
  /// The name analysis; kept only for the mentions `CanonicalName` may compose a name from
  /// (`PersonProfile.keepForNaming`).
  var analysis: Analysis?
  /// The office and portfolio of the mention's title, when it has one (most have none).
  private var title: Title?
  /// Written in Latin script (the analysis's language is English).
  var latin: Bool
  /// A given name is written, known or not (initials are not one).
  var fullGiven: Bool

  var office: String? { title?.office }
  var portfolio: String? { title?.portfolio }

  init(_ m: MentionKeys) {
    // Reports and facts of a run are numbered in 32 bits (a run of more than 2^31 reports or facts in one report
    // cannot be held in memory anyway).
    doc32 = Int32(truncatingIfNeeded: m.doc)
    fact32 = Int32(truncatingIfNeeded: m.fact)
    analysis = Analysis(m.analysis)
    latin = m.analysis.language == .en
    fullGiven = m.analysis.unknownGiven != nil || !m.analysis.given.isEmpty
    title = m.role.map { Title(office: $0.office, portfolio: $0.portfolio) }
  }

  /// A name analysis in a box of its own (most mentions drop theirs).
  final class Analysis: Sendable {
    let value: NameAnalysis
    init(_ value: NameAnalysis) { self.value = value }
  }

  /// A title's office and portfolio, in a box of their own.
  final class Title: Sendable {
    let office: String
    let portfolio: String?
    init(office: String, portfolio: String?) {
      self.office = office
      self.portfolio = portfolio
    }
  }
}

/// One person as far as the mentions merged so far tell.
///
/// Merging people gives what adding the other's mentions one by one would: given names and their keys are unions in
/// order of first appearance; surnames are the first mention's and those of every mention with a given name
/// (`givenSurnames`, again in order), and the gender is the first one known.
struct PersonProfile: Sendable {
  var mentions: [MentionRef] = []
  var given: Set<Int> = []
  var givenKeys: [String] = []
  var initials: [String] = []
  var surnames: [(key: String, gender: NameGender)] = []
  /// The surname keys of the mentions with a given name or initials, in order of first appearance.
  var givenSurnames: [(key: String, gender: NameGender)] = []
  var gender: NameGender = .unknown
  /// The first mention (by report, then fact), and the first with a given name: the only ones whose analyses are
  /// kept (`keepForNaming`).
  private var first: Int?
  private var firstFull: Int?

  var hasGiven: Bool { !given.isEmpty || !givenKeys.isEmpty || !initials.isEmpty }

  init(_ m: MentionKeys) { add(m) }

  mutating func add(_ m: MentionKeys) {
    mentions.append(MentionRef(m))
    keepForNaming(mentions.count - 1)
    given.formUnion(m.given)
    for k in m.givenKeys where !givenKeys.contains(k) { givenKeys.append(k) }
    for k in m.initials where !initials.contains(k) { initials.append(k) }
    if m.hasGiven || surnames.isEmpty { Self.append(m.surnames, to: &surnames) }
    if m.hasGiven { Self.append(m.surnames, to: &givenSurnames) }
    if gender == .unknown { gender = m.gender }
  }

  mutating func merge(_ other: PersonProfile) {
    given.formUnion(other.given)
    for k in other.givenKeys where !givenKeys.contains(k) { givenKeys.append(k) }
    for k in other.initials where !initials.contains(k) { initials.append(k) }
    Self.append(surnames.isEmpty ? other.surnames : other.givenSurnames, to: &surnames)
    Self.append(other.givenSurnames, to: &givenSurnames)
    if gender == .unknown { gender = other.gender }
    for m in other.mentions {
      mentions.append(m)
      keepForNaming(mentions.count - 1)
    }
  }

  private static func append(
    _ keys: [(key: String, gender: NameGender)], to list: inout [(key: String, gender: NameGender)]
  ) {
    for s in keys where !list.contains(where: { $0.key == s.key && $0.gender == s.gender }) { list.append(s) }
  }

  /// Keeps the analysis of mention `i` when it is now the first mention or the first with a given name (dropping
  /// the one it replaces), else drops it: `CanonicalName` composes a name only from those two.
  private mutating func keepForNaming(_ i: Int) {
    func before(_ a: Int, _ b: Int) -> Bool {
      (mentions[a].doc, mentions[a].fact) < (mentions[b].doc, mentions[b].fact)
    }
    var replaced: [Int] = []
    var kept = false
    if first.map({ before(i, $0) }) ?? true {
      if let f = first { replaced.append(f) }
      first = i
      kept = true
    }
    if mentions[i].fullGiven, firstFull.map({ before(i, $0) }) ?? true {
      if let f = firstFull { replaced.append(f) }
      firstFull = i
      kept = true
    }
    if !kept { mentions[i].analysis = nil }
    for k in replaced where k != first && k != firstFull { mentions[k].analysis = nil }
  }
}

/// Compatibility rules between mentions and people.
enum PersonMatch {
  /// Surnames agree within the edit budget for some reading of each, with genders that agree.
  static func surnames(
    _ a: [(key: String, gender: NameGender)], _ b: [(key: String, gender: NameGender)], gender ga: NameGender,
    _ gb: NameGender
  ) -> Bool {
    guard ga.agrees(with: gb) else { return false }
    for x in a {
      for y in b where x.gender.agrees(with: y.gender) && x.gender.agrees(with: gb) && y.gender.agrees(with: ga) {
        if NameKey.matches(x.key, y.key) { return true }
      }
    }
    return false
  }

  /// Given names do not contradict: one side has none, or they share a known name, or their keys agree, or an
  /// initial fits.
  static func givens(
    _ ga: Set<Int>, _ ka: [String], _ ia: [String], _ gb: Set<Int>, _ kb: [String], _ ib: [String]
  ) -> Bool {
    let aHas = !ga.isEmpty || !ka.isEmpty
    let bHas = !gb.isEmpty || !kb.isEmpty
    if aHas && bHas {
      if !ga.isEmpty && !gb.isEmpty { return !ga.isDisjoint(with: gb) }
      let keysA = ka + ga.flatMap { GivenNameKeys.keys($0) }
      let keysB = kb + gb.flatMap { GivenNameKeys.keys($0) }
      for x in keysA {
        for y in keysB {
          // The given names of family-first names ("~jihun") are matched within NameKey's budget: short ones
          // ("Yi", "Wei") must agree outright.
          if x.hasPrefix("~") || y.hasPrefix("~") {
            if NameKey.matches(String(x.drop { $0 == "~" }), String(y.drop { $0 == "~" })) { return true }
          } else if x == y || NameKey.distance(Array(x.utf8), Array(y.utf8), limit: 2) <= 2 {
            return true
          }
        }
      }
      return false
    }
    // Initials against a full given name or other initials: the first letters must agree.
    func letters(_ g: Set<Int>, _ k: [String], _ i: [String]) -> Set<Character>? {
      if !g.isEmpty || !k.isEmpty {
        return Set((k + g.flatMap { GivenNameKeys.keys($0) }).compactMap { $0.first { $0 != "~" } })
      }
      if !i.isEmpty { return Set(i.compactMap(\.first)) }
      return nil
    }
    if let la = letters(ga, ka, ia), let lb = letters(gb, kb, ib) { return !la.isDisjoint(with: lb) }
    return true
  }

  static func mention(_ m: MentionKeys, fits p: PersonProfile) -> Bool {
    surnames(m.surnames, p.surnames, gender: m.gender, p.gender)
      && givens(m.given, m.givenKeys, m.initials, p.given, p.givenKeys, p.initials)
  }

  static func profiles(_ a: PersonProfile, _ b: PersonProfile) -> Bool {
    surnames(a.surnames, b.surnames, gender: a.gender, b.gender)
      && givens(a.given, a.givenKeys, a.initials, b.given, b.givenKeys, b.initials)
  }
}

/// Keys of every Latin spelling of a known given name, computed once.
enum GivenNameKeys {
  static let all: [[String]] = GivenNames.names.map { name in
    Array(Set(name.latin.map { NameKey.phonetic($0) }))
  }
  static func keys(_ index: Int) -> [String] { index < all.count ? all[index] : [] }
}
