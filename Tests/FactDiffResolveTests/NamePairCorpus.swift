import FactDiffModel

/// People written in every script and case: English spellings | Russian nominative | genitive | instrumental |
/// Ukrainian nominative | genitive | instrumental | gender. Forms are written by hand (not generated), so the
/// pair corpus checks the resolver against real usage.
enum NamePairCorpus {
  static let people = """
    Sergei Lavrov;Sergey Lavrov|Сергей Лавров|Сергея Лаврова|Сергеем Лавровым|Сергій Лавров|Сергія Лаврова|Сергієм Лавровим|m
    Dmitry Peskov;Dmitriy Peskov|Дмитрий Песков|Дмитрия Пескова|Дмитрием Песковым|Дмитро Пєсков|Дмитра Пєскова|Дмитром Пєсковим|m
    Maria Zakharova;Mariya Zakharova|Мария Захарова|Марии Захаровой|Марией Захаровой|Марія Захарова|Марії Захарової|Марією Захаровою|f
    Alexander Zakharov;Aleksandr Zakharov|Александр Захаров|Александра Захарова|Александром Захаровым|Олександр Захаров|Олександра Захарова|Олександром Захаровим|m
    Igor Semyonov;Igor Semenov|Игорь Семёнов|Игоря Семёнова|Игорем Семёновым|Ігор Семенов|Ігоря Семенова|Ігорем Семеновим|m
    Anna Semyonova;Anna Semenova|Анна Семёнова|Анны Семёновой|Анной Семёновой|Анна Семенова|Анни Семенової|Анною Семеновою|f
    Pavel Rudakov;Pavlo Rudakov|Павел Рудаков|Павла Рудакова|Павлом Рудаковым|Павло Рудаков|Павла Рудакова|Павлом Рудаковим|m
    Sergei Rudakov;Serhiy Rudakov|Сергей Рудаков|Сергея Рудакова|Сергеем Рудаковым|Сергій Рудаков|Сергія Рудакова|Сергієм Рудаковим|m
    Heorhii Tykhyi;Georgy Tikhy|Георгий Тихий|Георгия Тихого|Георгием Тихим|Георгій Тихий|Георгія Тихого|Георгієм Тихим|m
    Vadim Yershov;Vadim Ershov|Вадим Ершов|Вадима Ершова|Вадимом Ершовым|Вадим Єршов|Вадима Єршова|Вадимом Єршовим|m
    Kirill Sobolevsky;Kyrylo Sobolevskyi|Кирилл Соболевский|Кирилла Соболевского|Кириллом Соболевским|Кирило Соболевський|Кирила Соболевського|Кирилом Соболевським|m
    Natalia Zuyeva;Natalya Zueva|Наталья Зуева|Натальи Зуевой|Натальей Зуевой|Наталія Зуєва|Наталії Зуєвої|Наталією Зуєвою|f
    Oleg Brusnitsyn;Oleh Brusnitsyn|Олег Брусницын|Олега Брусницына|Олегом Брусницыным|Олег Брусніцин|Олега Брусніцина|Олегом Брусніциним|m
    Gleb Rukavishnikov;Hlib Rukavyshnykov|Глеб Рукавишников|Глеба Рукавишникова|Глебом Рукавишниковым|Гліб Рукавишников|Гліба Рукавишникова|Глібом Рукавишниковим|m
    Nemanja Stojiljković;Nemanja Stojiljkovic|Неманя Стоилькович|Немани Стоильковича|Неманей Стоильковичем|Неманя Стоїлькович|Немані Стоїльковича|Неманею Стоїльковичем|m
    Péter Halmai;Peter Halmai|Петер Халмаи|Петера Халмаи|Петером Халмаи|Петер Галмаї|Петера Галмаї|Петером Галмаї|m
    Elchin Hasanzade;Elchin Gasanzade|Эльчин Гасанзаде|Эльчина Гасанзаде|Эльчином Гасанзаде|Ельчин Гасанзаде|Ельчина Гасанзаде|Ельчином Гасанзаде|m
    Andriy Kovalchuk;Andrei Kovalchuk|Андрей Ковальчук|Андрея Ковальчука|Андреем Ковальчуком|Андрій Ковальчук|Андрія Ковальчука|Андрієм Ковальчуком|m
    Ion Rusu;Ion Rusu|Ион Русу|Иона Русу|Ионом Русу|Іон Русу|Іона Русу|Іоном Русу|m
    Vitaly Zharov;Vitaliy Zharov|Виталий Жаров|Виталия Жарова|Виталием Жаровым|Віталій Жаров|Віталія Жарова|Віталієм Жаровим|m
    Arkady Miroshin;Arkadiy Miroshyn|Аркадий Мирошин|Аркадия Мирошина|Аркадием Мирошиным|Аркадій Мірошин|Аркадія Мірошина|Аркадієм Мірошиним|m
    Khalid al-Dosari;Khaled Al-Dosari|Халид ад-Досари|Халида ад-Досари|Халидом ад-Досари|Халід ад-Досарі|Халіда ад-Досарі|Халідом ад-Досарі|m
    Stanislav Gorelov;Stanislav Horelov|Станислав Горелов|Станислава Горелова|Станиславом Гореловым|Станіслав Горелов|Станіслава Горелова|Станіславом Гореловим|m
    Viktor Brantsevich;Viktar Brantsevich|Виктор Бранцевич|Виктора Бранцевича|Виктором Бранцевичем|Віктор Бранцевич|Віктора Бранцевича|Віктором Бранцевичем|m
    Alexander Darchiev;Aleksandr Darchiyev|Александр Дарчиев|Александра Дарчиева|Александром Дарчиевым|Олександр Дарчієв|Олександра Дарчієва|Олександром Дарчієвим|m
    Nilgün Aydemir;Nilgun Aydemir|Нильгюн Айдемир|Нильгюн Айдемир|Нильгюн Айдемир|Нільгюн Айдемір|Нільгюн Айдемір|Нільгюн Айдемір|f
    Yelena Ivanova;Olena Ivanova|Елена Иванова|Елены Ивановой|Еленой Ивановой|Олена Іванова|Олени Іванової|Оленою Івановою|f
    Sergei Ivanov;Serhiy Ivanov|Сергей Иванов|Сергея Иванова|Сергеем Ивановым|Сергій Іванов|Сергія Іванова|Сергієм Івановим|m
    Yulia Svyrydenko;Yuliia Svyrydenko|Юлия Свириденко|Юлии Свириденко|Юлией Свириденко|Юлія Свириденко|Юлії Свириденко|Юлією Свириденко|f
    Denys Shmyhal;Denis Shmygal|Денис Шмыгаль|Дениса Шмыгаля|Денисом Шмыгалем|Денис Шмигаль|Дениса Шмигаля|Денисом Шмигалем|m
    Mevlüt Çavuşoğlu;Mevlut Cavusoglu|Мевлют Чавушоглу|Мевлюта Чавушоглу|Мевлютом Чавушоглу|Мевлют Чавушоглу|Мевлюта Чавушоглу|Мевлютом Чавушоглу|m
    Anna Lavrova;Anna Lavrova|Анна Лаврова|Анны Лавровой|Анной Лавровой|Анна Лаврова|Анни Лаврової|Анною Лавровою|f
    Olga Petrova;Olha Petrova|Ольга Петрова|Ольги Петровой|Ольгой Петровой|Ольга Петрова|Ольги Петрової|Ольгою Петровою|f
    Anton Petrov;Anton Petrov|Антон Петров|Антона Петрова|Антоном Петровым|Антон Петров|Антона Петрова|Антоном Петровим|m
    Vladimir Sokolov;Volodymyr Sokolov|Владимир Соколов|Владимира Соколова|Владимиром Соколовым|Володимир Соколов|Володимира Соколова|Володимиром Соколовим|m
    Pavel Sokolov;Pavlo Sokolov|Павел Соколов|Павла Соколова|Павлом Соколовым|Павло Соколов|Павла Соколова|Павлом Соколовим|m
    Chris Wright;Christopher Wright|Крис Райт|Криса Райта|Крисом Райтом|Кріс Райт|Кріса Райта|Крісом Райтом|m
    Karen Whitlock;Karen Whitlock|Карен Уитлок|Карен Уитлок|Карен Уитлок|Карен Вітлок|Карен Вітлок|Карен Вітлок|f
    Jennifer Coulter;Jennifer Coulter|Дженнифер Култер|Дженнифер Култер|Дженнифер Култер|Дженніфер Култер|Дженніфер Култер|Дженніфер Култер|f
    Liang Zhiming;Liang Zhiming|Лян Чжимин|Лян Чжимина|Лян Чжимином|Лян Чжимін|Лян Чжиміна|Лян Чжиміном|m
    Zhang Jianmin;Zhang Jianmin|Чжан Цзяньминь|Чжан Цзяньминя|Чжан Цзяньминем|Чжан Цзяньмінь|Чжан Цзяньміня|Чжан Цзяньмінем|m
    Nguyen Van Thanh;Nguyen Van Thanh|Нгуен Ван Тхань|Нгуен Ван Тханя|Нгуен Ван Тханем|Нгуєн Ван Тхань|Нгуєн Ван Тханя|Нгуєн Ван Тханем|m
    Rauf Hajiyev;Rauf Hajiev|Рауф Гаджиев|Рауфа Гаджиева|Рауфом Гаджиевым|Рауф Гаджієв|Рауфа Гаджієва|Рауфом Гаджієвим|m
    Tomasz Wrona;Tomasz Wrona|Томаш Врона|Томаша Вроны|Томашем Вроной|Томаш Врона|Томаша Врони|Томашем Вроною|m
    Hiroshi Takeda;Hiroshi Takeda|Хироси Такэда|Хироси Такэды|Хироси Такэдой|Хіросі Такеда|Хіросі Такеди|Хіросі Такедою|m
    Nurlan Seitkali;Nurlan Seytkali|Нурлан Сейткали|Нурлана Сейткали|Нурланом Сейткали|Нурлан Сейткалі|Нурлана Сейткалі|Нурланом Сейткалі|m
    Henrik Solberg;Henrik Solberg|Хенрик Сольберг|Хенрика Сольберга|Хенриком Сольбергом|Генрік Сольберг|Генріка Сольберга|Генріком Сольбергом|m
    Pyotr Savelyev;Petr Saveliev|Петр Савельев|Петра Савельева|Петром Савельевым|Петро Савельєв|Петра Савельєва|Петром Савельєвим|m
    Vadim Lisitsyn;Vadym Lysytsyn|Вадим Лисицын|Вадима Лисицына|Вадимом Лисицыным|Вадим Лисицин|Вадима Лисицина|Вадимом Лисициним|m
    Anil Mehra;Anil Mehra|Анил Мехра|Анила Мехры|Анилом Мехрой|Аніл Мехра|Аніла Мехри|Анілом Мехрою|m
    Rajesh Mehra;Rajesh Mehra|Раджеш Мехра|Раджеша Мехры|Раджешем Мехрой|Раджеш Мехра|Раджеша Мехри|Раджешем Мехрою|m
    Hossam Farouk;Husam Farouk|Хусам Фарук|Хусама Фарука|Хусамом Фаруком|Хусам Фарук|Хусама Фарука|Хусамом Фаруком|m
    Mona Farouk;Mona Farouk|Мона Фарук|Моны Фарук|Моной Фарук|Мона Фарук|Мони Фарук|Моною Фарук|f
    Zhang Wei;Zhang Wei|Чжан Вэй|Чжан Вэй|Чжан Вэй|Чжан Вей|Чжан Вей|Чжан Вей|m
    Park Ji-hoon;Park Jihoon|Пак Чжи Хун|Пак Чжи Хуна|Пак Чжи Хуном|Пак Чжі Хун|Пак Чжі Хуна|Пак Чжі Хуном|m
    Park Min-soo;Park Min-su|Пак Мин Су|Пак Мин Су|Пак Мин Су|Пак Мін Су|Пак Мін Су|Пак Мін Су|m
    Claire Whitfield;Claire Whitfield|Клэр Уитфилд|Клэр Уитфилд|Клэр Уитфилд|Клер Вітфілд|Клер Вітфілд|Клер Вітфілд|f
    Daniel Whitfield;Dan Whitfield|Дэниел Уитфилд|Дэниела Уитфилда|Дэниелом Уитфилдом|Деніел Вітфілд|Деніела Вітфілда|Деніелом Вітфілдом|m
    Marie-Claire Tremblay;Marie Claire Tremblay|Мари-Клер Трамбле|Мари-Клер Трамбле|Мари-Клер Трамбле|Марі-Клер Трамбле|Марі-Клер Трамбле|Марі-Клер Трамбле|f
    Louis Tremblay;Louis Tremblay|Луи Трамбле|Луи Трамбле|Луи Трамбле|Луї Трамбле|Луї Трамбле|Луї Трамбле|m
    Nguyễn Hoàng Long;Nguyen Hoang Long|Нгуен Хоанг Лонг|Нгуен Хоанг Лонга|Нгуен Хоанг Лонгом|Нгуєн Хоанг Лонг|Нгуєн Хоанг Лонга|Нгуєн Хоанг Лонгом|m
    Trần Văn Long;Tran Van Long|Чан Ван Лонг|Чан Ван Лонга|Чан Ван Лонгом|Чан Ван Лонг|Чан Ван Лонга|Чан Ван Лонгом|m
    Nguyễn Hoàng Lâm;Nguyen Hoang Lam|Нгуен Хоанг Лам|Нгуен Хоанг Лама|Нгуен Хоанг Ламом|Нгуєн Хоанг Лам|Нгуєн Хоанг Лама|Нгуєн Хоанг Ламом|m
    Petra Horáková;Petra Horakova|Петра Горакова|Петры Гораковой|Петрой Гораковой|Петра Горакова|Петри Горакової|Петрою Гораковою|f
    Pyotr Ivanov;Petro Ivanov|Пётр Иванов|Петра Иванова|Петром Ивановым|Петро Іванов|Петра Іванова|Петром Івановим|m
    """

  /// Pairs of people who share a surname (or a Vietnamese family name) but are not the same person (indices into
  /// `people`).
  static let namesakes: [(Int, Int)] = [
    (2, 3), (4, 5), (6, 7), (26, 27), (0, 31), (32, 33), (34, 35), (49, 50), (51, 52), (40, 53), (54, 55),
    (56, 57), (58, 59), (60, 61), (60, 62), (26, 64), (27, 64),
  ]

  /// One written form of a person, in a sentence.
  struct Mention: Sendable, CustomStringConvertible {
    var language: Language
    var sentence: String
    var name: String
    var description: String { name }
  }

  /// A person's forms, each in a sentence of its language and case.
  struct Person: Sendable {
    var en1, en2, ruNom, ruGen, ruIns, ukNom, ukGen, ukIns: Mention
  }

  static let all: [Person] = people.split(separator: "\n").map { line in
    let f = line.split(separator: "|").map { String($0).trimmingSpaces }
    let en = f[0].split(separator: ";").map(String.init)
    let feminine = f[7] == "f"
    func m(_ l: Language, _ template: String, _ name: String) -> Mention {
      Mention(language: l, sentence: template.replacingOccurrences("{n}", name), name: name)
    }
    return Person(
      en1: m(.en, "{n} said the talks had been useful.", en[0]),
      en2: m(.en, "Talks with {n} lasted two hours on Tuesday.", en.count > 1 ? en[1] : en[0]),
      ruNom: m(.ru, feminine ? "На встрече выступила {n}." : "На встрече выступил {n}.", f[1]),
      ruGen: m(.ru, "По словам {n}, встреча прошла успешно.", f[2]),
      ruIns: m(.ru, "Переговоры с {n} продолжались два часа.", f[3]),
      ukNom: m(.uk, feminine ? "Про це повідомила {n}." : "Про це повідомив {n}.", f[4]),
      ukGen: m(.uk, "За словами {n}, зустріч була корисною.", f[5]),
      ukIns: m(.uk, "Переговори з {n} тривали дві години.", f[6]))
  }

  /// A pair of mentions that must (or must not) be one entity.
  struct Pair: Sendable, CustomTestStringLike {
    var a: Mention
    var b: Mention
    var same: Bool
    var description: String { "\(a.name) \(same ? "=" : "≠") \(b.name)" }
  }

  /// Pairs whose first mention is in `language`: four same-person pairs per person, three namesake pairs per
  /// namesake couple and one neighbour pair per person.
  static func pairs(_ language: Language) -> [Pair] {
    var out: [Pair] = []
    for p in all {
      switch language {
      case .en:
        out += [
          Pair(a: p.en1, b: p.ruNom, same: true), Pair(a: p.en2, b: p.ruGen, same: true),
          Pair(a: p.en1, b: p.ukNom, same: true), Pair(a: p.en2, b: p.ukIns, same: true),
        ]
      case .ru:
        out += [
          Pair(a: p.ruNom, b: p.ruGen, same: true), Pair(a: p.ruIns, b: p.ruNom, same: true),
          Pair(a: p.ruGen, b: p.ukGen, same: true), Pair(a: p.ruIns, b: p.en1, same: true),
        ]
      case .uk:
        out += [
          Pair(a: p.ukNom, b: p.ukGen, same: true), Pair(a: p.ukIns, b: p.ukNom, same: true),
          Pair(a: p.ukGen, b: p.ruNom, same: true), Pair(a: p.ukNom, b: p.en2, same: true),
        ]
      }
    }
    for (i, j) in namesakes {
      let x = all[i]
      let y = all[j]
      switch language {
      case .en:
        out += [
          Pair(a: x.en1, b: y.ruNom, same: false), Pair(a: x.en1, b: y.en1, same: false),
          Pair(a: y.en2, b: x.ukGen, same: false),
        ]
      case .ru:
        out += [
          Pair(a: x.ruGen, b: y.ruNom, same: false), Pair(a: x.ruIns, b: y.en1, same: false),
          Pair(a: y.ruNom, b: x.ukNom, same: false),
        ]
      case .uk:
        out += [
          Pair(a: x.ukGen, b: y.ukNom, same: false), Pair(a: x.ukIns, b: y.en1, same: false),
          Pair(a: y.ukNom, b: x.ruGen, same: false),
        ]
      }
    }
    for k in 0..<(all.count - 1) {
      let x = all[k]
      let y = all[k + 1]
      switch language {
      case .en: out.append(Pair(a: x.en1, b: y.ruGen, same: false))
      case .ru: out.append(Pair(a: x.ruNom, b: y.ukIns, same: false))
      case .uk: out.append(Pair(a: x.ukGen, b: y.en2, same: false))
      }
    }
    return out
  }
}

/// A value with a description for parameterised test names.
protocol CustomTestStringLike: CustomStringConvertible {}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while let c = s.first, c == " " { s.removeFirst() }
    while let c = s.last, c == " " { s.removeLast() }
    return String(s)
  }

  func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
