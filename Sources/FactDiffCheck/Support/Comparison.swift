import FactDiffModel

/// What one source says for a slot, as intervals on a common scale.
struct Statement {
  let source: String
  let facts: [Fact]
  let strict: Interval
  let widened: Interval
  /// How the statement reads ("6 h 20 min", "07:00 UTC").
  let reading: String
  /// True when reading it needed an assumption the report does not state (a zone guessed from the event place).
  var assumed: Bool = false
}

/// The outcome of comparing the statements of several sources on one slot.
struct Disagreement {
  /// Sources in at least one non-consistent pair, sorted.
  let sources: [String]
  /// The worst verdict over all pairs.
  let verdict: Verdict
  /// The statements, grouped: statements of one group agree with each other.
  let groups: [[Statement]]
  /// The pairs that disagree.
  let pairs: [(Statement, Statement, Verdict)]
}

enum Comparison {
  /// Merges several statements of one source on one slot: their common part, or nil when they disagree among
  /// themselves (that is a within-source matter, not a cross-source one).
  static func merge(_ items: [Statement]) -> Statement? {
    guard var acc = items.first else { return nil }
    for s in items.dropFirst() {
      guard let strict = acc.strict.intersection(s.strict) else { return nil }
      let widened = acc.widened.intersection(s.widened) ?? strict
      let narrower = width(s.strict) < width(acc.strict) ? s : acc
      acc = Statement(
        source: acc.source, facts: acc.facts + s.facts, strict: strict, widened: widened, reading: narrower.reading,
        assumed: acc.assumed && s.assumed)
    }
    return acc
  }

  static func width(_ i: Interval) -> Double {
    guard let a = i.min, let b = i.max else { return .infinity }
    return b - a
  }

  /// Statements that read alike: the same intervals, the same first words, the same assumption. Every verdict and
  /// every named cause is the same for all of them, so each class is compared once (1,000 reports of one event
  /// state a handful of distinct figures).
  private struct ReadingKey: Hashable {
    let strict: Interval
    let widened: Interval
    let assumed: Bool
    let text: String
    let kind: FactKind?
  }

  /// Compares one statement per source; nil when every pair is consistent. Pairs are listed between the first
  /// statements of classes that read alike (see `ReadingKey`); `sources` lists every member of such classes.
  static func compare(_ statements: [Statement]) -> Disagreement? {
    var classOf: [ReadingKey: Int] = [:]
    var members: [[Int]] = []
    for (k, s) in statements.enumerated() {
      let key = ReadingKey(
        strict: s.strict, widened: s.widened, assumed: s.assumed, text: s.facts.first?.text ?? "",
        kind: s.facts.first?.kind)
      if let c = classOf[key] {
        members[c].append(k)
      } else {
        classOf[key] = members.count
        members.append([k])
      }
    }
    var pairs: [(Statement, Statement, Verdict)] = []
    var involvedClasses: Set<Int> = []
    var worst = Verdict.consistent
    for i in members.indices {
      for j in (i + 1)..<members.count {
        let a = statements[members[i][0]]
        let b = statements[members[j][0]]
        let v = Verdict.of(strict: a.strict, b.strict, widened: a.widened, b.widened)
        if v != .consistent {
          pairs.append((a, b, v))
          involvedClasses.insert(i)
          involvedClasses.insert(j)
          worst = max(worst, v)
        }
      }
    }
    guard worst != .consistent else { return nil }
    var involved: Set<String> = []
    for c in involvedClasses { for k in members[c] { involved.insert(statements[k].source) } }
    return Disagreement(
      sources: involved.sorted(), verdict: worst, groups: group(statements.filter { involved.contains($0.source) }),
      pairs: pairs)
  }

  /// Groups statements that agree, greedily in order of their lower ends. A group keeps its distinct intervals,
  /// so a new statement is tested once per distinct figure, not once per member.
  static func group(_ statements: [Statement]) -> [[Statement]] {
    let sorted = statements.sorted {
      ($0.strict.min ?? -.infinity, $0.source) < ($1.strict.min ?? -.infinity, $1.source)
    }
    var groups: [[Statement]] = []
    var distinct: [[Interval]] = []
    for s in sorted {
      if let k = distinct.firstIndex(where: { g in g.allSatisfy { $0.overlaps(s.strict) } }) {
        groups[k].append(s)
        if !distinct[k].contains(s.strict) { distinct[k].append(s.strict) }
      } else {
        groups.append([s])
        distinct.append([s.strict])
      }
    }
    return groups
  }

  /// "12 (“двенадцать соглашений”, agency-ru) against 15 (“15 agreements”, daily-en)": each group with every
  /// statement's own reading and words.
  static func describeGroups(_ d: Disagreement) -> String {
    d.groups.map { g in
      let byReading = Dictionary(grouping: g, by: \.reading)
      let readings = g.map(\.reading).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
      return readings.map { r in
        let words = byReading[r]!.map { "\(Describe.quoted($0.facts.first?.text ?? r)) in \($0.source)" }
        return "\(r) (\(Describe.joined(words, separator: ", ")))"
      }.joined(separator: " and ")
    }.joined(separator: " against ")
  }
}
