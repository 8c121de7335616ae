import FactDiffModel

/// Quotes with their speaker from the attribution, and scare quotes that are no quotes.
enum EntityQuoteCorpus {
  static let english = EntityCorpus(
    name: "quotes-en", language: .en,
    entries: [
      (
        .quote(text: "Supplies will continue in full throughout the winter", speaker: "Stanislav Gorelov"),
        [
          "“Supplies will continue in full throughout the winter,” Stanislav Gorelov said.",
          "“Supplies will continue in full throughout the winter,” said Stanislav Gorelov.",
          "Stanislav Gorelov said: “Supplies will continue in full throughout the winter.”",
        ]
      ),
      (
        .quote(text: "We agreed on a minimum release of water", speaker: "Rusu"),
        [
          "Ion Rusu spoke first. “We agreed on a minimum release of water,” Rusu said."
        ]
      ),
      (
        .quote(text: "We will not let households pay for a dispute", speaker: "Péter Halmai"),
        [
          "Péter Halmai struck a cautious note. “We will not let households pay for a dispute,” he said."
        ]
      ),
      (
        .quote(text: "a record result in the forum’s history", speaker: "Kirill Sobolevsky"),
        [
          "Kirill Sobolevsky, Russia’s deputy economic development minister, called it “a record result in the forum’s history”."
        ]
      ),
      (
        .quote(text: "We have agreed a schedule for the next three years", speaker: "Zharov"),
        [
          "Vitaly Zharov led the side. \"We have agreed a schedule for the next three years,\" Zharov told reporters."
        ]
      ),
      (
        .quote(text: "The talks were useful and we will continue", speaker: "Oleg Brusnitsyn"),
        [
          "“The talks were useful and we will continue,” Oleg Brusnitsyn, Russia’s deputy transport minister, told reporters."
        ]
      ),
      (
        .noQuote,
        [
          "Rates would be cut “in stages”, officials said.", "The “North–South” corridor is busy.",
        ]
      ),
    ])

  static let russian = EntityCorpus(
    name: "quotes-ru", language: .ru,
    entries: [
      (
        .quote(text: "Поставки по „Турецкому потоку“ в полном объеме продолжатся всю зиму", speaker: "Горелов"),
        [
          "Станислав Горелов прибыл в Будапешт. «Поставки по „Турецкому потоку“ в полном объеме продолжатся всю зиму», — сказал Горелов журналистам."
        ]
      ),
      (
        .quote(text: "Мы договорились о поэтапном снижении ставок", speaker: "Олег Брусницын"),
        [
          "«Мы договорились о поэтапном снижении ставок», — заявил Олег Брусницын.",
          "Олег Брусницын заявил: «Мы договорились о поэтапном снижении ставок».",
        ]
      ),
      (
        .quote(text: "Это первый разговор на таком уровне за три года", speaker: "Рукавишников"),
        [
          "Участвовал Глеб Рукавишников. «Это первый разговор на таком уровне за три года», — заявил Рукавишников журналистам."
        ]
      ),
      (
        .quote(text: "Мы согласовали график модернизации энергоблоков", speaker: "Виталий Жаров"),
        [
          "— Мы согласовали график модернизации энергоблоков, — сказал Виталий Жаров."
        ]
      ),
      (
        .quote(text: "Износ сетей превышает 60 процентов", speaker: "Семёнов"),
        [
          "Игорь Семёнов провел совещание. «Износ сетей превышает 60 процентов», — заявил Семёнов."
        ]
      ),
      (.noQuote, ["Коридор «Север — Юг» загружен.", "Газопровод «Турецкий поток» работает."]),
    ])

  static let ukrainian = EntityCorpus(
    name: "quotes-uk", language: .uk,
    entries: [
      (
        .quote(text: "Постачання „Турецьким потоком“ у повному обсязі триватимуть усю зиму", speaker: "Петер Галмаї"),
        [
          "«Постачання „Турецьким потоком“ у повному обсязі триватимуть усю зиму», — заявив державний секретар Угорщини з питань енергетики Петер Галмаї."
        ]
      ),
      (
        .quote(text: "Ми домовилися про мінімальний скид води влітку", speaker: "Іон Русу"),
        [
          "«Ми домовилися про мінімальний скид води влітку», — сказав Іон Русу.",
          "Іон Русу заявив: «Ми домовилися про мінімальний скид води влітку».",
        ]
      ),
      (
        .quote(text: "Це перша розмова на такому рівні за три роки", speaker: "Гліб Рукавишников"),
        [
          "Гліб Рукавишников виступив першим. «Це перша розмова на такому рівні за три роки», — сказав він."
        ]
      ),
      (.noQuote, ["Коридор «Північ — Південь» завантажений."]),
    ])
}
