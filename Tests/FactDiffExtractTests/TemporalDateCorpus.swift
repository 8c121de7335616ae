import FactDiffModel
import _FactDiffTestSupport

/// Calendar and relative dates, read against Thursday, 27 February 2025: expected value → phrases.
enum TemporalDateCorpus {
  static let english = ExtractionCorpus(
    "date/en", .en,
    [
      (
        .date(2025, 2, 27),
        [
          "February 27, 2025", "Feb. 27", "Feb 27", "27 February", "27 Feb 2025", "27.02.2025",
          "02/27/2025", "27/02/2025", "2025-02-27", "February 27th", "the 27th of February", "today",
        ]
      ),
      (
        .date(2025, 2, 27, weekday: 4),
        [
          "Thursday, February 27", "Thursday, Feb. 27", "Thu, Feb 27", "on Thursday",
          "early Thursday", "Thursday evening", "Thursday's talks",
        ]
      ),
      (.date(2025, 2, 26), ["yesterday", "yesterday's talks", "Feb. 26", "26 February 2025"]),
      // Days in ordinal words, before "of" and the month.
      (.date(2025, 3, 12), ["the twelfth of March", "on the twelfth of March"]),
      (.date(2025, 2, 21), ["the twenty-first of February"]),
      (.date(2025, 2, 26, weekday: 3), ["last Wednesday", "on Wednesday"]),
      (.date(2025, 2, 25, weekday: 2), ["on Tuesday", "Tuesday's meeting", "last Tuesday"]),
      (.date(2025, 3, 4, weekday: 2), ["next Tuesday", "The talks will resume on Tuesday."]),
      (.date(2025, 2, 25), ["the day before yesterday"]),
      (.date(2025, 2, 28), ["tomorrow"]),
      (.date(2024, 9, 1), ["Sept. 1", "September 1, 2024", "1 September"]),
      (.date(2025, 9, 1), ["September 1, 2025", "1.09.2025"]),
      (.date(2024, 10, 15), ["October 15, 2024", "15.10.2024", "10/15/2024"]),
      (.date(2024, 12, 5), ["12/05/2024"]),
      (.date(2025, 2, 17, precision: .week), ["last week"]),
      (.date(2025, 2, 24, precision: .week), ["this week"]),
      (.date(2025, 3, 3, precision: .week), ["next week"]),
      (.date(2025, 1, 1, precision: .month), ["in January", "since January"]),
      (.date(2024, 12, 1, precision: .month), ["The December exchange freed 28 seafarers.", "the December round"]),
      (.date(2024, 10, 1, precision: .month), ["in October"]),
      (.date(2025, 3, 1, precision: .month), ["next month", "The next round is planned for March."]),
      (.date(2022, 2, 1, precision: .month), ["since February 2022", "in February 2022"]),
      (.date(2025, 2, 26), ["26–28 February"]),
      (.date(2025, 2, 28), ["26–28 February", "Feb. 26-28"]),
      // Ranges of days joined by words: both ends are dates.
      (
        .date(2025, 2, 14),
        [
          "from 14 to 17 February", "14 to 17 February", "between 14 and 17 February", "14 through 17 February",
          "from February 14 to 17", "Feb. 14 through 17", "between Feb. 14 and 17",
        ]
      ),
      (
        .date(2025, 2, 17),
        [
          "from 14 to 17 February", "14 to 17 February", "between 14 and 17 February", "14 through 17 February",
          "from February 14 to 17", "Feb. 14 through 17", "between Feb. 14 and 17",
        ]
      ),
      // An hour after the joiner is no day: "until 5 p.m.", "until 17:00".
      (.noDate(2, 5), ["on February 4 until 5 p.m.", "on February 4 until 5:30"]),
      (.noDate(2, 17), ["on February 14 until 17:00"]),
      // "and" joins two days only after "between": two single days.
      (.noDate(2, 14), ["14 and 17 February"]),
    ])

  static let russian = ExtractionCorpus(
    "date/ru", .ru,
    [
      (
        .date(2025, 2, 27),
        [
          "27 февраля", "27 февраля 2025 года", "27.02.2025", "27 февр. 2025 г.", "сегодня",
          "27-го февраля",
        ]
      ),
      (.date(2025, 2, 27, weekday: 4), ["в четверг, 27 февраля", "в четверг", "четверг, 27 февраля 2025 года"]),
      (.date(2025, 2, 26), ["вчера", "вчерашние переговоры", "26 февраля"]),
      (.date(2025, 2, 26, weekday: 3), ["в среду", "в минувшую среду", "в прошлую среду"]),
      (.date(2025, 2, 25), ["позавчера"]),
      (.date(2025, 2, 28), ["завтра"]),
      (.date(2025, 2, 21, weekday: 5), ["в минувшую пятницу", "в пятницу", "прошлой пятницы"]),
      (.date(2025, 2, 24, weekday: 1), ["в понедельник", "в понедельник утром"]),
      (.date(2025, 3, 4, weekday: 2), ["в следующий вторник", "Переговоры продолжатся во вторник."]),
      (.date(2024, 10, 15), ["15 октября 2024 года", "15.10.2024"]),
      (.date(2024, 10, 15, weekday: 2), ["во вторник, 15 октября 2024 года"]),
      (.date(2024, 11, 19), ["19.11.2024"]),
      (.date(2024, 9, 1), ["1 сентября", "с 1 сентября", "1-го сентября", "первое сентября", "первого сентября"]),
      // Days in ordinal words.
      (.date(2025, 2, 16), ["шестнадцатого февраля"]),
      (.date(2025, 2, 21), ["двадцать первого февраля"]),
      (.date(2024, 12, 31), ["тридцать первого декабря"]),
      (.date(2025, 9, 1), ["1 сентября 2025 года", "01.09.2025"]),
      (.date(2025, 2, 19), ["19-го"]),
      (.date(2025, 2, 17, precision: .week), ["на прошлой неделе", "на минувшей неделе"]),
      (.date(2025, 3, 3, precision: .week), ["на следующей неделе"]),
      (.date(2025, 1, 1, precision: .month), ["в январе", "с января"]),
      (.date(2024, 10, 1, precision: .month), ["в октябре"]),
      (.date(2025, 3, 1, precision: .month), ["Следующий контакт запланирован на март.", "в следующем месяце"]),
      (.date(2024, 3, 1, precision: .month), ["в марте 2024 года"]),
      (.date(2025, 2, 26), ["26–28 февраля"]),
      (.date(2025, 2, 28), ["26–28 февраля"]),
      (.date(2025, 2, 14), ["с 14 по 17 февраля", "с 14 до 17 февраля"]),
      (.date(2025, 2, 17), ["с 14 по 17 февраля", "с 14 до 17 февраля", "с 14 по 17 февраля 2025 года"]),
      (.date(2025, 2, 2), ["со 2 по 17 февраля"]),
      // Without "с" the days stay apart: "14 по 17 февраля" is no range.
      (.noDate(2, 14), ["14 по 17 февраля", "с 14 до 17 часов"]),
    ])

  static let ukrainian = ExtractionCorpus(
    "date/uk", .uk,
    [
      (.date(2025, 2, 27), ["27 лютого", "27 лютого 2025 року", "27.02.2025", "сьогодні", "27 лют. 2025 р."]),
      (.date(2025, 2, 26, weekday: 3), ["У середу, 26 лютого", "у середу", "минулої середи", "в середу"]),
      (.date(2025, 2, 26), ["учора", "вчора", "вчорашні переговори"]),
      (.date(2025, 2, 25), ["позавчора"]),
      (.date(2025, 2, 28), ["завтра"]),
      (.date(2025, 2, 27, weekday: 4), ["у четвер", "четвер, 27 лютого"]),
      (.date(2025, 2, 21, weekday: 5), ["минулої п'ятниці", "у п’ятницю"]),
      (.date(2025, 2, 20, weekday: 4), ["минулого четверга"]),
      (.date(2025, 3, 4, weekday: 2), ["наступного вівторка", "Переговори відбудуться у вівторок."]),
      (.date(2025, 3, 13, weekday: 3), ["У середу, 13 березня"]),
      (.date(2024, 11, 19, weekday: 2), ["У вівторок, 19 листопада 2024 року"]),
      (.date(2024, 12, 31), ["31 грудня", "тридцять першого грудня"]),
      // Days in ordinal words.
      (.date(2025, 2, 16), ["шістнадцятого лютого", "шістнадцяте лютого"]),
      (.date(2025, 2, 21), ["двадцять першого лютого"]),
      (.date(2024, 9, 1), ["першого вересня", "перше вересня"]),
      (.date(2025, 2, 17, precision: .week), ["минулого тижня", "на минулому тижні"]),
      (.date(2025, 3, 3, precision: .week), ["наступного тижня"]),
      (.date(2025, 2, 1, precision: .month), ["у лютому"]),
      (.date(2024, 10, 1, precision: .month), ["у жовтні"]),
      (.date(2025, 3, 1, precision: .month), ["наступного місяця", "Наступне засідання заплановано на березень."]),
      (.date(2025, 2, 19), ["19-го"]),
      (.date(2025, 2, 26), ["26–28 лютого"]),
      (.date(2025, 2, 28), ["26–28 лютого"]),
      (.date(2025, 2, 24, weekday: 1), ["у понеділок", "в понеділок"]),
      (.date(2025, 2, 22, weekday: 6), ["у суботу", "минулої суботи"]),
      (.date(2024, 3, 1, precision: .month), ["у березні 2024 року"]),
      (.date(2025, 1, 1, precision: .month), ["у січні", "з січня"]),
      (.date(2025, 6, 2), ["2 червня 2025 року", "02.06.2025"]),
      (.date(2025, 2, 14), ["з 14 по 17 лютого", "з 14 до 17 лютого", "від 14 до 17 лютого", "із 14 по 17 лютого"]),
      (.date(2025, 2, 17), ["з 14 по 17 лютого", "з 14 до 17 лютого", "від 14 до 17 лютого"]),
      (.noDate(2, 14), ["14 по 17 лютого", "з 14 до 17 години"]),
    ])
}
