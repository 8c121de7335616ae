import FactDiffExtract
import FactDiffModel

/// A total against its own breakdown: "12 delegates, 5 Russian and 8 American".
struct TotalVsBreakdown: Check {
  static let info = RuleInfo(
    id: "total-vs-breakdown", fact: .count, scope: .withinSource, severity: .error,
    summary: "A total does not equal the sum of the parts the report lists right after it.",
    documentation: """
      A count followed in the same sentence by a breakdown ("12 delegates, 5 Russian and 8 American", "12 \
      делегатов: 5 российских и 8 американских", "186 человек — по 84 с каждой стороны") must add up: the parts \
      joined by "and"/"и"/"і" are the whole, and "K each" / "по K с каждой стороны" is K for each of two sides. \
      After "including", "в том числе", "у тому числі" or "among them" the parts need only not exceed the total. \
      Only exact counts are added; a hedged part ("about 5") keeps the check quiet. After a mere comma, a side \
      named before each number ("Russia sent 24 officials, Mongolia 31 and China 19") makes a list of the sides' \
      counts, not a breakdown. The parts of a breakdown are never totals of their own ("11 documents — five \
      agreements, four memorandums and two protocols": "five agreements" is not a total of 4 + 2).
      """,
    example: "Twelve delegates took part, 5 Russian and 8 American.",
    quietExample: "Twelve delegates took part, including 5 Russians.")
  static let unit = CheckUnit.documents

  static let joiners: Set<String> = ["and", "и", "і", "й", "та", "plus"]

  /// "по 84 с каждой стороны", "по 84 з кожного боку", "84 each", "84 on each side", "84 for 84", "84 на 84" right
  /// after a total: the number for each of two sides.
  func eachSide(_ doc: Document, _ total: Fact, after: ArraySlice<Fact>) -> (value: Double, fact: Fact, words: String)?
  {
    guard let next = after.first, next.sentence == total.sentence, next.hedge == nil,
      case .number(let q) = next.value, next.range.start - total.range.end < 40
    else { return nil }
    let before = Tokenizer.tokenize(doc.source.snippet(TextRange(total.range.end, next.range.start))).map(\.norm)
    let afterText = doc.source.snippet(TextRange(next.range.end, min(doc.source.text.utf8.count, next.range.end + 40)))
    let tail = Tokenizer.tokenize(afterText).prefix(4).map(\.norm)
    let words = doc.source.snippet(TextRange(next.range.start, min(doc.source.text.utf8.count, next.range.end + 24)))
    if before.last == "по"
      && (tail.starts(with: ["с", "каждой"]) || tail.starts(with: ["з", "кожного"])
        || tail.starts(with: ["з", "кожної"]))
    {
      return (q.value, next, words)
    }
    if tail.first == "each" || tail.starts(with: ["on", "each"]) || tail.starts(with: ["from", "each"]) {
      return (q.value, next, words)
    }
    return nil
  }

  /// The parts a report lists right after a total in its sentence ("12 delegates, 5 Russian and 8 American", "девять
  /// документов: четыре соглашения, три меморандума и один протокол"), with the tokens between the total and the
  /// first part; nil when what follows is no breakdown.
  static func parts(of total: Fact, before following: ArraySlice<Fact>, in doc: Document) -> (
    list: [Fact], lead: [String]
  )? {
    let parts = following.prefix { $0.sentence == total.sentence }
    guard parts.count >= 2 else { return nil }
    let list = Array(parts.prefix(4))
    // The parts must follow within a short distance, with a joiner before the last one. The distance is in
    // characters, not bytes, so that a Cyrillic breakdown has as much room as an English one.
    guard let last = list.last,
      doc.source.snippet(TextRange(total.range.end, last.range.start)).unicodeScalars.count < 120
    else { return nil }
    let between = doc.source.snippet(TextRange(total.range.end, list[0].range.start)).lowercased()
    let lead = Tokenizer.tokenize(between).map(\.norm)
    guard lead.contains(",") || lead.contains(":") || lead.contains("-") || lead.contains("(") else { return nil }
    // "Russia sent 24 officials, Mongolia 31 and China 19": after a mere comma, a side named right before each
    // number makes a list of the sides' counts (the verb left out), not the parts of the first.
    if !lead.contains(":"), !lead.contains("-"), !lead.contains("("),
      let before = Tokenizer.tokenize(doc.source.snippet(TextRange(total.range.end, list[0].range.start))).last,
      before.kind == .word, before.isCapitalized
    {
      return nil
    }
    let joined = doc.source.snippet(TextRange(list[list.count - 2].range.end, last.range.start))
    guard Tokenizer.tokenize(joined).contains(where: { Self.joiners.contains($0.norm) }) else { return nil }
    guard list.allSatisfy({ $0.hedge == nil }) else { return nil }
    return (list, lead)
  }

  /// The exact counts of a report that open a breakdown, each with its parts (`parts(of:before:in:)`); a part is
  /// never a total of its own.
  static func breakdowns(_ doc: Document) -> [String: [Fact]] {
    let numbers = doc.facts.filter {
      if case .number(let q) = $0.value { return q.unit == nil && q.rangeMax == nil }
      return false
    }
    var out: [String: [Fact]] = [:]
    var used: Set<String> = []
    for (i, total) in numbers.enumerated() where !used.contains(total.id) && total.hedge == nil {
      guard case .number(let q) = total.value, q.counts != nil,
        let (list, _) = parts(of: total, before: numbers[(i + 1)...], in: doc)
      else { continue }
      for f in list { used.insert(f.id) }
      out[total.id] = list
    }
    return out
  }

  static let partial: Set<String> = ["including", "among", "в", "у", "из", "з", "of"]

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for doc in context.documents(part) {
      let numbers = doc.facts.filter {
        if case .number(let q) = $0.value { return q.unit == nil && q.rangeMax == nil }
        return false
      }
      var used: Set<String> = []
      for (i, total) in numbers.enumerated() where !used.contains(total.id) && total.hedge == nil {
        guard case .number(let tq) = total.value, tq.counts != nil else { continue }
        if let each = eachSide(doc, total, after: numbers[(i + 1)...]) {
          if 2 * each.value != tq.value {
            used.insert(each.fact.id)
            let message =
              "the report gives a total of \(Describe.plain(tq.value)) (\(Describe.quoted(total.text))) but \(Describe.quoted(each.words)) makes 2 × \(Describe.plain(each.value)) = \(Describe.plain(2 * each.value))"
            out.append(
              Finding(
                rule: Self.info.id, fact: .count, scope: .withinSource, severity: .error, sources: [doc.source.id],
                message: message, evidence: [context.evidence(total, group: 0), context.evidence(each.fact, group: 1)],
                event: total.event, slot: total.slot?.name))
          }
          continue
        }
        guard let (list, lead) = Self.parts(of: total, before: numbers[(i + 1)...], in: doc) else { continue }
        let values = list.compactMap { f -> Double? in
          if case .number(let q) = f.value { return q.value }
          return nil
        }
        let sum = values.reduce(0, +)
        let isPartial = lead.contains { Self.partial.contains($0) } && !lead.contains(",") || lead.contains("including")
        let wrong = isPartial ? sum > tq.value : sum != tq.value
        // The parts of a breakdown are not totals of their own, whether or not they add up ("11 documents — five
        // agreements, four memorandums and two protocols": "five agreements" is not a total of 4 + 2).
        for f in list { used.insert(f.id) }
        guard wrong else { continue }
        let addends = values.map { Describe.plain($0) }.joined(separator: " + ")
        let message =
          "the report gives a total of \(Describe.plain(tq.value)) (\(Describe.quoted(total.text))) but its parts add up to \(addends) = \(Describe.plain(sum))"
        out.append(
          Finding(
            rule: Self.info.id, fact: .count, scope: .withinSource, severity: .error, sources: [doc.source.id],
            message: message,
            evidence: [context.evidence(total, group: 0)] + list.map { context.evidence($0, group: 1) },
            event: total.event, slot: total.slot?.name))
      }
    }
    return out
  }
}
