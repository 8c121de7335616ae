import FactDiffModel
import Testing
import _FactDiffTestSupport

@testable import FactDiffExtract

/// One hedge phrase of the lexicon with a phrase built around it.
struct HedgeCase: Sendable, CustomStringConvertible {
  var language: Language
  var phrase: String
  var hedge: Hedge
  var kind: FactKind
  var description: String { "[\(language)] \(phrase)" }
}

enum HedgeCases {
  static let nouns: [Language: String] = [.en: "agreements", .ru: "соглашений", .uk: "угод"]

  /// Every row of every hedge table, as a count (or a clock time for time-only rows).
  static let all: [HedgeCase] = Language.allCases.flatMap { language -> [HedgeCase] in
    let tables = HedgeLexicon.tables(language)
    let noun = nouns[language]!
    var out: [HedgeCase] = []
    for row in tables.before {
      if row.scope.contains(.count) {
        out.append(HedgeCase(language: language, phrase: "\(row.phrase) 12 \(noun)", hedge: row.hedge, kind: .number))
      } else if row.scope.contains(.time) {
        out.append(HedgeCase(language: language, phrase: "\(row.phrase) 10:00", hedge: row.hedge, kind: .time))
      }
    }
    for row in tables.after {
      if row.scope.contains(.count) {
        let phrase = language == .en ? "12 \(noun) \(row.phrase)" : "12 \(row.phrase) \(noun)"
        out.append(HedgeCase(language: language, phrase: phrase, hedge: row.hedge, kind: .number))
      } else if row.scope.contains(.time) {
        out.append(HedgeCase(language: language, phrase: "10:00 \(row.phrase)", hedge: row.hedge, kind: .time))
      }
    }
    return out
  }
}

@Test(arguments: HedgeCases.all)
func hedgeWordAttaches(_ c: HedgeCase) throws {
  let facts = ExtractionHarness.facts(c.phrase, language: c.language)
  let f = try #require(facts.first { $0.kind == c.kind }, "no \(c.kind) in \(facts.map(\.text))")
  #expect(f.hedge == c.hedge, "\(f.text)")
}

@Test func hedgeInsideASpanStaysOnItsEnd() {
  let facts = ExtractionHarness.facts("from 9.30am until about 3.20pm", language: .en)
  let times = facts.filter { $0.kind == .time }
  #expect(times.map(\.hedge) == [nil, .approximately])
  #expect(times.last?.text == "about 3.20pm")
}
