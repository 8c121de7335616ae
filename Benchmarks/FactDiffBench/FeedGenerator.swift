import FactDiff

/// A generated news feed for `factdiff cluster`: events spread over days, each told by one to six reports in
/// English, Russian and Ukrainian that agree on place, people, date and figures (with the odd conflict), lines in
/// rough publication order. Each line's id starts with its event number, so clusters can be scored.
struct FeedGenerator {
  var rng: SplitMix

  init(seed: UInt64) { rng = SplitMix(seed: seed) }

  static let places: [(en: String, ru: String, ruIn: String, uk: String, ukIn: String)] =
    CorpusGenerator.places + [
      ("Tbilisi", "ТБИЛИСИ", "Тбилиси", "ТБІЛІСІ", "Тбілісі"), ("Astana", "АСТАНА", "Астане", "АСТАНА", "Астані"),
      ("Tashkent", "ТАШКЕНТ", "Ташкенте", "ТАШКЕНТ", "Ташкенті"),
      ("Warsaw", "ВАРШАВА", "Варшаве", "ВАРШАВА", "Варшаві"),
      ("Oslo", "ОСЛО", "Осло", "ОСЛО", "Осло"), ("Cairo", "КАИР", "Каире", "КАЇР", "Каїрі"),
      ("Hanoi", "ХАНОЙ", "Ханое", "ХАНОЙ", "Ханої"), ("Bishkek", "БИШКЕК", "Бишкеке", "БІШКЕК", "Бішкеку"),
    ]
  static let given: [(en: String, ru: String, uk: String)] = [
    ("Dmitry", "Дмитрий", "Дмитро"), ("Sergei", "Сергей", "Сергій"), ("Vadim", "Вадим", "Вадим"),
    ("Pavel", "Павел", "Павло"), ("Igor", "Игорь", "Ігор"), ("Oleg", "Олег", "Олег"), ("Andrei", "Андрей", "Андрій"),
    ("Nikolai", "Николай", "Микола"),
  ]
  /// Surname stems and endings spelt the same in Russian and Ukrainian; 40 × 10 surnames.
  static let stems = [
    "Петр", "Ковал", "Сидор", "Мельник", "Бондар", "Шевчук", "Кравц", "Лисиц", "Гончар", "Тимош", "Марчук", "Руден",
    "Савч", "Литвин", "Карп", "Костен", "Наум", "Захарч", "Остап", "Дорош", "Бойк", "Ткач", "Кушнар", "Федор", "Гуцал",
    "Ярош", "Фесен", "Бурл", "Жук", "Щерб", "Вовч", "Дзюб", "Пилип", "Гаврил", "Чорн", "Зозул", "Мороз", "Сокол",
    "Гордій", "Лукаш",
  ]
  /// Endings that differ in their consonants (a surname key keeps only those).
  static let endings = ["ов", "енко", "ук", "ин", "ич", "ский", "иш", "ель", "ер", "ям"]
  static let topics: [(en: String, ru: String, uk: String)] = [
    ("energy supplies and transit fees", "поставок энергоносителей", "постачання енергоносіїв"),
    ("grain exports", "экспорта зерна", "експорту зерна"),
    ("a new ferry line", "новой паромной линии", "нової поромної лінії"),
    ("rail freight", "железнодорожных грузоперевозок", "залізничних вантажних перевезень"),
    ("water sharing", "распределения воды", "розподілу води"),
    ("fishing quotas", "квот на вылов рыбы", "квот на вилов риби"),
  ]

  mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(rng.next() % UInt64(r.count)) }
  mutating func pick<T>(_ a: [T]) -> T { a[int(0...(a.count - 1))] }

  struct Person: Sendable {
    var en: String
    var ru: String
    var uk: String
  }

  mutating func person() -> Person {
    let g = pick(Self.given)
    let surname = pick(Self.stems) + pick(Self.endings)
    let latin = Transliteration.toLatin(surname, language: .ru)
    return Person(en: "\(g.en) \(latin)", ru: "\(g.ru) \(surname)", uk: "\(g.uk) \(surname)")
  }

  /// Syllables of generated Cyrillic surnames (`rarePerson`): 24 × 24 × 12 × 8, about 55,000 surnames.
  static let openings = [
    "Ка", "Ло", "Ми", "Ту", "Ре", "Со", "Ва", "Бе", "Го", "Да", "Жу", "За", "Ки", "Ле", "Но", "Пу", "Ру", "Се", "Фе",
    "Ха", "Ча", "Ши", "Ко", "Ма",
  ]
  static let middles = [
    "ра", "ло", "ни", "су", "ве", "да", "то", "ми", "ка", "бо", "ре", "ли", "на", "со", "ву", "де", "ту", "мо", "ки",
    "ба", "ру", "ла", "ны", "се",
  ]
  static let consonants = ["р", "л", "н", "с", "в", "д", "т", "м", "к", "б", "ш", "ч"]
  static let surnameEndings = ["ов", "енко", "ук", "ин", "ич", "ский", "ев", "як"]

  /// A person with a surname of their own among tens of thousands, as a long feed's people mostly are (`person`
  /// draws from 400 surnames, which recur from event to event).
  mutating func rarePerson() -> Person {
    let g = pick(Self.given)
    let surname = pick(Self.openings) + pick(Self.middles) + pick(Self.consonants) + pick(Self.surnameEndings)
    let latin = Transliteration.toLatin(surname, language: .ru)
    return Person(en: "\(g.en) \(latin)", ru: "\(g.ru) \(surname)", uk: "\(g.uk) \(surname)")
  }

  /// `events` events over `days` days from 1 June 2025; returns the feed's lines (in rough publication order)
  /// and the number of events.
  mutating func feed(events: Int, days: Int) -> [String] {
    struct Line {
      var order: Int
      var text: String
    }
    var lines: [Line] = []
    let start = CivilDate(year: 2025, month: 6, day: 1).dayNumber
    for e in 0..<events {
      let day = start + e * days / max(1, events)
      let date = CivilDate(dayNumber: day)
      let p = pick(Self.places)
      let leader = person()
      let speaker = person()
      let topic = pick(Self.topics)
      let h = int(9...12)
      let mins = pick([0, 10, 20, 30, 45])
      let hours = int(2...6)
      let n = int(3...40)
      let reports = pick([1, 1, 2, 2, 3, 3, 3, 4, 5, 6])
      for r in 0..<reports {
        let language = pick(Language.allCases)
        // One report in twenty gets the length wrong by an hour.
        let stated = int(0...19) == 0 ? hours + 1 : hours
        let delay = int(0...30)  // hours after the event
        let publishedDay = day + (h + delay) / 24
        let hh = (h + delay) % 24
        let time = "\(hh < 10 ? "0" : "")\(hh):\(mins < 10 ? "0" : "")\(mins):00Z"
        let text = report(
          language, place: p, date: date, leader: leader, speaker: speaker, topic: topic, hour: h, minute: mins,
          endHour: h + hours, hours: stated, count: n)
        let line = JSONValue.object([
          ("id", .string("e\(e)-r\(r)")), ("language", .string(language.rawValue)),
          ("published", .string("\(CivilDate(dayNumber: publishedDay))T\(time)")), ("text", .string(text)),
        ]).serialized()
        // Rough publication order: sorted by hour with a few hours of jitter.
        lines.append(Line(order: (day - start) * 24 + h + delay + int(0...4), text: line))
      }
    }
    return lines.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(
      \.element.text)
  }

  static let monthsEn = CorpusGenerator.monthsEn
  static let numbersEn = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight"]
  static let numbersRu = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь"]
  static let numbersUk = ["нуль", "одна", "дві", "три", "чотири", "п'ять", "шість", "сім", "вісім"]

  func report(
    _ language: Language, place p: (en: String, ru: String, ruIn: String, uk: String, ukIn: String), date: CivilDate,
    leader: Person, speaker: Person, topic: (en: String, ru: String, uk: String), hour h: Int, minute m: Int,
    endHour: Int, hours: Int, count n: Int
  ) -> String {
    let mm = m < 10 ? "0\(m)" : "\(m)"
    let hoursRu = hours >= 5 ? "часов" : "часа"
    let hoursUk = hours >= 5 ? "годин" : "години"
    switch language {
    case .en:
      return """
        \(p.en.uppercased()), \(Self.monthsEn[date.month - 1]) \(date.day) — Delegations of the two countries held talks \
        in \(p.en) on \(Self.monthsEn[date.month - 1]) \(date.day) on \(topic.en), the foreign ministry said. The \
        meeting began at \(h):\(mm) and ended at \(endHour):\(mm), and lasted \(Self.numbersEn[hours]) hours. The \
        delegation was led by \(leader.en), who said \(n) documents had been prepared. "We expect concrete results," \
        \(speaker.en) told reporters.
        """
    case .ru:
      return """
        \(p.ru), \(date.day) \(CorpusGenerator.monthsRu[date.month - 1]). Переговоры делегаций двух стран по вопросам \
        \(topic.ru) прошли \(date.day) \(CorpusGenerator.monthsRu[date.month - 1]) в \(p.ruIn), сообщили в МИД. \
        Встреча началась в \(h):\(mm) и продолжалась \(Self.numbersRu[hours]) \(hoursRu). Делегацию возглавил \
        \(leader.ru), который сообщил, что подготовлено \(n) документов. «Мы рассчитываем на конкретные \
        результаты», — заявил журналистам \(speaker.ru).
        """
    case .uk:
      return """
        \(p.uk), \(date.day) \(CorpusGenerator.monthsUk[date.month - 1]). Переговори делегацій двох країн щодо \
        \(topic.uk) відбулися \(date.day) \(CorpusGenerator.monthsUk[date.month - 1]) у \(p.ukIn), повідомили в МЗС. \
        Зустріч почалася о \(h):\(mm) і тривала \(Self.numbersUk[hours]) \(hoursUk). Делегацію очолив \(leader.uk), \
        який повідомив, що підготовлено \(n) документів. «Ми розраховуємо на конкретні результати», — заявив \
        журналістам \(speaker.uk).
        """
    }
  }
}
