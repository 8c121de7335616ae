import FactDiffModel
import Testing

/// Every entity corpus of every (kind, language). Adding a corpus is one line here.
enum EntityCorpusRegistry {
  static let all: [EntityCorpus] = [
    EntityPeopleCorpus.english, EntityPeopleCorpus.russian, EntityPeopleCorpus.ukrainian,
    EntityRoleCorpus.english, EntityRoleCorpus.russian, EntityRoleCorpus.ukrainian,
    EntityPlaceCorpus.english, EntityPlaceCorpus.russian, EntityPlaceCorpus.ukrainian,
    EntityQuoteCorpus.english, EntityQuoteCorpus.russian, EntityQuoteCorpus.ukrainian,
    EntityAttendanceCorpus.english, EntityAttendanceCorpus.russian, EntityAttendanceCorpus.ukrainian,
  ]

  static let cases: [EntityCase] = all.flatMap(\.cases)
}

/// One generic test runs every text of every registered entity corpus.
@Test(arguments: EntityCorpusRegistry.cases)
func entityCorpusText(_ c: EntityCase) {
  let facts = c.facts()
  if let failure = c.expected.failure(in: facts) {
    Issue.record("\(c.corpus) «\(c.text)»: \(failure)")
  }
}

@Test func entityCorporaCoverEveryLanguage() {
  for language in Language.allCases {
    let corpora = EntityCorpusRegistry.all.filter { $0.language == language }
    #expect(corpora.count == 5, "\(language): \(corpora.count) corpora")
    for c in corpora { #expect(c.cases.count >= 4, "\(c.name): \(c.cases.count) texts") }
  }
}
