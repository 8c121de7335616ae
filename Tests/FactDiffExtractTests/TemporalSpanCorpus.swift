import FactDiffModel
import _FactDiffTestSupport

/// Spans of clock times: expected value → phrases. Each end is also checked as a time fact.
enum TemporalSpanCorpus {
  static let english = ExtractionCorpus(
    "span/en", .en,
    [
      (
        .span(10, 0, 16, 20),
        [
          "from 10:00 to 16:20", "10:00–16:20", "10:00-16:20", "from 10 a.m. to 4:20 p.m.",
          "between 10 a.m. and 4:20 p.m.", "ran from 10am until 4.20pm",
        ]
      ),
      (.span(10, 0, 12, 0), ["between 10 a.m. and noon", "from 10:00 until noon"]),
      (.span(9, 30, 15, 20), ["from 9.30am until about 3.20pm", "from 9:30 a.m. till 3:20 p.m. local time"]),
      (.time(15, 20, hedge: .approximately), ["from 9.30am until about 3.20pm"]),
      (.time(9, 30, zone: "local"), ["from 9:30 a.m. till 3:20 p.m. local time"]),
      (.span(23, 0, 2, 0), ["from 11 p.m. to 2 a.m.", "talks ran overnight from 23:00 to 02:00"]),
      (.time(10, 0), ["began at 10 a.m. and broke up at about 4:20 p.m."]),
      (.time(16, 20, hedge: .approximately), ["began at 10 a.m. and broke up at about 4:20 p.m."]),
      (
        .span(10, 30, 13, 0),
        ["from half past ten to one o'clock", "from half past ten in the morning until one o'clock"]
      ),
    ])

  static let russian = ExtractionCorpus(
    "span/ru", .ru,
    [
      (.span(10, 0, 16, 20), ["с 10:00 до 16:20", "10:00–16:20", "с 10 часов до 16:20", "между 10:00 и 16:20"]),
      (.span(10, 30, 13, 0), ["10:30–13:00", "с 10.30 до 13.00"]),
      (.span(9, 30, 15, 20), ["с 9:30 до 15:20 по местному времени"]),
      (
        .time(9, 30, zone: "local"),
        ["с 9:30 до 15:20 по местному времени", "с 9:30 (6:30 мск) до 15:20 по местному времени"]
      ),
      (
        .time(15, 20, zone: "local", hedge: .approximately),
        ["начались в 9:30 и завершились около 15:20 по местному времени"]
      ),
      (.span(22, 0, 3, 0), ["с 22:00 до 03:00 следующего дня", "заседали с 22:00 до 3:00 до утра"]),
      (.span(10, 30, 13, 30), ["с половины одиннадцатого до половины второго", "с 10:30 до полвторого"]),
    ])

  static let ukrainian = ExtractionCorpus(
    "span/uk", .uk,
    [
      (.span(10, 0, 16, 20), ["з 10:00 до 16:20", "10:00–16:20", "від 10:00 до 16:20"]),
      (.span(10, 30, 13, 0), ["10:30–13:00", "тривало 10:30–13:00 за місцевим часом"]),
      (.span(9, 30, 15, 20), ["з 9:30 до 15:20 за місцевим часом"]),
      (.time(9, 30, zone: "local"), ["з 9:30 до 15:20 за місцевим часом"]),
      (.time(13, 0, zone: "local"), ["тривало 10:30–13:00 за місцевим часом"]),
      (.span(10, 0, 14, 30), ["з 10:00 до пів на третю", "з 10:00 до половини третьої"]),
    ])
}
