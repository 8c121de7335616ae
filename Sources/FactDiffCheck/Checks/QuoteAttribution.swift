import FactDiffModel
import FactDiffResolve
import FactDiffText

/// The same quoted words attributed to different people in different reports.
struct QuoteAttribution: Check {
  static let info = RuleInfo(
    id: "quote-attribution", fact: .quote, scope: .acrossSources, severity: .error,
    summary: "Reports attribute the same quoted words to different people.",
    documentation: """
      Quotes are matched across reports, translated ones included, by how much of their wording (or, across \
      languages, their content words, numbers and names) they share. Quotes that are the same sentence must have \
      the same speaker; speakers are people resolved across scripts and case forms. Different sentences from \
      different people are not compared, and a quote whose speaker the report does not name takes no part.
      """,
    example:
      "wire: \"“Supplies … will continue,” Gorelov said\"; portal: \"«Постачання … триватимуть», — заявив Галмаї\"",
    quietExample: "the same sentence, translated, from the same speaker in two reports")
  static let unit = CheckUnit.groups

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    // The clusters of each group that attribute one quote to several speakers; their findings are written once the
    // speakers' names are known (`speakerNames`, one pass over the reports for the whole part).
    var torn: [(quotes: [(fact: Fact, speaker: String)], bySpeaker: [(speaker: String, members: [Int])])] = []
    for group in context.comparableGroups[part] {
      var quotes: [(fact: Fact, speaker: String, language: Language)] = []
      for s in group {
        guard let doc = context.doc(s) else { continue }
        for f in doc.facts {
          if case .quote(let q) = f.value, let sp = q.speaker { quotes.append((f, sp, doc.language)) }
        }
      }
      // Cluster quotes that are the same sentence (across sources only). Identical quotes in one language join
      // at once; distinct texts are compared once each, with features computed once per text and language pair.
      var sets = UnionFind(count: quotes.count)
      func text(_ i: Int) -> String {
        if case .quote(let q) = quotes[i].fact.value { return q.text }
        return ""
      }
      var firstOfText: [String: Int] = [:]
      var distinct: [Int] = []
      for i in quotes.indices {
        let key = quotes[i].language.rawValue + "\u{1}" + Folding.key(text(i))
        if let j = firstOfText[key] {
          sets.union(i, j)
        } else {
          firstOfText[key] = i
          distinct.append(i)
        }
      }
      var cache: [[Int]: Set<String>] = [:]
      func features(_ i: Int, against other: Language) -> Set<String> {
        let key = [i, Language.allCases.firstIndex(of: other)!]
        if let f = cache[key] { return f }
        let f = QuoteMatcher.features(text(i), quotes[i].language, comparedWith: other)
        cache[key] = f
        return f
      }
      for (n, i) in distinct.enumerated() {
        for j in distinct[(n + 1)...] {
          let li = quotes[i].language
          let lj = quotes[j].language
          let score = QuoteMatcher.similarity(features: features(i, against: lj), features(j, against: li))
          if score >= QuoteSimilarity.threshold { sets.union(i, j) }
        }
      }
      // A cluster must hold quotes from two sources to matter.
      for members in sets.groups() {
        let speakers = Set(members.map { quotes[$0].speaker })
        guard speakers.count > 1, Set(members.map { quotes[$0].fact.source }).count > 1 else { continue }
        // Only the sources that disagree take part: a report quoting the sentence twice from one speaker is not
        // a second source.
        // Grouped by position in the cluster (`members`' order), which is what `torn` keeps.
        let bySpeaker = Dictionary(grouping: members.indices, by: { quotes[members[$0]].speaker }).sorted {
          $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
        }
        torn.append((members.map { (quotes[$0].fact, quotes[$0].speaker) }, bySpeaker.map { ($0.key, $0.value) }))
      }
    }
    let names = speakerNames(Set(torn.flatMap { $0.bySpeaker.map(\.speaker) }), context)
    var out: [Finding] = []
    for (quotes, bySpeaker) in torn {
      var parts: [String] = []
      var evidence: [Evidence] = []
      for (g, (speaker, idx)) in bySpeaker.enumerated() {
        let name = names[speaker] ?? speaker
        parts.append("\(name) in \(Describe.list(idx.map { quotes[$0].fact.source }))")
        evidence += idx.map { context.evidence(quotes[$0].fact, reading: name, group: g) }
      }
      let sample = quotes[0].fact.text
      out.append(
        Finding(
          rule: Self.info.id, fact: .quote, scope: .acrossSources, severity: .error,
          sources: Array(Set(quotes.map(\.fact.source))).sorted(),
          message:
            "the same quote (\(Describe.quoted(String(sample.prefix(80))))) is attributed to different people: "
            + parts.joined(separator: "; against "),
          evidence: evidence, event: "main", slot: "quote"))
    }
    return out
  }

  /// The name each of `entities` is first written as, reading the reports in order: one pass for all of them,
  /// stopping once each is found. (Looking up each speaker from the first report on read the whole run for every
  /// finding: its square, on a feed.)
  func speakerNames(_ entities: Set<String>, _ context: CheckContext) -> [String: String] {
    var names: [String: String] = [:]
    guard !entities.isEmpty else { return names }
    for d in context.docs {
      for f in d.facts {
        if case .person(let p) = f.value, entities.contains(p.entity), names[p.entity] == nil {
          names[p.entity] = p.name
          if names.count == entities.count { return names }
        }
      }
    }
    return names
  }
}
