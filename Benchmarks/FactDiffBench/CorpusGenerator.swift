import FactDiff

/// Writes news-like reports in English, Russian and Ukrainian from templates filled with varied facts (dates,
/// clock times, durations, counts, money, people, places, quotes), so that extraction meets the same kinds of
/// candidates it meets in real coverage. The sentences are this project's own.
struct CorpusGenerator {
  var rng: SplitMix

  /// When set, every report tells this event: its place (an index into `places`), month (0-based) and day.
  var event: (place: Int, month: Int, day: Int)? = nil

  /// When set, reports come in runs about one event each, as in a feed (`feedLike`): the event's place (16 cities),
  /// day (2020–2025) and people (`FeedGenerator.rarePerson`) are its own, and its reports agree on its figures but
  /// one in ten, which states one of them differently.
  var feedLike = false
  private var current: Event? = nil
  private var left = 0
  private var people = FeedGenerator(seed: 11)

  /// What the reports of one event share (`feedLike`).
  private struct Event {
    var place: (en: String, ru: String, ruIn: String, uk: String, ukIn: String)
    var date: CivilDate
    var who: FeedGenerator.Person
    var other: FeedGenerator.Person
    var hour: Int
    var minute: Int
    var duration: Int
    var count: Int
    var money: String
  }

  /// The publication day of the last report written: the day of its dateline and of its talks, in 2025, so that
  /// a report's front matter, dateline and weekday agree as a real report's do.
  private(set) var published = "2025-06-10"

  init(seed: UInt64) { rng = SplitMix(seed: seed) }

  static let places: [(en: String, ru: String, ruIn: String, uk: String, ukIn: String)] = [
    ("Istanbul", "СТАМБУЛ", "Стамбуле", "СТАМБУЛ", "Стамбулі"), ("Geneva", "ЖЕНЕВА", "Женеве", "ЖЕНЕВА", "Женеві"),
    ("Vienna", "ВЕНА", "Вене", "ВІДЕНЬ", "Відні"), ("Baku", "БАКУ", "Баку", "БАКУ", "Баку"),
    ("Minsk", "МИНСК", "Минске", "МІНСЬК", "Мінську"), ("Ankara", "АНКАРА", "Анкаре", "АНКАРА", "Анкарі"),
    ("Riyadh", "ЭР-РИЯД", "Эр-Рияде", "ЕР-РІЯД", "Ер-Ріяді"),
    ("Belgrade", "БЕЛГРАД", "Белграде", "БЕЛГРАД", "Белграді"),
  ]
  static let people: [(en: String, ru: String, uk: String)] = [
    ("Dmitry Peskov", "Дмитрий Песков", "Дмитро Пєсков"), ("Sergei Lavrov", "Сергей Лавров", "Сергій Лавров"),
    ("Vadim Yershov", "Вадим Ершов", "Вадим Єршов"), ("Pavel Rudakov", "Павел Рудаков", "Павло Рудаков"),
    ("Igor Semyonov", "Игорь Семёнов", "Ігор Семенов"), ("Oleg Brusnitsyn", "Олег Брусницын", "Олег Брусніцин"),
  ]
  static let monthsEn = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]
  static let monthsRu = [
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
    "декабря",
  ]
  static let monthsUk = [
    "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада",
    "грудня",
  ]
  static let weekdaysEn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  static let weekdaysRu = [
    "в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье",
  ]
  static let weekdaysUk = ["у понеділок", "у вівторок", "у середу", "у четвер", "у п'ятницю", "у суботу", "у неділю"]
  static let hoursEn = ["two", "three", "four", "five", "six"]
  static let hoursRu = ["двух", "трех", "четырех", "пяти", "шести"]
  static let hoursUk = ["двох", "трьох", "чотирьох", "п'яти", "шести"]

  mutating func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
  mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(rng.next() % UInt64(r.count)) }

  /// The next event of a `feedLike` run: told by 1 to 24 reports (7 on average).
  private mutating func nextEvent() -> Event {
    let day = CivilDate(year: 2020, month: 1, day: 1).dayNumber + int(0...2191)
    return Event(
      place: people.pick(FeedGenerator.places), date: CivilDate(dayNumber: day), who: people.rarePerson(),
      other: people.rarePerson(), hour: int(9...10), minute: pick([0, 10, 20, 30, 45]), duration: int(0...3),
      count: int(3...40), money: pick(["2.5", "310", "12.5", "7.5", "52.5"]))
  }

  /// One report of about 1–2 KB.
  mutating func report(_ language: Language) -> String {
    var p = pick(Self.places)
    var who = pick(Self.people)
    var other = pick(Self.people)
    var m = int(0...11)
    var d = int(1...28)
    var year = 2025
    if let e = event {
      p = Self.places[e.place % Self.places.count]
      m = e.month
      d = e.day
    }
    var h = int(9...12)
    var mins = pick([0, 10, 20, 30, 45])
    var dur = int(0...4)
    var n = int(3...40)
    var money = pick(["2.5", "310", "12.5", "7.5", "52.5"])
    if feedLike {
      if left == 0 {
        current = nextEvent()
        left = pick([1, 1, 2, 3, 4, 6, 8, 12, 16, 24])
      }
      left -= 1
      var e = current!
      switch int(0...29) {
      case 0: e.hour += 1
      case 1: e.duration += 1
      case 2: e.count += 1
      default: break
      }
      (p, m, d, year) = (e.place, e.date.month - 1, e.date.day, e.date.year)
      who = (e.who.en, e.who.ru, e.who.uk)
      other = (e.other.en, e.other.ru, e.other.uk)
      (h, mins, dur, n, money) = (e.hour, e.minute, e.duration, e.count, e.money)
    }
    let date = CivilDate(year: year, month: m + 1, day: d)
    published = date.description
    let w = date.weekday - 1
    switch language {
    case .en:
      return """
        \(p.en.uppercased()), \(Self.monthsEn[m]) \(d) — Officials from the two countries held talks in \(p.en) on \(Self.weekdaysEn[w]), \(Self.monthsEn[m]) \(d), on energy supplies and transit fees, the foreign ministry said in a statement.

        The meeting began at \(h):\(mins < 10 ? "0" : "")\(mins) a.m. local time and lasted about \(Self.hoursEn[dur]) hours, according to a person familiar with the talks. The delegation was led by Deputy Foreign Minister \(who.en), who told reporters that \(n) agreements worth $\(money) billion had been prepared.

        "We expect the next round to bring concrete results for both sides," \(other.en) said on Monday. The previous round, held in March, lasted more than \(Self.hoursEn[(dur + 1) % 5]) hours and ended without a joint statement. More than \(n * 10) companies registered for a business forum held alongside the talks, and nearly 1,200 people attended its opening session.

        """
    case .ru:
      return """
        \(p.ru), \(d) \(Self.monthsRu[m]). Переговоры делегаций двух стран по вопросам поставок энергоносителей прошли \(Self.weekdaysRu[w]) в \(p.ruIn), сообщили в министерстве иностранных дел.

        Встреча началась в \(h):\(mins < 10 ? "0" : "")\(mins) по местному времени и продолжалась около \(Self.hoursRu[dur]) часов. Делегацию возглавил заместитель министра иностранных дел \(who.ru), который сообщил журналистам, что подготовлено \(n) соглашений на сумму \(money.replacingDot()) млрд долларов.

        «Мы рассчитываем, что следующий раунд принесет конкретные результаты», — заявил \(other.ru) в понедельник. Предыдущий раунд прошел в марте и продолжался более \(Self.hoursRu[(dur + 1) % 5]) часов. В работе делового форума приняли участие свыше \(n * 10) компаний, а на открытие пришли почти 1200 человек.

        """
    case .uk:
      return """
        \(p.uk), \(d) \(Self.monthsUk[m]). Переговори делегацій двох країн щодо постачання енергоносіїв відбулися \(Self.weekdaysUk[w]) у \(p.ukIn), повідомили в міністерстві закордонних справ.

        Зустріч почалася о \(h):\(mins < 10 ? "0" : "")\(mins) за місцевим часом і тривала близько \(Self.hoursUk[dur]) годин. Делегацію очолив заступник міністра закордонних справ \(who.uk), який повідомив журналістам, що підготовлено \(n) угод на суму \(money.replacingDot()) млрд доларів.

        «Ми розраховуємо, що наступний раунд принесе конкретні результати», — заявив \(other.uk) у понеділок. Попередній раунд відбувся в березні й тривав понад \(Self.hoursUk[(dur + 1) % 5]) годин. У роботі ділового форуму взяли участь понад \(n * 10) компаній, а на відкриття прийшли майже 1200 людей.

        """
    }
  }
}

extension String {
  func replacingDot() -> String { String(map { $0 == "." ? "," : $0 }) }
}

/// A small, fast, seedable generator, so corpora are the same on every run.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
