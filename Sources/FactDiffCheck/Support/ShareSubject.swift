import FactDiffExtract
import FactDiffModel

/// What a percentage is a share of, as concepts shared across languages: "about 70% of the world's known phosphate
/// reserves" is a share of reserves, "доля Марокко в импорте удобрений вырастет до 25%" a share of imports, "the
/// import duty … to 10%" a duty. Read from the words between the figure before it in its sentence (a step in
/// percentage points does not count as one) and the percentage, and from the words after it up to the end of its
/// clause ("of X").
///
/// Specific concepts (imports, reserves, duty, cost …) tell two percentages apart; general ones (a share, a rate)
/// only matter when a side names nothing specific.
struct ShareSubject: Equatable, Sendable {
  var specific: Set<String> = []
  var general: Set<String> = []

  var isEmpty: Bool { specific.isEmpty && general.isEmpty }

  /// True when two percentages may be figures of the same thing: their specific concepts meet, or one side names
  /// none and their general ones meet.
  func comparable(with other: ShareSubject) -> Bool {
    if !specific.isDisjoint(with: other.specific) { return true }
    if specific.isEmpty || other.specific.isEmpty { return !general.isDisjoint(with: other.general) }
    return false
  }

  /// The subject of percentage fact `f` of `doc`.
  static func of(_ f: Fact, in doc: Document) -> ShareSubject {
    let text = doc.source.text
    let n = text.utf8.count
    // Back to the sentence start, or to the end of the figure before it (not a step in percentage points).
    var lo = max(0, f.range.start - 240)
    for g in doc.facts where g.kind == .number && g.range.end <= f.range.start && g.range.end > lo {
      if case .number(let q) = g.value, q.unit == "pp" { continue }
      lo = g.range.end
    }
    let before = Source.snippet(text, TextRange(lo, f.range.start))
    // Forward to the end of the clause, or to the next figure.
    var hi = min(n, f.range.end + 160)
    for g in doc.facts where g.kind == .number && g.range.start >= f.range.end && g.range.start < hi {
      hi = g.range.start
    }
    let after = Source.snippet(text, TextRange(f.range.end, hi))
    var s = ShareSubject()
    for w in words(sentenceTail(before)) + words(clauseHead(after)) {
      guard let c = concept(w) else { continue }
      if c.general { s.general.insert(c.name) } else { s.specific.insert(c.name) }
    }
    return s
  }

  /// The part of `s` after its last sentence end.
  static func sentenceTail(_ s: String) -> Substring {
    let scalars = Array(s.unicodeScalars)
    var k = scalars.count - 1
    while k > 0 {
      let c = scalars[k]
      if c == "\n" { break }
      if ".!?".unicodeScalars.contains(c), k + 1 < scalars.count, scalars[k + 1] == " " { break }
      k -= 1
    }
    guard k > 0 else { return Substring(s) }
    return Substring(String(String.UnicodeScalarView(scalars[(k + 1)...])))
  }

  /// The part of `s` before the first clause or sentence end.
  static func clauseHead(_ s: String) -> Substring {
    s.prefix { !",;.!?—–()\n".contains($0) }
  }

  static func words(_ s: Substring) -> [String] {
    s.lowercased().split { !$0.isLetter }.map(String.init)
  }

  /// The concept of a lower-case word, if it names what a percentage is of.
  static func concept(_ w: String) -> (name: String, general: Bool)? {
    if let c = exact[w] { return c }
    for (prefix, c) in prefixes where w.hasPrefix(prefix) { return c }
    return nil
  }

  /// Concept → words; a word ending in `*` is a stem. General concepts are marked with a leading `~`.
  private static let table: [(String, [String])] = [
    (
      "~share",
      [
        "share", "shares", "stake", "stakes", "proportion", "доля", "долю", "доли", "долей", "частка", "частку",
        "частки", "часткою", "частці",
      ]
    ),
    (
      "~rate",
      ["rate", "rates", "level", "ставка", "ставку", "ставки", "ставок", "уровень", "уровня", "рівень", "рівня"]
    ),
    ("imports", ["import*", "импорт*", "імпорт*", "ввоз*", "ввіз*"]),
    ("exports", ["export*", "экспорт*", "експорт*", "вывоз*", "вивез*"]),
    (
      "duty",
      [
        "duty", "duties", "tariff*", "levy", "levies", "customs", "пошлин*", "тариф*", "мито", "мита", "миту",
        "митом", "миті",
      ]
    ),
    ("tax", ["tax", "taxes", "vat", "налог*", "ндс", "податк*", "податок", "пдв"]),
    ("inflation", ["inflation", "инфляц*", "інфляц*"]),
    ("reserves", ["reserve", "reserves", "запас*", "резерв*"]),
    (
      "production",
      [
        "production", "output", "produce*", "produces", "produced", "mined", "mining", "добыч*", "добыва*",
        "производств*", "производи*", "видобут*", "видобува*", "виробництв*", "виробля*",
      ]
    ),
    ("demand", ["demand", "спрос*", "попит*"]),
    ("consumption", ["consumption", "consume*", "потреблен*", "потребля*", "споживанн*", "спожива*"]),
    (
      "cost",
      [
        "cost", "costs", "price", "prices", "value", "стоимост*", "вартіст*", "вартост*", "цена", "цены", "цену",
        "цене", "цен", "ціна", "ціни", "ціну", "ціні", "цін",
      ]
    ),
    ("trade", ["trade", "turnover", "товарооборот*", "товарообіг*", "торговл*", "торгівл*"]),
    ("market", ["market", "markets", "рынк*", "рынок", "ринк*", "ринок"]),
    ("quota", ["quota", "quotas", "квот*"]),
    ("budget", ["budget", "budgets", "бюджет*"]),
    ("gdp", ["gdp", "ввп"]),
    ("capacity", ["capacity", "capacities", "мощност*", "потужност*", "потужніст*"]),
    ("electricity", ["electricity", "power", "электроэнерги*", "електроенергі*", "электричеств*", "електрик*"]),
    ("discount", ["discount", "discounts", "скидк*", "знижк*"]),
    ("growth", ["growth", "рост", "роста", "ростом", "прирост*", "зростанн*", "приріст*"]),
    ("financing", ["financing", "financed", "finance", "финансир*", "фінансу*"]),
    ("wear", ["worn", "wear", "износ*", "знос*"]),
    ("homes", ["homes", "households", "домов", "домохозяйств*", "домівок", "домогосподарств*", "осель"]),
    (
      "revenue",
      [
        "revenue", "revenues", "income", "profit", "profits", "выручк*", "доход*", "прибыл*", "дохід", "доходи",
        "доходів", "прибут*",
      ]
    ),
    ("unemployment", ["unemployment", "безработиц*", "безробітт*"]),
    ("votes", ["vote", "votes", "turnout", "голос*", "явк*"]),
    ("premium", ["premium", "premiums", "insurance", "страхов*", "страхуванн*"]),
  ]

  private static let built:
    (exact: [String: (name: String, general: Bool)], prefixes: [(String, (name: String, general: Bool))]) = {
      var exact: [String: (name: String, general: Bool)] = [:]
      var prefixes: [(String, (name: String, general: Bool))] = []
      for (name, words) in table {
        let general = name.hasPrefix("~")
        let c = (name: general ? String(name.dropFirst()) : name, general: general)
        for w in words {
          if w.hasSuffix("*") { prefixes.append((String(w.dropLast()), c)) } else { exact[w] = c }
        }
      }
      return (exact, prefixes.sorted { $0.0.count > $1.0.count })
    }()
  private static var exact: [String: (name: String, general: Bool)] { built.exact }
  private static var prefixes: [(String, (name: String, general: Bool))] { built.prefixes }
}
