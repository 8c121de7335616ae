import FactDiffExtract
import FactDiffModel

/// Groups person mentions into people: first within each report, then across reports.
enum PersonClustering {
  /// `parallelism`: how many threads share the work within reports (`Parallel.width`); the people do not
  /// depend on it.
  static func cluster(_ docs: [Document], aliases: [[String]], parallelism: Int = 1) -> Placed {
    var placer = Placer(aliases: aliases)
    // Within each report, a batch of reports at a time split into consecutive parts, each part with its own key
    // cache (the keys of a word do not depend on the cache). A batch's people with given names are placed at once
    // (in the same order as after reading every report), so that a run holds the people found so far, not every
    // report's people as well; surname-only people wait for all of them.
    var work = [LocalPeople](repeating: LocalPeople(), count: Parallel.ranges(batch, parallelism: parallelism).count)
    for start in stride(from: 0, to: docs.count, by: batch) {
      let parts = Parallel.ranges(min(batch, docs.count - start), parallelism: parallelism)
      for k in work.indices {
        work[k].reports = k < parts.count ? (start + parts[k].lowerBound)..<(start + parts[k].upperBound) : 0..<0
      }
      Parallel.update(&work, parallelism: parallelism) { _, w in
        w.people = []
        w.bare = []
        for d in w.reports { w.people += Self.local(docs[d], d, &w.keyCache, bare: &w.bare) }
      }
      for k in work.indices {
        placer.add(work[k].people, bare: work[k].bare)
        work[k].people = []
        work[k].bare = []
      }
    }
    return placer.finish()
  }

  /// Every person of a run, and the bare surnames kept aside (`Document.bareSurnames`) that name one of them: each
  /// mention's `fact` is its index among its report's bare surnames, `person` an index into `people`.
  struct Placed {
    var people: [PersonProfile]
    var bare: [(mention: MentionKeys, person: Int)]
  }

  /// People placed across reports, report after report: user aliases first, then people with given names as their
  /// reports come, then (`finish`) surname-only people, and last the bare surnames kept aside.
  struct Placer {
    private var global: [PersonProfile] = []
    private let pins: AliasPins
    private var pinnedCluster: [Int: Int] = [:]
    private var surnameOnly: [PersonProfile] = []
    private var bare: [BareMention] = []
    /// `global` by surname keys: the people a new name is compared with.
    private var index = SurnameIndex()

    init(aliases: [[String]]) { pins = AliasPins(aliases) }

    /// The people of the next reports (`local`), in report order, and their bare surnames kept aside.
    mutating func add(_ people: [PersonProfile], bare: [BareMention] = []) {
      for p in people {
        if p.hasGiven { place(p) } else { surnameOnly.append(p) }
      }
      self.bare += bare
    }

    /// Every person, once all reports were added, and the bare surnames that name one of them.
    mutating func finish() -> Placed {
      for p in surnameOnly { place(p) }
      surnameOnly = []
      var links: [(mention: MentionKeys, person: Int)] = []
      var memo: [String: Int?] = [:]
      var start = 0
      while start < bare.count {
        var end = start + 1
        while end < bare.count, bare[end].keys.doc == bare[start].keys.doc { end += 1 }
        links += PersonClustering.links(bare[start..<end], global, index, &memo)
        start = end
      }
      bare = []
      return Placed(people: global, bare: links)
    }

    private mutating func place(_ p: PersonProfile) {
      if let pin = pins.pin(of: p) {
        if let g = pinnedCluster[pin] {
          merge(p, into: g)
        } else {
          pinnedCluster[pin] = global.count
          append(p)
        }
        return
      }
      let candidates = index.candidates(p.surnames.lazy.map(\.key)).filter { PersonMatch.profiles(p, global[$0]) }
      if p.hasGiven {
        if let g = candidates.first(where: { global[$0].hasGiven }) ?? candidates.first {
          merge(p, into: g)
          return
        }
      } else if let g = PersonClustering.best(candidates, for: p, in: global) {
        merge(p, into: g)
        return
      }
      append(p)
    }

    /// `p` merged into person `g`, filed under its surnames too (a merged person's surnames are some of both's).
    private mutating func merge(_ p: PersonProfile, into g: Int) {
      global[g].merge(p)
      index.insert(p.surnames.lazy.map(\.key), for: g)
    }

    /// `p` as a new person.
    private mutating func append(_ p: PersonProfile) {
      index.insert(p.surnames.lazy.map(\.key), for: global.count)
      global.append(p)
    }
  }

  /// The one person a bare surname kept aside names: the only person of the run its surname and gender fit, and one
  /// named in full somewhere (a given name or initials). None when no one fits, when the surname fits two people
  /// (two Kravetses, or a full name and a surname no full name explains), or when the only one fitting was never
  /// named in full: a capitalised word is then as likely a place, an organisation or a common word.
  static func only(_ m: MentionKeys, in people: [PersonProfile], _ index: SurnameIndex) -> Int? {
    var found: Int?
    for g in index.candidates(m.surnames.lazy.map(\.key)) where PersonMatch.mention(m, fits: people[g]) {
      if found != nil { return nil }
      found = g
    }
    guard let g = found, people[g].hasGiven else { return nil }
    return g
  }

  /// The bare surnames of one report that become mentions of a person: the forms of one word (a group) name the one
  /// person each of them fits, if they fit no other (`only`); a group is a name when one of its words stands where
  /// only a name does (`strong`), or is joined by "and" to a group that names another person.
  /// `memo` keeps the person each name read so far fits (`only`), by what `only` reads of it: a person is named by
  /// surname in many reports, and each look-up reads every person of the run.
  static func links(
    _ report: ArraySlice<BareMention>, _ people: [PersonProfile], _ index: SurnameIndex, _ memo: inout [String: Int?]
  ) -> [(mention: MentionKeys, person: Int)] {
    let fits = report.map { b -> Int? in
      let m = b.keys
      var key = "\(m.gender.rawValue)|\(m.given.sorted())|\(m.givenKeys)|\(m.initials)"
      for s in m.surnames { key += "|\(s.key):\(s.gender.rawValue)" }
      if let hit = memo[key] { return hit }
      let g = only(m, in: people, index)
      memo[key] = g
      return g
    }
    let groups = (report.map(\.group).max() ?? -1) + 1
    // The person of each group: the one its forms fit, nil when they fit two.
    var person = [Int?](repeating: nil, count: groups)
    var torn = [Bool](repeating: false, count: groups)
    for (k, b) in zip(fits.indices, report) {
      guard let g = fits[k] else { continue }
      if let p = person[b.group], p != g { torn[b.group] = true }
      person[b.group] = g
    }
    for g in 0..<groups where torn[g] { person[g] = nil }
    var named = [Bool](repeating: false, count: groups)
    for b in report {
      guard let p = person[b.group] else { continue }
      if b.strong { named[b.group] = true }
      if let q = b.partner, let other = person[q], other != p { named[b.group] = true }
    }
    var out: [(mention: MentionKeys, person: Int)] = []
    for (k, b) in zip(fits.indices, report) where named[b.group] && fits[k] == person[b.group] {
      // Joined by "and" to a word that names no other person ("Saar and Lorraine were flooded", where "Saar said"
      // is the minister): the place, not the person.
      if let q = b.partner, person[q] == nil || person[q] == person[b.group] { continue }
      out.append((b.keys, fits[k]!))
    }
    return out
  }

  /// How many reports a batch of `cluster` holds.
  static let batch = 4096

  /// One part of a batch of reports and the people found in it.
  struct LocalPeople: Sendable {
    var keyCache = KeyCache()
    var reports = 0..<0
    var people: [PersonProfile] = []
    var bare: [BareMention] = []
  }

  /// The people of one report: full names open people, bare surnames join the nearest compatible full name
  /// before them, else one after them, else one another. The keys of its bare surnames kept aside
  /// (`Document.bareSurnames`, to be resolved against the whole run) are added to `bare`.
  static func local(
    _ document: Document, _ d: Int, _ keyCache: inout KeyCache, bare: inout [BareMention]
  ) -> [PersonProfile] {
    let doc = EntityScan(document)
    for (k, b) in document.bareSurnames.enumerated() {
      let m = keyCache.mention(doc, d, k, b.fact, role: nil)
      if !m.surnames.isEmpty {
        bare.append(BareMention(keys: m, group: b.group, strong: b.strong, partner: b.partner))
      }
    }
    var people: [PersonProfile] = []
    var lastMention: [Int] = []  // per person, the byte offset of its latest mention
    var pendingBare: [(MentionKeys, Int)] = []
    for (f, fact) in document.facts.enumerated() {
      guard case .person(let value) = fact.value else { continue }
      let m = keyCache.mention(doc, d, f, fact, role: value.role)
      guard !m.surnames.isEmpty else { continue }
      if m.hasGiven {
        if let k = people.indices.first(where: { people[$0].hasGiven && PersonMatch.mention(m, fits: people[$0]) }) {
          people[k].add(m)
          lastMention[k] = fact.range.start
        } else {
          people.append(PersonProfile(m))
          lastMention.append(fact.range.start)
        }
        continue
      }
      // A bare surname: the nearest compatible full name before it.
      let before = people.indices.filter { people[$0].hasGiven && PersonMatch.mention(m, fits: people[$0]) }
      if let k = before.max(by: { lastMention[$0] < lastMention[$1] }) {
        people[k].add(m)
        lastMention[k] = fact.range.start
      } else {
        pendingBare.append((m, fact.range.start))
      }
    }
    // Bare surnames with no full name before them: a full name after them, or one another.
    for (m, offset) in pendingBare {
      if let k = people.indices.first(where: { PersonMatch.mention(m, fits: people[$0]) }) {
        people[k].add(m)
        lastMention[k] = max(lastMention[k], offset)
      } else {
        people.append(PersonProfile(m))
        lastMention.append(offset)
      }
    }
    return people
  }

  /// Among several people a surname-only person could be, the one whose role agrees, else the one mentioned most.
  fileprivate static func best(_ candidates: [Int], for p: PersonProfile, in global: [PersonProfile]) -> Int? {
    guard candidates.count > 1 else { return candidates.first }
    if let r = p.mentions.first(where: { $0.office != nil }),
      let g = candidates.first(where: { c in
        global[c].mentions.contains { $0.office == r.office && $0.portfolio == r.portfolio }
      })
    {
      return g
    }
    return candidates.max { global[$0].mentions.count < global[$1].mentions.count }
  }
}

/// A bare surname kept aside (`Document.bareSurnames`) reduced to keys, with what tells it is a name.
struct BareMention: Sendable {
  var keys: MentionKeys
  var group: Int
  var strong: Bool
  var partner: Int?
}

/// Mention keys, with transliteration results cached for the run.
struct KeyCache {
  private var keys: [String: [String]] = [:]

  /// Every key of a word (`NameKey.keys`), computed once per run.
  mutating func keys(_ word: String, _ language: Language) -> [String] {
    let k = "\(language.rawValue)|\(word)"
    if let v = keys[k] { return v }
    let v = NameKey.keys(word, language: language)
    keys[k] = v
    return v
  }

  mutating func key(_ word: String, _ language: Language) -> String { keys(word, language).first ?? "" }

  mutating func mention(_ doc: EntityScan, _ d: Int, _ f: Int, _ fact: Fact, role: Role?) -> MentionKeys {
    let a = NameAnalysis.of(doc, fact: fact)
    let lang = a.language
    var surnames: [(key: String, gender: NameGender)] = []
    for r in a.readings {
      for k in keys(r.base, lang) where !surnames.contains(where: { $0.key == k && $0.gender == r.gender }) {
        surnames.append((k, r.gender))
      }
    }
    var givenKeys: [String] = []
    // Chinese and Korean names: the family name written first is the surname ("Park Ji-hoon", «Пак»), keyed by
    // its Latin spelling in every script; the given name's keys are marked "~" (`PersonMatch.givens`).
    if let ff = FamilyFirstNames.reading(a) {
      surnames = []
      for family in ff.families {
        let k = key(GivenNames.names[family].display.lowercased(), .en)
        if !surnames.contains(where: { $0.key == k }) { surnames.append((k, .unknown)) }
      }
      var givenForms = keys(ff.given, lang)
      if let latin = FamilyFirstNames.korean(ff.given, language: lang) { givenForms += keys(latin, .en) }
      for k in givenForms where !givenKeys.contains("~" + k) { givenKeys.append("~" + k) }
      return MentionKeys(
        doc: d, fact: f, analysis: a, given: [], givenKeys: givenKeys, initials: [], surnames: surnames,
        gender: a.gender, role: role)
    }
    if !a.hasGiven {
      for family in FamilyFirstNames.families(of: a.surname) {
        let k = key(GivenNames.names[family].display.lowercased(), .en)
        if !surnames.contains(where: { $0.key == k }) { surnames.append((k, .unknown)) }
      }
    }
    if let g = a.unknownGiven {
      var forms = [g]
      if lang != .en { forms += SurnameForms.readings(g, language: lang).map(\.base) }
      for form in forms {
        for k in keys(form, lang) where !givenKeys.contains(k) { givenKeys.append(k) }
      }
    }
    let initials = a.initials.map { key($0, lang) }.filter { !$0.isEmpty }
    return MentionKeys(
      doc: d, fact: f, analysis: a, given: Set(a.given), givenKeys: givenKeys, initials: initials,
      surnames: surnames, gender: a.gender, role: role)
  }
}
