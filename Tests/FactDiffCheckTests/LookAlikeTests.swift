import Testing
import _FactDiffTestSupport

/// End-to-end look-alikes found on unseen evaluation cases, through real extraction: each quiet pair must stay
/// quiet, and its twin with a real disagreement must fire.
@Suite struct LookAlikeTests {
  typealias Report = (id: String, text: String, language: Language, published: String, zone: String?)

  func findings(_ reports: [Report], rule: String) async -> [Finding] {
    let sources = reports.map {
      Source(
        id: $0.id, text: $0.text, language: $0.language, published: Published.parse($0.published), timezone: $0.zone)
    }
    return await Pipeline.run(sources: sources).report.findings.filter { $0.rule == rule && $0.severity != .info }
  }

  // MARK: time-mismatch: one instant written on two calendar days

  @Test func sameInstantOnTheEveningBeforeIsQuiet() async {
    let f = await findings(
      [
        (
          "a", "WASHINGTON — Russian and Vietnamese officials began talks in Hanoi at 9 p.m. Eastern time on Thursday.",
          .en, "2025-11-21", nil
        ),
        (
          "b", "HANOI, Nov 21 — Russian and Vietnamese officials began talks in Hanoi on Friday at 9 a.m. local time.",
          .en, "2025-11-21", nil
        ),
      ], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func twoHoursApartAcrossTheDayLineFires() async {
    let f = await findings(
      [
        (
          "a",
          "WASHINGTON — Russian and Vietnamese officials began talks in Hanoi at 11 p.m. Eastern time on Thursday.",
          .en, "2025-11-21", nil
        ),
        (
          "b", "HANOI, Nov 21 — Russian and Vietnamese officials began talks in Hanoi on Friday at 9 a.m. local time.",
          .en, "2025-11-21", nil
        ),
      ], rule: "time-mismatch")
    #expect(f.count == 1)
  }

  // MARK: time-mismatch: clock times in words on a 12-hour dial

  static let halfPastOneWire = (
    id: "wire",
    text: "LIMA, Oct 22 — The commission met at 10 a.m. and ended its session at half past one in the afternoon.",
    language: Language.en, published: "2025-10-22", zone: String?.none
  )

  @Test func halfPastOneIsTheHalfOfTheSecondHour() async {
    let f = await findings(
      [
        Self.halfPastOneWire,
        (
          "agency", "ЛИМА, 22 октября. Заседание комиссии началось в 10:00 и завершилось в половине второго.", .ru,
          "2025-10-22", nil
        ),
      ], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func halfPastTwoAgainstHalfPastOneFires() async {
    let f = await findings(
      [
        Self.halfPastOneWire,
        (
          "portal", "Засідання комісії в Лімі розпочалося о 10:00 і завершилося о пів на третю.", .uk, "2025-10-22", nil
        ),
      ], rule: "time-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: the size of a delegation

  static let delegationOf14 = (
    id: "wire",
    text:
      "LIMA, Oct 22 — Russia and Peru signed a fisheries protocol on Wednesday. The Russian delegation of 14, led by Sergei Lapin, included regional officials.",
    language: Language.en, published: "2025-10-22", zone: String?.none
  )

  @Test func aDelegationOfFourteenIsFourteenPeopleInAnyLanguage() async {
    let f = await findings(
      [
        Self.delegationOf14,
        (
          "agency",
          "ЛИМА, 22 октября. Россия и Перу в среду подписали протокол по рыболовству. Российская делегация из 14 человек прибыла во главе с Сергеем Лапиным.",
          .ru, "2025-10-22", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aFortyOneStrongDelegationAgainstFourteenFires() async {
    let f = await findings(
      [
        Self.delegationOf14,
        (
          "daily",
          "Russia and Peru signed a fisheries protocol in Lima on Wednesday. A 41-strong Russian delegation, headed by Sergei Lapin, spent the morning at the ministry.",
          .en, "2025-10-23", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: counted nouns in oblique cases

  static let fiveTowns = (
    id: "wire",
    text:
      "REYKJAVIK, Feb 10 — Iceland will give Ukraine €4 million to test geothermal heating in five towns, under a memorandum signed on Tuesday.",
    language: Language.en, published: "2026-02-10", zone: String?.none
  )

  @Test func fiveTownsInAnotherCaseAreQuiet() async {
    let f = await findings(
      [
        Self.fiveTowns,
        (
          "agency",
          "РЕЙКЬЯВИК, 10 февраля. Исландия выделит Украине 4 млн евро на пилотные проекты геотермального отопления в пяти городах, говорится в меморандуме, подписанном во вторник.",
          .ru, "2026-02-10", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func sixTownsAgainstFiveFire() async {
    let f = await findings(
      [
        Self.fiveTowns,
        (
          "agency",
          "РЕЙКЬЯВИК, 10 февраля. Исландия выделит Украине 4 млн евро на пилотные проекты геотермального отопления в шести городах, говорится в меморандуме, подписанном во вторник.",
          .ru, "2026-02-10", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: "до N" after a word of change is the new level

  static let dutyTo10 = (
    id: "wire",
    text:
      "KUALA LUMPUR, June 4 — Russia will seek a cut in the Eurasian Economic Union's import duty on Malaysian palm oil by 5 percentage points, to 10%, the two governments said on Wednesday after a joint commission in Kuala Lumpur.",
    language: Language.en, published: "2025-06-04", zone: String?.none
  )

  @Test func aDutyCutToTheSameRateIsQuiet() async {
    let f = await findings(
      [
        Self.dutyTo10,
        (
          "portal",
          "Малайзія та Росія в середу провели засідання міжурядової комісії в Куала-Лумпурі. Москва пообіцяла домагатися в ЄАЕС зниження мита на малайзійську пальмову олію до 10%.",
          .uk,
          "2025-06-04", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aDutyCutToAnotherRateFires() async {
    let f = await findings(
      [
        Self.dutyTo10,
        (
          "portal",
          "Малайзія та Росія в середу провели засідання міжурядової комісії в Куала-Лумпурі. Москва пообіцяла домагатися в ЄАЕС зниження мита на малайзійську пальмову олію до 15%.",
          .uk,
          "2025-06-04", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: place-mismatch and zones: a venue phrase on the dateline

  @Test func aCityOfALaterSentenceIsNotTheVenueOfADatelineVenue() async {
    let f = await findings(
      [
        (
          "wire",
          "SEOUL, Nov 12 — South Korea and Azerbaijan signed a contract for four oil tankers on Wednesday. The talks at the Ministry of Trade ended with the signing. The tankers will be assembled at a shipyard near Baku.",
          .en, "2025-11-12", nil
        ),
        (
          "agency",
          "12 ноября. Южная Корея и Азербайджан в среду подписали контракт на строительство четырех нефтяных танкеров. Переговоры прошли в Сеуле.",
          .ru, "2025-11-12", nil
        ),
      ], rule: "place-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aDatelineVenueAgainstAnotherCityFires() async {
    let f = await findings(
      [
        (
          "wire",
          "SEOUL, Nov 12 — South Korea and Azerbaijan signed a contract for four oil tankers on Wednesday. The talks at the Ministry of Trade ended with the signing. The tankers will be assembled at a shipyard near Baku.",
          .en, "2025-11-12", nil
        ),
        (
          "agency",
          "12 ноября. Южная Корея и Азербайджан в среду подписали контракт на строительство четырех нефтяных танкеров. Переговоры прошли в Токио.",
          .ru, "2025-11-12", nil
        ),
      ], rule: "place-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: place-mismatch: another place named first

  @Test func aReservoirBeforeTheVenueIsQuiet() async {
    let f = await findings(
      [
        (
          "a",
          "Russia will sell Kyrgyzstan electricity this winter to make up for low water in the Toktogul reservoir, officials said after talks in Bishkek on Tuesday.",
          .en, "2025-09-16", nil
        ),
        ("b", "Russian and Kyrgyz energy officials held talks in Bishkek on Tuesday.", .en, "2025-09-16", nil),
      ], rule: "place-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func portsNamedByTheReportDoNotHideAnotherVenue() async {
    let f = await findings(
      [
        (
          "a",
          "Russia and Oman agreed on Wednesday to study a container service to the Omani ports of Duqm and Salalah. The commission met in Salalah.",
          .en, "2025-11-05", nil
        ),
        (
          "b", "Russia and Oman agreed on Wednesday to study a container service. The commission met in Muscat.", .en,
          "2025-11-05", nil
        ),
      ], rule: "place-mismatch")
    #expect(f.count == 1)
  }

  // MARK: date-mismatch: a day counted in the zone a report declares

  @Test func wednesdayNightInWashingtonIsThursdayInUlaanbaatar() async {
    let f = await findings(
      [
        (
          "a",
          "WASHINGTON — Russian and Mongolian officials sat down in Ulaanbaatar on Wednesday night Washington time to discuss transit fees.",
          .en, "2025-10-02", "America/New_York"
        ),
        (
          "b",
          "ULAANBAATAR, Oct 2 — Russian and Mongolian officials held talks on transit fees in Ulaanbaatar on Thursday.",
          .en, "2025-10-02", nil
        ),
      ], rule: "date-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func zonesAnHourApartDoNotExcuseAnotherDay() async {
    let f = await findings(
      [
        ("a", "Russian and Belarusian officials held talks in Moscow on Wednesday.", .en, "2025-10-02", "Europe/Kyiv"),
        (
          "b", "MOSCOW, Oct 2 — Russian and Belarusian officials held talks in Moscow on Thursday.", .en, "2025-10-02",
          nil
        ),
      ], rule: "date-mismatch")
    #expect(f.count == 1)
  }

  // MARK: date-mismatch: a weekday far down the story is not the event's day

  static let newDelhiAgency = """
    НЬЮ-ДЕЛИ, 6 февраля. Россия сохранит поставки удобрений в Индию на уровне прошлого года, сообщила по итогам \
    переговоров в Нью-Дели заместитель министра Юлия Сафронова.

    Переговоры начались в 9:30 мск и продолжались около трех часов.

    Российская делегация прилетела в Нью-Дели во вторник. В среду Сафронова провела встречи с импортерами удобрений.
    """

  @Test func aSideMeetingOnTheDayBeforeIsQuiet() async {
    let f = await findings(
      [
        ("a", Self.newDelhiAgency, .ru, "2025-02-06", nil),
        (
          "b",
          "NEW DELHI, Feb 6 — Russia will keep fertiliser supplies to India at last year's level, Deputy Minister Yulia Safronova said after talks in New Delhi on Thursday.",
          .en, "2025-02-06", nil
        ),
      ], rule: "date-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func theTalksDayInTheSecondParagraphFires() async {
    let agency = """
      НЬЮ-ДЕЛИ, 6 февраля. Россия сохранит поставки удобрений в Индию на уровне прошлого года, сообщила по итогам \
      переговоров в Нью-Дели заместитель министра Юлия Сафронова.

      Переговоры прошли в среду и продолжались около трех часов.
      """
    let f = await findings(
      [
        ("a", agency, .ru, "2025-02-06", nil),
        (
          "b",
          "NEW DELHI, Feb 6 — Russia will keep fertiliser supplies to India at last year's level, Deputy Minister Yulia Safronova said after talks in New Delhi on Thursday.",
          .en, "2025-02-06", nil
        ),
      ], rule: "date-mismatch")
    #expect(f.count == 1)
  }

  // MARK: relative-vs-date: a date of something else in the same sentence

  @Test func anEarlierEventsDateInTheSentenceIsQuiet() async {
    let f = await findings(
      [
        (
          "a",
          "UZHHOROD, Jan 24 — Ukraine and Slovakia discussed on Friday how to raise electricity flows, weeks after Russian gas stopped flowing through Ukraine on Jan. 1.",
          .en, "2025-01-24", nil
        )
      ], rule: "relative-vs-date")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func yesterdayBesideAnotherDayFires() async {
    let f = await findings(
      [("a", "Ukraine and Slovakia held talks in Uzhhorod yesterday, January 22.", .en, "2025-01-24", nil)],
      rule: "relative-vs-date")
    #expect(f.count == 1)
  }

  // MARK: count-mismatch: a capacity is not an amount moved

  @Test func capacityAgainstInjectionsIsQuiet() async {
    let f = await findings(
      [
        (
          "a",
          "Poland and Ukraine held talks in Warsaw on Wednesday. Ukraine has more than 30 billion cubic metres of storage capacity.",
          .en, "2025-03-19", nil
        ),
        (
          "b", "Переговоры Польши и Украины прошли в среду в Варшаве. Обсуждалась закачка до 4 млрд кубометров газа.",
          .ru, "2025-03-19", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func twoCapacitiesThatDifferFire() async {
    let f = await findings(
      [
        (
          "a",
          "Poland and Ukraine held talks in Warsaw on Wednesday. Ukraine has more than 30 billion cubic metres of storage capacity.",
          .en, "2025-03-19", nil
        ),
        (
          "b",
          "Переговоры Польши и Украины прошли в среду в Варшаве. Украина располагает мощностями хранения около 20 млрд кубометров.",
          .ru, "2025-03-19", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1)
  }

  // MARK: role-mismatch: titles with more fields

  @Test func ministerOfStateForEnergyIsAnEnergyMinister() async {
    let f = await findings(
      [
        (
          "a",
          "Russian and Qatari officials held talks in Doha on Monday. Qatar's Minister of State for Energy Affairs Khalid al-Mannai led his side.",
          .en, "2025-05-12", nil
        ),
        (
          "b",
          "Переговоры прошли в понедельник в Дохе. Катарскую сторону возглавил министр Катара по делам энергетики Халид аль-Маннаи.",
          .ru, "2025-05-12", nil
        ),
      ], rule: "role-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func foreignMinisterAgainstEnergyMinisterFires() async {
    let f = await findings(
      [
        (
          "a",
          "Russian and Qatari officials held talks in Doha on Monday. Qatar's Foreign Minister Khalid al-Mannai led his side.",
          .en, "2025-05-12", nil
        ),
        (
          "b",
          "Переговоры прошли в понедельник в Дохе. Катарскую сторону возглавил министр Катара по делам энергетики Халид аль-Маннаи.",
          .ru, "2025-05-12", nil
        ),
      ], rule: "role-mismatch")
    #expect(f.count == 1)
  }

  @Test func scienceAndHigherEducationIsScience() async {
    let f = await findings(
      [
        (
          "a",
          "Russian and Vietnamese officials held talks in Hanoi on Friday. Russia's deputy science minister, Anton Zabelin, led the delegation.",
          .en, "2025-11-21", nil
        ),
        (
          "b",
          "Переговори відбулися в п'ятницю в Ханої. Делегацію очолив заступник міністра науки і вищої освіти РФ Антон Забєлін.",
          .uk, "2025-11-21", nil
        ),
      ], rule: "role-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func deputyOilMinisterIsNotAMinister() async {
    let quiet = await findings(
      [
        (
          "a", "The talks in Tehran began on Monday. Iran's side was led by Deputy Oil Minister Majid Rezaeifar.", .en,
          "2025-07-07", nil
        ),
        (
          "b",
          "Переговоры в Тегеране начались в понедельник. Иранскую делегацию возглавил заместитель министра нефти Ирана Маджид Резаифар.",
          .ru, "2025-07-07", nil
        ),
      ], rule: "role-mismatch")
    #expect(quiet.isEmpty, "\(quiet.map(\.message))")
    let fires = await findings(
      [
        (
          "a", "The talks in Tehran began on Monday. Iran's side was led by Oil Minister Majid Rezaeifar.", .en,
          "2025-07-07", nil
        ),
        (
          "b",
          "Переговоры в Тегеране начались в понедельник. Иранскую делегацию возглавил заместитель министра нефти Ирана Маджид Резаифар.",
          .ru, "2025-07-07", nil
        ),
      ], rule: "role-mismatch")
    #expect(fires.count == 1)
  }
  // MARK: relative-vs-date: the other reports say which date is off

  @Test func theOtherReportsBackTheRelativeDate() async {
    let reports: [Report] = [
      (
        "a", "Учора, 3 березня, у Варшаві відбулися українсько-польські переговори щодо транзиту зерна.", .uk,
        "2025-03-05", nil
      ),
      (
        "b", "WARSAW, March 4 — Polish and Ukrainian officials held talks on grain transit in Warsaw on Tuesday.", .en,
        "2025-03-04", nil
      ),
      (
        "c", "ВАРШАВА, 4 марта. Переговоры Польши и Украины о транзите зерна прошли во вторник в Варшаве.", .ru,
        "2025-03-04", nil
      ),
    ]
    let f = await findings(reports, rule: "relative-vs-date")
    #expect(f.count == 1)
    #expect(f.first?.severity == .error)
    #expect(f.first?.likelyCause == nil)
  }

  @Test func theOtherReportsBackTheAbsoluteDate() async {
    let reports: [Report] = [
      (
        "a", "Учора, 4 березня, у Варшаві відбулися українсько-польські переговори щодо транзиту зерна.", .uk,
        "2025-03-06", nil
      ),
      (
        "b", "WARSAW, March 4 — Polish and Ukrainian officials held talks on grain transit in Warsaw on Tuesday.", .en,
        "2025-03-04", nil
      ),
    ]
    let f = await findings(reports, rule: "relative-vs-date")
    #expect(f.count == 1)
    #expect(f.first?.severity == .warning)
    #expect(f.first?.likelyCause != nil)
  }

  // MARK: zone-conversion without a published date

  @Test func aConversionIsCheckedOnAPageWithoutMetadata() async {
    let page = """
      ВІЛЬНЮС. 10.07.2025 15:42. У четвер, 10 липня, у Вільнюсі відбулися переговори щодо вантажних перевезень.

      Переговори розпочалися о 10:00 за київським часом (о 9:00 за вільнюським) і тривали близько трьох годин.
      """
    let f = await findings([("a", page, .uk, "", nil)], rule: "zone-conversion")
    #expect(f.count == 1)
    let right = page.replacingOccurrences(of: "о 9:00 за вільнюським", with: "о 10:00 за вільнюським")
    #expect(await findings([("a", right, .uk, "", nil)], rule: "zone-conversion").isEmpty)
  }
  // MARK: duration-mismatch: a private talk and a net length are parts, not the whole

  static let warsawWire =
    "Polish and Ukrainian officials held talks in Warsaw on Wednesday. The talks began at 10 a.m. and lasted about five hours, including a working lunch. The two deputy ministers also spoke privately for 40 minutes."

  @Test func aNetLengthWithoutLunchIsQuiet() async {
    let f = await findings(
      [
        ("a", Self.warsawWire, .en, "2025-03-19", nil),
        (
          "b", "Переговори у Варшаві в середу тривали понад три години без урахування обідньої перерви.", .uk,
          "2025-03-19", nil
        ),
      ], rule: "duration-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func twoHoursAgainstFiveFiresDespiteAPrivateTalk() async {
    let f = await findings(
      [
        ("a", Self.warsawWire, .en, "2025-03-19", nil),
        ("b", "Переговоры в Варшаве в среду продолжались около двух часов.", .ru, "2025-03-19", nil),
      ], rule: "duration-mismatch")
    #expect(f.count == 1)
    #expect(f.first?.sources == ["a", "b"])
  }
  // MARK: unseen set 4: zones across the date line, overnight sessions, quotes, sides, currencies

  @Test func aConversionAcrossTheDateLineIsQuiet() async {
    let text = "Переговоры в Веллингтоне начались в 9:00 по местному времени (20:00 GMT) в четверг."
    #expect(await findings([("a", text, .ru, "2026-03-05", nil)], rule: "zone-conversion").isEmpty)
    let wrong = text.replacingOccurrences(of: "20:00 GMT", with: "21:00 GMT")
    #expect(await findings([("a", wrong, .ru, "2026-03-05", nil)], rule: "zone-conversion").count == 1)
  }

  @Test func anOvernightSessionWithItsLengthIsNotAnEndBeforeTheStart() async {
    let text =
      "VIENNA — The negotiations began at 6:30 p.m. on Monday in Vienna and broke up at 3:10 a.m., more than eight hours later."
    let quiet = await findings([("a", text, .en, "2025-12-09", nil)], rule: "end-before-start")
    #expect(quiet.isEmpty, "\(quiet.map(\.message))")
    let spans = await findings([("a", text, .en, "2025-12-09", nil)], rule: "span-vs-duration")
    #expect(spans.isEmpty, "\(spans.map(\.message))")
    let noLength = "VIENNA — The negotiations began at 6:30 p.m. on Monday in Vienna and broke up at 3:10 a.m."
    #expect(await findings([("a", noLength, .en, "2025-12-09", nil)], rule: "end-before-start").count == 1)
  }

  @Test func moreThanNineHoursExcludesEightForty() async {
    let text = "Переговори у Відні тривали з 19:30 до 04:10 наступного дня, тобто понад дев'ять годин."
    let f = await findings([("a", text, .uk, "2025-12-09", nil)], rule: "span-vs-duration")
    #expect(f.count == 1)
    #expect(f.first?.severity == .error)
  }

  @Test func aPlaceInsideAQuoteIsNotTheVenue() async {
    let f = await findings(
      [
        (
          "a",
          "South African and Ukrainian officials met on Tuesday. Mokoena summed up the deal as \"bread in Soweto and oranges in Lviv\".",
          .en, "2025-09-24", nil
        ),
        (
          "b", "CAPE TOWN, Sept 23 — South African and Ukrainian officials held talks in Cape Town on Tuesday.", .en,
          "2025-09-23", nil
        ),
      ], rule: "place-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func countsPerSideAreNotTotals() async {
    let each =
      "MUSCAT, April 19 — Russia and Ukraine agreed on Saturday in Muscat to exchange 46 prisoners each, Omani envoy Khalid al-Harthy said."
    let quiet = await findings(
      [
        ("a", each, .en, "2025-04-19", nil),
        (
          "b",
          "Russia and Ukraine agreed on Saturday in Muscat to release 92 prisoners in total, Omani envoy Khalid al-Harthy said.",
          .en, "2025-04-19", nil
        ),
      ], rule: "count-mismatch")
    #expect(quiet.isEmpty, "\(quiet.map(\.message))")
    let fires = await findings(
      [
        ("a", each, .en, "2025-04-19", nil),
        (
          "b",
          "Russia and Ukraine agreed on Saturday in Muscat to exchange 40 prisoners each, Omani envoy Khalid al-Harthy said.",
          .en, "2025-04-19", nil
        ),
      ], rule: "count-mismatch")
    #expect(fires.count == 1)
  }

  @Test func canadianDollarsAreNotUSDollars() async {
    let f = await findings(
      [
        (
          "a",
          "OTTAWA, April 14 — Canada will guarantee up to C$500 million in loans, ministers said after talks in Ottawa on Tuesday.",
          .en, "2025-04-14", nil
        ),
        (
          "b",
          "Канада предоставит гарантии на сумму до 500 млн канадских долларов (около 360 млн долларов США), сообщили после переговоров в Оттаве во вторник.",
          .ru, "2025-04-14", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aCityZoneOffByTheSummerHourIsAnError() async {
    let f = await findings(
      [
        (
          "a",
          "SANTIAGO, Oct 14 — Chilean and Ukrainian officials began talks in Santiago at 10 a.m. local time on Tuesday.",
          .en, "2025-10-14", nil
        ),
        ("b", "Переговори в Сантьяго розпочалися у вівторок о 15:00 за київським часом.", .uk, "2025-10-14", nil),
      ], rule: "time-mismatch")
    #expect(f.count == 1)
    #expect(f.first?.severity == .error)
    #expect(f.first?.likelyCause != nil)
  }

  @Test func aReactionDayIsNotTheMeetingDay() async {
    let f = await findings(
      [
        (
          "a",
          "Gas traders on Wednesday welcomed the deal that Ukraine and Hungary struck in Vienna in the small hours of Tuesday.",
          .en, "2025-12-10", nil
        ),
        ("b", "VIENNA, Dec 9 — Ukraine and Hungary struck a gas deal in Vienna on Tuesday.", .en, "2025-12-09", nil),
      ], rule: "date-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
  @Test func aLengthForOneDayOfATwoDayEventIsThatDays() async {
    let portal =
      "Переговори Бразилії та Росії у Бразиліа тривали близько 12 годин упродовж двох днів і завершилися у вівторок."
    let quiet = await findings(
      [
        (
          "a",
          "BRASILIA, Nov 4 — Brazil and Russia ended two days of talks in Brasilia on Tuesday. Monday's opening session ran for eight hours; Tuesday's was shorter, lasting four hours.",
          .en, "2025-11-04", nil
        ),
        ("b", portal, .uk, "2025-11-05", nil),
      ], rule: "duration-mismatch")
    #expect(quiet.isEmpty, "\(quiet.map(\.message))")
    let fires = await findings(
      [
        (
          "a",
          "BRASILIA, Nov 4 — Brazil and Russia ended two days of talks in Brasilia on Tuesday. The talks lasted about 20 hours in all; Monday's opening session ran for eight hours.",
          .en, "2025-11-04", nil
        ),
        ("b", portal, .uk, "2025-11-05", nil),
      ], rule: "duration-mismatch")
    #expect(fires.count == 1)
  }
  @Test func oneSidesFigureBesideTheOthersIsLeftOut() async {
    let wire =
      "BRASILIA, Nov 4 — Brazil and Russia signed a fertiliser contract in Brasilia on Tuesday. Brazil fielded a delegation of 18 officials and Russia one of 22."
    let quiet = await findings(
      [
        ("a", wire, .en, "2025-11-04", nil),
        (
          "b",
          "БРАЗИЛИА, 4 ноября. Россия и Бразилия во вторник подписали контракт на поставку удобрений. В переговорах участвовали 22 представителя российской стороны и 18 — бразильской.",
          .ru, "2025-11-04", nil
        ),
      ], rule: "count-mismatch")
    #expect(quiet.isEmpty, "\(quiet.map(\.message))")
    let fires = await findings(
      [
        (
          "a",
          "BRASILIA, Nov 4 — Brazil and Russia signed a fertiliser contract in Brasilia on Tuesday. Brazil fielded a delegation of 18 officials.",
          .en, "2025-11-04", nil
        ),
        (
          "b",
          "BRASILIA, Nov 4 — Brazil and Russia signed a fertiliser contract in Brasilia on Tuesday. Brazil fielded a delegation of 25 officials.",
          .en, "2025-11-04", nil
        ),
      ], rule: "count-mismatch")
    #expect(fires.count == 1)
  }

  // MARK: count-mismatch: a month in the clause that dates the event

  static let leadWithMonth =
    "TASHKENT, Mar 3 — Uzbekistan and Kyrgyzstan agreed on Tuesday to cut transit fees by 10% from May and to invest $2.4 billion in new wagons over four years."

  @Test func anAmountBesideAStartingMonthIsComparedAndFires() async {
    let f = await findings(
      [
        ("a", Self.leadWithMonth, .en, "2026-03-03", nil),
        (
          "b",
          "ТАШКЕНТ, 3 марта. Узбекистан и Киргизия во вторник договорились вложить 2,4 млн долларов в новые вагоны.",
          .ru, "2026-03-03", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func theSameAmountBesideAStartingMonthIsQuiet() async {
    let f = await findings(
      [
        ("a", Self.leadWithMonth, .en, "2026-03-03", nil),
        (
          "b",
          "ТАШКЕНТ, 3 марта. Узбекистан и Киргизия во вторник договорились вложить 2,4 млрд долларов в новые вагоны.",
          .ru, "2026-03-03", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: "the first session in four years" is this event, "the first session" another

  @Test func theFirstSessionInYearsIsThisEventAndFires() async {
    let f = await findings(
      [
        (
          "a",
          "NAIROBI, Feb 19 — Kenya and Ukraine signed seven agreements on Thursday at the first session of their trade commission in almost four years.",
          .en, "2026-02-19", nil
        ),
        ("b", "Kenya and Ukraine signed nine agreements in Nairobi on Thursday.", .en, "2026-02-19", nil),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func anEarlierFirstSessionIsAnotherEventAndQuiet() async {
    let f = await findings(
      [
        (
          "a",
          "NAIROBI, Feb 19 — Kenya and Ukraine signed seven agreements on Thursday. At the first session of their trade commission the two sides signed nine agreements.",
          .en, "2026-02-19", nil
        ),
        ("b", "Kenya and Ukraine signed seven agreements in Nairobi on Thursday.", .en, "2026-02-19", nil),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: time-mismatch: "met at" is when the meeting began, "spoke at" is not

  static let ottawaWire =
    "OTTAWA, April 14 — Canadian and Ukrainian ministers held talks in Ottawa on Tuesday. The meeting began at 10 a.m. local time (1400 GMT)."

  @Test func metAtAnotherHourFires() async {
    let f = await findings(
      [
        ("a", Self.ottawaWire, .en, "2026-04-14", nil),
        ("b", "The two ministers met at 11 a.m. local time on Tuesday in Ottawa.", .en, "2026-04-14", nil),
      ], rule: "time-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func spokeAtAnotherHourIsQuiet() async {
    let f = await findings(
      [
        ("a", Self.ottawaWire, .en, "2026-04-14", nil),
        (
          "b", "The two ministers held talks in Ottawa on Tuesday. The minister spoke at 3 p.m. local time.", .en,
          "2026-04-14", nil
        ),
      ], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: a target for a later year is not the event's figure

  static let cairoWire =
    "CAIRO, Oct 29 — Russian and Egyptian officials met in Cairo on Wednesday. Russia is financing about 85% of the plant's cost."

  @Test func aTargetShareByALaterYearIsQuiet() async {
    let f = await findings(
      [
        ("a", Self.cairoWire, .en, "2025-10-29", nil),
        (
          "b",
          "Russian and Egyptian officials met in Cairo on Wednesday. Egypt plans to generate 42% of its electricity from clean sources by 2030.",
          .en, "2025-10-29", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func anotherShareOfTheCostFires() async {
    let f = await findings(
      [
        ("a", Self.cairoWire, .en, "2025-10-29", nil),
        (
          "b", "Russian and Egyptian officials met in Cairo on Wednesday. Russia is financing 60% of the plant's cost.",
          .en, "2025-10-29", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: total-vs-breakdown: sides' counts with the verb left out are no breakdown

  @Test func sidesCountsAfterACommaAreQuiet() async {
    let f = await findings(
      [("a", "Russia sent 24 officials and railway executives, Mongolia 31 and China 19.", .en, "2025-09-10", nil)],
      rule: "total-vs-breakdown")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func sidesAfterAColonAreABreakdownAndFire() async {
    let f = await findings(
      [("a", "The talks drew 70 officials: Russia 24, Mongolia 31 and China 19.", .en, "2025-09-10", nil)],
      rule: "total-vs-breakdown")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: a clock change's hour and time are not the event's

  static let overnight =
    "BERLIN, Nov 16 — The negotiations began at 10 p.m. on Saturday and broke up at 4 a.m. on Sunday."

  @Test func theHourOfAClockChangeIsQuiet() async {
    let f = await findings(
      [
        (
          "a",
          Self.overnight
            + " Because clocks were turned back an hour at 3 a.m., the delegations spent six hours at the table.",
          .en, "2025-11-16", nil
        )
      ], rule: "span-vs-duration")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func anotherLengthBesideAClockChangeFires() async {
    let f = await findings(
      [
        (
          "a",
          Self.overnight
            + " Because clocks were turned back an hour at 3 a.m., the delegations spent eight hours at the table.",
          .en, "2025-11-16", nil
        )
      ], rule: "span-vs-duration")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func theTimeOfAClockChangeIsQuiet() async {
    let f = await findings(
      [
        (
          "a", "CAIRO, Oct 29 — The committee met in Cairo on Wednesday and ended its session at 3:10 p.m.", .en,
          "2025-10-29", nil
        ),
        (
          "b",
          "The committee met in Cairo on Wednesday. Separately, Egypt will turn its clocks back an hour at midnight tonight as summer time ends.",
          .en, "2025-10-29", nil
        ),
      ], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: the night the clocks go back

  static func overnightTalks(hours: String) -> String {
    "BERLIN, Oct 26 — The negotiations began at 10 p.m. on Saturday and broke up at 4 a.m. on Sunday; the delegations spent \(hours) hours at the table."
  }

  @Test func sevenHoursAcrossTheClockChangeAreQuiet() async {
    let f = await findings(
      [("a", Self.overnightTalks(hours: "seven"), .en, "2025-10-26", "Europe/Berlin")], rule: "span-vs-duration")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func sixWallClockHoursAcrossTheClockChangeFire() async {
    let f = await findings(
      [("a", Self.overnightTalks(hours: "six"), .en, "2025-10-26", "Europe/Berlin")], rule: "span-vs-duration")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  static let kyivNight = "Переговори почалися о 23:00 у суботу й завершилися о 05:00 у неділю."

  @Test func anEndPastTheClockChangeInAnotherZoneIsQuiet() async {
    let f = await findings(
      [
        ("a", Self.kyivNight, .uk, "2025-10-26", "Europe/Kyiv"),
        (
          "b", "Переговоры начались в субботу и завершились в 06:00 по московскому времени в воскресенье.", .ru,
          "2025-10-26", "Europe/Moscow"
        ),
      ], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func anEndAnHourOffPastTheClockChangeFires() async {
    let f = await findings(
      [
        ("a", Self.kyivNight, .uk, "2025-10-26", "Europe/Kyiv"),
        (
          "b", "Переговоры начались в субботу и завершились в 05:00 по московскому времени в воскресенье.", .ru,
          "2025-10-26", "Europe/Moscow"
        ),
      ], rule: "time-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: a plan for a later year in the clause that dates the event

  @Test func aLengthBesideAPlanForNextYearIsComparedAndFires() async {
    let f = await findings(
      [
        (
          "a",
          "Kazakh oil will keep flowing to Germany. The agreement, reached at the end of a six-hour session that finished before dawn on Sunday, lifts deliveries to 2.1 million tonnes in 2026.",
          .en, "2025-10-27", nil
        ),
        (
          "b",
          "BERLIN, Oct 26 — German and Kazakh negotiators reached a deal on Sunday after talks that lasted seven hours.",
          .en, "2025-10-26", nil
        ),
      ], rule: "duration-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func aFigureForALaterYearIsQuiet() async {
    let f = await findings(
      [
        (
          "a",
          "BERLIN, Oct 26 — German and Kazakh negotiators reached a deal on Sunday that lifts deliveries to 2.1 million tonnes in 2026.",
          .en, "2025-10-26", nil
        ),
        (
          "b",
          "BERLIN, Oct 26 — German and Kazakh negotiators reached a deal on Sunday. Deliveries are about 1.5 million tonnes.",
          .en, "2025-10-26", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: date-mismatch: a day written with a time in another zone

  static let buenosAires =
    "BUENOS AIRES, Nov 15 — Argentina and Ukraine signed a logistics agreement in Buenos Aires on Friday."

  @Test func saturdayJustAfterMidnightInMoscowIsQuiet() async {
    let f = await findings(
      [
        ("a", Self.buenosAires, .en, "2025-11-15", nil),
        (
          "b", "Аргентина и Украина подписали соглашение в Буэнос-Айресе в субботу в 00:30 по московскому времени.",
          .ru, "2025-11-15", nil
        ),
      ], rule: "date-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func saturdayAfternoonInMoscowFires() async {
    let f = await findings(
      [
        ("a", Self.buenosAires, .en, "2025-11-15", nil),
        (
          "b", "Аргентина и Украина подписали соглашение в Буэнос-Айресе в субботу в 18:00 по московскому времени.",
          .ru, "2025-11-15", nil
        ),
      ], rule: "date-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: time-mismatch: the one clock time a report gives is when the event happened

  static let unWire =
    "UNITED NATIONS, March 20 — Japan and Ukraine signed a grant agreement on Thursday. The document was signed at 11 a.m. at UN headquarters in New York."

  static func kyivPortal(_ hour: String) -> String {
    "Україна та Японія підписали угоду в Нью-Йорку. Документ підписали сьогодні о \(hour) за київським часом у штаб-квартирі ООН."
  }

  @Test func theOneTimeOfASigningAnHourOffFires() async {
    let f = await findings(
      [("a", Self.unWire, .en, "2025-03-20", nil), ("b", Self.kyivPortal("18:00"), .uk, "2025-03-20", nil)],
      rule: "time-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func theOneTimeOfASigningInAnotherZoneIsQuiet() async {
    let f = await findings(
      [("a", Self.unWire, .en, "2025-03-20", nil), ("b", Self.kyivPortal("17:00"), .uk, "2025-03-20", nil)],
      rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func theOneTimeOfAOneOnOneIsQuiet() async {
    let f = await findings(
      [
        ("a", "VIENNA, May 6 — The talks in Vienna began at 6:30 p.m. on Tuesday.", .en, "2025-05-06", nil),
        (
          "b",
          "The talks in Vienna went on late on Tuesday. The two ministers spoke one-on-one shortly before midnight.",
          .en, "2025-05-06", nil
        ),
      ], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func aSigningTimeAgainstTheTalksStartIsQuiet() async {
    let f = await findings(
      [
        (
          "a", "NEW DELHI, Nov 4 — Indian and Ukrainian officials began talks at 10 a.m. on Tuesday.", .en,
          "2025-11-04", nil
        ),
        (
          "b",
          "NEW DELHI, Nov 4 — Ukraine and India signed a sunflower oil agreement on Tuesday. The document was signed at 3 p.m.",
          .en, "2025-11-04", nil
        ),
      ], rule: "time-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func twoSigningTimesHalfAnHourApartFire() async {
    let f = await findings(
      [
        (
          "a", "НЬЮ-ДЕЛИ, 4 ноября. Церемония подписания прошла во вторник в 12:00 по московскому времени.", .ru,
          "2025-11-04", nil
        ),
        (
          "b",
          "NEW DELHI, Nov 4 — Ukraine and India signed a sunflower oil agreement on Tuesday. The document was signed at 3 p.m.",
          .en, "2025-11-04", nil
        ),
      ], rule: "time-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: role-mismatch: two ranks of a civil service

  static let menonWire =
    "NEW DELHI, Nov 4 — The agreement was signed by Rajiv Menon, an additional secretary in India's Department of Food."

  @Test func jointAgainstAdditionalSecretaryFires() async {
    let f = await findings(
      [
        ("a", Self.menonWire, .en, "2025-11-04", nil),
        ("b", "NEW DELHI, Nov 4 — The agreement was signed by Joint Secretary Rajiv Menon.", .en, "2025-11-04", nil),
      ], rule: "role-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func additionalSecretaryInTwoLanguagesIsQuiet() async {
    let f = await findings(
      [
        ("a", Self.menonWire, .en, "2025-11-04", nil),
        (
          "b",
          "НЬЮ-ДЕЛІ, 4 листопада. Угоду підписав додатковий секретар департаменту продовольства Індії Раджив Менон.",
          .uk, "2025-11-04", nil
        ),
      ], rule: "role-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: role-mismatch: the head of a body and its deputy; a ministry's secretary general and its minister

  static let agencyWire =
    "KYIV, Oct 2 — Deputy head of the State Agency for Reconstruction Ostap Hrytsenko opened the crossing."

  @Test func chairAgainstDeputyChairFires() async {
    let f = await findings(
      [
        ("a", Self.agencyWire, .en, "2025-10-02", nil),
        (
          "b", "КИЇВ, 2 жовтня. Пункт пропуску відкрив голова Державного агентства відновлення Остап Гриценко.",
          .uk, "2025-10-02", nil
        ),
      ], rule: "role-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func deputyChairInTwoLanguagesIsQuiet() async {
    let f = await findings(
      [
        ("a", Self.agencyWire, .en, "2025-10-02", nil),
        (
          "b",
          "КИЇВ, 2 жовтня. Пункт пропуску відкрив заступник голови Державного агентства відновлення Остап Гриценко.",
          .uk, "2025-10-02", nil
        ),
      ], rule: "role-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  static let secretaryGeneralWire =
    "RABAT, May 6 — The memorandum was signed by Leila Amrani, Secretary General of the Ministry of Agriculture."

  @Test func ministerAgainstTheMinistrysSecretaryGeneralFires() async {
    let f = await findings(
      [
        ("a", Self.secretaryGeneralWire, .en, "2025-05-06", nil),
        ("b", "RABAT, May 6 — The memorandum was signed by Agriculture Minister Leila Amrani.", .en, "2025-05-06", nil),
      ], rule: "role-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func aPartysSecretaryGeneralBesideAMinisterIsQuiet() async {
    // Without a ministry, a secretary general (of a party, of an organisation) can also be a minister.
    let f = await findings(
      [
        (
          "a", "RABAT, May 6 — The memorandum was signed by Leila Amrani, the party's secretary general.", .en,
          "2025-05-06", nil
        ),
        ("b", "RABAT, May 6 — The memorandum was signed by Agriculture Minister Leila Amrani.", .en, "2025-05-06", nil),
      ], rule: "role-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: Indian numbering (lakh, crore)

  static let peasWire =
    "NEW DELHI, Mar 12 — India agreed on Wednesday to buy 1.5 million tonnes of Ukrainian sunflower oil a year."

  @Test func lakhTonnesAgainstAnotherAmountFires() async {
    let f = await findings(
      [
        ("a", Self.peasWire, .en, "2025-03-12", nil),
        (
          "b", "NEW DELHI: India agreed on Wednesday to buy 12 lakh tonnes of Ukrainian sunflower oil a year.", .en,
          "2025-03-12", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func lakhTonnesOfTheSameAmountAreQuiet() async {
    let f = await findings(
      [
        ("a", Self.peasWire, .en, "2025-03-12", nil),
        (
          "b", "NEW DELHI: India agreed on Wednesday to buy 15 lakh tonnes of Ukrainian sunflower oil a year.", .en,
          "2025-03-12", nil
        ),
        (
          "c",
          "НЬЮ-ДЕЛИ, 12 марта. Индия в среду согласилась закупать 1,5 млн тонн украинского подсолнечного масла в год.",
          .ru, "2025-03-12", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: a hedge before the preposition of its value

  static let contractRu =
    "АСТАНА, 3 июня. Казахстан и Россия во вторник подписали контракт на поставку зерна. Его стоимость оценивается примерно в 1,5 млрд долларов."

  @Test func hedgeBeforeAPrepositionStillLeavesAGapThatFires() async {
    let f = await findings(
      [
        ("a", Self.contractRu, .ru, "2025-06-03", nil),
        (
          "b", "ASTANA, June 3 — Kazakhstan and Russia signed a grain supply contract on Tuesday worth $1 billion.",
          .en, "2025-06-03", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func hedgeBeforeAPrepositionLoosensTheAmountAndIsQuiet() async {
    let f = await findings(
      [
        ("a", Self.contractRu, .ru, "2025-06-03", nil),
        (
          "b", "ASTANA, June 3 — Kazakhstan and Russia signed a grain supply contract on Tuesday worth $1.4 billion.",
          .en, "2025-06-03", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: percentage points are a change, not a rate

  static let dutyWire =
    "JAKARTA, Mar 3 — Officials met in Jakarta on Monday and agreed to cut the import duty on Indonesian coffee by 4 percentage points, to 8%."

  @Test func percentagePointsAgainstTheNewRateAreQuiet() async {
    let f = await findings(
      [
        ("a", Self.dutyWire, .en, "2025-03-03", nil),
        (
          "b",
          "ДЖАКАРТА, 3 марта. Стороны встретились в понедельник в Джакарте и договорились снизить пошлину на индонезийский кофе на четыре процентных пункта — до 8%.",
          .ru, "2025-03-03", nil
        ),
        ("c", "Officials met in Jakarta on Monday and agreed to cut the coffee duty to 8%.", .en, "2025-03-03", nil),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func anotherStepInPercentagePointsFires() async {
    let f = await findings(
      [
        ("a", Self.dutyWire, .en, "2025-03-03", nil),
        (
          "b",
          "ДЖАКАРТА, 3 марта. Стороны встретились в понедельник в Джакарте и договорились снизить пошлину на индонезийский кофе на шесть процентных пунктов.",
          .ru, "2025-03-03", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
    #expect(f.first?.message.contains("pp") == true, "\(f.map(\.message))")
  }

  // MARK: place-mismatch: where money goes is not where the talks were

  static let helsinkiLead =
    "Finland and Ukraine held reconstruction consultations on Tuesday, Deputy Minister Taras Bondarenko said."

  static let helsinkiPortal =
    "Finland and Ukraine held reconstruction consultations in Helsinki on Tuesday, Deputy Minister Taras Bondarenko said."

  @Test func whereTheMoneyGoesIsQuiet() async {
    let f = await findings(
      [
        (
          "a", Self.helsinkiLead + " After the consultations, most of the money will go to Zhytomyr, he said.", .en,
          "2025-12-30", nil
        ),
        ("b", Self.helsinkiPortal, .en, "2025-12-30", nil),
      ], rule: "place-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func consultationsHeldInAnotherCityFire() async {
    let f = await findings(
      [
        (
          "a",
          Self.helsinkiLead + " After the consultations in Zhytomyr, most of the money will go to schools, he said.",
          .en, "2025-12-30", nil
        ),
        ("b", Self.helsinkiPortal, .en, "2025-12-30", nil),
      ], rule: "place-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: date-mismatch: a range of days gives the event's first and last day

  static let sessionEnded =
    "ТРОМСЁ, 17 октября. Сессия российско-норвежской комиссии по рыболовству завершилась в Тромсё 16 октября."

  @Test func lastDayOfARangeAgainstItsEndIsQuiet() async {
    for range in ["on 14–16 October", "from 14 to 16 October"] {
      let f = await findings(
        [
          (
            "a", "TROMSO — The Russian-Norwegian fisheries commission held its annual session in Tromso \(range).",
            .en, "2025-10-17", nil
          ),
          ("b", Self.sessionEnded, .ru, "2025-10-17", nil),
        ], rule: "date-mismatch")
      #expect(f.isEmpty, "\(range): \(f.map(\.message))")
    }
  }

  @Test func rangeInUkrainianAgainstItsEndIsQuiet() async {
    let f = await findings(
      [
        (
          "a", "ТРОМСЕ. Сесія російсько-норвезької комісії з рибальства тривала в Тромсе з 14 по 16 жовтня.", .uk,
          "2025-10-17", nil
        ),
        ("b", Self.sessionEnded, .ru, "2025-10-17", nil),
      ], rule: "date-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func endPastTheLastDayOfARangeFires() async {
    let f = await findings(
      [
        (
          "a",
          "TROMSO — The Russian-Norwegian fisheries commission held its annual session in Tromso on 14–15 October.",
          .en, "2025-10-17", nil
        ),
        (
          "b",
          "ТРОМСЁ, 17 октября. Сессия российско-норвежской комиссии по рыболовству завершилась в Тромсё 17 октября.",
          .ru, "2025-10-17", nil
        ),
      ], rule: "date-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: count-mismatch: percentages of different things

  static let phosphateWire =
    "RABAT, May 20 — Morocco and Ukraine signed a fertiliser deal in Rabat on Tuesday. Morocco's share of Ukraine's phosphate imports will reach 25%, officials said."

  @Test func aShareOfWorldReservesAgainstAShareOfImportsIsQuiet() async {
    let f = await findings(
      [
        ("a", Self.phosphateWire, .en, "2025-05-20", nil),
        (
          "b",
          "Morocco and Ukraine signed a fertiliser deal in Rabat on Tuesday. Morocco holds about 70% of the world's known phosphate reserves.",
          .en, "2025-05-20", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func anotherShareOfTheSameImportsFires() async {
    let f = await findings(
      [
        ("a", Self.phosphateWire, .en, "2025-05-20", nil),
        (
          "b",
          "РАБАТ, 20 мая. Марокко и Украина во вторник подписали в Рабате соглашение об удобрениях. Доля Марокко в импорте фосфорных удобрений Украиной составит 40%.",
          .ru, "2025-05-20", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func percentagesThatNameNothingAreQuiet() async {
    let f = await findings(
      [
        (
          "a", "Morocco and Ukraine signed a fertiliser deal in Rabat on Tuesday. The figure will reach 25%.", .en,
          "2025-05-20", nil
        ),
        (
          "b", "Morocco and Ukraine signed a fertiliser deal in Rabat on Tuesday. The figure will reach 40%.", .en,
          "2025-05-20", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: quote-attribution: a family-first name with and without its given name

  static let seoulAgency =
    "СЕУЛ, 12 ноября. Южная Корея и Азербайджан в среду подписали контракт на строительство танкеров. Документы подписали заместитель министра торговли Кореи Кан Мин Су и замминистра экономики Азербайджана Рауф Мамедов.\n\n«Каспию нужны танкеры, и мы умеем их строить», — заявил журналистам Кан Мин Су."

  static let seoulWire =
    "SEOUL, Nov 12 — South Korea and Azerbaijan signed a contract for tankers on Wednesday. It was signed by Vice Minister Kang Min-soo and Azerbaijan's Deputy Economy Minister Rauf Mammadov.\n\n\"The Caspian needs tankers, and we know how to build them,\" Kang told reporters."

  static func seoulPortal(_ speaker: String) -> String {
    "Південна Корея та Азербайджан у середу уклали контракт на будівництво танкерів. Контракт підписали заступник міністра торгівлі Кореї Кан Мін Су і заступник міністра економіки Азербайджану Рауф Мамедов.\n\n„Каспію потрібні танкери, і ми вміємо їх будувати“, — сказав \(speaker)."
  }

  @Test func aFamilyNameAloneIsTheSameSpeakerAndQuiet() async {
    let f = await findings(
      [
        ("a", Self.seoulAgency, .ru, "2025-11-12", nil), ("b", Self.seoulPortal("Кан"), .uk, "2025-11-12", nil),
        ("c", Self.seoulWire, .en, "2025-11-12", nil),
      ], rule: "quote-attribution")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  @Test func theQuoteGivenToTheOtherSignatoryFires() async {
    let f = await findings(
      [
        ("a", Self.seoulAgency, .ru, "2025-11-12", nil), ("b", Self.seoulPortal("Мамедов"), .uk, "2025-11-12", nil),
        ("c", Self.seoulWire, .en, "2025-11-12", nil),
      ], rule: "quote-attribution")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  // MARK: role-mismatch: one person across scripts (English wh, French spellings, Vietnamese names)

  static let whitfieldWire =
    "CANBERRA, May 6 — Australian Deputy Minister Claire Whitfield and Kazakh officials signed a minerals agreement."

  @Test func whitfieldAsAMinisterInUkrainianFires() async {
    let f = await findings(
      [
        ("a", Self.whitfieldWire, .en, "2025-05-06", nil),
        (
          "b", "КАНБЕРРА, 6 травня. Міністерка Клер Вітфілд і казахстанські посадовці підписали угоду про мінерали.",
          .uk, "2025-05-06", nil
        ),
      ], rule: "role-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func whitfordIsAnotherPersonAndQuiet() async {
    let f = await findings(
      [
        ("a", Self.whitfieldWire, .en, "2025-05-06", nil),
        (
          "b", "КАНБЕРРА, 6 травня. Міністерка Клер Вітфорд і казахстанські посадовці підписали угоду про мінерали.",
          .uk, "2025-05-06", nil
        ),
      ], rule: "role-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}
