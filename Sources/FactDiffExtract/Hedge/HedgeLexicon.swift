import FactDiffModel

/// What a hedge phrase may modify.
struct HedgeScope: OptionSet, Sendable {
  let rawValue: UInt8
  static let count = HedgeScope(rawValue: 1)
  static let duration = HedgeScope(rawValue: 2)
  static let time = HedgeScope(rawValue: 4)
  static let all: HedgeScope = [.count, .duration, .time]
  /// Counts and durations (quantities), not clock times ("over", "under", "up to").
  static let quantity: HedgeScope = [.count, .duration]
}

/// One row of a hedge table: the words, the hedge, what it may modify.
struct HedgeRow: Sendable {
  let phrase: String
  let hedge: Hedge
  let scope: HedgeScope

  init(_ phrase: String, _ hedge: Hedge, _ scope: HedgeScope = .all) {
    self.phrase = phrase
    self.hedge = hedge
    self.scope = scope
  }
}

/// The hedge words of TOLERANCE.md for one language: phrases written before a value ("more than", "около") and
/// after it ("or so", "с лишним", "з гаком").
final class HedgeLexicon: Sendable {
  let before: PhraseTable<HedgeRow>
  let after: PhraseTable<HedgeRow>

  static let shared = PerLanguageTable { HedgeLexicon(language: $0) }
  static func forLanguage(_ language: Language) -> HedgeLexicon { shared[language] }

  init(language: Language) {
    let rows = HedgeLexicon.tables(language)
    before = PhraseTable(rows.before.map { ($0.phrase, $0) })
    after = PhraseTable(rows.after.map { ($0.phrase, $0) })
  }

  static func tables(_ language: Language) -> (before: [HedgeRow], after: [HedgeRow]) {
    switch language {
    case .en: return (EnglishHedges.before, EnglishHedges.after)
    case .ru:
      let through = throughPreposition(RussianHedges.beforePreposition, RussianHedges.prepositions)
      return (RussianHedges.before + through, RussianHedges.after)
    case .uk:
      let through = throughPreposition(UkrainianHedges.beforePreposition, UkrainianHedges.prepositions)
      return (UkrainianHedges.before + through, UkrainianHedges.after)
    }
  }

  /// A hedge separated from its value by the preposition the verb governs: "оценивается примерно в 1,5 млрд",
  /// "выросли почти на 20%", "более чем в 20 странах", "зросли приблизно на 20%". Russian and Ukrainian put the
  /// hedge before the preposition; English puts it after ("by about 20%"), where it already stands next to the
  /// value. Each row is also read with each preposition after it, with the same hedge and scope.
  static func throughPreposition(_ rows: [HedgeRow], _ prepositions: [String]) -> [HedgeRow] {
    rows.flatMap { row in prepositions.map { HedgeRow("\(row.phrase) \($0)", row.hedge, row.scope) } }
  }

  /// The hedge written right before token `start` and the token where its words begin.
  func hedge(_ tokens: [Token], before start: Int, scope: HedgeScope, lowerLimit: Int = 0) -> (Hedge, Int)? {
    guard start > 0, start < tokens.count, tokens[start].spacing <= .narrow else { return nil }
    guard tokens[start - 1].mayBe(.hedgeBeforeEnd),
      let m = before.match(tokens, endingBefore: start, lowerLimit: lowerLimit),
      !m.value.scope.isDisjoint(with: scope)
    else { return nil }
    // "hand over 21 trolleybuses": a verb's particle.
    if m.start > 0, m.start == start - 1, tokens[m.start].key == "over",
      EnglishHedges.particleVerbs.contains(tokens[m.start - 1].key)
    {
      return nil
    }
    return (m.value.hedge, m.start)
  }

  /// The hedge written right after token `end - 1` and the end (exclusive) of its words.
  func hedge(_ tokens: [Token], after end: Int, scope: HedgeScope) -> (Hedge, Int)? {
    guard end < tokens.count, tokens[end].spacing <= .narrow, tokens[end].mayBe(.hedgeAfterStart) else { return nil }
    guard let m = after.match(tokens, at: end), !m.value.scope.isDisjoint(with: scope) else { return nil }
    return (m.value.hedge, m.end)
  }
}
