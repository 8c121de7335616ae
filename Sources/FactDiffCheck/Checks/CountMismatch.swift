import FactDiffExtract
import FactDiffModel

/// Reports of one event give counts or amounts that cannot both hold.
struct CountMismatch: Check {
  static let info = RuleInfo(
    id: "count-mismatch", fact: .count, scope: .acrossSources, severity: .error,
    summary: "Reports of one event give counts or amounts that cannot both hold.",
    documentation: """
      Counts are compared by what they count ("agreements", "companies", in any language) and amounts by their \
      unit (USD, EUR, %, m3; percentage points, pp, are a change of a percentage and a unit of their own, so \
      "by 5 percentage points, to 10%" is never read as two rival rates), for the main event only: the trade \
      figure of last year or the agreements of the \
      previous forum are other events. A goal for a later year ("two crossings by 2027", "к 2027 году", "11 billion \
      cubic metres a year from 2026", "з 2026 року") is compared only with goals for the same year. A report that \
      gives a total and then its parts under one noun ("seven documents: five agreements and two memorandums") \
      states the total, when every other report's figure is larger than each part. Each statement is an interval: \
      "at least 12" is 12 or more, "более 10" is \
      11–20, "около 650" is 600–700, "двенадцать" is exactly 12; when every report gives only a ceiling ("up to 42 \
      convoys a week", "до 36 караванов") or a new level ("увеличить число рейсов до 60"), each is read as stated, so \
      two ceilings disagree. A report that gives two different values for the \
      same thing is left out (it is ambiguous which one is meant). A count per side ("46 prisoners each", "по 84 с \
      каждой стороны", "a delegation of 18") is compared only with counts per side (and left out when another side's \
      figure stands in its sentence), and so is the same figure when the report repeats it without "each" ("Of the \
      46 people Ukraine will receive"); the size of a delegation counts its delegates however its members are named \
      ("the delegation of 14", "a 41-strong delegation", "делегация из 14 человек", "делегація з 14 осіб"), and a \
      clause whose subject is each side makes its count one side's ("each side sent 12 officials"). The hurt, \
      killed or hospitalised among a group ("четверо моряков ранены", "four were injured", "three were taken to \
      hospital", "трьох госпіталізували") are compared only with such counts, \
      never with the whole group ("21 seafarers aboard"). A capacity \
      ("30 billion cubic metres of storage capacity") is compared only with capacities. Currencies are told apart by \
      their signs and words: "C$500 million" is Canadian dollars, "$500 million" US dollars; a conversion in \
      parentheses ("€4.5m (about $4.9m)") stands for the amount it converts, so the reports giving that amount in \
      its own currency take part when the conversion is disputed. A report that gives the amount in a currency \
      no other report writes, where the others give the same figure in one it never writes ("30 мільйонів євро" \
      against "$30 million"), has the currency wrong: a warning. A percentage is \
      compared only with percentages of the same thing, read from the words before it in its sentence and its "of …" \
      phrase (imports, reserves, a duty, the cost …, in any language): "about 70% of the world's phosphate reserves" \
      and "доля в импорте … до 25%" are not rival figures, and a percentage that names nothing it is a share of is \
      not compared.
      """,
    example: "daily: \"signed 15 agreements\"; agency: \"подписали двенадцать соглашений\"",
    quietExample: "wire: \"at least 12 agreements\"; paper: \"более 10 соглашений\"; daily: \"15 agreements\"")
  static let unit = CheckUnit.groups

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for group in context.comparableGroups[part] {
      var slots: Set<Slot> = []
      for s in group {
        for f in context.doc(s)?.facts ?? [] where f.event == "main" {
          if let slot = f.slot, slot.name.hasPrefix("count:") || slot.name.hasPrefix("amount:") { slots.insert(slot) }
        }
      }
      // Each report's bare per-side figures ("exchange 46 detained people each"), read once per report when a
      // count slot needs them.
      var perSideMentions: [String: [Interval]] = [:]
      // Each report's breakdowns (a total and the parts listed right after it), read once per report.
      var breakdowns: [String: [String: [Fact]]] = [:]
      for slot in slots.sorted() {
        // An amount of capacity ("30 billion cubic metres of storage capacity") is another quantity than an
        // amount moved or agreed ("закачка до 4 млрд кубометров газа"): compared only with capacities.
        // A count per side ("46 detained people each", "по 84 с каждой стороны") is another quantity than a
        // total ("92 people in total"): compared only with counts per side.
        let isAmount = slot.name.hasPrefix("amount:")
        // Each statement's aspect, read once.
        var read: [String: [(fact: Fact, aspect: Aspect?)]] = [:]
        for s in group {
          guard let doc = context.doc(s) else { continue }
          let facts = context.facts(s, slot: slot).filter { $0.bounds != nil && !context.flagged.contains($0.id) }.map {
            ($0, Self.aspect($0, doc, amount: isAmount))
          }
          if !isAmount, facts.contains(where: { $0.1 == .plain }), perSideMentions[s] == nil {
            perSideMentions[s] = Self.perSideMentions(doc)
          }
          read[s] = Self.restatedPerSide(facts, mentions: isAmount ? [] : perSideMentions[s] ?? [])
        }
        // Percentages are compared only as shares of the same thing ("70% of the world's reserves" and "a share of
        // imports of up to 25%" are not rival figures); a percentage that names nothing it is a share of is left out.
        let subjects: [Set<String>?] =
          slot.name == "amount:%" || slot.name.hasPrefix("amount:%@") ? Self.subjectGroups(read, context) : [nil]
        for (subject, aspect) in subjects.flatMap({ s in Aspect.allCases.map { (s, $0) } })
        where isAmount || aspect != .capacity {
          var statements: [Statement] = []
          var chosen = group.map { s in
            (
              s,
              (read[s] ?? []).filter { r in r.aspect == aspect && (subject?.contains(r.fact.id) ?? true) }.map(\.fact)
            )
          }
          if !isAmount, chosen.contains(where: { $0.1.count >= 3 }) {
            for (s, _) in chosen where breakdowns[s] == nil {
              breakdowns[s] = context.doc(s).map { TotalVsBreakdown.breakdowns($0) } ?? [:]
            }
            chosen = Self.totalsOverParts(chosen, breakdowns)
          }
          // "up to 42 convoys a week" against "до 36 караванов": when every report gives only a ceiling (or a new
          // level, "увеличить … до 60"), each states the ceiling itself, and two ceilings disagree.
          let caps = Self.allCeilings(chosen.map(\.1))
          for (s, facts) in chosen {
            let sts = facts.map { f in
              let exact = caps ? Self.ceiling(f) : nil
              return Statement(
                source: s, facts: [f], strict: exact ?? f.bounds!, widened: exact ?? f.widened ?? f.bounds!,
                reading: reading(f))
            }
            if let m = Comparison.merge(sts) { statements.append(m) }
          }
          guard statements.count >= 2, let d = Comparison.compare(statements) else { continue }
          // A goal for a later year carries its year in the slot ("count:crossings@2027").
          let parts = slot.name.split(separator: "@", maxSplits: 1)
          let target = parts.count == 2 ? " set for \(parts[1])" : ""
          let what =
            slot.name.hasPrefix("count:")
            ? "the number of \(parts[0].dropFirst(6))\(target)" : "the amount in \(parts[0].dropFirst(7))\(target)"
          let message = "reports disagree on \(what): " + Comparison.describeGroups(d)
          let evidence = d.groups.enumerated().flatMap { g, sts in
            sts.flatMap { st in st.facts.map { context.evidence($0, reading: st.reading, group: g) } }
          }
          // A figure given as a conversion ("€4.5m (about $4.9m)") stands for the amount it converts: reports
          // that give that amount in its own currency take part in the disagreement too.
          let converted = isAmount ? Self.sourcesOfConvertedAmounts(d, group, context) : []
          out.append(
            Finding(
              rule: Self.info.id, fact: .count, scope: .acrossSources, severity: d.verdict.severity!,
              sources: Array(Set(d.sources).union(converted)).sorted(), message: message, evidence: evidence,
              event: "main", slot: slot.name))
        }
      }
      out += Self.currencySlips(group, context)
    }
    return out
  }

  /// A report that gives a total and its parts under one noun ("seven documents: five agreements and two
  /// memorandums", all counted as agreements) states the total: its parts are left out of the comparison, so that
  /// the total can be set against another report's. Only when every other report that gives one figure gives more
  /// than the largest part: a figure no larger than a part ("five agreements") may be that part, and the report
  /// then stays left out as giving several values.
  static func totalsOverParts(_ chosen: [(String, [Fact])], _ breakdowns: [String: [String: [Fact]]]) -> [(
    String, [Fact]
  )] {
    func value(_ f: Fact) -> Double? {
      if case .number(let q) = f.value { return q.value }
      return nil
    }
    // Each report's facts once its parts are left out, whatever the other reports say.
    let reduced = chosen.map { (s, facts) -> (String, [Fact], Double?) in
      let ids = Set(facts.map(\.id))
      for f in facts {
        guard let parts = breakdowns[s]?[f.id], parts.allSatisfy({ ids.contains($0.id) }) else { continue }
        let partIDs = Set(parts.map(\.id))
        return (s, facts.filter { !partIDs.contains($0.id) }, parts.compactMap(value).max())
      }
      return (s, facts, nil)
    }
    return reduced.map { (s, facts, largestPart) in
      guard let largest = largestPart else { return (s, facts) }
      let others = reduced.filter { $0.0 != s && Set($0.1.compactMap(\.bounds)).count == 1 }
      let larger = others.allSatisfy { o in o.1.allSatisfy { ($0.bounds?.min ?? -.infinity) > largest } }
      return larger ? (s, facts) : (s, chosen.first { $0.0 == s }!.1)
    }
  }

  /// The sources, besides those of `d`, that give in its own currency an amount one of `d`'s figures converts
  /// ("€4.5m (about $4.9m)": the reports that say €4.5 million).
  static func sourcesOfConvertedAmounts(_ d: Disagreement, _ group: [String], _ context: CheckContext) -> Set<String> {
    var out: Set<String> = []
    for st in d.groups.joined() {
      guard let doc = context.doc(st.source) else { continue }
      for f in st.facts {
        guard let origin = conversionOrigin(of: f, in: doc), case .number(let o) = origin.value, let unit = o.unit,
          let ob = origin.bounds
        else { continue }
        for s in group where !d.sources.contains(s) {
          let same = context.facts(s, slot: .amount(unit)).contains { g in
            g.bounds.map { $0.intersection(ob) != nil } ?? false
          }
          if same { out.insert(s) }
        }
      }
    }
    return out
  }

  /// The amount a figure in parentheses converts: "€4.5m (about $4.9m)", "15 млрд иен (около 100 млн долларов)".
  static func conversionOrigin(of f: Fact, in doc: Document) -> Fact? {
    guard case .number(let q) = f.value, let unit = q.unit,
      let k = doc.facts.firstIndex(where: { $0.id == f.id }), k > 0
    else { return nil }
    let prev = doc.facts[k - 1]
    guard case .number(let p) = prev.value, let pu = p.unit, pu != unit, prev.range.end <= f.range.start,
      f.range.start - prev.range.end <= 12
    else { return nil }
    let between = doc.source.snippet(TextRange(prev.range.end, f.range.start))
    return between.contains("(") ? prev : nil
  }

  /// True when at least two reports give figures and every figure is a ceiling ("up to 42", "до 36").
  static func allCeilings(_ facts: [[Fact]]) -> Bool {
    facts.filter { !$0.isEmpty }.count >= 2 && facts.allSatisfy { $0.allSatisfy { ceiling($0) != nil } }
  }

  /// The ceiling a figure states, as an exact value: "up to 42" → 42; also a new level set after a word of change
  /// ("увеличить число рейсов до 60": "до 60" read as exactly 60), which states the same new figure.
  static func ceiling(_ f: Fact) -> Interval? {
    let level = f.hedge == nil && (f.text.hasPrefix("до ") || f.text.hasPrefix("До "))
    guard f.hedge == .atMost || level, case .number(let q) = f.value, q.rangeMax == nil else { return nil }
    return Interval(min: q.value, max: q.value)
  }

  /// The percentages of a group split by what they are shares of (`ShareSubject`): each part holds the ids of the
  /// facts whose subjects are comparable, directly or through one another; percentages that name nothing they are
  /// a share of are in none.
  static func subjectGroups(_ read: [String: [(fact: Fact, aspect: Aspect?)]], _ context: CheckContext)
    -> [Set<String>?]
  {
    var facts: [(id: String, subject: ShareSubject)] = []
    for s in read.keys.sorted() {
      guard let doc = context.doc(s) else { continue }
      for r in read[s] ?? [] {
        let subject = ShareSubject.of(r.fact, in: doc)
        if !subject.isEmpty { facts.append((r.fact.id, subject)) }
      }
    }
    var parent = Array(facts.indices)
    func root(_ i: Int) -> Int {
      var i = i
      while parent[i] != i { i = parent[i] }
      return i
    }
    for i in facts.indices {
      for j in facts.indices where j > i && facts[i].subject.comparable(with: facts[j].subject) {
        parent[root(j)] = root(i)
      }
    }
    var groups: [Int: Set<String>] = [:]
    for i in facts.indices { groups[root(i), default: []].insert(facts[i].id) }
    return groups.keys.sorted().map { groups[$0] }
  }

  /// What kind of quantity a count or amount is, beyond its noun or unit.
  enum Aspect: CaseIterable { case plain, capacity, perSide, stock, casualties }

  static func aspect(_ f: Fact, _ doc: Document, amount: Bool) -> Aspect? {
    let source = doc.source
    if amount && isCapacity(f, source) { return .capacity }
    if !amount && isStock(f, source) { return .stock }
    if !amount && isCasualties(f, source) { return .casualties }
    guard isPerSide(f, source) else { return .plain }
    // "a delegation of 18 officials and Russia one of 22": one side's figure beside another's, and which side
    // is which is not read here; such a count is left out.
    return otherFigureInSentence(f, doc) ? nil : .perSide
  }

  /// A figure a report gives per side, repeated in the same report without "each", is still the figure per side
  /// ("exchange 46 detained people each … Of the 46 people Ukraine will receive, 31 are seafarers"): such plain
  /// statements take the aspect of the per-side one, so that they are not set against another report's total.
  /// The per-side figure may also be a bare number of the report (`mentions`, `perSideMentions`).
  static func restatedPerSide(_ read: [(fact: Fact, aspect: Aspect?)], mentions: [Interval]) -> [(
    fact: Fact, aspect: Aspect?
  )] {
    let perSide = read.compactMap { $0.aspect == .perSide ? $0.fact.bounds : nil } + mentions
    guard !perSide.isEmpty else { return read }
    return read.map { r in
      guard r.aspect == .plain, let b = r.fact.bounds, perSide.contains(b) else { return r }
      return (r.fact, .perSide)
    }
  }

  /// A report's bare numbers given per side ("exchange 46 detained people each", "46 by each side", whose noun is
  /// not read).
  static func perSideMentions(_ doc: Document) -> [Interval] {
    doc.facts.compactMap { f in
      guard f.event == "main", f.slot?.name == "mention", f.kind == .number, let b = f.bounds,
        isPerSide(f, doc.source), !otherFigureInSentence(f, doc)
      else { return nil }
      return b
    }
  }

  /// True when the sentence of a fact holds another figure written in digits (not a date or a clock time).
  static func otherFigureInSentence(_ f: Fact, _ doc: Document) -> Bool {
    let u = doc.source.text.utf8
    let lo = max(0, f.range.start - 160)
    let hi = min(u.count, f.range.end + 160)
    let window = Array(u[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)])
    // Dates and times near the fact (facts are in text order): their digits are not figures.
    var first = 0
    var last = doc.facts.count
    while first < last {
      let mid = (first + last) / 2
      if doc.facts[mid].range.start < lo - 256 { first = mid + 1 } else { last = mid }
    }
    var temporal: [TextRange] = []
    while first < doc.facts.count, doc.facts[first].range.start < hi {
      if [FactKind.date, .time, .span, .duration].contains(doc.facts[first].kind) {
        temporal.append(doc.facts[first].range)
      }
      first += 1
    }
    func isFigure(_ k: Int) -> Bool {
      let b = window[k - lo]
      return b >= 0x30 && b <= 0x39 && !temporal.contains { $0.start <= k && k < $0.end }
    }
    var k = f.range.end
    while k < hi, window[k - lo] != 0x2E {
      if isFigure(k) { return true }
      k += 1
    }
    k = f.range.start - 1
    while k >= lo, window[k - lo] != 0x2E {
      if isFigure(k) { return true }
      k -= 1
    }
    return false
  }

  /// Words right after a count that make it a count per side.
  static let perSideWords = [
    " each", "by each side", "from each side", "for each side", "per side", "с каждой стороны", "каждая сторона",
    "каждой из сторон", "з кожного боку", "з кожної сторони", "кожна сторона", "кожною стороною",
    // One side's share named after the noun: "22 представителя российской стороны", "from the Russian side".
    " side", " стороны", " сторони", " делегации", " делегації",
  ]
  /// Words right before a count that make it a count per side ("по 84 военнопленных").
  static let perSideBefore = [
    " по", " each side", " each of them", " кожна сторона", " каждая сторона", "delegation of", "team of",
    "делегация из", "делегацію з", "делегація з", "делегации из", "делегация в составе", "делегации в составе",
    "делегація у складі", "делегація в складі", "делегації у складі",
  ]

  /// True when a count is one side's share: "46 people each", "84 с каждой стороны", "по 84".
  static func isPerSide(_ f: Fact, _ source: Source) -> Bool {
    let n = source.text.utf8.count
    let after = source.snippet(TextRange(f.range.end, min(n, f.range.end + 48))).lowercased()
    let clause = String(after.prefix { !",;.—()".contains($0) })
    let before = " " + source.snippet(TextRange(max(0, f.range.start - 24), f.range.start)).lowercased()
    let trimmed = String(before.reversed().drop { $0 == " " }.reversed())
    if f.text.lowercased().hasPrefix("по ") { return true }
    // "a 41-strong delegation": the size of one side's delegation.
    if f.text.lowercased().containsBytes("-strong ") { return true }
    if perSideWords.contains(where: { clause.hasPrefix($0) || clause.containsBytes($0 + " ") || clause.hasSuffix($0) })
      || perSideBefore.contains(where: { trimmed.hasSuffix($0) })
    {
      return true
    }
    // "each side sent 12 officials", "каждая сторона направила по 12 человек": each side the subject of its clause.
    let wide = source.snippet(TextRange(max(0, f.range.start - 48), f.range.start)).lowercased()
    let own = " " + String(String(wide.reversed()).prefix { !",;.—()".contains($0) }.reversed())
    return eachSideSubjects.contains { own.containsBytes($0) }
  }

  /// Subjects that make the count of their clause one side's: "each side sent 12 officials".
  static let eachSideSubjects = [
    " each side ", " each delegation ", " each country ", " каждая сторона ", " каждая из сторон ",
    " каждая делегация ", " кожна сторона ", " кожна зі сторін ", " кожна з сторін ", " кожна делегація ",
  ]

  /// Words that make an amount a capacity, looked for in the amount's clause just before or after it.
  static let capacityWords = [
    "capacity", "capacities", "мощност", "мощностью", "емкост", "ёмкост", "потужн", "ємніст", "ємност",
  ]

  /// True when an amount is a capacity: a capacity word within a few words of it, in its own clause.
  static func isCapacity(_ f: Fact, _ source: Source) -> Bool {
    let n = source.text.utf8.count
    let after = source.snippet(TextRange(f.range.end, min(n, f.range.end + 64)))
    let before = source.snippet(TextRange(max(0, f.range.start - 48), f.range.start))
    func clause(_ s: Substring) -> Substring { s.prefix { !",;.—()".contains($0) } }
    let a = clause(Substring(after)).lowercased()
    let b = String(String(before.reversed()).prefix { !",;.—()".contains($0) }.reversed()).lowercased()
    return capacityWords.contains { a.containsBytes($0) || b.containsBytes($0) }
  }

  /// Words that make a count what someone runs or owns, not what the event moves or agrees: "Brno, which runs
  /// about 150 trolleybuses of its own, will send 21", "парк из 150 троллейбусов".
  static let stockWords = [
    " runs ", " operates ", " owns ", "of its own", "of their own", "fleet of", "fleet numbers", "эксплуатирует",
    "располагает", "собственных", "в парке", "парк из", "експлуатує", "власних", "у парку", "парк з",
  ]

  /// True when a count is a stock someone holds: a stock word within a few words of it, in its own clause.
  static func isStock(_ f: Fact, _ source: Source) -> Bool {
    let n = source.text.utf8.count
    let after = source.snippet(TextRange(f.range.end, min(n, f.range.end + 40)))
    let before = source.snippet(TextRange(max(0, f.range.start - 40), f.range.start))
    func clause(_ s: Substring) -> Substring { s.prefix { !",;.—()".contains($0) } }
    let a = " " + clause(Substring(after)).lowercased() + " "
    let b = " " + String(String(before.reversed()).prefix { !",;.—()".contains($0) }.reversed()).lowercased() + " "
    return stockWords.contains { a.containsBytes($0) || b.containsBytes($0) }
  }

  /// Words that make a count the hurt, killed or missing among the people it names ("четверо моряков ранены",
  /// "чотирьох моряків поранено", "four sailors were injured"), looked for at a word's start.
  static let casualtyWords = [
    " injured", " wounded", " hurt", " killed", " died", " dead", " missing", " hospitali", " ранен", " ранил",
    " пострадал", " погиб", " убит", " госпитализ", " пропал", " травм", " поранен", " постраждал", " загинул",
    " загинув", " загибл", " вбит", " госпіталізов", " госпіталізув", " зникл", " травмов", " to hospital",
    " in hospital",
  ]

  /// True when a count is of the hurt or killed among a group ("четверо моряков ранены"): compared only with such
  /// counts, never with the whole group ("21 seafarers aboard").
  static func isCasualties(_ f: Fact, _ source: Source) -> Bool {
    let n = source.text.utf8.count
    let after = source.snippet(TextRange(f.range.end, min(n, f.range.end + 32)))
    let before = source.snippet(TextRange(max(0, f.range.start - 24), f.range.start))
    func clause(_ s: Substring) -> Substring { s.prefix { !",;.—()".contains($0) } }
    let a = " " + clause(Substring(after)).lowercased()
    let b = " " + String(String(before.reversed()).prefix { !",;.—()".contains($0) }.reversed()).lowercased()
    return casualtyWords.contains { a.containsBytes($0) || b.containsBytes($0) }
  }

  func reading(_ f: Fact) -> String {
    guard case .number(let q) = f.value, let b = f.bounds else { return f.text }
    return Describe.interval(b) { Describe.number($0, unit: q.unit) }
  }
}
