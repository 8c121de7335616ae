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
    let facts = TemporalResolver(doc).facts(candidates)
    // The first stage: its list becomes the document's (moved, not copied fact by fact).
    if doc.facts.isEmpty { doc.facts = facts } else { doc.facts.append(contentsOf: facts) }
  }

  /// Every candidate at every token, before overlaps are settled.
  static func candidates(_ doc: Document) -> [TemporalCandidate] {
    let tokens = doc.tokens
    let numerals = NumeralReader(doc)
    let times = TimeExtractor(doc, numerals: numerals)
    let dates = DateExtractor(doc)
    let relatives = RelativeDateExtractor(doc)
    let durations = DurationExtractor(doc, numerals: numerals)
    var out: [TemporalCandidate] = []
    out.reserveCapacity(16)
    for i in tokens.indices {
      switch tokens[i].kind {
      case .number:
        if let c = times.match(at: i) { out.append(c) }
        if let c = dates.match(at: i) { out.append(c) }
        if let c = durations.match(at: i) { out.append(c) }
      case .word:
        // The trigger tables the word is in, found when the document was scanned (`Vocabulary`).
        let mask = tokens[i].vocabulary.triggers
        if mask.isEmpty { continue }
        if !mask.isDisjoint(with: TriggerMask.time), let c = times.match(at: i) { out.append(c) }
        if !mask.isDisjoint(with: TriggerMask.date), let c = dates.match(at: i) { out.append(c) }
        if !mask.isDisjoint(with: TriggerMask.relative), let c = relatives.match(at: i, mask: mask) { out.append(c) }
        if !mask.isDisjoint(with: TriggerMask.duration), let c = durations.match(at: i) { out.append(c) }
      case .punct:
        continue
      }
    }
    return select(out, tokenCount: tokens.count)
  }

  /// Longest first, then the higher priority, then the earlier; candidates overlapping a chosen one are dropped.
  /// The result is in text order.
  static func select(_ all: consuming [TemporalCandidate], tokenCount: Int) -> [TemporalCandidate] {
    guard !all.isEmpty else { return [] }
    // The sort reads a small key per candidate, not the candidates (each is a few hundred bytes).
    let keys = all.map { (length: $0.tokens.count, priority: $0.priority, start: $0.tokens.lowerBound) }
    let order = keys.indices.sorted { a, b in
      let x = keys[a]
      let y = keys[b]
      if x.length != y.length { return x.length > y.length }
      if x.priority != y.priority { return x.priority > y.priority }
      return x.start < y.start
    }
    // Chosen by index and copied once, in text order (chosen candidates do not overlap, so their starts differ).
    var chosen: [Int] = []
    chosen.reserveCapacity(all.count)
    if all.count <= 64 {
      // A report has a few dozen candidates: testing the chosen ones for overlap costs less than a flag per token.
      for k in order {
        let s = keys[k].start
        let e = s + keys[k].length
        // (Empty ranges overlap nothing, as with the flags.)
        if s < e,
          chosen.contains(where: { keys[$0].length > 0 && keys[$0].start < e && s < keys[$0].start + keys[$0].length })
        {
          continue
        }
        chosen.append(k)
      }
    } else {
      var taken = [Bool](repeating: false, count: tokenCount)
      for k in order {
        let r = keys[k].start..<(keys[k].start + keys[k].length)
        if r.contains(where: { taken[$0] }) { continue }
        for t in r { taken[t] = true }
        chosen.append(k)
      }
    }
    chosen.sort { keys[$0].start < keys[$1].start }
    // The extractors propose candidates token by token, so the chosen ones nearly always lie in text order in
    // `all` too: then each is moved to its place and the rest dropped (a copy retains a candidate's references).
    if zip(chosen, chosen.dropFirst()).allSatisfy({ $0 < $1 }) {
      all.withUnsafeMutableBufferPointer { b in
        for (w, k) in chosen.enumerated() where w != k { b.swapAt(w, k) }
      }
      all.removeSubrange(chosen.count...)
      return all
    }
    return chosen.map { all[$0] }
  }
}

/// Which tables a trigger word is in, so that only the extractors that can use it look at it.
struct TriggerMask: OptionSet, Sendable {
  let rawValue: UInt32
  static let numberWord = TriggerMask(rawValue: 1 << 0)
  static let namedTime = TriggerMask(rawValue: 1 << 1)
  static let ordinalHour = TriggerMask(rawValue: 1 << 2)
  static let month = TriggerMask(rawValue: 1 << 3)
  static let weekday = TriggerMask(rawValue: 1 << 4)
  static let relativeDay = TriggerMask(rawValue: 1 << 5)
  static let relativeWeek = TriggerMask(rawValue: 1 << 6)
  static let relativeMonth = TriggerMask(rawValue: 1 << 7)
  static let monthAlone = TriggerMask(rawValue: 1 << 8)
  static let durationWord = TriggerMask(rawValue: 1 << 9)
  static let clockWord = TriggerMask(rawValue: 1 << 10)

  static let time: TriggerMask = [.numberWord, .namedTime, .ordinalHour, .clockWord]
  static let date: TriggerMask = [.month, .weekday]
  static let relative: TriggerMask = [.relativeDay, .relativeWeek, .relativeMonth, .weekday, .monthAlone]
  static let duration: TriggerMask = [.numberWord, .durationWord]
}

/// The words that can start a temporal expression in one language, with the tables they are in: only tokens that
/// are digits or one of these are looked at.
final class TemporalTriggers: Sendable {
  let words: WordKeyTable<TriggerMask>

  static let shared = PerLanguageTable { TemporalTriggers(language: $0) }
  static func forLanguage(_ language: Language) -> TemporalTriggers { shared[language] }

  init(language: Language) {
    var w = WordKeyTable<TriggerMask>()
    func add<S: Sequence>(_ words: S, _ m: TriggerMask) where S.Element == WordKey {
      for x in words { w[x] = (w[x] ?? []).union(m) }
    }
    func add<S: Sequence>(_ words: S, _ m: TriggerMask) where S.Element == String {
      add(words.map(WordKey.init), m)
    }
    add(NumberWordLexicon.forLanguage(language).words.keys, .numberWord)
    let time = TimeWords.forLanguage(language)
    add(time.named.firstWords, .namedTime)
    add(time.ordinalHours.keys, .ordinalHour)
    add(ClockWords.forLanguage(language).firstWords, .clockWord)
    let date = DateWords.forLanguage(language)
    add(date.months.keys, .month)
    add(date.monthAlone.keys, .monthAlone)
    add(date.weekdays.keys, .weekday)
    add(date.ordinalDays.firstWords, .month)
    add(date.relativeDays.firstWords, .relativeDay)
    add(date.relativeWeeks.firstWords, .relativeWeek)
    add(date.relativeMonths.firstWords, .relativeMonth)
    let duration = DurationWords.forLanguage(language)
    add(duration.wholeTable.keys, .durationWord)
    add(duration.phrases.firstWords, .durationWord)
    add(duration.vague.firstWords, .durationWord)
    add(duration.articles.keys, .durationWord)
    add(duration.unitTable.filter { $0.value.singular }.map(\.key), .durationWord)
    words = w
  }
}
