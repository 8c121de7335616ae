import FactDiffModel

/// What a word of a title contributes.
enum RoleItemKind: UInt8, Sendable {
  /// A head noun: minister, spokesperson, ambassador, rear admiral…
  case office
  /// deputy, first, assistant, under, state…
  case modifier
  /// A ministry's field: energy, foreign affairs…
  case portfolio
  /// A department's name: North America, Second European…
  case department
  /// What a committee regulates: tariffs.
  case topic
  /// A kind of council: business council.
  case council
  /// An organisation: ministry, МИД, Kremlin, committee, delegation…
  case organisation
  /// A country: Russian, Russia's, РФ, Сербии.
  case affiliation
  /// Words a title may contain: of, the, and, по, з питань…
  case filler
  /// Opens an apposition clause: "who heads".
  case clause
  /// A word of a field the vocabulary does not know ("deputy investment minister", "министра инвестиций"): part of
  /// the title, no portfolio.
  case field
}

/// One entry of the role vocabulary, shared by the table and every title that uses it (a class: a title's parser
/// collects many items, and copying one costs one reference count instead of three strings).
final class RoleItem: Sendable {
  let kind: RoleItemKind
  /// Office or modifier id ("minister", "deputy"), portfolio id, organisation type, or ISO code.
  let value: String
  /// For organisations and portfolios: the field they stand for.
  let portfolio: String?
  /// For organisations and portfolios: the country they belong to.
  let affiliation: String?
  let feminine: Bool
  /// A plural title ("Министры энергетики", "energy ministers"): it goes with every name of the list after it.
  let plural: Bool
  /// For declined Russian and Ukrainian titles: the cases this form can stand for (`.all` otherwise).
  let cases: CaseSet

  init(
    kind: RoleItemKind, value: String, portfolio: String? = nil, affiliation: String? = nil, feminine: Bool = false,
    plural: Bool = false, cases: CaseSet = .all
  ) {
    self.kind = kind
    self.value = value
    self.portfolio = portfolio
    self.affiliation = affiliation
    self.feminine = feminine
    self.plural = plural
    self.cases = cases
  }

  convenience init(_ f: Fields) {
    self.init(
      kind: f.kind, value: f.value, portfolio: f.portfolio, affiliation: f.affiliation, feminine: f.feminine,
      plural: f.plural, cases: f.cases)
  }

  /// The fields, while a table row is read.
  struct Fields {
    var kind: RoleItemKind
    var value: String
    var portfolio: String? = nil
    var affiliation: String? = nil
    var feminine: Bool = false
    var plural: Bool = false
    var cases: CaseSet = .all
  }

  /// The items the parser makes for words the vocabulary does not hold.
  static let filler = RoleItem(kind: .filler, value: "")
  static let field = RoleItem(kind: .field, value: "")
  static let department = RoleItem(kind: .department, value: "")
}

/// The normalised role vocabulary: every phrasing in English, Russian and Ukrainian, with its case forms.
enum RoleVocabulary {
  static func table(_ language: Language) -> EntityPhraseTable<RoleItem> {
    switch language {
    case .en: return englishTable
    case .ru: return russianTable
    case .uk: return ukrainianTable
    }
  }

  /// Keys of the words a title can start with (fillers cannot).
  static func starters(_ language: Language) -> KeyIndex {
    switch language {
    case .en: return englishStarters
    case .ru: return russianStarters
    case .uk: return ukrainianStarters
    }
  }

  /// Keys of the words a title's office can start with (and "ministry" words, whose field later titles take): a
  /// run of role words with none of these in reach names no office, and is not parsed.
  static func officeStarts(_ language: Language) -> KeyIndex {
    switch language {
    case .en: return englishOfficeStarts
    case .ru: return russianOfficeStarts
    case .uk: return ukrainianOfficeStarts
    }
  }

  static let englishOfficeStarts = officeKeys(englishTable)
  static let russianOfficeStarts = officeKeys(russianTable)
  static let ukrainianOfficeStarts = officeKeys(ukrainianTable)

  private static func officeKeys(_ table: EntityPhraseTable<RoleItem>) -> KeyIndex {
    KeyIndex(
      keys: table.byFirst.filter {
        $0.value.contains {
          $0.value.kind == .office || $0.value.kind == .clause
            || ($0.value.kind == .modifier && ($0.value.value == "assistant" || $0.value.value.hasSuffix("head")))
            || ($0.value.kind == .organisation && $0.value.value == "ministry")
        }
      }.keys)
  }

  static let englishStarters = starterKeys(englishTable)
  static let russianStarters = starterKeys(russianTable)
  static let ukrainianStarters = starterKeys(ukrainianTable)

  private static func starterKeys(_ table: EntityPhraseTable<RoleItem>) -> KeyIndex {
    KeyIndex(keys: table.byFirst.filter { $0.value.contains { $0.value.kind != .filler } }.keys)
  }

  static let englishTable = build(english, .en)
  static let russianTable = build(russian, .ru)
  static let ukrainianTable = build(ukrainian, .uk)

  private static func build(_ text: String, _ language: Language) -> EntityPhraseTable<RoleItem> {
    let table = EntityPhraseTable<RoleItem>()
    for row in EntityTable.rows(text) where row.count >= 2 {
      let phrase = String(row[0])
      let value = row.count > 2 ? String(row[2]) : ""
      let decl = row.count > 3 ? row[3] : "-"
      let feminine = row.count > 4 && row[4].split(separator: ",").contains("f")
      var item = RoleItem.Fields(
        kind: .filler, value: value, portfolio: nil, affiliation: nil, feminine: feminine, cases: .all)
      item.plural = row.count > 4 && row[4].split(separator: ",").contains("pl")
      switch row[1] {
      case "office": item.kind = .office
      case "mod": item.kind = .modifier
      case "port":
        item.kind = .portfolio
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        item.portfolio = String(parts[0])
        item.value = String(parts[0])
        if parts.count > 1, !parts[1].isEmpty { item.affiliation = String(parts[1]) }
      case "dept": item.kind = .department
      case "topic": item.kind = .topic
      case "council": item.kind = .council
      case "org":
        item.kind = .organisation
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        item.value = String(parts[0])
        if parts.count > 1, !parts[1].isEmpty { item.portfolio = String(parts[1]) }
        if parts.count > 2, !parts[2].isEmpty { item.affiliation = String(parts[2]) }
      case "who": item.kind = .clause
      case "field": item.kind = .field
      default: item.kind = .filler
      }
      let words = EntityTable.words(phrase)
      guard language != .en, decl != "-" else {
        table.add(words, RoleItem(item))
        continue
      }
      if decl == "a", words.count == 1, let forms = EntityDeclension.adjective(words[0], language) {
        for f in forms {
          var i = item
          i.cases = f.cases
          table.add([f.form], RoleItem(i))
        }
        continue
      }
      for f in EntityDeclension.phrase(words, language, animate: true) {
        var i = item
        i.cases = f.cases
        table.add(f.words, RoleItem(i))
      }
    }
    for row in EntityTable.rows(nationalities) where row.count >= 4 {
      let iso = String(row[0])
      let item = RoleItem(
        kind: .affiliation, value: iso, portfolio: nil, affiliation: iso, feminine: false, cases: .all)
      switch language {
      case .en:
        for w in EntityTable.list(row[1]) { table.add(EntityTable.words(w), item) }
      case .ru, .uk:
        for w in EntityTable.list(row[language == .ru ? 2 : 3]) {
          for f in EntityDeclension.adjective(w, language) ?? [(w, .all)] { table.add([f.form], item) }
        }
      }
    }
    table.seal()
    return table
  }

  /// The ISO code of a nationality adjective in any form ("Turkish", "российской"), or nil.
  static func nationality(_ norm: String, _ language: Language) -> String? {
    table(language).entries(norm).first { $0.words.count == 1 && $0.value.kind == .affiliation }?.value.value
  }
}
