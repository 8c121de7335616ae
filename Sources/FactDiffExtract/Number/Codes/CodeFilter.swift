import FactDiffModel

/// Numbers that are names, not quantities: "Boeing 737", "G20", "Article 5", "COVID-19", "Su-35", "2:1 win",
/// phone numbers, "version 10.4", ISBNs, "No. 5", "Resolution 2231", house and page numbers, URLs and e-mails.
final class CodeFilter {
  let tokens: [Token]
  let language: Language
  let codeNouns: WordSet
  let streetWords: WordSet

  init(_ doc: Document) {
    tokens = doc.tokens
    language = doc.language
    codeNouns = CodeFilter.nouns[doc.language]
    streetWords = CodeFilter.streets[doc.language]
  }

  /// Words after which a number is a name or a reference (lower-cased; a trailing dot is a separate token).
  static let nouns = PerLanguageTable { language -> WordSet in
    let common = [
      "no", "nos", "nr", "#", "№", "isbn", "issn", "doi", "tel", "phone", "fax", "v", "ver", "iso", "gost", "гост",
      "boeing", "airbus", "embraer", "superjet", "covid", "windows", "iphone", "tel.", "тел",
    ]
    switch language {
    case .en:
      return WordSet(
        common + [
          "article", "articles", "resolution", "resolutions", "version", "chapter", "section", "sections", "paragraph",
          "clause", "page", "pages", "p", "pp", "flight", "route", "highway", "room", "house", "building", "apartment",
          "apt", "suite", "gate", "platform", "terminal", "line", "boeing", "airbus", "model", "mk", "protocol",
          "decree",
          "law", "act", "annex", "appendix", "figure", "fig", "table", "item", "bill", "code", "unit", "number",
          "level",
          "stage", "phase", "block", "pier", "zone", "sector", "lot", "plot", "vol", "volume", "iphone", "windows",
          "ios", "android", "starlink", "falcon", "soyuz", "progress", "apollo", "generation", "gen", "category",
          "class", "type", "grade", "season", "episode", "part", "tier", "rule", "order", "directive", "regulation",
        ])
    case .ru:
      return WordSet(
        common + [
          "статья", "статьи", "статье", "статью", "статьей", "ст", "резолюция", "резолюции", "резолюцию", "версия",
          "версии", "глава", "главы", "раздел", "раздела", "пункт", "пункта", "пункте", "п", "пп", "часть", "части",
          "страница", "странице", "стр", "с", "рейс", "рейса", "маршрут", "трасса", "дом", "д", "корпус", "корп",
          "офис", "квартира", "кв", "кабинет", "зал", "вход", "терминал", "линия", "модель", "протокол", "указ",
          "указа", "закон", "закона", "постановление", "постановления", "приложение", "рис", "рисунок", "таблица",
          "табл", "код", "номер", "номера", "уровень", "этап", "фаза", "блок", "энергоблок", "сектор", "участок", "том",
          "тома", "боинг", "аэробус", "ту", "ил", "ан", "су", "миг", "як", "тип", "класс", "категория", "сезон",
          "поколение", "ряд", "место", "причал", "платформа", "путь",
        ])
    case .uk:
      return WordSet(
        common + [
          "стаття", "статті", "статтю", "статтею", "ст", "резолюція", "резолюції", "резолюцію", "версія", "версії",
          "глава", "розділ", "розділу", "пункт", "пункту", "п", "частина", "частини", "сторінка", "сторінці", "стор",
          "с", "рейс", "рейсу", "маршрут", "траса", "будинок", "буд", "корпус", "офіс", "квартира", "кв", "кабінет",
          "зал", "вхід", "термінал", "лінія", "модель", "протокол", "указ", "указу", "закон", "закону", "постанова",
          "постанови", "додаток", "рис", "таблиця", "код", "номер", "номера", "рівень", "етап", "фаза", "блок",
          "енергоблок", "сектор", "ділянка", "том", "боїнг", "аеробус", "ту", "іл", "ан", "су", "міг", "тип", "клас",
          "категорія", "сезон", "покоління", "ряд", "місце", "причал", "платформа", "колія",
        ])
    }
  }

  /// Street words: a number a few words after one is a house number ("ул. Ленина, 5", "Downing Street").
  static let streets = PerLanguageTable { language -> WordSet in
    switch language {
    case .en: return ["street", "st", "avenue", "ave", "road", "rd", "lane", "boulevard", "blvd", "square", "place"]
    case .ru:
      return [
        "улица", "улице", "ул", "проспект", "проспекте", "пр", "просп", "переулок", "пер", "шоссе", "бульвар",
        "площадь", "пл", "набережная", "наб",
      ]
    case .uk:
      return [
        "вулиця", "вулиці", "вул", "проспект", "просп", "провулок", "пров", "шосе", "бульвар", "бульв", "площа", "пл",
        "набережна",
      ]
    }
  }

  /// True when the number starting at `i` (and ending before `end`) is a code, not a quantity.
  func isCode(_ i: Int, end: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .number else { return false }
    if TokenTests.isGluedCode(tokens, i) { return true }
    // Glued to what follows: "5G", "3D" (units, scales and suffixes are checked by the caller), "2024/05", ":1".
    if end < tokens.count, tokens[end].spacing == .none, tokens[end].kind == .punct {
      let n = tokens[end].key
      if (n == "/" || n == ":" || n == "@" || n == "_") && end + 1 < tokens.count && tokens[end + 1].spacing == .none {
        return true
      }
      if n == "-" && !tokens[end].flags.contains(.longDash) && end + 1 < tokens.count
        && tokens[end + 1].spacing == .none && tokens[end + 1].kind == .word
        && tokens[end + 1].normLength <= 2 && tokens[end + 1].isCapitalized
      {
        return true  // "737-MAX"-like
      }
    }
    // A ratio or score: "2:1".
    if i >= 2, tokens[i - 1].isPunct(":"), tokens[i - 1].spacing == .none, t.spacing == .none,
      tokens[i - 2].kind == .number
    {
      return true
    }
    if i > 0 {
      // "Article 5", "No. 5", "№ 5", "Boeing 737", "стр. 12".
      var p = i - 1
      if tokens[p].isPunct(".") && p > 0 { p -= 1 }
      if tokens[p].kind == .word, codeNouns.contains(tokens[p].key) { return true }
      if tokens[p].kind == .punct, tokens[p].key == "#" || tokens[p].key == "№" { return true }
      // A capitalized Latin name right before ("Sukhoi Superjet 100", "Nord Stream 2"), not at a sentence start;
      // in Cyrillic text any Latin word before a number is a name ("Boeing 737").
      if tokens[i - 1].kind == .word, tokens[i - 1].flags.contains(.latin), t.spacing <= .narrow {
        if language != .en { return true }
        if tokens[i - 1].isCapitalized, i >= 2, tokens[i - 2].kind == .word,
          tokens[i - 2].isCapitalized || tokens[i - 2].flags.contains(.allCaps)
        {
          return true
        }
      }
      // A street a few words before ("ул. Ленина, 5").
      var q = i - 1
      var steps = 0
      while q >= 0 && steps < 4 {
        if tokens[q].kind == .word, streetWords.contains(tokens[q].key) { return true }
        if tokens[q].kind == .punct && tokens[q].key != "," && tokens[q].key != "." { break }
        q -= 1
        steps += 1
      }
    }
    // "10 Downing Street".
    if end + 1 < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized,
      streetWords.contains(tokens[end + 1].key)
    {
      return true
    }
    return isPhoneLike(i)
  }

  /// Runs of digit groups joined by hyphens, spaces or brackets with seven or more digits: phone numbers, ISBNs.
  func isPhoneLike(_ i: Int) -> Bool {
    func joins(_ t: Token) -> Bool {
      t.kind == .number
        || (t.kind == .punct && !t.flags.contains(.longDash) && (t.key == "-" || t.key == "(" || t.key == ")"))
    }
    var s = i
    while s > 0, tokens[s].spacing <= .narrow, joins(tokens[s - 1]) { s -= 1 }
    if s > 0, tokens[s - 1].isPunct("+"), tokens[s].spacing == .none { return true }
    var groups = 0
    var digits = 0
    var hyphens = 0
    var parens = 0
    var k = s
    while k < tokens.count, joins(tokens[k]), k == s || tokens[k].spacing <= .narrow {
      let t = tokens[k]
      if t.kind == .number {
        groups += 1
        digits += t.normLength
      } else if t.key == "-" {
        hyphens += 1
      } else {
        parens += 1
      }
      k += 1
    }
    if parens >= 2 && groups >= 2 && digits >= 7 { return true }
    return (groups >= 3 && digits >= 7 && hyphens >= 1) || (groups >= 2 && hyphens >= 1 && digits >= 8)
  }
}
