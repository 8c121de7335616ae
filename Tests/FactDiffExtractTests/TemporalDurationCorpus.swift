import FactDiffModel
import _FactDiffTestSupport

/// Durations in seconds: expected value → phrases.
enum TemporalDurationCorpus {
  static let english = ExtractionCorpus(
    "duration/en", .en,
    [
      (
        .duration(23400),
        [
          "six and a half hours", "6.5 hours", "6 1/2 hours", "6½ hours", "6 hours 30 minutes",
          "six hours and 30 minutes",
        ]
      ),
      (.duration(23400, hedge: .nearly), ["nearly six and a half hours", "almost 6.5 hours"]),
      (.duration(5400), ["an hour and a half", "90 minutes", "1.5 hours", "one and a half hours", "a 90-minute call"]),
      (.duration(5400, hedge: .approximately), ["about 90 minutes", "about an hour and a half", "roughly 1.5 hours"]),
      (.duration(1800), ["half an hour", "30 minutes", "a half-hour", "half-hour"]),
      (.duration(3600), ["an hour", "one hour", "60 minutes"]),
      (.duration(19800), ["5 1/2 hours", "five and a half hours"]),
      // "and a half" and "and a quarter" inside a hyphenated compound adjective.
      (.duration(16200), ["a four-and-a-half-hour session", "four and a half hours"]),
      (.duration(8100), ["two and a quarter hours", "a two-and-a-quarter-hour meeting"]),
      (.duration(12600), ["3 1/2 hours", "three and a half hours"]),
      (.duration(21600), ["six hours", "6 hours", "six-hour talks", "a six-hour session"]),
      (.duration(21600, hedge: .moreThan), ["more than six hours", "over six hours"]),
      (.duration(10800, hedge: .moreThan), ["a little over three hours", "just over three hours"]),
      (.duration(21600, hedge: .nearly), ["nearly six hours", "almost six hours", "close to six hours"]),
      (.duration(7200, hedge: .lessThan), ["less than two hours", "under two hours"]),
      (.duration(7200, hedge: .atLeast), ["at least two hours", "two hours or more"]),
      (.duration(7200, hedge: .approximately), ["two hours or so", "about two hours"]),
      (.duration(8400), ["2 h 20 min", "two hours and 20 minutes", "2 hours 20 minutes"]),
      (.duration(9000), ["150 minutes", "two and a half hours"]),
      (.duration(86400), ["one-day forum", "one day"]),
      (.duration(172_800), ["two-day visit", "two days", "48 hours"]),
      (.duration(2 * 365 * 86400), ["the two-year dispute", "two years"]),
      (.duration(3 * 365 * 86400), ["three years", "the past three years"]),
      (.duration(604_800), ["one week", "seven days"]),
      (.duration(10800), ["several hours"]),
      (.duration(7200), ["a few hours"]),
      (.duration(10800), ["three to four hours", "3-4 hours"]),
      (.duration(2700), ["45 minutes", "three quarters of an hour"]),
      (.duration(900), ["15 minutes", "a quarter of an hour"]),
    ])

  static let russian = ExtractionCorpus(
    "duration/ru", .ru,
    [
      (.duration(23400), ["шесть с половиной часов", "6,5 часа", "6,5 часов", "шесть часов тридцать минут"]),
      (.duration(8100), ["два с четвертью часа"]),
      (.duration(23400, hedge: .moreThan), ["более шести с половиной часов"]),
      (
        .duration(21600, hedge: .moreThan),
        [
          "более шести часов", "свыше шести часов", "больше шести часов",
          "более 6 часов",
        ]
      ),
      (.duration(5400), ["полтора часа", "полутора часов", "90 минут", "1,5 часа", "в течение полутора часов"]),
      (.duration(5400, hedge: .nearly), ["почти полтора часа"]),
      (.duration(1800), ["полчаса", "30 минут", "получаса"]),
      (.duration(43200), ["совещание длилось полдня", "полсуток"]),
      (.duration(3600, hedge: .approximately), ["около часа", "примерно час"]),
      (.duration(3600), ["в течение часа", "один час", "60 минут"]),
      (.duration(7200, hedge: .approximately), ["около двух часов", "примерно два часа", "порядка двух часов"]),
      (.duration(7200, hedge: .moreThan), ["более двух часов", "свыше 2 часов"]),
      (.duration(27000), ["7,5 часа", "7,5часа", "семь с половиной часов"]),
      (.duration(9000), ["2,5 часа", "два с половиной часа", "150 минут"]),
      (.duration(7500), ["два часа пять минут", "2 часа 5 минут"]),
      (.duration(11400), ["три часа десять минут", "3 ч 10 мин"]),
      (.duration(19800, hedge: .moreThan), ["более пяти с половиной часов"]),
      (.duration(10800, hedge: .approximately), ["около трех часов", "около трёх часов"]),
      (.duration(10800), ["несколько часов", "три часа", "трех часов", "тремя часами"]),
      (.duration(10800, hedge: .moreThan), ["три с лишним часа"]),
      (.duration(21600), ["шестичасовые переговоры", "шесть часов", "шести часов"]),
      (.duration(7200), ["двухчасовой встречи", "два часа"]),
      (.duration(3 * 365 * 86400), ["за последние три года", "три года"]),
      (.duration(172_800), ["два дня", "двое суток"]),
      (.duration(14 * 86400), ["две недели"]),
    ])

  static let ukrainian = ExtractionCorpus(
    "duration/uk", .uk,
    [
      (.duration(23400), ["шість з половиною годин", "6,5 години", "шість годин тридцять хвилин"]),
      (.duration(21600, hedge: .approximately), ["близько шести годин", "приблизно шість годин"]),
      (.duration(21600), ["шість годин", "шести годин", "шестигодинні переговори"]),
      (.duration(21600, hedge: .moreThan), ["понад шість годин", "більше шести годин", "шість годин з гаком"]),
      (.duration(5400), ["півтори години", "90 хвилин", "1,5 години", "протягом півтори години"]),
      (.duration(5400, hedge: .approximately), ["приблизно півтори години", "близько півтори години"]),
      (.duration(1800), ["півгодини", "30 хвилин", "пів години"]),
      (.duration(43200), ["переговори тривали півдня", "півдоби"]),
      (.duration(3600), ["тривала годину", "протягом години", "одна година"]),
      (.duration(3600, hedge: .moreThan), ["понад годину"]),
      (.duration(3600, hedge: .nearly), ["майже годину"]),
      (.duration(7200, hedge: .approximately), ["близько двох годин", "приблизно дві години"]),
      (.duration(9000), ["дві з половиною години", "2,5 години", "150 хвилин"]),
      (.duration(7500), ["дві години п'ять хвилин", "2 год 5 хв"]),
      (.duration(10800), ["кілька годин", "три години", "трьох годин"]),
      (.duration(7200), ["двогодинна зустріч", "дві години"]),
      (.duration(3 * 365 * 86400), ["три роки", "на найближчі три роки"]),
      (.duration(172_800), ["два дні", "дводенний візит"]),
      (.duration(27000), ["7,5 години", "сім з половиною годин"]),
      (.duration(2700), ["45 хвилин", "сорок п'ять хвилин"]),
      (.duration(14 * 86400), ["два тижні"]),
    ])
}
