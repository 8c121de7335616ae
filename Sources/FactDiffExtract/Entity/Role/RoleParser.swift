import FactDiffModel

/// A title found in the text, with its normalised role and what its head word says about the name it goes with.
struct RoleSpan: Sendable {
  /// Tokens of the title ("Deputy Foreign Minister", "заместитель министра иностранных дел России").
  var range: Range<Int>
  var role: Role
  /// The title is in a feminine form ("заступниця", "spokeswoman").
  var feminine: Bool
  /// The cases the head word can be in (a name in apposition shares its case); `.all` when unknown.
  var headCases: CaseSet
  /// A plural title: it goes with each name of the list that follows.
  var plural: Bool = false
  /// Places named inside the title ("consul general in Istanbul"): still places.
  var places: [Range<Int>] = []
  /// The title names a ministry but not its field ("ministry spokeswoman").
  var bareMinistry = false
}

/// Reads titles forwards from a token: a run of role-vocabulary words (offices, modifiers, portfolios,
/// organisations, countries, fillers) that names an office.
enum RoleParser {
  /// Every title in the document, left to right, not overlapping.
  static func scan(_ doc: EntityScan) -> [RoleSpan] {
    let tokens = doc.tokens
    let table = RoleVocabulary.table(doc.language)
    var out: [RoleSpan] = []
    out.reserveCapacity(4)
    let starters = RoleVocabulary.starters(doc.language)
    var i = 0
    // The field of the last ministry named ("the Chinese Foreign Ministry said"): a later title that names a ministry
    // without its field ("ministry spokeswoman Shen Wei") is at that ministry.
    var lastMinistry: String?
    let gazetteer = Gazetteer.table
    let english = doc.language == .en
    let n = tokens.count
    let officeStarts = RoleVocabulary.officeStarts(doc.language)
    var items: [(item: RoleItem, range: Range<Int>)] = []
    items.reserveCapacity(16)
    let fieldLeaders = Self.fieldLeaders  // read once (a static costs a call per use)
    // The next token at or after each position that can start an office (or names a ministry), looked up once.
    // (32-bit: half the bytes, under the size at which the allocator tidies its free lists for each request.)
    var nextOffice = [Int32](repeating: Int32(n), count: n + 1)
    var k = n - 1
    while k >= 0 {
      nextOffice[k] =
        doc.marks[k].contains(.word)
          && (officeStarts.contains(doc.keys[k])
            || (doc.bareKeys[k] != doc.keys[k] && officeStarts.contains(doc.bareKeys[k])))
        ? Int32(k) : nextOffice[k + 1]
      k -= 1
    }
    while i < n {
      // A title reaches an office word within a few tokens ("Russian Deputy Foreign Minister"), or it is none.
      let next = Int(nextOffice[i])
      if next - i > 12 {
        i = max(i + 1, next - 12)
        continue
      }
      if doc.marks[i].contains(.word),
        starters.contains(doc.keys[i]) || (doc.bareKeys[i] != doc.keys[i] && starters.contains(doc.bareKeys[i]))
          || (doc.marks[i].contains(.capitalized) && gazetteer.starts(doc, i))
          || (english && i > 0 && fieldStart(doc, i, table, leaders: fieldLeaders))
      {
        var ministry: String?
        if var span = parse(doc, at: i, limit: nil, ministry: &ministry, items: &items) {
          if span.bareMinistry, span.role.portfolio == nil, let m = lastMinistry,
            ministryOffices.contains(span.role.office)
          {
            span.role.portfolio = m
          }
          if let ministry { lastMinistry = ministry }
          out.append(span)
          i = span.range.upperBound
          continue
        }
        if let ministry { lastMinistry = ministry }
      }
      i += 1
    }
    return out
  }

  /// Offices held at a ministry.
  private static let ministryOffices: Set<String> = [
    "spokesperson", "minister", "deputy-minister", "first-deputy-minister", "state-secretary", "department-director",
    "deputy-department-director", "director", "deputy-director",
  ]

  /// The title starting at token `i` (leading fillers skipped), or nil when the words there name no office.
  static func parse(_ doc: EntityScan, at i: Int, limit: Int? = nil) -> RoleSpan? {
    var ministry: String?
    return parse(doc, at: i, limit: limit, ministry: &ministry)
  }

  /// The same, also telling the field of a ministry the words name, title or not ("the Chinese Foreign Ministry").
  static func parse(_ doc: EntityScan, at i: Int, limit: Int? = nil, ministry: inout String?) -> RoleSpan? {
    var items: [(item: RoleItem, range: Range<Int>)] = []
    return parse(doc, at: i, limit: limit, ministry: &ministry, items: &items)
  }

  /// The same, with the words read collected in `items` (emptied first; `scan` passes one array for every title,
  /// so that a title does not allocate its own).
  private static func parse(
    _ doc: EntityScan, at i: Int, limit: Int?, ministry: inout String?,
    items: inout [(item: RoleItem, range: Range<Int>)]
  ) -> RoleSpan? {
    items.removeAll(keepingCapacity: true)
    let tokens = doc.tokens
    let language = doc.language
    let table = RoleVocabulary.table(language)
    let gazetteer = Gazetteer.table
    let end = min(limit ?? tokens.count, tokens.count)
    let dash = Keys.dash  // read once (a static costs a call per use)
    var j = i
    var departmentWords = 0
    var fieldWords = 0
    var bodyWords = 0
    var places: [Range<Int>] = []
    let sentence = doc.sentence(ofToken: i)
    while j < end {
      let t = tokens[j]
      if j > i, t.spacing >= .newline || doc.sentence(ofToken: j) != sentence { break }
      if t.kind == .punct {
        // A hyphen inside a compound ("Russian-Serbian", "Российско-сербского").
        if doc.keys[j] == dash, !t.flags.contains(.longDash), t.spacing == .none, j + 1 < end,
          tokens[j + 1].spacing == .none,
          !items.isEmpty
        {
          j += 1
          continue
        }
        break
      }
      guard t.kind == .word else { break }
      // A compound adjective ("Российско-сербского", "Russian-Serbian") describes the body, not the office.
      if j + 2 < end, doc.keys[j + 1] == dash, tokens[j + 1].spacing == .none, tokens[j + 2].spacing == .none,
        tokens[j + 2].kind == .word,
        t.norm.hasSuffix("о") || table.longest(doc, at: j)?.value.kind == .affiliation
      {
        items.append((RoleItem.filler, j..<(j + 3)))
        j += 3
        continue
      }
      // "посол России в Катаре", "chargé d'affaires in Vienna": where the office is, part of the title.
      if !items.isEmpty, j + 1 < end, locationPrepositions.contains(doc.keys[j]), doc.isCapitalizedWord(j + 1),
        let p = gazetteer.longest(doc, at: j + 1), p.end <= end
      {
        items.append((RoleItem.field, j..<p.end))
        places.append((j + 1)..<p.end)
        j = p.end
        continue
      }
      if let m = table.longest(doc, at: j) {
        items.append((m.value, j..<m.end))
        if m.value.kind == .organisation, m.value.value == "department" { departmentWords = 3 }
        // "министра инвестиций", "міністра водних ресурсів": a field the vocabulary does not know.
        if language != .en, m.value.portfolio == nil,
          (m.value.kind == .office && m.value.value.hasSuffix("minister"))
            || (m.value.kind == .organisation && ["ministry", "committee"].contains(m.value.value))
        {
          fieldWords = 3
        } else if m.value.kind != .filler {
          fieldWords = 0
        }
        // "директор центра", "заступник директора боснійського Центру протимінної діяльності": the body a
        // director, head or chair leads, named in the genitive after the office.
        if m.value.kind == .office {
          bodyWords = language != .en && Self.bodyOffices.contains(m.value.value) ? 4 : 0
        }
        j = m.end
        continue
      }
      // "Deputy Investment Minister", "India's shipping secretary": up to two words of a field before an office.
      if language == .en, unknownFieldWord(doc, j, table) {
        var k = j + 1
        if k < end, k < j + 2, unknownFieldWord(doc, k, table) { k += 1 }
        if k < end, let m = table.longest(doc, at: k), m.value.kind == .office {
          items.append((RoleItem.field, j..<k))
          j = k
          continue
        }
      }
      if t.isCapitalized || t.flags.contains(.allCaps) {
        if let p = gazetteer.longest(doc, at: j) {
          let place = Gazetteer.places[p.value]
          if place.kind == .country, let iso = place.country {
            items.append((RoleItem(kind: .affiliation, value: iso), j..<p.end))
          } else if !items.isEmpty {
            items.append((RoleItem.filler, j..<p.end))
          } else {
            break
          }
          j = p.end
          continue
        }
      }
      // Lower-case words of a department's name ("департамента оперативного контроля").
      if departmentWords > 0, language != .en, !t.isCapitalized, genitiveShaped(t.norm, language) {
        items.append((RoleItem.department, j..<(j + 1)))
        departmentWords -= 1
        j += 1
        continue
      }
      if fieldWords > 0, language != .en, !t.isCapitalized, genitiveShaped(t.norm, language) {
        items.append((RoleItem.field, j..<(j + 1)))
        fieldWords -= 1
        j += 1
        continue
      }
      // A capitalised word of the body only before a lower-case genitive of its name ("Центру протимінної"): two
      // capitalised words in a row are the name the title goes with ("директора центра Саши Обрадовича").
      if bodyWords > 0, genitiveShaped(t.norm, language),
        !t.isCapitalized
          || (j + 1 < end && tokens[j + 1].kind == .word && !tokens[j + 1].isCapitalized
            && tokens[j + 1].spacing == .space && genitiveShaped(tokens[j + 1].norm, language))
      {
        items.append((RoleItem.department, j..<(j + 1)))
        bodyWords -= 1
        j += 1
        continue
      }
      break
    }
    // Fillers (and bare countries) at either end belong to the sentence, not the title.
    while let last = items.last, last.item.kind == .filler { items.removeLast() }
    while let first = items.first, first.item.kind == .filler { items.removeFirst() }
    guard let lower = items.first?.range.lowerBound, let upper = items.last?.range.upperBound else { return nil }
    let namesMinistry = items.contains { $0.item.kind == .organisation && $0.item.value == "ministry" }
    let field =
      items.first { $0.item.kind == .organisation && $0.item.value == "ministry" && $0.item.portfolio != nil }?.item
      .portfolio ?? items.first { $0.item.kind == .portfolio && $0.item.portfolio != "presidency" }?.item.portfolio
    if namesMinistry, let field { ministry = field }
    // No office word, no title (most runs of role words are "the Russian delegation", "energy ministry").
    guard
      items.contains(where: {
        $0.item.kind == .office || $0.item.kind == .clause
          || ($0.item.kind == .modifier && $0.item.value == "assistant")
      })
    else { return nil }
    guard var role = compose(items.map(\.item), text: doc.text(lower..<upper)) else { return nil }
    let headCases = items.first { $0.item.kind == .office || $0.item.kind == .modifier }?.item.cases ?? .all
    let plural = items.contains { $0.item.plural }
    // A plural title names several countries' officials at once: no one affiliation.
    if plural { role.affiliation = nil }
    return RoleSpan(
      range: lower..<upper, role: role, feminine: items.contains { $0.item.feminine }, headCases: headCases,
      plural: plural, places: places.filter { $0.upperBound <= upper }, bareMinistry: namesMinistry && field == nil)
  }

  private static let locationPrepositions = WordHash.set(["in", "в", "во", "у"])
  /// Offices whose body may follow in the genitive, unknown to the vocabulary ("директор центра").
  private static let bodyOffices: Set<String> = ["director", "head", "chair"]

  private static func genitiveShaped(_ w: String, _ language: Language) -> Bool {
    let endings =
      language == .ru
      ? ["ого", "его", "ой", "ей", "ых", "их", "ии", "ия", "ий", "а", "я", "ы", "и", "ов", "ев"]
      : ["ого", "ього", "ої", "ьої", "их", "а", "я", "и", "і", "ів", "ій", "ії", "у", "ю"]
    // Past-tense verbs and reflexives are not genitives ("министра сообщила", "заявили").
    for v in ["ла", "ли", "ло", "ся", "сь"] where w.hasSuffix(v) { return false }
    return w.count >= 4 && endings.contains { w.hasSuffix($0) }
  }

  /// An English word that can name a field before an office word: not in the vocabulary, not a place, not a verb
  /// of attribution or attendance, not a function word.
  static func unknownFieldWord(_ doc: EntityScan, _ j: Int, _ table: EntityPhraseTable<RoleItem>) -> Bool {
    guard j < doc.tokens.count, doc.marks[j].contains(.word), !doc.marks[j].contains(.allCaps), doc.length(j) >= 4,
      !doc.isPossessive(j)
    else { return false }
    let key = doc.keys[j]
    if table.contains(key) || NameLexicon.english.stopWords.contains(key) { return false }
    if Gazetteer.table.starts(doc, j) { return false }
    if AttributionWords.englishTable.contains(key) || AttendanceTagger.englishTable.contains(key) {
      return false
    }
    let norm = doc.tokens[j].norm
    return !norm.hasSuffix("ed") && !norm.hasSuffix("ly")
  }

  /// A field word right after "the", "a", a possessive or a comma, followed by an office word: a title starts there
  /// ("the pharmaceuticals secretary", "India's shipping secretary").
  static func fieldStart(
    _ doc: EntityScan, _ i: Int, _ table: EntityPhraseTable<RoleItem>, leaders: KeyIndex = fieldLeaders
  ) -> Bool {
    let before = doc.keys[i - 1]
    guard leaders.contains(before) || doc.isPossessive(i - 1) else { return false }
    // The office word first (one probe), then the field words.
    let n = doc.tokens.count
    func office(_ k: Int) -> Bool {
      guard k < n, doc.marks[k].contains(.word), let m = table.longest(doc, at: k) else { return false }
      return m.value.kind == .office
    }
    if office(i + 1) { return unknownFieldWord(doc, i, table) }
    if office(i + 2) { return unknownFieldWord(doc, i, table) && unknownFieldWord(doc, i + 1, table) }
    return false
  }

  private static let fieldLeaders = WordHash.set(["the", "a", "an", ","])
}
