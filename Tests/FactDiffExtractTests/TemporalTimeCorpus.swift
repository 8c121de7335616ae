import FactDiffModel
import _FactDiffTestSupport

/// Clock times: expected value → phrases.
enum TemporalTimeCorpus {
  static let english = ExtractionCorpus(
    "time/en", .en,
    [
      (
        .time(10, 0),
        [
          "10:00", "at 10:00", "10 a.m.", "10am", "at 10 AM", "at ten o'clock", "10 o'clock in the morning",
          "began at 10:00 a.m.", "at 10.00am",
        ]
      ),
      (.time(10, 30), ["10.30am", "10:30 a.m.", "at 10:30", "talks began at 10.30am."]),
      (.time(16, 20), ["4:20 p.m.", "16:20", "4.20pm", "at 4:20 PM", "4:20 in the afternoon"]),
      (
        .time(16, 20, hedge: .approximately),
        [
          "about 4:20 p.m.", "around 16:20", "at about 4:20 p.m.",
          "roughly 4:20 pm", "approximately 16:20",
        ]
      ),
      (.time(12, 0), ["noon", "at noon", "at midday", "12 noon", "12 p.m."]),
      (.time(0, 0), ["midnight", "at midnight", "12 a.m."]),
      (.time(17, 40), ["17:40 am", "17:40"]),
      (.time(3, 0, zone: "America/New_York"), ["3 a.m. ET", "3 a.m. Eastern time", "03:00 ET"]),
      (.time(9, 0, zone: "UTC-05:00"), ["9 a.m. EST"]),
      (.time(9, 0, zone: "UTC-04:00"), ["9 a.m. EDT"]),
      (.time(7, 0, zone: "UTC+00:00"), ["07:00 GMT", "0700 GMT", "7 a.m. UTC", "(0700 GMT)", "(0700-0930 GMT)"]),
      (.time(10, 0, zone: "UTC+03:00"), ["10:00 UTC+3", "10:00 GMT+3", "10:00 UTC+03:00"]),
      (.time(10, 0, zone: "Europe/Moscow"), ["10:00 Moscow time", "10 a.m. Moscow time", "10:00 MSK"]),
      (.time(9, 0, zone: "Europe/Kyiv"), ["9:00 Kyiv time", "09:00 Kiev time"]),
      (.time(10, 0, zone: "local"), ["10:00 local time", "10 a.m. local time"]),
      (.time(19, 30, zone: "Asia/Almaty"), ["19:30 Almaty time"]),
      (.time(14, 0, zone: "UTC+01:00"), ["14:00 CET"]),
      (.time(9, 0, zone: "Asia/Ho_Chi_Minh"), ["9:00 a.m. Hanoi time"]),
      (.time(16, 30, zone: "Asia/Kolkata"), ["4:30 p.m. New Delhi time", "4:30 p.m. Delhi time"]),
      // Clock times in words on a 12-hour dial; a part of the day or a.m./p.m. decides the half of the day.
      (.time(10, 30), ["half past ten", "at half past ten in the morning", "half past 10", "at half past ten a.m."]),
      (.time(13, 30), ["half past one in the afternoon", "at half past one p.m."]),
      (.time(9, 15), ["quarter past nine", "at a quarter past nine in the morning", "at quarter past 9"]),
      (.time(2, 45), ["a quarter to three", "at a quarter to three"]),
      (.time(14, 45), ["a quarter to three in the afternoon", "quarter to three p.m."]),
      (.time(21, 20), ["at twenty past nine in the evening", "at twenty minutes past nine p.m."]),
      (.time(10, 50), ["at ten to eleven", "at ten minutes to eleven"]),
      (.time(12, 30), ["half past twelve"]),
      (.time(0, 30), ["half past twelve at night"]),
      (.time(10, 30, hedge: .approximately), ["at about half past ten", "around half past ten"]),
      (.time(10, 30, zone: "local"), ["half past ten local time"]),
      // A dial time after a later morning time of the same sentence, or of the sentence before, is in the afternoon.
      (
        .time(13, 30),
        [
          "began at 10 a.m. and ended at half past one", "The talks began at 10:00. They ended at half past one.",
        ]
      ),
      (.time(14, 0), ["began at ten o'clock and ended at two o'clock"]),
      (.time(1, 30), ["began at 22:00 and ended at half past one"]),
    ])

  static let russian = ExtractionCorpus(
    "time/ru", .ru,
    [
      (
        .time(10, 0),
        [
          "10:00", "в 10:00", "в 10 часов утра", "в 10 часов", "в десять часов утра", "в 10.00",
          "в 10 утра",
        ]
      ),
      (.time(16, 20), ["16:20", "в 16:20", "в 16.20"]),
      (.time(16, 0), ["в 16 часов", "в 4 часа дня", "в 16:00"]),
      (.time(19, 0), ["в 7 вечера", "в 19 часов"]),
      (.time(16, 20, hedge: .approximately), ["около 16:20", "примерно в 16:20", "около 16.20"]),
      (.time(12, 0, hedge: .exactly), ["ровно в 12:00", "ровно в полдень"]),
      (.time(16, 20, hedge: .nearly), ["почти в 16:20"]),
      (.time(12, 0), ["в полдень", "полдень"]),
      (.time(0, 0), ["в полночь", "после полуночи"]),
      (.time(10, 30), ["в 10 часов 30 минут", "в 10:30"]),
      (
        .time(10, 0, zone: "Europe/Moscow"),
        [
          "10:00 по московскому времени", "в 10:00 мск", "в 10 часов по московскому времени",
          "10:00 (время совпадает с московским)", "10:00 по мск", "в 10:00 по Москве",
        ]
      ),
      (.time(16, 0, zone: "Europe/Moscow"), ["в 16 часов по московскому времени"]),
      (.time(10, 0, zone: "Europe/Kyiv"), ["в 10:00 по киевскому времени"]),
      (.time(15, 20, zone: "local"), ["15:20 по местному времени", "в 15:20 по местному времени"]),
      (.time(7, 0, zone: "UTC+00:00"), ["07:00 GMT", "в 7:00 по Гринвичу"]),
      (.time(11, 0, zone: "Asia/Yerevan"), ["в 11:00 по ереванскому времени"]),
      (
        .time(16, 0, zone: "Asia/Kolkata"),
        ["(16:00 по времени Дели)", "в 16:00 по делийскому времени", "16:00 по времени Нью-Дели"]
      ),
      (.time(10, 0, zone: "Asia/Shanghai"), ["10:00 по пекинскому времени", "в 10:00 по времени Пекина"]),
      (.time(9, 0, zone: "Asia/Ho_Chi_Minh"), ["в 9:00 по времени Ханоя", "в 9:00 по ханойскому времени"]),
      (.time(10, 0, zone: "Europe/Moscow"), ["в 10:00 по времени Москвы"]),
      (.time(7, 0, zone: "UTC+00:00"), ["в 7:00 по времени Гринвича"]),
      // Clock times in words: the hour under way ("половина второго" = 1:30) or, after "без", the hour reached.
      (.time(1, 30), ["в половине второго", "в полвторого", "в пол-второго", "до половины второго"]),
      (.time(13, 30), ["в половине второго дня", "в полвторого дня"]),
      (
        .time(10, 30),
        ["в половине одиннадцатого", "в пол-одиннадцатого", "в полодиннадцатого", "в половине одиннадцатого утра"]
      ),
      (.time(22, 30), ["в половине одиннадцатого вечера"]),
      (.time(0, 30), ["в половине первого ночи"]),
      (.time(12, 30), ["в половине первого"]),
      (.time(2, 15), ["в четверть третьего"]),
      (.time(2, 45), ["без четверти три", "без пятнадцати три", "без пятнадцати минут три"]),
      (.time(14, 45), ["без четверти три дня"]),
      (.time(12, 55), ["без пяти час"]),
      (.time(11, 55), ["без пяти двенадцать"]),
      (.time(2, 40), ["без двадцати три"]),
      (.time(2, 35), ["без двадцати пяти три"]),
      (.time(2, 10), ["в десять минут третьего"]),
      (.time(10, 30, zone: "local"), ["в половине одиннадцатого по местному времени"]),
      (.time(10, 30, hedge: .approximately), ["около половины одиннадцатого"]),
      (
        .time(13, 30),
        [
          "началось в 10:00 по местному времени (18:00 мск) и завершилось в половине второго",
          "Заседание началось в 10 часов утра. Оно завершилось в половине второго.",
        ]
      ),
    ])

  static let ukrainian = ExtractionCorpus(
    "time/uk", .uk,
    [
      (.time(10, 0), ["10:00", "о 10:00", "о 10 годині", "о десятій", "о десятій годині ранку"]),
      (.time(16, 20), ["16:20", "о 16:20", "о 16.20"]),
      (.time(16, 20, hedge: .approximately), ["близько 16:20", "приблизно о 16:20", "десь о 16:20"]),
      (.time(12, 0, hedge: .exactly), ["рівно о 12:00", "рівно о 12 годині"]),
      (.time(11, 0, hedge: .exactly), ["рівно об 11:00"]),
      (.time(19, 0), ["о 7 вечора", "о сьомій вечора"]),
      (.time(12, 0), ["опівдні", "о полудні"]),
      (.time(0, 0), ["опівночі", "після півночі"]),
      (.time(9, 0, zone: "Europe/Kyiv"), ["о 09:00 за київським часом", "9:00 за київським часом"]),
      (.time(10, 0, zone: "Europe/Moscow"), ["о 10:00 за московським часом", "10:00 мск"]),
      (.time(15, 20, zone: "local"), ["15:20 за місцевим часом", "о 15:20 за місцевим часом"]),
      (.time(7, 0, zone: "UTC+00:00"), ["07:00 GMT", "о 7:00 за Гринвічем"]),
      (.time(13, 0), ["о 13:00", "о першій дня"]),
      (.time(11, 25), ["об 11:25", "завершилася об 11:25"]),
      (.time(8, 45), ["о 8:45", "прибула о 08:45"]),
      (.time(14, 30, zone: "Europe/Kyiv"), ["о 14:30 за Києвом", "14:30 за часом Києва"]),
      (.time(16, 0, zone: "Asia/Kolkata"), ["о 16:00 за часом Делі", "о 16:00 за делійським часом"]),
      (.time(10, 0, zone: "Asia/Shanghai"), ["о 10:00 за пекінським часом", "о 10:00 за часом Пекіна"]),
      (.time(10, 0, zone: "Asia/Bishkek"), ["о 10:00 за бішкекським часом", "о 10:00 за часом Бішкека"]),
      // Clock times in words: the hour under way ("пів на третю" = 2:30) or, after "за", the hour reached.
      (.time(2, 30), ["о пів на третю", "о половині третьої", "до пів на третю"]),
      (.time(14, 30), ["о пів на третю дня"]),
      (.time(10, 30), ["о пів на одинадцяту", "о пів на одинадцяту ранку"]),
      (.time(19, 30), ["о пів на восьму вечора"]),
      (.time(2, 15), ["о чверть на третю"]),
      (.time(2, 45), ["за чверть третя", "за п'ятнадцять хвилин третя"]),
      (.time(2, 10), ["о десять хвилин на третю"]),
      (.time(10, 30, zone: "local"), ["о пів на одинадцяту за місцевим часом"]),
      (.time(10, 30, hedge: .approximately), ["близько пів на одинадцяту"]),
      (
        .time(14, 30),
        [
          "розпочалося о 10:00 за місцевим часом і завершилося о пів на третю",
          "Засідання розпочалося о десятій. Воно завершилося о пів на третю.",
        ]
      ),
      (.time(14, 0), ["Засідання розпочалося о десятій. Завершилося о другій."]),
    ])
}
