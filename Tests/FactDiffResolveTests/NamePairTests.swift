import FactDiffExtract
import FactDiffModel
import FactDiffResolve
import Testing

/// Resolves two one-sentence reports and returns the entity ids of the first person in each.
func entityIds(_ a: NamePairCorpus.Mention, _ b: NamePairCorpus.Mention) -> (String?, String?) {
  var docs = [
    Extraction.analyze(Source(id: "a", text: a.sentence, language: a.language)),
    Extraction.analyze(Source(id: "b", text: b.sentence, language: b.language)),
  ]
  EntityResolution.resolve(&docs)
  func first(_ d: Document) -> String? {
    for f in d.facts { if case .person(let p) = f.value { return p.entity } }
    return nil
  }
  return (first(docs[0]), first(docs[1]))
}

@Test(arguments: NamePairCorpus.pairs(.en))
func namePairEnglish(_ pair: NamePairCorpus.Pair) { checkPair(pair) }

@Test(arguments: NamePairCorpus.pairs(.ru))
func namePairRussian(_ pair: NamePairCorpus.Pair) { checkPair(pair) }

@Test(arguments: NamePairCorpus.pairs(.uk))
func namePairUkrainian(_ pair: NamePairCorpus.Pair) { checkPair(pair) }

func checkPair(_ pair: NamePairCorpus.Pair) {
  let (x, y) = entityIds(pair.a, pair.b)
  guard let x, let y else {
    Issue.record("no person found: «\(pair.a.sentence)» → \(x ?? "none"), «\(pair.b.sentence)» → \(y ?? "none")")
    return
  }
  if pair.same {
    #expect(x == y, "\(pair): \(x) vs \(y)")
  } else {
    #expect(x != y, "\(pair): both \(x)")
  }
}

@Test func namePairCorpusSizes() {
  for language in Language.allCases {
    let pairs = NamePairCorpus.pairs(language)
    #expect(pairs.filter(\.same).count >= 100, "\(language): same pairs")
    #expect(pairs.filter { !$0.same }.count >= 50, "\(language): different pairs")
  }
}
