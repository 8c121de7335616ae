import FactDiffModel

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
    example: "wire: \"“Supplies … will continue,” Gorelov said\"; portal: \"«Постачання … триватимуть», — заявив Галмаї\"",
    quietExample: "the same sentence, translated, from the same speaker in two reports")

  func run(_ context: CheckContext) -> [Finding] {
    var out: [Finding] = []
    for group in context.comparableGroups {
      var quotes: [(fact: Fact, speaker: String, language: Language)] = []
      for s in group {
        guard let doc = context.doc(s) else { continue }
        for f in doc.facts {
          if case .quote(let q) = f.value, let sp = q.speaker { quotes.append((f, sp, doc.language)) }
        }
      }
      // Cluster quotes that are the same sentence (across sources only).
      var parent = Array(quotes.indices)
      func find(_ i: Int) -> Int {
        var i = i
        while parent[i] != i { i = parent[i] }
        return i
      }
      for i in quotes.indices {
        for j in (i + 1)..<quotes.count where quotes[i].fact.source != quotes[j].fact.source {
          guard case .quote(let a) = quotes[i].fact.value, case .quote(let b) = quotes[j].fact.value else { continue }
          if QuoteSimilarity.score(a.text, quotes[i].language, b.text, quotes[j].language) >= QuoteSimilarity.threshold {
            parent[find(i)] = find(j)
          }
        }
      }
      var clusters: [Int: [Int]] = [:]
      for i in quotes.indices { clusters[find(i), default: []].append(i) }
      for members in clusters.values.sorted(by: { $0[0] < $1[0] }) {
        let speakers = Set(members.map { quotes[$0].speaker })
        guard speakers.count > 1, Set(members.map { quotes[$0].fact.source }).count > 1 else { continue }
        let bySpeaker = Dictionary(grouping: members, by: { quotes[$0].speaker }).sorted {
          $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
        }
        var parts: [String] = []
        var evidence: [Evidence] = []
        for (g, (speaker, idx)) in bySpeaker.enumerated() {
          let name = speakerName(speaker, context) ?? speaker
          parts.append("\(name) in \(Describe.list(idx.map { quotes[$0].fact.source }))")
          evidence += idx.map { context.evidence(quotes[$0].fact, reading: name, group: g) }
        }
        let sample = quotes[members[0]].fact.text
        out.append(
          Finding(
            rule: Self.info.id, fact: .quote, scope: .acrossSources, severity: .error,
            sources: Array(Set(members.map { quotes[$0].fact.source })).sorted(),
            message: "the same quote (\(Describe.quoted(String(sample.prefix(80))))) is attributed to different people: "
              + parts.joined(separator: "; against "),
            evidence: evidence, event: "main", slot: "quote"))
      }
    }
    return out
  }

  func speakerName(_ entity: String, _ context: CheckContext) -> String? {
    for d in context.docs {
      for f in d.facts { if case .person(let p) = f.value, p.entity == entity { return p.name } }
    }
    return nil
  }
}
