import FactDiffModel

/// One person given titles that cannot both hold, in different reports.
struct RoleMismatch: Check {
  static let info = RuleInfo(
    id: "role-mismatch", fact: .role, scope: .acrossSources, severity: .error,
    summary: "Reports give one person titles that cannot both hold.",
    documentation: """
      Titles are normalised to an office and a portfolio in every language ("Deputy Foreign Minister" = \
      "заместитель министра иностранных дел" = "заступник міністра закордонних справ"), and stay with the person \
      they are written with. People are matched across scripts and case forms, and two people who only share a \
      surname are kept apart. Two titles conflict when they are different posts one person does not hold at once \
      (minister and deputy minister; deputy minister and committee chair; the head of a body and its deputy, \
      such as chair and deputy chair; a ministry's secretary general and its minister) or the same post in \
      different fields (energy minister and transport minister). A rank or a role in the delegation ("head of delegation") never \
      conflicts with a post.
      """,
    example: "daily: \"Russia's Foreign Minister Pavel Rudakov\"; wire: \"Deputy Foreign Minister Pavel Rudakov\"",
    quietExample: "wire: \"Kremlin spokesman Dmitry Peskov\"; agency: \"пресс-секретарь президента Дмитрий Песков\"")
  static let unit = CheckUnit.groups

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for group in context.comparableGroups[part] {
      // entity → source → (role, fact)
      var roles: [String: [String: [(Role, Fact)]]] = [:]
      var names: [String: String] = [:]
      for s in group {
        for f in context.doc(s)?.facts ?? [] {
          guard case .person(let p) = f.value, let r = p.role, !p.entity.isEmpty else { continue }
          roles[p.entity, default: [:]][s, default: []].append((r, f))
          names[p.entity] = p.name
        }
      }
      for entity in roles.keys.sorted() {
        let bySource = roles[entity]!
        let sources = bySource.keys.sorted()
        var conflicting: Set<String> = []
        for (i, a) in sources.enumerated() {
          for b in sources[(i + 1)...] where conflict(bySource[a]!.map(\.0), bySource[b]!.map(\.0)) {
            conflicting.insert(a)
            conflicting.insert(b)
          }
        }
        guard !conflicting.isEmpty else { continue }
        // Group the sources by the role they give.
        var groups: [(String, [String])] = []
        for s in sources where conflicting.contains(s) {
          let key = bySource[s]![0].0.canonical
          if let k = groups.firstIndex(where: { $0.0 == key }) {
            groups[k].1.append(s)
          } else {
            groups.append((key, [s]))
          }
        }
        var parts: [String] = []
        var evidence: [Evidence] = []
        for (g, (key, ss)) in groups.enumerated() {
          let words = ss.map { "\($0) (\(Describe.quoted(bySource[$0]![0].0.text)))" }
          parts.append("\(key) in \(Describe.list(words))")
          for s in ss {
            evidence.append(context.evidence(bySource[s]![0].1, reading: bySource[s]![0].0.canonical, group: g))
          }
        }
        out.append(
          Finding(
            rule: Self.info.id, fact: .role, scope: .acrossSources, severity: .error, sources: conflicting.sorted(),
            message: "reports give \(names[entity] ?? entity) different titles: "
              + parts.joined(separator: "; against "),
            evidence: evidence, event: "main", slot: "role"))
      }
    }
    return out
  }

  /// Two reports conflict when some title of one cannot go with some title of the other, and neither report
  /// also gives the other's title.
  func conflict(_ a: [Role], _ b: [Role]) -> Bool {
    for x in a {
      for y in b where RoleCompatibility.conflict(x, y) {
        let xInB = b.contains { !RoleCompatibility.conflict($0, x) && $0.office == x.office }
        let yInA = a.contains { !RoleCompatibility.conflict($0, y) && $0.office == y.office }
        if !xInB && !yInA { return true }
      }
    }
    return false
  }
}
