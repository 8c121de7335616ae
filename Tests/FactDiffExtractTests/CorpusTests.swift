import FactDiffModel
import Testing
import _FactDiffTestSupport

/// Every corpus of every (kind, language). Adding a corpus is one line here.
enum CorpusRegistry {
  static let all: [ExtractionCorpus] = [
    TemporalTimeCorpus.english, TemporalTimeCorpus.russian, TemporalTimeCorpus.ukrainian,
    TemporalDateCorpus.english, TemporalDateCorpus.russian, TemporalDateCorpus.ukrainian,
    TemporalDurationCorpus.english, TemporalDurationCorpus.russian, TemporalDurationCorpus.ukrainian,
    TemporalSpanCorpus.english, TemporalSpanCorpus.russian, TemporalSpanCorpus.ukrainian,
    NumberCorpus.english, NumberCorpus.russian, NumberCorpus.ukrainian,
    CorpusNegative.english, CorpusNegative.russian, CorpusNegative.ukrainian,
  ]

  static let cases: [CorpusCase] = all.flatMap(\.cases)
}

/// One generic test runs every phrase of every registered corpus.
@Test(arguments: CorpusRegistry.cases)
func corpusPhrase(_ c: CorpusCase) {
  let facts = c.facts()
  if let failure = c.expected.failure(in: facts) {
    Issue.record("\(c): \(failure)")
  }
  // A span's ends are time facts of their own.
  if case .span(let a, let b, let h, let m) = c.expected {
    #expect(Expectation.time(a, b).failure(in: facts) == nil, "\(c): start not a time fact")
    #expect(
      Expectation.time(h, m).failure(in: facts) == nil
        || Expectation.time(h, m, hedge: .approximately).failure(in: facts) == nil, "\(c): end not a time fact")
  }
}

@Test func corpusSizePerLanguage() {
  for language in Language.allCases {
    let positive = CorpusRegistry.all.filter { $0.language == language && !$0.name.hasPrefix("negative") }
    let phrases = positive.reduce(0) { $0 + $1.cases.count }
    #expect(phrases >= 150, "\(language): \(phrases) phrases")
  }
}
