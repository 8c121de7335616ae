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

/// True when some key of `a` matches some key of `b` (`NameKey.keys`, `NameKey.matches`).
func keysMatch(_ a: String, _ la: Language, _ b: String, _ lb: Language) -> Bool {
  let ka = NameKey.keys(a.lowercased(), language: la)
  let kb = NameKey.keys(b.lowercased(), language: lb)
  return ka.contains { x in kb.contains { y in NameKey.matches(x, y) } }
}

/// Spellings Russian and Ukrainian render by sound: an initial English "wh" (у in Russian, в in Ukrainian), French
/// and English vowel spellings ("ai", a final "ay" or silent "e"), a Ukrainian г for a foreign g.
@Test func namesReadBySoundMatchAcrossScripts() {
  let same: [(String, Language, String, Language)] = [
    ("Whitfield", .en, "Уитфилд", .ru), ("Whitfield", .en, "Вітфілд", .uk), ("Whitlock", .en, "Вітлок", .uk),
    ("Tremblay", .en, "Трамбле", .ru), ("Tremblay", .en, "Трамбле", .uk), ("Blair", .en, "Блэр", .ru),
    ("Lafontaine", .en, "Лафонтен", .ru), ("Moore", .en, "Мур", .ru), ("Long", .en, "Лонг", .uk),
    ("Hoang", .en, "Хоанг", .uk), ("Claire", .en, "Клер", .uk),
  ]
  for (a, la, b, lb) in same { #expect(keysMatch(a, la, b, lb), "\(a) / \(b)") }
}

@Test func lookAlikeNamesStayApart() {
  let different: [(String, Language, String, Language)] = [
    ("Whitford", .en, "Вітфілд", .uk), ("Whitford", .en, "Уитфилд", .ru), ("Tremblay", .en, "Трамбл", .ru),
    ("Lam", .en, "Лонг", .uk), ("Long", .en, "Лам", .uk), ("Blair", .en, "Блум", .ru), ("Moore", .en, "Мор", .ru),
    ("Claire", .en, "Клара", .ru),
  ]
  for (a, la, b, lb) in different { #expect(!keysMatch(a, la, b, lb), "\(a) / \(b)") }
}
