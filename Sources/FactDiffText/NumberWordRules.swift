import FactDiffModel

/// Supplementary ICU RBNF rules for the number words ICU's own spellout rules do not know, written as tables and
/// turned into rule text. Each table becomes a public rule set, so ICU's parser tries it like its own.
enum NumberWordRules {
  /// The RBNF rule text for a language, or nil when ICU's own rules are all we use.
  static func supplement(_ language: Language) -> String? {
    switch language {
    case .uk:
      return ukrainianCases.map(\.rules).joined() + collective("collective", ukrainianCollective)
        + scale(ukrainianScale)
    case .ru:
      return collective("collective", russianCollective)
        + collective("collective-genitive", russianCollectiveGenitive)
        + collective("collective-dative", russianCollectiveDative)
        + collective("collective-instrumental", russianCollectiveInstrumental) + scale(russianScale)
    case .en:
      return scale(englishScale)
    }
  }

  /// One grammatical case of cardinal numbers: the words for 0…19, the tens 20…90, the hundreds 100…900, and the
  /// scale words after "one" (singular) and after other numbers.
  struct CaseTable {
    var name: String
    var units: [String]
    var tens: [String]
    var hundreds: [String]
    /// The feminine "one" that counts thousands ("однієї тисячі").
    var feminineOne: String
    var thousand: (one: String, other: String)
    var million: (one: String, other: String)
    var billion: (one: String, other: String)

    /// `%spellout-cardinal-<name>` and its private thousands helper. A bare scale word ("тисячі") means one of it.
    var rules: String {
      let set = "%spellout-cardinal-\(name)"
      var r = "\(set):\n"
      for (n, word) in units.enumerated() { r += "\(n): \(word);\n" }
      for (k, word) in tens.enumerated() { r += "\((k + 2) * 10): \(word)[ >>];\n" }
      for (k, word) in hundreds.enumerated() { r += "\((k + 1) * 100): \(word)[ >>];\n" }
      for (base, forms, counter) in [
        (1000, thousand, "<%%thousands-\(name)<"), (1_000_000, million, "<<"), (1_000_000_000, billion, "<<"),
      ] {
        r += "\(base): \(forms.one)[ >>];\n"
        r += "\(2 * base): \(counter) $(cardinal,one{\(forms.one)}other{\(forms.other)})$[ >>];\n"
      }
      r += "1000000000000: =#,##0=;\n"
      r += "%%thousands-\(name):\n1: \(feminineOne);\n2: =\(set)=;\n"
      return r
    }

    /// The same case with other words for 5…19 and the tens (collective and long variants).
    func variant(_ name: String, units: [String], tens: [String]) -> CaseTable {
      var copy = self
      copy.name = name
      copy.units = Array(self.units.prefix(5)) + units
      copy.tens = tens
      return copy
    }
  }

  /// A rule set of single words (`value: word`), for collective numerals.
  static func collective(_ name: String, _ words: [(Int, String)]) -> String {
    "%\(name):\n0: =#,##0=;\n" + words.map { "\($0.0): \($0.1);\n" }.joined()
  }

  /// `%bare-scale`: the scale words alone ("тысяча" = 1000), which ICU spells with a "one" in front.
  static func scale(_ words: [(Int, String)]) -> String {
    collective("bare-scale", words)
  }

  // MARK: - Ukrainian

  static let ukrainianGenitive = CaseTable(
    name: "genitive",
    units: [
      "нуля", "одного", "двох", "трьох", "чотирьох", "пʼяти", "шести", "семи", "восьми", "девʼяти", "десяти",
      "одинадцяти", "дванадцяти", "тринадцяти", "чотирнадцяти", "пʼятнадцяти", "шістнадцяти", "сімнадцяти",
      "вісімнадцяти", "девʼятнадцяти",
    ],
    tens: ["двадцяти", "тридцяти", "сорока", "пʼятдесяти", "шістдесяти", "сімдесяти", "вісімдесяти", "девʼяноста"],
    hundreds: [
      "ста", "двохсот", "трьохсот", "чотирьохсот", "пʼятисот", "шестисот", "семисот", "восьмисот", "девʼятисот",
    ],
    feminineOne: "однієї", thousand: ("тисячі", "тисяч"), million: ("мільйона", "мільйонів"),
    billion: ("мільярда", "мільярдів"))

  static let ukrainianDative = CaseTable(
    name: "dative",
    units: ["нулю", "одному", "двом", "трьом", "чотирьом"] + Array(ukrainianGenitive.units.dropFirst(5)),
    tens: ukrainianGenitive.tens,
    hundreds: [
      "ста", "двомстам", "трьомстам", "чотирьомстам", "пʼятистам", "шестистам", "семистам", "восьмистам",
      "девʼятистам",
    ],
    feminineOne: "одній", thousand: ("тисячі", "тисячам"), million: ("мільйону", "мільйонам"),
    billion: ("мільярду", "мільярдам"))

  static let ukrainianInstrumental = CaseTable(
    name: "instrumental",
    units: [
      "нулем", "одним", "двома", "трьома", "чотирма", "пʼятьма", "шістьма", "сьома", "вісьма", "девʼятьма",
      "десятьма", "одинадцятьма", "дванадцятьма", "тринадцятьма", "чотирнадцятьма", "пʼятнадцятьма",
      "шістнадцятьма", "сімнадцятьма", "вісімнадцятьма", "девʼятнадцятьма",
    ],
    tens: [
      "двадцятьма", "тридцятьма", "сорока", "пʼятдесятьма", "шістдесятьма", "сімдесятьма", "вісімдесятьма",
      "девʼяноста",
    ],
    hundreds: [
      "ста", "двомастами", "трьомастами", "чотирмастами", "пʼятьмастами", "шістьмастами", "сьомастами",
      "вісьмастами", "девʼятьмастами",
    ],
    feminineOne: "однією", thousand: ("тисячею", "тисячами"), million: ("мільйоном", "мільйонами"),
    billion: ("мільярдом", "мільярдами"))

  static let ukrainianLocative = CaseTable(
    name: "locative",
    units: ["нулі", "одному"] + Array(ukrainianGenitive.units.dropFirst(2)),
    tens: ukrainianGenitive.tens,
    hundreds: [
      "ста", "двохстах", "трьохстах", "чотирьохстах", "пʼятистах", "шестистах", "семистах", "восьмистах",
      "девʼятистах",
    ],
    feminineOne: "одній", thousand: ("тисячі", "тисячах"), million: ("мільйоні", "мільйонах"),
    billion: ("мільярді", "мільярдах"))

  /// The stems of 5…19 and of the tens for the collective variants (`пʼять` + `ох`, `ом`, `ома`).
  private static let ukrainianStems5to19 = [
    "пʼятьо", "шістьо", "сімо", "вісьмо", "девʼятьо", "десятьо", "одинадцятьо", "дванадцятьо", "тринадцятьо",
    "чотирнадцятьо", "пʼятнадцятьо", "шістнадцятьо", "сімнадцятьо", "вісімнадцятьо", "девʼятнадцятьо",
  ]
  private static let ukrainianTenStems = [
    "двадцятьо", "тридцятьо", nil, "пʼятдесятьо", "шістдесятьо", "сімдесятьо", "вісімдесятьо", nil,
  ]

  private static func ukrainianVariant(_ base: CaseTable, _ name: String, ending: String) -> CaseTable {
    base.variant(
      name, units: ukrainianStems5to19.map { $0 + ending },
      tens: zip(ukrainianTenStems, base.tens).map { stem, word in stem.map { $0 + ending } ?? word })
  }

  static let ukrainianCases: [CaseTable] = [
    ukrainianGenitive, ukrainianDative, ukrainianInstrumental, ukrainianLocative,
    ukrainianVariant(ukrainianGenitive, "genitive-collective", ending: "х"),
    ukrainianVariant(ukrainianDative, "dative-collective", ending: "м"),
    ukrainianVariant(ukrainianInstrumental, "instrumental-long", ending: "ма"),
  ]

  static let ukrainianCollective: [(Int, String)] = [
    (2, "двоє"), (3, "троє"), (4, "четверо"), (5, "пʼятеро"), (6, "шестеро"), (7, "семеро"), (8, "восьмеро"),
    (9, "девʼятеро"), (10, "десятеро"),
  ]

  static let ukrainianScale: [(Int, String)] = [(1000, "тисяча"), (1_000_000, "мільйон"), (1_000_000_000, "мільярд")]

  // MARK: - Russian

  static let russianCollective: [(Int, String)] = [
    (2, "двое"), (3, "трое"), (4, "четверо"), (5, "пятеро"), (6, "шестеро"), (7, "семеро"), (8, "восьмеро"),
    (9, "девятеро"), (10, "десятеро"),
  ]
  static let russianCollectiveGenitive = russianCollectiveForms(ending: "х")
  static let russianCollectiveDative = russianCollectiveForms(ending: "м")
  static let russianCollectiveInstrumental = russianCollectiveForms(ending: "ми")

  /// Oblique collective forms: "двоих", "двоим", "двоими", "пятерых", "пятерым", "пятерыми" …
  private static func russianCollectiveForms(ending: String) -> [(Int, String)] {
    let stems = ["двои", "трои", "четверы", "пятеры", "шестеры", "семеры", "восьмеры", "девятеры", "десятеры"]
    return stems.enumerated().map { ($0.offset + 2, $0.element + ending) }
  }

  static let russianScale: [(Int, String)] = [(1000, "тысяча"), (1_000_000, "миллион"), (1_000_000_000, "миллиард")]

  // MARK: - English

  static let englishScale: [(Int, String)] = [
    (100, "a hundred"), (1000, "a thousand"), (1_000_000, "a million"), (1_000_000_000, "a billion"),
  ]
}
