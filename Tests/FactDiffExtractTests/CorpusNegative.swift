import FactDiffModel
import _FactDiffTestSupport

/// Phrases that must yield nothing: codes, names with digits, phone numbers, scores, years, impossible values.
enum CorpusNegative {
  static let english = ExtractionCorpus(
    "negative/en", .en,
    [
      (
        .nothing,
        [
          "Boeing 737", "the G20 summit", "Article 5", "COVID-19", "a 2:1 win", "call +7 495 123-45-67",
          "call (202) 555-0143", "version 10.4", "ISBN 978-3-16-148410-0", "No. 5", "Resolution 2231", "the A320",
          "Su-35 fighters", "F-16 jets", "see page 12", "10 Downing Street", "https://example.com/2024/05/27/story",
          "write to press2024@example.org", "in 2021", "since 2022", "the 1936 Montreux Convention", "Windows 11",
          "the 5G network", "a 3D model", "section 4", "flight 752", "Nord Stream 2", "the 1990s",
          // Lone number words without a noun, a unit, a hedge or a list around them.
          "one of them", "two sides", "the two sides agreed", "One of them was a journalist", "nine Kazakh",
        ]
      ),
      (
        .noTemporal,
        [
          "25:61", "February 30", "at 24:30", "the 2:1 win", "17.4 percent", "version 10.30", "12.5 million",
          "the May Day parade", "We may march on.", "The March for Peace drew crowds.",
          // Parts and numbers that count something, not a clock.
          "a quarter to three times higher", "cut by a quarter to three percent", "half past the deadline",
          "a quarter to three million people", "half of the ten delegates", "from ten to three members",
          // A relative day as the attribute of something present, not of an event: no date.
          "twice today's cap", "at today's prices", "the second March round",
        ]
      ),
      // Two-digit groups not closed by a group of three are not Indian grouping; a lone "cr" is no scale.
      (.number(12), ["12,60 and 5", "12 cr"]),
      // "try" before a figure is the verb, not the Turkish lira's code: a plain number.
      (.number(3), ["we will try 3 times"]),
      // A participle read as an adjective still needs a noun after it: a plain number.
      (.number(12), ["12 released on Friday", "12 used in Kharkiv"]),
    ])

  static let russian = ExtractionCorpus(
    "negative/ru", .ru,
    [
      (
        .nothing,
        [
          "Boeing 737", "саммит G20", "статья 5", "COVID-19", "победа 2:1", "тел. +7 495 123-45-67", "версия 10.4",
          "ISBN 978-3-16-148410-0", "№ 5", "резолюция 2231", "Су-35", "F-16", "стр. 12", "ул. Ленина, 5", "дом 12",
          "в 2024 году", "с 2022 года", "в 2021 году", "Ан-124", "1-го раунда", "5-й", "XXI век", "19-го века",
          "одна из сторон", "две стороны", "Одна из них отказалась", "девять казахстанских",
        ]
      ),
      (
        .noTemporal,
        [
          "25:61", "30 февраля", "счет 2:1", "версия 10.30", "работали до полдня", "первого раунда",
          // An ordinal with its noun, not the hour under way.
          "в половине второго тайма", "в четверть третьего раунда", "половина второго состава", "без пяти три миллиона",
          // A relative day as the attribute of something present, not of an event: no date.
          "сегодняшний курс рубля",
        ]
      ),
    ])

  static let ukrainian = ExtractionCorpus(
    "negative/uk", .uk,
    [
      (
        .nothing,
        [
          "Boeing 737", "саміт G20", "стаття 5", "COVID-19", "перемога 2:1", "тел. +380 44 123-45-67", "версія 10.4",
          "№ 5", "резолюція 2231", "Су-35", "F-16", "вул. Хрещатик, 22", "у 2024 році", "з 2022 року", "Ан-225",
          "на північ", "коридором «Північ — Південь»", "одна зі сторін", "дві сторони", "Одна з них відмовилася",
          "дев'ять казахстанських",
        ]
      ),
      (
        .noTemporal,
        [
          "25:61", "30 лютого", "рахунок 2:1", "другого туру",
          // "південний" is southern, and "до півдня" is until noon, not half a day.
          "делегація Південної Кореї", "у південних областях", "Південна Африка", "працювали до півдня",
          "після півдня",
          // An ordinal with its noun, not the hour under way.
          "пів на третю частину", "у половині третьої сесії", "за чверть третя частина", "половина другої групи",
          // A relative day as the attribute of something present, not of an event: no date.
          "сьогоднішні ціни на зерно",
        ]
      ),
    ])
}
