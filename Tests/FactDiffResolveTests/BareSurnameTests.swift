import FactDiffExtract
import FactDiffModel
import FactDiffResolve
import Testing

/// Reports that give only a person's surname ("Tremblay and Kravets met") linked to the person other reports of the
/// run name in full, and capitalised words that look like such surnames but must not be linked.
enum BareSurnameCorpus {
  static let wire = (
    "wire", Language.en,
    """
    OTTAWA, April 14 — International Trade Minister Marie Tremblay and Ukraine's First Deputy Economy Minister \
    Olena Kravets signed three agreements on Tuesday. Poland's Deputy Infrastructure Minister Piotr Malinowski \
    attended as an observer.
    """
  )
  static let daily = (
    "daily", Language.en,
    """
    Tremblay and Kravets met at 10 a.m. on Tuesday at Global Affairs Canada. Kravets said both sides knew who \
    they did not want to depend on. Kravets's delegation stayed for a second day.
    """
  )
  static let agency = (
    "agency", Language.ru,
    """
    Трамбле и Кравец провели переговоры во вторник. «Мы обе знаем, от кого не хотим зависеть», — сказала Кравец. \
    Малиновский заявил, что Польша поддерживает соглашения. По словам Малиновского, транзит вырастет.
    """
  )
  static let portal = (
    "portal", Language.uk,
    """
    Малиновський і Кравець провели зустріч у вівторок. Згодом Кравець зустрілася з Малиновським ще раз.
    """
  )
}

@Test func bareSurnamesLinkToTheFullNamesOfOtherReports() {
  let docs = Fixture.run([
    BareSurnameCorpus.wire, BareSurnameCorpus.daily, BareSurnameCorpus.agency, BareSurnameCorpus.portal,
  ])
  let tremblay = Fixture.entity(docs, "wire", "Marie Tremblay")
  let kravets = Fixture.entity(docs, "wire", "Olena Kravets")
  let malinowski = Fixture.entity(docs, "wire", "Piotr Malinowski")
  #expect(tremblay != nil && kravets != nil && malinowski != nil)
  #expect(Set([tremblay, kravets, malinowski]).count == 3)
  // English: a pair of bare surnames, a speech verb, and another use of the word (a possessive).
  #expect(Fixture.entity(docs, "daily", "Tremblay") == tremblay)
  #expect(Fixture.entity(docs, "daily", "Kravets") == kravets)
  let dailyKravets = docs[1].facts.filter {
    if case .person(let p) = $0.value { return p.entity == kravets } else { return false }
  }
  #expect(dailyKravets.map(\.text) == ["Kravets", "Kravets", "Kravets"])
  #expect(Fixture.person(docs, "daily", "Tremblay")?.name == "Marie Tremblay")
  // Russian: «Трамбле и Кравец», «сказала Кравец»; the genitive «Малиновского».
  #expect(Fixture.entity(docs, "agency", "Трамбле") == tremblay)
  #expect(Fixture.entity(docs, "agency", "Кравец") == kravets)
  #expect(Fixture.entity(docs, "agency", "Малиновского") == malinowski)
  // Ukrainian: «Малиновський і Кравець», the instrumental «з Малиновським».
  #expect(Fixture.entity(docs, "portal", "Малиновський") == malinowski)
  #expect(Fixture.entity(docs, "portal", "Кравець") == kravets)
  #expect(Fixture.entity(docs, "portal", "Малиновським") == malinowski)
}

/// The facts a report gains are numbered with the others, in text order.
@Test func linkedBareSurnamesAreNumberedInTextOrder() {
  let docs = Fixture.run([BareSurnameCorpus.wire, BareSurnameCorpus.daily])
  let daily = docs[1]
  #expect(daily.bareSurnames.isEmpty)
  #expect(daily.facts.contains { $0.kind == .person })
  let numbers = daily.facts.map { Int($0.id.split(separator: "#").last ?? "") ?? 0 }
  #expect(numbers == Array(1...daily.facts.count))
  let starts = daily.facts.map(\.range.start)
  #expect(starts == starts.sorted())
}

/// Capitalised words in the same positions that are not the person the run names: a place, a surname two people
/// of the run share, a common word at the start of a sentence, an organisation.
@Test func bareSurnameLookAlikesAreNotLinked() {
  let wire = (
    "wire", Language.en,
    """
    TALLINN, April 14 — Estonian IT Minister Kristjan Saar met Ukraine's Deputy Economy Minister Olena Kravets \
    and Deputy Energy Minister Ivan Kravets on Tuesday. Deputy Transport Minister Peter Long and Lena Ford of \
    the Canadian delegation attended.
    """
  )
  let daily = (
    "daily", Language.en,
    """
    Saar and Lorraine were flooded on Tuesday. Kravets said the deal was fair. Long said to be the cheapest \
    route, the northern corridor was chosen, a long road. Ford and Renault will build the new plant. Saar said \
    the commission would meet again.
    """
  )
  let docs = Fixture.run([wire, daily])
  let people = docs[1].facts.compactMap { f -> String? in
    if case .person = f.value { return "\(f.text)@\(f.range.start)" } else { return nil }
  }
  // Only the minister who spoke: "Saar said", not the flooded Saar.
  let said = daily.2.utf8.count - "Saar said the commission would meet again.".utf8.count
  #expect(people == ["Saar@\(said)"], "\(people)")
  #expect(Fixture.entity(docs, "daily", "Saar") == Fixture.entity(docs, "wire", "Kristjan Saar"))
  #expect(Fixture.entity(docs, "wire", "Olena Kravets") != Fixture.entity(docs, "wire", "Ivan Kravets"))
}

/// A report's own bare surnames alone (no full name anywhere in the run) stay words.
@Test func bareSurnamesWithoutAFullNameInTheRunStayWords() {
  let docs = Fixture.run([BareSurnameCorpus.daily, BareSurnameCorpus.agency])
  for d in docs {
    let people = d.facts.compactMap { f -> String? in
      if case .person = f.value { return f.text } else { return nil }
    }
    #expect(!people.contains("Tremblay") && !people.contains("Трамбле"), "\(people)")
    #expect(d.bareSurnames.isEmpty)
  }
}

/// The event summaries name facts by id: after a report gains facts, the ids they hold are the facts' new ones.
@Test func eventSummariesFollowTheRenumberedFacts() {
  var docs = [BareSurnameCorpus.wire, BareSurnameCorpus.daily].map {
    Extraction.analyze(Source(id: $0.0, text: $0.2, language: $0.1, published: Published.parse("2026-04-15")))
  }
  var summaries = docs.indices.map { EventResolution.annotate(&docs[$0]) }
  let before = summaries[1].dateFacts
  _ = Resolution.resolve(&docs, summaries: &summaries)
  #expect(!summaries[1].dateFacts.isEmpty)
  #expect(summaries[1].dateFacts != before, "the daily's date comes after the two surnames it gained")
  for (d, s) in zip(docs, summaries) {
    for id in s.dateFacts { #expect(d.facts.first { $0.id == id }?.kind == .date, "\(id)") }
  }
}

/// A given name the tables do not know and a surname, at the start of a sentence, read the same way: linked to the
/// person named so in another report, with the later bare surname; a namesake with another given name is not.
@Test func anUnknownGivenNameAndSurnameLinkLikeABareSurname() {
  let wire = (
    "wire", Language.en,
    """
    CAPE TOWN, March 3 — Trade Minister Thandiwe Mokoena and Ukraine's Deputy Agriculture Minister Vadym Hrytsai \
    agreed on 300,000 tonnes of wheat on Tuesday.
    """
  )
  let daily = (
    "daily", Language.en,
    """
    Thandiwe Mokoena and Vadym Hrytsai held two hours of talks on Tuesday. Mokoena summed up the deal as "bread \
    in Soweto and oranges in Lviv".
    """
  )
  let other = (
    "other", Language.en,
    """
    Sipho Mokoena and Vadym Hrytsai held talks on Tuesday.
    """
  )
  let docs = Fixture.run([wire, daily, other])
  let mokoena = Fixture.entity(docs, "wire", "Thandiwe Mokoena")
  #expect(mokoena != nil)
  #expect(Fixture.entity(docs, "daily", "Thandiwe Mokoena") == mokoena)
  let bare = docs[1].facts.filter { $0.text == "Mokoena" }
  #expect(bare.count == 1)
  if case .person(let p) = bare.first?.value { #expect(p.entity == mokoena) } else { Issue.record("no Mokoena") }
  #expect(Fixture.entity(docs, "other", "Mokoena") != mokoena)
}
