import Testing
import _FactDiffTestSupport

/// Look-alikes about envoys' and commanders' titles, and quotes translated in everyday words.
extension LookAlikeTests {
  // MARK: role-mismatch: a chargé d'affaires is not the ambassador

  static let envoyWire: Report = (
    "wire",
    "LJUBLJANA, Feb 17 — Ukraine was represented by its chargé d'affaires in Slovenia, Oksana Hrytsenko, "
      + "and Slovenia by State Secretary Tanja Vidmar, a former ambassador to Kyiv.", .en, "2026-02-17", nil
  )

  @Test func theAmbassadorForTheChargeFires() async {
    let f = await findings(
      [
        Self.envoyWire,
        (
          "portal", "У Любляні домовилися посол України в Словенії Оксана Гриценко і Таня Відмар.", .uk, "2026-02-17",
          nil
        ),
      ], rule: "role-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func theChargeInRussianAndTheSecondTitleAreQuiet() async {
    let f = await findings(
      [
        Self.envoyWire,
        (
          "agency",
          "В Любляне договорились временный поверенный в делах Украины Оксана Гриценко и госсекретарь МИД "
            + "Словении Таня Видмар.", .ru, "2026-02-17", nil
        ),
      ], rule: "role-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: role-mismatch: the army chief is not the defence secretary

  static let defenceWire: Report = (
    "wire", "KATHMANDU, Jan 20 — The Nepali side was led by Defence Secretary Bishnu Prasad Adhikari.", .en,
    "2026-01-20", nil
  )

  @Test func theArmyChiefForTheSecretaryFires() async {
    let f = await findings(
      [
        Self.defenceWire,
        ("daily", "Nepal's army chief Bishnu Prasad Adhikari agreed on Tuesday.", .en, "2026-01-21", nil),
      ],
      rule: "role-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func theSecretaryByHisSurnameIsQuiet() async {
    let f = await findings(
      [
        Self.defenceWire,
        ("daily", "Nepal's defence secretary Bishnu Prasad Adhikari agreed on Tuesday.", .en, "2026-01-21", nil),
      ],
      rule: "role-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }

  // MARK: quote-attribution: a translated quote in everyday words ("someone can sow again")

  static let hectareWire: Report = (
    "wire",
    "LJUBLJANA, Feb 17 — Slovenia will give Ukraine eight demining machines. \"Every hectare we clear is a "
      + "field someone can sow again,\" Vidmar said.", .en, "2026-02-17", nil
  )

  static func hectarePortal(_ speaker: String) -> Report {
    (
      "portal",
      "Словенія передасть Україні вісім машин для розмінування, повідомили Таня Відмар і Оксана Гриценко. "
        + "«Кожен гектар, який ми розміновуємо, — це поле, яке хтось знову зможе засіяти», — \(speaker).", .uk,
      "2026-02-17", nil
    )
  }

  @Test func theHectareQuoteGivenToAnotherSpeakerFires() async {
    let f = await findings([Self.hectareWire, Self.hectarePortal("сказала Гриценко")], rule: "quote-attribution")
    #expect(f.count == 1, "\(f.map(\.message))")
  }

  @Test func theHectareQuoteFromTheSameSpeakerIsQuiet() async {
    let f = await findings([Self.hectareWire, Self.hectarePortal("сказала Відмар")], rule: "quote-attribution")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}

extension LookAlikeTests {
  // MARK: count-mismatch: a conversion in parentheses stands for the amount it converts

  static let machinesWire: Report = (
    "wire",
    "LJUBLJANA, Feb 17 — Slovenia will give Ukraine eight demining machines worth €4.5 million, the two "
      + "countries said on Tuesday.", .en, "2026-02-17", nil
  )
  static let machinesDaily: Report = (
    "daily", "The €4.5m package (about $4.9m) of demining machines was agreed in Ljubljana on Tuesday.", .en,
    "2026-02-18", nil
  )

  @Test func dollarsForEurosFireWithTheReportsOfTheEuros() async {
    let f = await findings(
      [
        Self.machinesWire, Self.machinesDaily,
        (
          "agency", "ЛЮБЛЯНА, 17 февраля. Словения передаст Украине восемь машин на сумму 4,5 млн долларов.", .ru,
          "2026-02-17", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.count == 1, "\(f.map(\.message))")
    #expect(f.first?.sources == ["agency", "daily", "wire"], "\(f.map(\.sources))")
  }

  @Test func theConvertedDollarsAgreeingAreQuiet() async {
    let f = await findings(
      [
        Self.machinesWire, Self.machinesDaily,
        (
          "agency", "ЛЮБЛЯНА, 17 февраля. Словения передаст Украине восемь машин на сумму около 4,9 млн долларов.",
          .ru, "2026-02-17", nil
        ),
      ], rule: "count-mismatch")
    #expect(f.isEmpty, "\(f.map(\.message))")
  }
}
