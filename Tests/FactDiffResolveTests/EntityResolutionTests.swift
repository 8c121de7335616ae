import FactDiffExtract
import FactDiffModel
import FactDiffResolve
import Testing

/// Small multi-source fixtures (texts written for these tests) run through extraction and resolution.
enum Fixture {
  static func run(_ reports: [(String, Language, String)], aliases: [[String]] = []) -> [Document] {
    var docs = reports.map { Extraction.analyze(Source(id: $0.0, text: $0.2, language: $0.1)) }
    EntityResolution.resolve(&docs, aliases: aliases)
    return docs
  }

  /// The entity of the first person or place fact of `source` whose text contains `text`.
  static func entity(_ docs: [Document], _ source: String, _ text: String) -> String? {
    for d in docs where d.source.id == source {
      for f in d.facts where f.text.lowercased().contains(text.lowercased()) {
        switch f.value {
        case .person(let p): return p.entity
        case .place(let p): return p.entity
        default: continue
        }
      }
    }
    return nil
  }

  static func person(_ docs: [Document], _ source: String, _ text: String) -> PersonValue? {
    for d in docs where d.source.id == source {
      for f in d.facts where f.text == text { if case .person(let p) = f.value { return p } }
    }
    return nil
  }
}

@Test func namesakesAndCaseFormsAcrossThreeReports() {
  let docs = Fixture.run([
    (
      "ru", .ru,
      """
      МОСКВА, 3 марта. Министр промышленности Олег Захаров провел в понедельник встречу с представителями \
      отрасли. Его заместитель Мария Захарова рассказала о новых программах.

      По словам Олега Захарова, программы заработают летом. Захаров отметил, что финансирование выделено.
      """
    ),
    (
      "uk", .uk,
      """
      У понеділок міністр промисловості РФ Олег Захаров провів зустріч. За словами Захарова, програми \
      запрацюють улітку. Марія Захарова розповіла про нові програми.
      """
    ),
    (
      "en", .en,
      """
      MOSCOW — Industry Minister Oleg Zakharov met industry representatives on Monday. His deputy, Maria \
      Zakharova, described the new programmes. Zakharov said funding had been set aside.
      """
    ),
  ])
  let oleg = Fixture.entity(docs, "ru", "Олег Захаров")
  #expect(oleg != nil)
  #expect(Fixture.entity(docs, "ru", "Олега Захарова") == oleg)
  #expect(Fixture.entity(docs, "ru", "Захаров отметил".prefix(7).description) == oleg)
  #expect(Fixture.entity(docs, "uk", "Олег Захаров") == oleg)
  #expect(Fixture.entity(docs, "uk", "Захарова") == oleg, "За словами Захарова is the man")
  #expect(Fixture.entity(docs, "en", "Oleg Zakharov") == oleg)
  let maria = Fixture.entity(docs, "ru", "Мария Захарова")
  #expect(maria != nil && maria != oleg)
  #expect(Fixture.entity(docs, "uk", "Марія Захарова") == maria)
  #expect(Fixture.entity(docs, "en", "Zakharova") == maria)
  #expect(Fixture.entity(docs, "en", "MOSCOW") == Fixture.entity(docs, "ru", "МОСКВА"))
  #expect(Fixture.person(docs, "en", "Oleg Zakharov")?.name == "Oleg Zakharov")
  #expect(Fixture.person(docs, "ru", "Олега Захарова")?.name == "Oleg Zakharov")
}

@Test func bareSurnameLinksToNearestCompatibleFullName() {
  let docs = Fixture.run([
    (
      "en", .en,
      """
      Pavel Orlov, a deputy minister, met Sergei Orlov, who heads a business council. Sergei Orlov is no \
      relation. Later, Anna Orlova joined them. Orlova said the talks had been useful.
      """
    )
  ])
  let anna = Fixture.entity(docs, "en", "Anna Orlova")
  #expect(anna != nil)
  #expect(Fixture.person(docs, "en", "Orlova")?.entity == anna)
  #expect(Fixture.entity(docs, "en", "Pavel Orlov") != Fixture.entity(docs, "en", "Sergei Orlov"))
}

@Test func homoglyphNameResolvesToTheSamePerson() {
  // "Lаvrov" is typed with a Cyrillic "а".
  let docs = Fixture.run([
    ("a", .en, "Foreign Minister Sergei Lavrov arrived in Ankara on Monday."),
    ("b", .en, "Foreign Minister Sergei Lаvrov arrived in Ankara on Monday."),
    ("c", .ru, "Министр иностранных дел Сергей Лавров прибыл в Анкару."),
  ])
  let a = Fixture.entity(docs, "a", "Lavrov")
  #expect(a != nil)
  #expect(Fixture.entity(docs, "b", "Sergei") == a)
  #expect(Fixture.entity(docs, "c", "Лавров") == a)
}

@Test func aliasesPinHardCases() {
  let reports: [(String, Language, String)] = [
    ("a", .en, "Spokesman Hryhorii Nykolenko said the talks were useful."),
    ("b", .uk, "Речник Георгій Ніколенко заявив, що переговори були корисними."),
  ]
  let plain = Fixture.run(reports)
  #expect(Fixture.entity(plain, "a", "Nykolenko") != Fixture.entity(plain, "b", "Ніколенко"))
  let pinned = Fixture.run(reports, aliases: [["Hryhorii Nykolenko", "Георгій Ніколенко"]])
  #expect(Fixture.entity(pinned, "a", "Nykolenko") == Fixture.entity(pinned, "b", "Ніколенко"))
}

@Test func idsAreNumberedByFirstAppearanceAndDeterministic() {
  let reports: [(String, Language, String)] = [
    ("a", .en, "BELGRADE, Sept 23 — Deputy Foreign Minister Pavel Rudakov met Nemanja Stojiljković in Belgrade."),
    ("b", .ru, "БЕЛГРАД, 23 сентября. Павел Рудаков провел переговоры с Неманей Стоильковичем в Белграде."),
  ]
  let first = Fixture.run(reports)
  let second = Fixture.run(reports)
  #expect(Fixture.entity(first, "a", "Pavel Rudakov") == "P1")
  #expect(Fixture.entity(first, "a", "Stojiljković") == "P2")
  #expect(Fixture.entity(first, "b", "Стоильковичем") == "P2")
  #expect(Fixture.entity(first, "a", "BELGRADE") == "L1")
  #expect(Fixture.entity(first, "b", "Белграде") == "L1")
  #expect(first.map { $0.facts.map(\.value) } == second.map { $0.facts.map(\.value) })
}

@Test func quoteSpeakersBecomeEntityIds() {
  let docs = Fixture.run([
    (
      "en", .en,
      "“Supplies will continue in full throughout the winter,” Deputy Energy Minister Stanislav Gorelov said."
    ),
    ("uk", .uk, "«Постачання триватимуть усю зиму», — заявив державний секретар Угорщини Петер Галмаї."),
    ("ru", .ru, "Петер Халмаи встретился со Станиславом Гореловым."),
  ])
  var speakers: [String: String] = [:]
  for d in docs {
    for f in d.facts { if case .quote(let q) = f.value { speakers[d.source.id] = q.speaker } }
  }
  #expect(speakers["en"] == Fixture.entity(docs, "ru", "Гореловым"))
  #expect(speakers["uk"] == Fixture.entity(docs, "ru", "Петер Халмаи"))
  #expect(speakers["en"] != speakers["uk"])
}

@Test func rolesAndAttendanceStayWithTheirPerson() {
  let docs = Fixture.run([
    (
      "en", .en,
      """
      The Russian delegation was led by Deputy Foreign Minister Vadim Yershov and included Rear Admiral \
      Kirill Vorontsov. Kremlin spokesman Dmitry Peskov said the talks were useful.
      """
    ),
    (
      "ru", .ru,
      """
      Российскую делегацию возглавил заместитель министра иностранных дел Вадим Ершов. Контр-адмирал \
      Кирилл Воронцов в консультациях участия не принимал.
      """
    ),
  ])
  let yershov = Fixture.person(docs, "en", "Vadim Yershov")
  #expect(yershov?.role?.office == "deputy-minister")
  #expect(yershov?.attendance == .led)
  #expect(Fixture.person(docs, "ru", "Вадим Ершов")?.entity == yershov?.entity)
  #expect(Fixture.person(docs, "ru", "Кирилл Воронцов")?.attendance == .absent)
  #expect(Fixture.person(docs, "en", "Dmitry Peskov")?.attendance == nil)
  #expect(Fixture.person(docs, "en", "Dmitry Peskov")?.role?.office == "spokesperson")
}

/// A feminine genitive after a title whose case is misread still reads back to the nominative ("Юлії Сафронової"
/// is Сафронова); a different woman with the same given name stays apart.
@Test func feminineGenitiveAfterATitleResolves() {
  let docs = Fixture.run([
    ("en", .en, "Russian Deputy Industry and Trade Minister Yulia Safronova held talks in New Delhi on Thursday."),
    (
      "uk", .uk,
      "У Нью-Делі відбулися переговори заступниці міністра промисловості й торгівлі РФ Юлії Сафронової та секретаря департаменту."
    ),
    ("ru", .ru, "В переговорах участвовала также Юлия Савченко из торгпредства."),
  ])
  let en = Fixture.entity(docs, "en", "Safronova")
  #expect(en != nil)
  #expect(Fixture.entity(docs, "uk", "Сафронової") == en)
  #expect(Fixture.person(docs, "uk", "Юлії Сафронової")?.name == "Yulia Safronova")
  #expect(Fixture.entity(docs, "ru", "Савченко") != en)
}
