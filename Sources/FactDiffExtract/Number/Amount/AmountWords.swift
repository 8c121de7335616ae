import FactDiffModel

/// The words of amounts in one language: scale words ("billion", "млрд", "bn"), currencies before and after the
/// figure, percent words, measure units, and vague quantities ("dozens", "десятки", "кілька").
final class AmountWords: Sendable {
  /// Scale words after a figure, every case form ("млрд", "миллиардов", "мільярдів", "bn").
  let scales: WordMap<Double>
  /// Scale abbreviations valid only after a currency sign ("€300m", "$5k").
  let currencyScales: WordMap<Double>
  /// Currency signs and codes before the figure ("$", "€", "US$", "USD").
  let currencyBefore: PhraseTable<String>
  /// Currency words after the figure ("dollars", "долларов", "доларів", "евро", "грн").
  let currencyAfter: PhraseTable<String>
  /// "%", "percent", "процентов", "відсотків".
  let percent: PhraseTable<Bool>
  /// Measure units after the figure: cubic metres → "m3", tonnes → "t".
  let units: PhraseTable<String>
  /// Vague quantities → the ToleranceTable.vagueCounts concept ("dozens" → "dozens").
  let vague: PhraseTable<String>
  /// Words after a number word that multiply it by twelve ("two dozen").
  let dozen: WordSet
  /// Words joining the ends of a range ("10 to 12", "от 10 до 12").
  let rangeJoiners: WordSet
  /// Words before the first end of a range ("between", "от", "від").
  let rangeOpeners: WordSet
  /// Words that may open a breakdown after its total ("including", "из них", "у тому числі").
  let breakdownLeads: PhraseTable<Bool>
  /// Words joining the last part of a breakdown ("and", "и", "і", "та").
  let listJoiners: WordSet
  /// The word after a sentence-initial number word that makes it a part of a group ("Twelve of the …", "Двенадцать
  /// из …", "Дванадцять із …").
  let partitive: WordSet

  static let shared = PerLanguageTable { AmountWords(language: $0) }
  static func forLanguage(_ language: Language) -> AmountWords { shared[language] }

  init(language: Language) {
    let t: AmountTable
    switch language {
    case .en: t = EnglishAmountWords.table
    case .ru: t = RussianAmountWords.table
    case .uk: t = UkrainianAmountWords.table
    }
    var scales: [String: Double] = [:]
    for (w, n) in NumberWordLexicon.forLanguage(language).words where n.role == .scale { scales[w] = n.value }
    for (w, v) in t.scales { scales[LexiconFolding.fold(w)] = v }
    self.scales = WordMap(scales)
    var cs: [String: Double] = [:]
    for (w, v) in t.currencyScales { cs[LexiconFolding.fold(w)] = v }
    currencyScales = WordMap(cs)
    currencyBefore = PhraseTable(AmountWords.signs + AmountWords.codesBefore + t.currencyBefore)
    currencyAfter = PhraseTable(AmountWords.codes + AmountWords.signs + t.currencyAfter)
    percent = PhraseTable(t.percent.map { ($0, true) })
    units = PhraseTable(t.units)
    vague = PhraseTable(t.vague)
    dozen = WordSet(t.dozen.map(LexiconFolding.fold))
    rangeJoiners = WordSet(t.rangeJoiners)
    rangeOpeners = WordSet(t.rangeOpeners)
    breakdownLeads = PhraseTable(t.breakdownLeads.map { ($0, true) })
    listJoiners = WordSet(t.listJoiners)
    partitive = WordSet(t.partitive)
  }

  /// Currency signs, in every language.
  static let signs: [(String, String)] = [
    ("$", "USD"), ("us$", "USD"), ("us $", "USD"), ("€", "EUR"), ("£", "GBP"), ("₽", "RUB"), ("₴", "UAH"),
    ("₺", "TRY"), ("¥", "JPY"), ("₸", "KZT"), ("₼", "AZN"), ("֏", "AMD"), ("₾", "GEL"),
    // Dollars of other countries: "C$500 million" is Canadian, not US. One-letter prefixes only written
    // together ("a $1.8 million contract" is US dollars).
    ("c$", "CAD"), ("ca$", "CAD"), ("ca $", "CAD"), ("cdn$", "CAD"), ("cdn $", "CAD"),
    ("a$", "AUD"), ("au$", "AUD"), ("au $", "AUD"), ("nz$", "NZD"), ("nz $", "NZD"),
    ("hk$", "HKD"), ("hk $", "HKD"), ("s$", "SGD"), ("r$", "BRL"),
    ("mx$", "MXN"), ("mx $", "MXN"), ("₹", "INR"), ("₩", "KRW"), ("₫", "VND"),
  ]
  /// Codes and signs written before the figure ("PLN 300 million", "DKK1.5bn", "zł1.2bn"); not "try", an English
  /// word far more often than the Turkish lira's code.
  static let codesBefore: [(String, String)] = codes.filter { $0.0 != "try" } + [("zł", "PLN")]
  /// The keys of `codesBefore`: a figure glued to one of them is an amount, not a code ("DKK1.5bn", not "A320").
  static let codeKeysBefore: Set<WordKey> = Set(codesBefore.map { WordKey($0.0) })
  /// ISO 4217 codes written as words.
  static let codes: [(String, String)] = [
    "usd", "eur", "rub", "uah", "gbp", "cny", "try", "jpy", "chf", "kzt", "azn", "amd", "gel", "mdl", "byn", "rsd",
    "huf", "sar", "aed", "irr", "inr", "cad", "aud", "nzd", "hkd", "sgd", "brl", "zar", "idr", "clp", "kes", "mxn",
    "krw", "vnd", "egp", "qar", "omr", "kwd", "pln", "czk", "sek", "nok", "dkk",
  ].map { ($0, $0.uppercased()) }
}

/// The data of one language's amount words, as typed in its file.
struct AmountTable: Sendable {
  var scales: [(String, Double)]
  var currencyScales: [(String, Double)]
  var currencyBefore: [(String, String)]
  var currencyAfter: [(String, String)]
  var percent: [String]
  var units: [(String, String)]
  var vague: [(String, String)]
  var dozen: [String]
  var rangeJoiners: [String]
  var rangeOpeners: [String]
  var breakdownLeads: [String]
  var listJoiners: [String]
  var partitive: [String]
}
