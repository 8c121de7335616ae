import FactDiffModel

/// Times, dates, durations and spans (Extract/Temporal).
///
/// Parsing and resolving are separate steps: the extractors of each kind propose candidates at tokens that can start
/// one (digits and the words of `TemporalTriggers`); overlaps are settled longest first; hedges are attached; times
/// next to each other become spans; then each value is resolved against the source's `published` date and zone and
/// given its grain and intervals from the tolerance table.
enum TemporalStage {
  static func run(_ doc: inout Document) {
    let candidates = TemporalStage.candidates(doc)
    var facts = TemporalResolver(doc).facts(candidates)
    doc.facts.append(contentsOf: facts)
    facts.removeAll()
  }

  /// Every candidate at every token, before overlaps are settled.
  static func candidates(_ doc: Document) -> [TemporalCandidate] {
    let tokens = doc.tokens
    let numerals = NumeralReader(doc)
    let times = TimeExtractor(doc, numerals: numerals)
    let dates = DateExtractor(doc)
    let relatives = RelativeDateExtractor(doc)
    let durations = DurationExtractor(doc, numerals: numerals)
    let triggers = TemporalTriggers.forLanguage(doc.language)
    var out: [TemporalCandidate] = []
    for i in tokens.indices {
      let t = tokens[i]
      switch t.kind {
      case .number:
        if let c = times.match(at: i) { out.append(c) }
        if let c = dates.match(at: i) { out.append(c) }
        if let c = durations.match(at: i) { out.append(c) }
      case .word:
        guard triggers.words.contains(t.norm) else { continue }
        if let c = times.match(at: i) { out.append(c) }
        if let c = dates.match(at: i) { out.append(c) }
        if let c = relatives.match(at: i) { out.append(c) }
        if let c = durations.match(at: i) { out.append(c) }
      case .punct:
        continue
      }
    }
    return select(out)
  }

  /// Longest first, then the higher priority, then the earlier; candidates overlapping a chosen one are dropped.
  /// The result is in text order.
  static func select(_ all: [TemporalCandidate]) -> [TemporalCandidate] {
    guard !all.isEmpty else { return [] }
    let order = all.indices.sorted { a, b in
      let x = all[a]
      let y = all[b]
      if x.tokens.count != y.tokens.count { return x.tokens.count > y.tokens.count }
      if x.priority != y.priority { return x.priority > y.priority }
      return x.tokens.lowerBound < y.tokens.lowerBound
    }
    var chosen: [TemporalCandidate] = []
    var taken: [Range<Int>] = []
    for k in order {
      let c = all[k]
      if taken.contains(where: { $0.overlaps(c.tokens) }) { continue }
      taken.append(c.tokens)
      chosen.append(c)
    }
    return chosen.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
  }
}

/// The words that can start a temporal expression in one language: only tokens that are digits or one of these are
/// looked at.
struct TemporalTriggers: Sendable {
  let words: Set<String>

  static let shared = PerLanguageTable { TemporalTriggers(language: $0) }
  static func forLanguage(_ language: Language) -> TemporalTriggers { shared[language] }

  init(language: Language) {
    var w = Set<String>()
    let numbers = NumberWordLexicon.forLanguage(language)
    w.formUnion(numbers.words.keys)
    let time = TimeWords.forLanguage(language)
    w.formUnion(time.named.firstWords)
    w.formUnion(time.ordinalHours.keys)
    let date = DateWords.forLanguage(language)
    w.formUnion(date.months.keys)
    w.formUnion(date.weekdays.keys)
    w.formUnion(date.relativeDays.firstWords)
    w.formUnion(date.relativeWeeks.firstWords)
    w.formUnion(date.relativeMonths.firstWords)
    let duration = DurationWords.forLanguage(language)
    w.formUnion(duration.wholeWords.keys)
    w.formUnion(duration.phrases.firstWords)
    w.formUnion(duration.vague.firstWords)
    w.formUnion(duration.articles)
    for (k, u) in duration.units where u.singular { w.insert(k) }
    words = w
  }
}
