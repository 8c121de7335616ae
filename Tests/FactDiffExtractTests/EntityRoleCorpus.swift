import FactDiffModel

/// Titles: the same role in every phrasing maps to one office and portfolio; "Foreign Minister" is not
/// "Deputy Foreign Minister".
enum EntityRoleCorpus {
  static let english = EntityCorpus(
    name: "roles-en", language: .en,
    entries: [
      // An army's commander is a post of its own, not a "head" of anything.
      (
        .role(person: "Bishnu Prasad Adhikari", office: "army-chief", portfolio: nil),
        [
          "Nepal's army chief Bishnu Prasad Adhikari agreed.",
          "Bishnu Prasad Adhikari, Nepal's chief of army staff, agreed.",
        ]
      ),
      // A post held before is its own office; a development portfolio.
      (
        .role(person: "Rasa Vaitkiene", office: "former-minister", portfolio: "health"),
        [
          "Rasa Vaitkiene, Lithuania's former health minister, signed it.",
          "Lithuania's former health minister Rasa Vaitkiene signed it.",
        ]
      ),
      (
        .role(person: "Rasa Vaitkiene", office: "minister", portfolio: "health"),
        ["Lithuania's acting Health Minister Rasa Vaitkiene signed it."]
      ),
      (
        .role(person: "Helen Marsh", office: "minister", portfolio: "development"),
        [
          "Britain's Minister of State for Development Helen Marsh signed it.",
          "Development Minister Helen Marsh signed it.",
        ]
      ),
      (
        .role(person: "Ostap Hrytsenko", office: "deputy-chair", portfolio: nil),
        [
          "Deputy head of the State Agency for Reconstruction Ostap Hrytsenko opened the crossing.",
          "The crossing was opened by Ostap Hrytsenko, deputy head of Ukraine's State Agency for Reconstruction.",
        ]
      ),
      (
        .role(person: "Alexei Miller", office: "chair", portfolio: nil),
        ["Chairman of the Board of Gazprom Alexei Miller opened the plant."]
      ),
      (
        .role(person: "Rajiv Menon", office: "joint-secretary", portfolio: nil),
        ["The deal was signed by Joint Secretary Rajiv Menon of the Department of Food."]
      ),
      (
        .role(person: "Rajiv Menon", office: "additional-secretary", portfolio: nil),
        ["It was signed by Rajiv Menon, an additional secretary in India's Department of Food."]
      ),
      (
        .role(person: "Khalid al-Mannai", office: "minister", portfolio: "energy"),
        ["Qatar's Minister of State for Energy Affairs Khalid al-Mannai led his side."]
      ),
      (
        .role(person: "Majid Rezaeifar", office: "deputy-minister", portfolio: "oil"),
        ["Iran's side was led by Deputy Oil Minister Majid Rezaeifar."]
      ),
      (
        .role(person: "Vadim Yershov", office: "deputy-minister", portfolio: "foreign-affairs"),
        [
          "Deputy Foreign Minister Vadim Yershov arrived.",
          "Vadim Yershov, the deputy foreign minister, arrived.",
          "Vadim Yershov, Russia's deputy foreign minister, arrived.",
        ]
      ),
      (
        .role(person: "Pavel Rudakov", office: "minister", portfolio: "foreign-affairs", affiliation: "RU"),
        [
          "Russia's Foreign Minister Pavel Rudakov arrived.",
          "Russian Foreign Minister Pavel Rudakov arrived.",
        ]
      ),
      (
        .role(person: "Dmitry Peskov", office: "spokesperson", portfolio: "presidency", affiliation: "RU"),
        [
          "Kremlin spokesman Dmitry Peskov said nothing."
        ]
      ),
      (
        .role(person: "Peskov", office: "spokesperson", portfolio: "presidency", affiliation: "RU"),
        [
          "Peskov, the Kremlin's spokesman, said nothing."
        ]
      ),
      (
        .role(person: "Heorhii Tykhyi", office: "spokesperson", portfolio: "foreign-affairs", affiliation: "UA"),
        [
          "Ukraine's Foreign Ministry spokesman Heorhii Tykhyi said Kyiv was watching."
        ]
      ),
      (
        .role(
          person: "Nemanja Stojiljković", office: "state-secretary", portfolio: "foreign-affairs", affiliation: "RS"),
        [
          "Serbian Foreign Ministry State Secretary Nemanja Stojiljković attended.",
          "Nemanja Stojiljković, a state secretary at the Serbian foreign ministry, attended.",
        ]
      ),
      (
        .role(person: "Péter Halmai", office: "state-secretary", portfolio: "energy", affiliation: "HU"),
        [
          "Péter Halmai, Hungary’s state secretary for energy, was cautious.",
          "He met Hungary’s state secretary for energy, Péter Halmai.",
        ]
      ),
      (
        .role(person: "Viktor Brantsevich", office: "first-deputy-prime-minister", portfolio: nil, affiliation: "BY"),
        [
          "Belarusian First Deputy Prime Minister Viktor Brantsevich signed it."
        ]
      ),
      (
        .role(person: "Sonata Coulter", office: "deputy-assistant-secretary", portfolio: "foreign-affairs"),
        [
          "Deputy Assistant Secretary of State Sonata Coulter led the team.",
          "Sonata Coulter, a deputy assistant secretary of state, led the team.",
        ]
      ),
      (
        .role(person: "Marco Rubio", office: "secretary-of-state", portfolio: "foreign-affairs", affiliation: "US"),
        [
          "Secretary of State Marco Rubio called."
        ]
      ),
      (
        .role(person: "Alexander Darchiev", office: "department-director", portfolio: "north-america"),
        [
          "The team was led by Alexander Darchiev, head of the Foreign Ministry's North America department."
        ]
      ),
      (
        .role(person: "Elchin Hasanzade", office: "deputy-minister", portfolio: "digital-development-transport"),
        [
          "Deputy Minister of Digital Development and Transport Elchin Hasanzade spoke."
        ]
      ),
      (
        .role(person: "Arkady Miroshin", office: "deputy-minister", portfolio: "industry-trade"),
        [
          "Deputy Industry and Trade Minister Arkady Miroshin spoke.",
          "Arkady Miroshin, Russia's deputy industry and trade minister, spoke.",
        ]
      ),
      (
        .role(person: "Kirill Vorontsov", office: "rear-admiral", portfolio: nil),
        [
          "Rear Admiral Kirill Vorontsov of the Russian Navy's main staff attended."
        ]
      ),
      (
        .role(person: "Anna Semyonova", office: "chair", portfolio: "tariffs"),
        [
          "Anna Semyonova, who heads Tatarstan's tariff regulator, spoke."
        ]
      ),
      (
        .role(person: "Sergei Rudakov", office: "chair", portfolio: "business-council"),
        [
          "Sergei Rudakov, who heads the Russian-Serbian business council, spoke."
        ]
      ),
      (
        .role(person: "Gleb Rukavishnikov", office: "deputy-minister", portfolio: "far-east-arctic"),
        [
          "Gleb Rukavishnikov, deputy minister for the development of the Far East and Arctic, spoke."
        ]
      ),
      (
        .role(person: "Jane Doe", office: "ambassador", portfolio: nil, affiliation: "US"),
        [
          "U.S. Ambassador Jane Doe attended."
        ]
      ),
      (
        .role(person: "Shen Wei", office: "spokesperson", portfolio: "trade", affiliation: "CN"),
        [
          "Shen Wei, a spokeswoman for China's Commerce Ministry, said the sides agreed."
        ]
      ),
      // A bare "ministry" takes the field of the ministry named before it; without one it has none.
      (
        .role(person: "Shen Wei", office: "spokesperson", portfolio: "foreign-affairs"),
        [
          "The Chinese Foreign Ministry said the talks went well. Ministry spokeswoman Shen Wei gave no details."
        ]
      ),
      (
        .role(person: "Shen Wei", office: "spokesperson", portfolio: nil),
        [
          "Ministry spokeswoman Shen Wei gave no details."
        ]
      ),
      (
        .role(person: "Dmitry Ostrovsky", office: "charge-d-affaires", portfolio: nil, affiliation: "RU"),
        [
          "The team included Dmitry Ostrovsky, Russia's chargé d'affaires in Vienna."
        ]
      ),
      (
        .role(person: "Viktoriia Savchuk", office: "deputy-minister", portfolio: "agriculture", affiliation: "UA"),
        [
          "The talks were led by Ukraine's Deputy Minister of Agrarian Policy Viktoriia Savchuk."
        ]
      ),
      (
        .role(person: "Azizbek Rakhimov", office: "deputy-minister", portfolio: "investment"),
        [
          "Uzbekistan's delegation was led by Deputy Investment Minister Azizbek Rakhimov."
        ]
      ),
      (
        .role(person: "Ali Rashed", office: "deputy-minister", portfolio: nil),
        [
          "The session was opened by Deputy Hydrocarbons Minister Ali Rashed."
        ]
      ),
      (
        .role(person: "Henrik Solberg", office: "deputy-director", portfolio: nil),
        [
          "Henrik Solberg, the IAEA's deputy director general, chaired the meeting."
        ]
      ),
    ])

  static let russian = EntityCorpus(
    name: "roles-ru", language: .ru,
    entries: [
      // The body a director leads, in the genitive, between the title and the name.
      (
        .role(person: "Саша Обрадович", office: "director", portfolio: nil),
        [
          "Соглашение подписали директор центра Саша Обрадович и замминистра Юлия Гриценко.",
          "Соглашение подписал директор боснийского Центра разминирования Саша Обрадович.",
        ]
      ),
      (
        .role(person: "Ларс Хольм", office: "former-minister", portfolio: "defence"),
        ["Встречу открыл бывший министр обороны Дании Ларс Хольм."]
      ),
      (
        .role(person: "Вадим Ершов", office: "deputy-minister", portfolio: "foreign-affairs"),
        [
          "Заместитель министра иностранных дел Вадим Ершов прибыл в Анкару.",
          "Замминистра иностранных дел Вадим Ершов прибыл в Анкару.",
          "Заместитель главы МИД Вадим Ершов прибыл в Анкару.",
        ]
      ),
      (
        .role(person: "Вадим Ершов", office: "minister", portfolio: "foreign-affairs", affiliation: "RU"),
        [
          "Министр иностранных дел России Вадим Ершов прибыл в Анкару."
        ]
      ),
      (
        .role(person: "Нильгюн Айдемир", office: "deputy-minister", portfolio: "foreign-affairs", affiliation: "TR"),
        [
          "Делегацию возглавила заместитель главы МИД Турции Нильгюн Айдемир."
        ]
      ),
      (
        .role(person: "Дмитрий Песков", office: "spokesperson", portfolio: "presidency"),
        [
          "Пресс-секретарь президента Дмитрий Песков отказался от комментариев."
        ]
      ),
      (
        .role(person: "Лавров", office: "minister", portfolio: "foreign-affairs"),
        [
          "Лавров, глава МИД, ответил журналистам."
        ]
      ),
      (
        .role(
          person: "Неманей Стоильковичем", office: "state-secretary", portfolio: "foreign-affairs", affiliation: "RS"),
        [
          "Переговоры прошли со статс-секретарем МИД Сербии Неманей Стоильковичем."
        ]
      ),
      (
        .role(person: "Петером Халмаи", office: "state-secretary", portfolio: "energy", affiliation: "HU"),
        [
          "Переговоры с госсекретарем Венгрии по энергетике Петером Халмаи начались в полдень."
        ]
      ),
      (
        .role(person: "Виктор Бранцевич", office: "first-deputy-prime-minister", portfolio: nil, affiliation: "BY"),
        [
          "Документ подписал первый вице-премьер Белоруссии Виктор Бранцевич."
        ]
      ),
      (
        .role(person: "Александр Дарчиев", office: "department-director", portfolio: "north-america"),
        [
          "Делегацию возглавил директор департамента Северной Америки МИД РФ Александр Дарчиев."
        ]
      ),
      (
        .role(person: "Эльчин Гасанзаде", office: "deputy-minister", portfolio: "digital-development-transport"),
        [
          "Выступил заместитель министра цифрового развития и транспорта Эльчин Гасанзаде."
        ]
      ),
      (
        .role(person: "Аркадий Мирошин", office: "deputy-minister", portfolio: "industry-trade", affiliation: "RU"),
        [
          "Выступил замминистра промышленности и торговли РФ Аркадий Мирошин."
        ]
      ),
      (
        .role(person: "Кирилл Воронцов", office: "rear-admiral", portfolio: nil),
        [
          "Представитель Главного штаба ВМФ контр-адмирал Кирилл Воронцов не приехал."
        ]
      ),
      (
        .role(person: "Анна Семёнова", office: "chair", portfolio: "tariffs"),
        [
          "Выступила председатель Государственного комитета Республики Татарстан по тарифам Анна Семёнова."
        ]
      ),
      (
        .role(person: "Сергей Рудаков", office: "chair", portfolio: "business-council"),
        [
          "Выступил председатель Российско-сербского делового совета Сергей Рудаков."
        ]
      ),
      (
        .role(person: "Глеб Рукавишников", office: "deputy-minister", portfolio: "far-east-arctic"),
        [
          "Участвовал заместитель министра по развитию Дальнего Востока и Арктики Глеб Рукавишников."
        ]
      ),
      (
        .role(person: "Ионом Русу", office: "state-secretary", portfolio: "energy", affiliation: "MD"),
        [
          "Встреча прошла с госсекретарем Министерства энергетики Молдовы Ионом Русу."
        ]
      ),
      (
        .role(person: "Наталья Зуева", office: "deputy-minister", portfolio: "economic-development", affiliation: "RU"),
        [
          "Документ подписала заместительница министра экономического развития РФ Наталья Зуева."
        ]
      ),
      (
        .role(person: "Виктория Савчук", office: "minister", portfolio: "agriculture", affiliation: "UA"),
        [
          "Делегацию возглавила министр аграрной политики Украины Виктория Савчук."
        ]
      ),
      (
        .role(person: "Азизбек Рахимов", office: "deputy-minister", portfolio: "investment", affiliation: "UZ"),
        [
          "Об этом заявил заместитель министра инвестиций Узбекистана Азизбек Рахимов."
        ]
      ),
      (
        .role(person: "Нурлана Сейткали", office: "deputy-minister", portfolio: "water"),
        [
          "Министр принимал вице-министра водных ресурсов и ирригации Казахстана Нурлана Сейткали."
        ]
      ),
      (
        .role(person: "Али Рашед", office: "deputy-minister", portfolio: nil),
        [
          "Встречу провел заместитель министра углеводородов Али Рашед."
        ]
      ),
      (
        .role(person: "Дмитрий Островский", office: "permanent-representative", portfolio: nil, affiliation: "RU"),
        [
          "В состав вошел постоянный представитель России при международных организациях в Вене Дмитрий Островский."
        ]
      ),
      (
        .role(person: "Сергей Волков", office: "charge-d-affaires", portfolio: nil, affiliation: "RU"),
        [
          "На встрече был временный поверенный в делах России Сергей Волков."
        ]
      ),
    ])

  static let ukrainian = EntityCorpus(
    name: "roles-uk", language: .uk,
    entries: [
      (
        .role(person: "Саша Обрадович", office: "deputy-director", portfolio: nil),
        [
          "Угоду підписали заступник директора боснійського Центру протимінної діяльності Саша Обрадович і "
            + "заступниця міністра Юлія Гриценко."
        ]
      ),
      (
        .role(person: "Ларс Гольм", office: "former-minister", portfolio: "defence"),
        ["Зустріч відкрив колишній міністр оборони Данії Ларс Гольм."]
      ),
      (
        .role(person: "Хелен Марш", office: "minister", portfolio: "development"),
        ["Угоду підписала державна міністерка з питань розвитку Хелен Марш."]
      ),
      (
        .role(person: "Раджив Менон", office: "additional-secretary", portfolio: nil),
        ["Документ підписав додатковий секретар департаменту продовольства Індії Раджив Менон."]
      ),
      (
        .role(person: "Даніяр Оспанов", office: "deputy-minister", portfolio: "industry"),
        ["Переговори провів віцеміністр промисловості та будівництва Казахстану Даніяр Оспанов."]
      ),
      (
        .role(person: "Антон Забєлін", office: "deputy-minister", portfolio: "science"),
        ["Делегацію очолив заступник міністра науки і вищої освіти РФ Антон Забєлін."]
      ),
      (
        .role(person: "Маджид Резаїфар", office: "deputy-minister", portfolio: "oil"),
        ["Іранську делегацію очолив заступник міністра нафти Ірану Маджид Резаїфар."]
      ),
      (
        .role(person: "Вадим Єршов", office: "deputy-minister", portfolio: "foreign-affairs"),
        [
          "Делегацію очолював заступник міністра закордонних справ Вадим Єршов."
        ]
      ),
      (
        .role(person: "Георгій Тихий", office: "spokesperson", portfolio: "foreign-affairs", affiliation: "UA"),
        [
          "Речник МЗС України Георгій Тихий заявив про це."
        ]
      ),
      (
        .role(
          person: "Неманею Стоїльковичем", office: "state-secretary", portfolio: "foreign-affairs", affiliation: "RS"),
        [
          "Він провів переговори з державним секретарем МЗС Сербії Неманею Стоїльковичем."
        ]
      ),
      (
        .role(person: "Петер Галмаї", office: "state-secretary", portfolio: "energy", affiliation: "HU"),
        [
          "Про це заявив державний секретар Угорщини з питань енергетики Петер Галмаї."
        ]
      ),
      (
        .role(person: "Віктор Бранцевич", office: "first-deputy-prime-minister", portfolio: nil),
        [
          "Документ підписав перший віцепрем’єр Віктор Бранцевич."
        ]
      ),
      (
        .role(person: "Наталія Зуєва", office: "deputy-minister", portfolio: "economic-development", affiliation: "RU"),
        [
          "Документ підписала заступниця міністра економічного розвитку РФ Наталія Зуєва."
        ]
      ),
      (
        .role(person: "Аркадій Мірошин", office: "deputy-minister", portfolio: "industry-trade", affiliation: "RU"),
        [
          "Делегацію очолив заступник міністра промисловості й торгівлі РФ Аркадій Мірошин."
        ]
      ),
      (
        .role(person: "Анна Семенова", office: "chair", portfolio: "tariffs"),
        [
          "Голова Державного комітету Татарстану з тарифів Анна Семенова повідомила про це."
        ]
      ),
      (
        .role(person: "Іон Русу", office: "state-secretary", portfolio: "energy", affiliation: "MD"),
        [
          "Виступив держсекретар Міненерго Молдови Іон Русу."
        ]
      ),
      (
        .role(person: "Гліб Рукавишников", office: "deputy-minister", portfolio: nil),
        [
          "Російську сторону представляв заступник міністра Гліб Рукавишников."
        ]
      ),
      (
        .role(person: "Віталій Жаров", office: "deputy-minister", portfolio: "energy", affiliation: "RU"),
        [
          "Російську частину групи очолює заступник міністра енергетики РФ Віталій Жаров."
        ]
      ),
      (
        .role(person: "Вікторія Савчук", office: "deputy-minister", portfolio: "agriculture"),
        [
          "Делегацію очолювала заступниця міністра аграрної політики Вікторія Савчук."
        ]
      ),
      (
        .role(person: "Олег Савчук", office: "ambassador", portfolio: nil, affiliation: "UA"),
        [
          "У зустрічі також узяв участь посол України в Катарі Олег Савчук."
        ]
      ),
    ])
}
