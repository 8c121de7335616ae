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

/// One person as far as the mentions merged so far tell.
struct PersonProfile: Sendable {
  var mentions: [MentionKeys] = []
  var given: Set<Int> = []
  var givenKeys: [String] = []
  var initials: [String] = []
  var surnames: [(key: String, gender: NameGender)] = []
  var gender: NameGender = .unknown

  var hasGiven: Bool { !given.isEmpty || !givenKeys.isEmpty || !initials.isEmpty }

  init(_ m: MentionKeys) { add(m) }

  mutating func add(_ m: MentionKeys) {
    mentions.append(m)
    given.formUnion(m.given)
    for k in m.givenKeys where !givenKeys.contains(k) { givenKeys.append(k) }
    for k in m.initials where !initials.contains(k) { initials.append(k) }
    if m.hasGiven || surnames.isEmpty {
      for s in m.surnames where !surnames.contains(where: { $0.key == s.key && $0.gender == s.gender }) {
        surnames.append(s)
      }
    }
    if gender == .unknown { gender = m.gender }
  }

  mutating func merge(_ other: PersonProfile) {
    for m in other.mentions { add(m) }
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
        for y in keysB where x == y || NameKey.distance(Array(x.utf8), Array(y.utf8), limit: 2) <= 2 {
          return true
        }
      }
      return false
    }
    // Initials against a full given name or other initials: the first letters must agree.
    func letters(_ g: Set<Int>, _ k: [String], _ i: [String]) -> Set<Character>? {
      if !g.isEmpty || !k.isEmpty { return Set((k + g.flatMap { GivenNameKeys.keys($0) }).compactMap(\.first)) }
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
