import FactDiffModel
import _FactDiffTestSupport

/// Counts, amounts, money and percentages: expected value → phrases.
enum NumberCorpus {
  static let english = ExtractionCorpus(
    "number/en", .en,
    [
      // Skiers and snowboarders at a resort are its visitors, in words as in digits.
      (.number(84, counts: "visitors"), ["eighty-four skiers", "84 skiers", "84 snowboarders"]),
      // The look-alike: lifts and slopes of a ski resort are not its skiers.
      (.number(12), ["12 ski lifts", "12 ski slopes"]),
      // Counted things of news on aid, transport and crews, in words as in digits.
      (.number(21, counts: "vehicles"), ["21 trolleybuses", "twenty-one buses", "21 trams", "21 used trams"]),
      // A participle standing as an adjective before the noun.
      (.number(84, counts: "prisoners"), ["84 released prisoners", "84 prisoners"]),
      (.number(43, counts: "drivers"), ["43 drivers", "43 Ukrainian drivers and mechanics"]),
      (.number(45, counts: "transformers"), ["45 high-voltage transformers", "45 transformers"]),
      (.number(21, counts: "sailors"), ["21 Ukrainian seafarers", "21 sailors"]),
      (.number(15, counts: "patients"), ["15 patients"]),
      // Convoys, trawlers and barges; a crew under its own noun; a model before the noun; "N of Nepal's …".
      (.number(42, counts: "convoys", hedge: .atMost), ["up to 42 barge convoys", "up to 42 convoys"]),
      (.number(12, counts: "ships"), ["12 Russian trawlers", "12 barges"]),
      (.number(21, counts: "crew"), ["21 crew members", "a crew of 21"]),
      (.number(5, counts: "aircraft"), ["five of Nepal's Mi-17 helicopters", "five Mi-17 helicopters"]),
      // A new level written after its noun: "raise … flights to N".
      (.number(50, counts: "flights", hedge: .atMost), ["agreed to raise direct flights to up to 50 a week"]),
      (.number(1200), ["1,200", "1\u{00A0}200", "1\u{202F}200", "1200"]),
      (.number(12, counts: "agreements", hedge: .atLeast), ["at least 12 agreements", "no fewer than 12 agreements"]),
      (.number(15, counts: "agreements"), ["15 agreements", "15 new agreements", "fifteen deals"]),
      (.number(9, counts: "agreements"), ["nine agreements", "nine documents"]),
      (
        .number(600, counts: "companies", hedge: .moreThan),
        [
          "more than 600 companies",
          "more than 600 companies from the two countries", "over 600 firms",
        ]
      ),
      (
        .number(650, counts: "companies", hedge: .approximately),
        [
          "about 650 companies", "around 650 companies",
          "some 650 companies",
        ]
      ),
      (
        .number(2.5e9, unit: "USD"),
        [
          "$2.5 billion", "$2.5bn", "2.5 billion dollars", "US$2.5 billion",
          "$2,500,000,000",
        ]
      ),
      (.number(52.5e9, unit: "USD"), ["$52.5 billion"]),
      (.number(500e6, unit: "CAD"), ["C$500 million", "CA$500 million", "C$500m"]),
      (.number(40e6, unit: "NZD"), ["NZ$40 million", "NZ $40 million"]),
      (.number(120e6, unit: "BRL"), ["R$120 million"]),
      (.number(3e9, unit: "AUD"), ["A$3 billion"]),
      (.number(1.8e6, unit: "USD"), ["a $1.8 million contract", "US$1.8 million", "US $1.8 million"]),
      (.number(12.5e6, unit: "EUR"), ["€12.5m", "€12.5 million", "12.5 million euros"]),
      (.number(300e6, unit: "EUR"), ["€300m", "€300 million"]),
      // Codes and signs before the figure, glued or not; zloty and the crowns by name.
      (.number(1.5e9, unit: "DKK"), ["DKK1.5bn", "DKK 1.5 billion", "1.5 billion Danish kroner"]),
      (.number(1.2e9, unit: "PLN"), ["zł1.2bn", "PLN 1.2 billion", "1.2 billion zlotys", "1.2 billion złoty"]),
      (.number(1.5e9, unit: "USD"), ["USD1.5bn", "USD1.5 billion"]),
      (.number(40e6, unit: "SEK"), ["40 million Swedish kronor"]),
      (.number(11.5, unit: "%"), ["11.5%", "11.5 per cent", "11.5 percent"]),
      (.number(60, unit: "%", hedge: .moreThan), ["more than 60 per cent", "more than 60%"]),
      // "over" after a verb it belongs to is no hedge; "exceeds" is one.
      (.number(95, counts: "prisoners"), ["handed over 95 prisoners", "will hand over 95 prisoners"]),
      (.number(12e9, unit: "USD", hedge: .moreThan), ["now exceeds $12bn", "aid exceeded $12 billion"]),
      // Percentage points are a change of a percentage, a unit of their own.
      (.number(3, unit: "pp"), ["3 percentage points", "three percentage points", "3pp", "3 pct points"]),
      (.number(1, unit: "pp"), ["1 percentage point"]),
      (.number(0.5, unit: "pp"), ["0.5 percentage points higher"]),
      (.number(7.5e9, unit: "m3"), ["7.5 billion cubic metres", "7.5 bcm"]),
      (.number(40000, counts: "residents"), ["40,000 residents"]),
      (.number(2, counts: "contacts"), ["two prior contacts"]),
      (.number(2, counts: "rounds"), ["two rounds"]),
      (.number(12, counts: "agreements"), ["a dozen agreements", "twelve agreements"]),
      (.number(24, counts: "people"), ["two dozen people"]),
      (.number(24, counts: "people", max: 99), ["dozens of people"]),
      (.number(3, counts: "agreements", max: 9), ["several agreements"]),
      // "several dozen" is several twelves, not several; counted trades ("deminers", "specialists").
      (.number(36, counts: "deminers", max: 108), ["several dozen Ukrainian deminers", "several dozen deminers"]),
      (.number(300, counts: "specialists", max: 900), ["several hundred specialists"]),
      (.number(60, counts: "deminers"), ["60 Ukrainian deminers", "sixty sappers"]),
      (.number(40, counts: "specialists"), ["40 Ukrainian specialists"]),
      (.number(12, counts: "doctors"), ["12 doctors"]),
      (.number(2, counts: "companies", max: 5), ["a few companies"]),
      (.number(200, counts: "delegates", max: 999), ["hundreds of delegates"]),
      (
        .number(10, counts: "agreements", max: 12),
        [
          "10–12 agreements", "between 10 and 12 agreements",
          "10 to 12 agreements",
        ]
      ),
      (.number(5e6, unit: "t"), ["5 million tonnes"]),
      (.number(100, counts: "people", hedge: .atMost), ["up to 100 people", "at most 100 people"]),
      (.number(100, counts: "people", hedge: .lessThan), ["fewer than 100 people", "less than 100 people"]),
      (.number(30, counts: "journalists", hedge: .nearly), ["nearly 30 journalists", "almost 30 journalists"]),
      (.number(250, counts: "prisoners"), ["250 prisoners", "two hundred and fifty prisoners"]),
      (.number(23, counts: "drones"), ["twenty-three drones"]),
      // Scale letters glued to the figure before a unit, a currency or a counted noun.
      (.number(10e6, unit: "t", hedge: .atMost), ["up to 10m tonnes", "up to 10 million tonnes"]),
      (.number(7e6, unit: "t"), ["7m tonnes", "up from 7m tonnes", "7mn tonnes"]),
      (.number(1.2e9, unit: "m3"), ["1.2bn cubic metres", "1.2 billion cubic metres"]),
      (.number(3.4e6, unit: "EUR"), ["€3.4m", "3.4m euros"]),
      (.number(310e6, unit: "USD"), ["$310m", "$310 million", "310m dollars"]),
      (.number(2e6, counts: "people"), ["2m people"]),
      (.number(5e6, unit: "bbl"), ["5m barrels"]),
      (.number(10), ["a 10m wall", "the 10m mark"]),
      // Parts of a breakdown after a total; a sentence-initial number word that picks a part of a group.
      (.number(21, counts: "companies"), ["21 companies: nine Kazakh, eight Russian and six Chinese"]),
      (.number(9), ["21 companies: nine Kazakh, eight Russian and six Chinese"]),
      (.number(8), ["21 companies: nine Kazakh, eight Russian and six Chinese"]),
      (.number(6), ["21 companies: nine Kazakh, eight Russian and six Chinese"]),
      (
        .number(5),
        ["12 delegates, five Russian and seven American", "12 delegates, including five Russian and seven Chinese"]
      ),
      (.number(1), ["three agreements: two on gas and one on oil"]),
      (.number(12), ["Twelve of the Ukrainians freed were civilians", "Twelve of them were civilians."]),
      (.number(95, counts: "soldiers"), ["95 of its soldiers", "95 of their soldiers and civilians"]),
      (.number(2), ["2 of the 12 agreements"]),
      (.number(12, counts: "agreements"), ["2 of the 12 agreements"]),
      // Indian numbering: lakh (100,000), crore (10 million), two-digit groups above the thousands.
      (.number(1.5e6, unit: "t"), ["15 lakh tonnes", "15 lakhs tonnes", "15,00,000 tonnes", "15 lac tonnes"]),
      (.number(2.4e5, unit: "t", hedge: .atMost), ["up to 2.4 lakh tonnes", "up to 2,40,000 tonnes"]),
      (.number(1.2e5, counts: "people"), ["1.2 lakh people", "1,20,000 people"]),
      (.number(1.26e11, unit: "INR", hedge: .approximately), ["about ₹12,600 crore", "around Rs 12,600 crore"]),
      (
        .number(5e9, unit: "INR"),
        ["Rs 500 crore", "Rs. 500 crore", "INR 500 crore", "500 crore rupees", "₹500 cr"]
      ),
      (.number(1.5e12, unit: "INR"), ["₹1.5 lakh crore", "Rs 1.5 lakh crore", "₹1,50,000 crore"]),
      (.number(1.2e11, unit: "INR"), ["Rs 12 thousand crore", "₹12,000 crore"]),
      (.number(1.26e6, unit: "INR"), ["₹12,60,000", "Rs 12,60,000"]),
      (.number(1.26e6, unit: "t"), ["1,260,000 tonnes", "12,60,000 tonnes"]),
      // The members of a delegation, however the size is written.
      (
        .number(41, counts: "delegates"),
        [
          "a 41-strong Russian delegation", "a 41-strong delegation", "the delegation of 41",
          "a delegation of 41 people",
        ]
      ),
      (.number(18, counts: "delegates"), ["a delegation of 18 officials", "the Russian delegation of eighteen"]),
      (.number(14, counts: "people"), ["14 people arrived"]),
      // Nouns of two words, and the noun after "more".
      (.number(12, counts: "ships"), ["12 more bulk carriers", "12 bulk carriers", "twelve new bulkers"]),
      (.number(2, counts: "crossings"), ["two new road border crossings", "two checkpoints"]),
      (.number(5, counts: "cities"), ["in five towns", "five more towns"]),
    ])

  static let russian = ExtractionCorpus(
    "number/ru", .ru,
    [
      (.number(84, counts: "visitors"), ["восемьдесят четыре лыжника", "84 лыжника", "84 лыжников и сноубордистов"]),
      (.number(21, counts: "vehicles"), ["двадцать один троллейбус", "21 троллейбус", "21 автобус"]),
      (.number(36, counts: "convoys", hedge: .atMost), ["до 36 караванов барж"]),
      (.number(60, counts: "flights"), ["договорились увеличить число прямых рейсов до 60 в неделю"]),
      (.number(12, counts: "ships"), ["12 траулеров", "двенадцать российских траулеров", "12 барж"]),
      (.number(19, counts: "crew"), ["экипаж из 19 человек", "19 членов экипажа"]),
      (.number(43, counts: "drivers"), ["сорок три водителя", "сорока трёх водителей", "43 машиниста"]),
      (.number(45, counts: "transformers"), ["сорока пяти высоковольтных трансформаторов", "45 трансформаторов"]),
      (.number(21, counts: "sailors"), ["двадцать один украинский моряк", "21 моряка"]),
      (.number(15, counts: "patients"), ["пятнадцать пациентов", "15 пациентов"]),
      (.number(1200), ["1200", "1 200", "1.200"]),
      (
        .number(12, counts: "agreements"),
        [
          "двенадцать соглашений", "двенадцать крупных соглашений", "12 соглашений",
          "дюжина соглашений",
        ]
      ),
      (
        .number(10, counts: "agreements", hedge: .moreThan),
        [
          "более 10 соглашений", "свыше 10 документов",
          "10 с лишним соглашений",
        ]
      ),
      (.number(600, counts: "companies", hedge: .moreThan), ["свыше 600 компаний", "более 600 компаний"]),
      (
        .number(650, counts: "companies", hedge: .approximately),
        [
          "около 650 компаний", "примерно 650 компаний",
          "порядка 650 компаний",
        ]
      ),
      (.number(2.5e9, unit: "USD"), ["2,5 млрд долларов", "2,5 миллиарда долларов", "$2,5 млрд"]),
      (.number(52.5e9, unit: "USD"), ["52,5 млрд долларов"]),
      (.number(12.5e6, unit: "EUR"), ["12,5 млн евро"]),
      (.number(11.5, unit: "%"), ["11,5%", "11,5 процента"]),
      (.number(60, unit: "%", hedge: .moreThan), ["превышает 60 процентов", "более 60%"]),
      (.number(60, unit: "%"), ["60 процентов"]),
      (.number(4, unit: "pp"), ["четыре процентных пункта", "4 п.п.", "на 4 процентных пункта"]),
      (.number(7, unit: "pp"), ["семь процентных пунктов"]),
      (.number(2, counts: "rounds"), ["двух раундов", "два раунда"]),
      (.number(2, counts: "countries"), ["двух стран"]),
      (.number(50, counts: "people"), ["полсотни человек"]),
      (.number(24, counts: "people", max: 99), ["десятки людей", "десятки человек"]),
      (.number(200, counts: "people", max: 999), ["сотни людей"]),
      (.number(3, counts: "agreements", max: 9), ["несколько соглашений", "нескольких соглашений"]),
      (.number(30, counts: "deminers", max: 90), ["несколько десятков саперов"]),
      (.number(80, counts: "deminers"), ["80 украинских саперов", "восемьдесят сапёров"]),
      (.number(15, counts: "specialists"), ["15 специалистов"]),
      (.number(10, counts: "agreements", max: 12), ["от 10 до 12 соглашений", "10–12 соглашений"]),
      (.number(7.5e9, unit: "m3"), ["7,5 млрд кубометров", "7,5 млрд кубических метров"]),
      (.number(1e6, unit: "RUB"), ["1 млн рублей", "1 миллион рублей"]),
      (.number(1.2e9, unit: "PLN"), ["1,2 млрд злотых"]),
      (.number(1.5e9, unit: "DKK"), ["1,5 млрд датских крон"]),
      (.number(10, counts: "agreements", hedge: .lessThan), ["менее 10 соглашений"]),
      (.number(10, counts: "agreements", hedge: .atLeast), ["не менее 10 соглашений"]),
      // "до" with a count is a ceiling the figure itself meets (Docs/Tolerance.md).
      (
        .number(10, counts: "agreements", hedge: .atMost),
        ["не более 10 соглашений", "до 10 соглашений", "подписали до 10 соглашений"]
      ),
      (.number(10e6, unit: "t", hedge: .atMost), ["до 10 млн тонн", "до 10 миллионов тонн"]),
      (.number(10e6, unit: "t"), ["10 млн тонн"]),
      (.number(1.2e9, unit: "USD", hedge: .atMost), ["до 1,2 млрд долларов"]),
      // Parts of a breakdown after a total.
      (
        .number(21, counts: "companies"),
        ["Документы подписала 21 компания: девять казахстанских, восемь российских и шесть китайских"]
      ),
      (.number(9), ["Документы подписала 21 компания: девять казахстанских, восемь российских и шесть китайских"]),
      (.number(8), ["Документы подписала 21 компания: девять казахстанских, восемь российских и шесть китайских"]),
      (.number(6), ["Документы подписала 21 компания: девять казахстанских, восемь российских и шесть китайских"]),
      (
        .number(7),
        [
          "В делегацию вошли 12 человек — пять министров и семь российских",
          "12 делегатов, в том числе пять российских и семь китайских",
        ]
      ),
      (.number(12), ["Двенадцать из освобожденных были гражданскими"]),
      (.number(84, counts: "citizens"), ["84 своих граждан", "84 гражданина"]),
      (.number(12, counts: "civilians"), ["12 гражданских"]),
      (.number(5, counts: "journalists", hedge: .nearly), ["почти 5 журналистов"]),
      (.number(3, counts: "delegates"), ["трех делегатов", "трёх делегатов"]),
      // A hedge before the preposition its value takes.
      (
        .number(1.5e9, unit: "USD", hedge: .approximately),
        ["оценивается примерно в 1,5 млрд долларов", "приблизительно в 1,5 млрд долларов"]
      ),
      (.number(20, unit: "%", hedge: .nearly), ["вырос почти на 20%", "почти на 20 процентов"]),
      (.number(20, unit: "%", hedge: .approximately), ["сократился примерно на 20%", "где-то на 20%"]),
      (.number(20, counts: "countries", hedge: .moreThan), ["более чем в 20 странах", "больше чем в 20 странах"]),
      (.number(20, counts: "countries", hedge: .lessThan), ["менее чем в 20 странах"]),
      (
        .number(5, counts: "countries", hedge: .atLeast), ["не менее чем в пяти странах", "как минимум в пяти странах"]
      ),
      // A bare comparative with "на" is a difference, not a hedge: "больше на 10%" is ten percent more.
      (.number(10, unit: "%"), ["цены выросли больше на 10%", "меньше на 10%", "более на 10%"]),
      // The members of a delegation.
      (
        .number(14, counts: "delegates"),
        [
          "делегация из 14 человек", "в составе делегации из 14 человек", "делегация в составе 14 человек",
          "делегацию из 14 представителей", "делегация численностью 14 человек", "делегация из четырнадцати человек",
        ]
      ),
      (.number(14, counts: "people"), ["всего 14 человек", "две делегации, 14 человек"]),
      // Case forms the rows do not list are found by their stem; nouns of two words before single ones.
      (.number(6, counts: "cities"), ["в шести городах", "шестью городами"]),
      (.number(5, counts: "regions"), ["в пяти регионах"]),
      (.number(2, counts: "banks"), ["в двух банках"]),
      (.number(12, counts: "ships"), ["еще 12 балкеров", "12 сухогрузов"]),
      (.number(3, counts: "crossings"), ["три новых автомобильных пункта пропуска", "в трех пунктах пропуска"]),
      (.number(3, counts: "points"), ["три пункта соглашения"]),
      // After a word of change "до N" is the new level, not a ceiling.
      (
        .number(10, unit: "%"),
        ["снизить ввозную пошлину до 10%", "снижение пошлины на пять пунктов — до 10%", "пошлина вырастет до 10%"]
      ),
      (.number(10, unit: "%", hedge: .atMost), ["пошлина составит до 10%", "до 10% импорта"]),
    ])

  static let ukrainian = ExtractionCorpus(
    "number/uk", .uk,
    [
      (.number(84, counts: "visitors"), ["вісімдесят чотири лижники", "84 лижники", "84 лижників і сноубордистів"]),
      (.number(21, counts: "vehicles"), ["двадцять один тролейбус", "21 трамвай"]),
      (.number(42, counts: "convoys", hedge: .atMost), ["до 42 караванів"]),
      (.number(21, counts: "ships"), ["21 російського траулера", "21 баржа"]),
      (.number(21, counts: "crew"), ["21 член екіпажу", "екіпаж з 21 особи"]),
      (.number(33, counts: "drivers"), ["тридцяти трьох водіїв", "тридцять три водії"]),
      (.number(45, counts: "transformers"), ["сорок п'ять високовольтних трансформаторів"]),
      (.number(15, counts: "patients"), ["перших п'ятнадцятьох пацієнтів", "15 пацієнтів"]),
      (.number(30, counts: "turbines"), ["30 вітрових турбін"]),
      (.number(1200), ["1200", "1 200"]),
      (.number(10, counts: "agreements", hedge: .moreThan), ["понад 10 угод", "більше 10 угод", "10 з гаком угод"]),
      (.number(9, counts: "agreements"), ["дев’яти угод", "дев'ять угод", "9 угод"]),
      (.number(2.5e6, unit: "USD"), ["2,5 млн доларів"]),
      (.number(2.5e9, unit: "USD"), ["2,5 млрд доларів", "2,5 мільярда доларів"]),
      (.number(12.5e6, unit: "EUR"), ["12,5 млн євро"]),
      (.number(7.5e9, unit: "m3"), ["7,5 млрд кубометрів"]),
      (.number(11.5, unit: "%"), ["11,5%", "11,5 відсотка"]),
      (.number(60, unit: "%", hedge: .moreThan), ["перевищує 60%", "понад 60 відсотків"]),
      (.number(8, unit: "pp"), ["8 відсоткових пунктів", "вісім процентних пунктів", "8 в.п."]),
      (.number(650, counts: "companies", hedge: .approximately), ["близько 650 компаній", "приблизно 650 компаній"]),
      (.number(3, counts: "agreements", max: 9), ["кілька угод", "декілька угод", "кількох угод"]),
      (.number(300, counts: "people", max: 900), ["кілька сотень осіб"]),
      (.number(60, counts: "deminers"), ["шістдесяти українських саперів", "60 саперів"]),
      (.number(40, counts: "specialists"), ["сорок фахівців", "40 спеціалістів"]),
      (.number(24, counts: "people", max: 99), ["десятки людей"]),
      (.number(200, counts: "companies", max: 999), ["сотні компаній"]),
      (.number(2, counts: "rounds"), ["двох раундів", "два раунди"]),
      (.number(12, counts: "agreements", hedge: .atLeast), ["щонайменше 12 угод", "не менше 12 угод"]),
      (.number(12, counts: "agreements", hedge: .atMost), ["не більше 12 угод"]),
      (.number(40000, counts: "residents"), ["40 000 мешканців", "40 тисяч мешканців"]),
      (.number(1e6, unit: "UAH"), ["1 млн гривень", "1 млн грн"]),
      (.number(1.2e9, unit: "PLN"), ["1,2 млрд злотих"]),
      (.number(1.5e9, unit: "DKK"), ["1,5 млрд данських крон"]),
      (.number(10, counts: "agreements", max: 12), ["від 10 до 12 угод"]),
      (.number(15, counts: "agreements"), ["15 угод", "п'ятнадцять угод"]),
      (.number(600, counts: "companies", hedge: .moreThan), ["понад 600 компаній"]),
      (.number(50, counts: "people"), ["півсотні людей"]),
      // "до" with a count is a ceiling the figure itself meets (Docs/Tolerance.md).
      (.number(10, counts: "agreements", hedge: .atMost), ["до 10 угод", "підписали до 10 угод"]),
      (.number(10e6, unit: "t", hedge: .atMost), ["до 10 млн тонн", "до 10 мільйонів тонн"]),
      (.number(10, counts: "agreements", max: 12), ["від 10 до 12 угод"]),
      // Parts of a breakdown after a total.
      (
        .number(21, counts: "companies"),
        ["Документи підписала 21 компанія: дев'ять казахстанських, вісім російських і шість китайських"]
      ),
      (.number(9), ["Документи підписала 21 компанія: дев'ять казахстанських, вісім російських і шість китайських"]),
      (.number(8), ["Документи підписала 21 компанія: дев'ять казахстанських, вісім російських і шість китайських"]),
      (.number(6), ["Документи підписала 21 компанія: дев'ять казахстанських, вісім російських і шість китайських"]),
      (.number(5), ["12 делегатів, зокрема п'ять російських та сім китайських"]),
      (.number(12), ["Дванадцять із звільнених були цивільними", "Дванадцять з них — цивільні"]),
      (.number(84, counts: "citizens"), ["84 своїх громадян", "84 громадянина"]),
      // A hedge before the preposition its value takes.
      (
        .number(1.5e9, unit: "USD", hedge: .approximately),
        ["оцінюється приблизно в 1,5 млрд доларів", "приблизно у 1,5 млрд доларів"]
      ),
      (.number(20, unit: "%", hedge: .nearly), ["зросли майже на 20%", "майже на 20 відсотків"]),
      (.number(20, unit: "%", hedge: .approximately), ["скоротився приблизно на 20%", "орієнтовно на 20%"]),
      (.number(20, counts: "countries", hedge: .moreThan), ["більш ніж у 20 країнах", "більше ніж в 20 країнах"]),
      (
        .number(5, counts: "countries", hedge: .atLeast), ["щонайменше у п'яти країнах", "не менш ніж у п'яти країнах"]
      ),
      // A bare comparative with "на" is a difference, not a hedge: "більше на 10%" is ten percent more.
      (.number(10, unit: "%"), ["ціни зросли більше на 10%", "менше на 10%"]),
      // The members of a delegation.
      (
        .number(14, counts: "delegates"),
        [
          "делегація з 14 осіб", "делегація із 14 людей", "делегація у складі 14 осіб", "делегацію з 14 представників",
          "делегація з чотирнадцяти осіб",
        ]
      ),
      (.number(14, counts: "people"), ["усього 14 осіб"]),
      // Case forms the rows do not list are found by their stem; nouns of two words before single ones.
      (.number(5, counts: "cities"), ["у п'яти містах", "п'ятьма містами"]),
      (.number(3, counts: "regions"), ["у трьох регіонах"]),
      (.number(2, counts: "banks"), ["двома банками"]),
      (.number(21, counts: "ships"), ["ще 21 балкер", "21 суховантаж"]),
      (.number(2, counts: "crossings"), ["два нові автомобільні пункти пропуску", "у двох пунктах пропуску"]),
      (.number(3, counts: "points"), ["три пункти угоди"]),
      // After a word of change "до N" is the new level, not a ceiling.
      (.number(15, unit: "%"), ["зниження мита на пальмову олію до 15%", "знизити мито до 15%", "мито зросте до 15%"]),
      (.number(15, unit: "%", hedge: .atMost), ["мито становитиме до 15%", "до 15% імпорту"]),
    ])
}
