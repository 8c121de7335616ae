import FactDiffModel

/// Person mentions per language: the names a sentence must yield (texts as written, titles left out), and
/// sentences that hold no names (sentence-initial words, months, places, organisations, nationality adjectives).
enum EntityPeopleCorpus {
  static let english = EntityCorpus(
    name: "people-en", language: .en,
    entries: [
      (.people(["Dmitry Peskov"]), ["Kremlin spokesman Dmitry Peskov said the talks had been useful."]),
      (.people(["Peskov"]), ["Peskov, the Kremlin's spokesman, declined to comment."]),
      (.people(["S. Lavrov"]), ["A letter signed by S. Lavrov was published on Monday."]),
      (.people(["Khalid al-Dosari"]), ["The Saudi side was represented by Khalid al-Dosari."]),
      (.people(["Nemanja Stojiljković"]), ["Serbian State Secretary Nemanja Stojiljković joined later."]),
      (.people(["Mehmet Yıldız"]), ["Mehmet Yıldız told reporters the ships would be inspected."]),
      (.people(["Péter Szabó"]), ["Péter Szabó, Hungary's state secretary for energy, was cautious."]),
      // A full name joined by "and" to a person's name, its given name unknown.
      (
        .people(["Yuliia Hrytsenko", "Saša Obradović"]),
        ["The deal that Yuliia Hrytsenko and Saša Obradović signed in Sarajevo covers 60 deminers."]
      ),
      // Not after a place or an organisation.
      (.people([]), ["Talks in Sarajevo and Banja Luka went well."]),
      // A place after "in" or after a kind of place, next to a speech verb, is still a place.
      (.people([]), ["Skiers were stuck in Bukovel, the rescue service said."]),
      (.people([]), ["Skiers were stuck at the resort Bukovel, the rescue service said."]),
      // The look-alike: a surname next to a speech verb after another word is a person.
      (.people(["Kravets"]), ["The lifts stopped at noon, Kravets said."]),
      (
        .people(["Vadim Yershov", "Yershov"]),
        ["Deputy Foreign Minister Vadim Yershov arrived on Tuesday. Yershov's visit lasted two days."]
      ),
      (.people(["Oleg Brusnitsyn"]), ["Oleg Brusnitsyn, Russia’s deputy transport minister, spoke first."]),
      (.people(["Igor Semyonov", "Anna Semyonova"]), ["Igor Semyonov met Anna Semyonova in Kazan."]),
      (
        .people(["Karen Whitlock"]),
        ["The American side was led by Karen Whitlock, a deputy assistant secretary of state."]
      ),
      (.people(["Sonata Coulter"]), ["Deputy Assistant Secretary of State Sonata Coulter headed the U.S. team."]),
      (.people(["Tikhonov"]), ["The decision was announced by Tikhonov on Friday."]),
      (.people(["Gleb Rukavishnikov"]), ["Deputy Minister Gleb Rukavishnikov represented Moscow."]),
      (
        .people(["Natalia Zuyeva"]),
        ["The protocol was signed by Russian Deputy Economic Development Minister Natalia Zuyeva."]
      ),
      (
        .people(["Elchin Hasanzade"]),
        ["Deputy Minister of Digital Development and Transport Elchin Hasanzade opened the session."]
      ),
      (.people(["Kassym-Jomart Tokayev"]), ["President Kassym-Jomart Tokayev received the delegation."]),
      (.people(["Lavrov", "Rubio"]), ["Lavrov said Rubio had called him on Sunday."]),
      (.people(["Lаvrov"]), ["Foreign Minister Lаvrov spoke for an hour."]),
      (.people(["Rusu"]), ["Talks ended, and Mr Rusu left first.", "Talks ended, and Mr. Rusu left first."]),
      (.people([]), ["The ministry said on Tuesday that talks in Moscow would resume in March."]),
      (.people([]), ["Russian and Turkish officials met in Ankara on Thursday."]),
      (.people([]), ["KAZAN, July 16 — Officials did not say how much the upgrade would cost."]),
      // Family-first names; a family name that is also a word ("Park") opens one before given-name syllables.
      (
        .people(["Park Ji-hoon", "Park"]),
        ["Vice Minister Park Ji-hoon signed for Seoul. Park told reporters the yards were ready."]
      ),
      (.people(["Kim Jong-un"]), ["The statement was issued by Kim Jong-un on Monday."]),
      (.people([]), ["The delegates walked through Gorky Park on Monday."]),
      (.people([]), ["The Kremlin and the Foreign Ministry declined to comment on Monday."]),
      (.people([]), ["Western diplomats in Brussels said they were watching closely."]),
      (.people([]), ["Turkey has kept the Bosphorus closed to warships since February 2022."]),
      (.people([]), ["The European Commission wants EU members to stop buying Russian gas."]),
      (.people([]), ["Moscow and Baku edged closer to a deal on rail freight charges."]),
      (.people([]), ["Hauliers on the Belarusian-Polish border say they have yet to feel any benefit."]),
      // Given names of many countries, apposition after an organisation's possessive, organisation names.
      (
        .people(["Nurlan Seitkali"]),
        ["Kazakh Deputy Minister of Water Resources and Irrigation Nurlan Seitkali arrived."]
      ),
      (.people(["Henrik Solberg"]), ["Henrik Solberg, the IAEA's deputy director general, chaired the meeting."]),
      (.people(["Hiroshi Takeda"]), ["Hiroshi Takeda of Japan's Fisheries Agency is leading the Japanese side."]),
      (.people(["Liang Zhiming"]), ["The talks were led by Liang Zhiming on the Chinese side."]),
      (
        .people(["Nguyen Thi Lan"]),
        ["Nguyen Thi Lan, director of the Vietnam Atomic Energy Institute, said work could begin."]
      ),
      (
        .people(["Gulshat Annaorazova"]),
        ["Gulshat Annaorazova, deputy chair of the state company Turkmengaz, said gas would flow."]
      ),
      (
        .people(["Anil Mehra", "Rajesh Mehra"]),
        ["The call was led by Anil Mehra. Later Rajesh Mehra, a counsellor at the embassy, joined the call."]
      ),
      (
        .people(["Khalid al-Sulaiti", "al-Sulaiti"]),
        ["Khalid al-Sulaiti hosted the talks. \"Food must never become a weapon,\" al-Sulaiti told reporters."]
      ),
      (.people([]), ["India's Ministry of Ports, Shipping and Waterways said the ships would be built."]),
      (.people([]), ["The meeting at the Lester B. Pearson Building began at 10 a.m. local time."]),
      (.people([]), ["The delegation landed at John F. Kennedy Airport on Monday evening."]),
      (
        .people(["Olena Kravets"]),
        ["First Deputy Economy Minister Olena Kravets met Canadian officials at the Lester B. Pearson Building."]
      ),
      (.people([]), ["Vietnam's Ministry of Science and Technology said the talks went well."]),
      (.people([]), ["The chairman of the Nuclear Power Plants Authority said nothing."]),
      (.people([]), ["Le Monde reported the talks on Tuesday."]),
    ])

  static let russian = EntityCorpus(
    name: "people-ru", language: .ru,
    entries: [
      (.people(["Дмитрий Песков"]), ["Пресс-секретарь президента Дмитрий Песков заявил, что встреча была полезной."]),
      (.people([]), ["Лыжники застряли на подъемнике в Буковеле, сообщила спасательная служба."]),
      (.people([]), ["Лыжники застряли на курорте Буковель, сообщила спасательная служба."]),
      (.people(["Кравец"]), ["Подъемники остановились в полдень, сообщил Кравец."]),
      // A title, its organisation in the genitive, then a name whose given name the lexicon does not know.
      (
        .role(person: "Марис Озолс", office: "director", portfolio: nil),
        ["Пожар потушен, сообщил директор порта Марис Озолс."]
      ),
      (
        .people([]), ["Об этом сообщил директор завода Красный Октябрь.", "Туристов застигла метель в Высоких Татрах."]
      ),
      (.people(["Лавров"]), ["Лавров, глава МИД, ответил на вопросы журналистов."]),
      (.people(["С. В. Лавров"]), ["Письмо подписал С. В. Лавров."]),
      (.people(["Халид ад-Досари"]), ["Саудовскую сторону представлял Халид ад-Досари."]),
      (.people(["Игоря Семёнова"]), ["Выступление Игоря Семёнова длилось полчаса."]),
      (.people(["Неманей Стоильковичем"]), ["Переговоры прошли с Неманей Стоильковичем."]),
      (.people(["Вадим Ершов", "Ершова"]), ["Делегацию возглавил Вадим Ершов. Визит Ершова продлился два дня."]),
      (.people(["Анна Семёнова"]), ["В совещании участвовала Анна Семёнова."]),
      (.people(["Брусницын"]), ["«Мы договорились о поэтапном снижении ставок», — заявил Брусницын."]),
      (.people(["Кирилл Воронцов"]), ["Контр-адмирал Кирилл Воронцов в консультациях участия не принимал."]),
      (.people(["Нильгюн Айдемир"]), ["Турецкую делегацию возглавила заместитель главы МИД Турции Нильгюн Айдемир."]),
      (
        .people(["Эльчин Гасанзаде"]),
        ["Заместитель министра цифрового развития и транспорта Эльчин Гасанзаде выступил первым."]
      ),
      (
        .people(["Ионом Русу", "Андреем Ковальчуком"]),
        ["Переговоры прошли во главе с Ионом Русу и Андреем Ковальчуком."]
      ),
      (.people(["Тихонов"]), ["Решение объявил Тихонов в пятницу."]),
      (.people(["Захарова"]), ["Госпожа Захарова прибыла в Женеву."]),
      (.people(["Наталья Зуева"]), ["Документ подписала заместитель министра экономического развития Наталья Зуева."]),
      (.people([]), ["Министерство сообщило во вторник, что переговоры в Москве возобновятся в марте."]),
      (.people([]), ["Российские и турецкие официальные лица встретились в Анкаре."]),
      (.people([]), ["КАЗАНЬ, 16 июля. Стоимость модернизации не раскрывается."]),
      (.people([]), ["В Кремле и МИД отказались от комментариев."]),
      (.people([]), ["Российскую делегацию ждали в Минпромторге."]),
      (.people([]), ["Азербайджанскую сторону интересовали тарифы на перевозки."]),
      (.people([]), ["Консультации продолжались около трех часов в Черном море."]),
      (.people([]), ["По итогам 2024 года товарооборот России и Турции вырос."]),
      // Titles with an organisation or a country before the given name; class nouns before names of companies and
      // places; a city's case form that a foreign given name could also take.
      (
        .people(["Петр Савельев"]),
        ["Российскую делегацию возглавил заместитель руководителя Росрыболовства Петр Савельев."]
      ),
      (
        .people(["Юрия Белоусова"]),
        ["Переговоры заместителя генерального директора Росатома Юрия Белоусова прошли в Ханое."]
      ),
      (
        .people(["Хусам Фарук"]),
        ["Председатель Управления атомных электростанций Египта Хусам Фарук в переговорах не участвовал."]
      ),
      (
        .people(["Мырат Аннаоразов"]),
        ["Делегацию возглавил заместитель председателя Кабинета министров Мырат Аннаоразов."]
      ),
      (.people(["Нгуен Ван Тханем"]), ["Переговоры с министром Нгуен Ван Тханем длились три часа."]),
      (.people(["Лян Чжимин"]), ["Китайскую делегацию возглавил помощник министра иностранных дел КНР Лян Чжимин."]),
      (.people([]), ["Сотрудники компании Ростех прибыли в Москву."]),
      (.people([]), ["Переговоры прошли в провинции Лонган, сообщили в госкорпорации."]),
      (.people([]), ["В Вене и Риме прошли консультации."]),
      // The title's country before a family-first name is not part of the name.
      (.people(["Пак Чжи Хун"]), ["Документ подписал заместитель министра торговли Кореи Пак Чжи Хун."]),
      (.people(["Ким Мин Су"]), ["Делегацию возглавил первый заместитель министра иностранных дел Кореи Ким Мин Су."]),
      // Adjectives of regions and seas, shaped like surnames, before the noun of the place.
      (.people([]), ["Средства пойдут на ремонт школ в Воронежской и Белгородской областях."]),
      (.people([]), ["Танкеры будут работать на перевозках нефти Каспийского моря."]),
      (.people(["Ковальской", "Петровским"]), ["Документ подписан Ковальской и Петровским в среду."]),
      // A given name spelled like a month's genitive; a month after a figure or before a lower-case word stays one.
      (.people(["Марта Зелиньска"]), ["Документ подписали министр климата Польши Марта Зелиньска."]),
      (.people(["Ковальчук"]), ["С 9 Мая Ковальчук возглавит министерство."]),
      (.people([]), ["Конференция пройдет в конце Марта в Варшаве."]),
    ])

  static let ukrainian = EntityCorpus(
    name: "people-uk", language: .uk,
    entries: [
      (.people(["Георгій Тихий"]), ["Речник МЗС України Георгій Тихий заявив, що Київ стежитиме за переговорами."]),
      (.people([]), ["Лижники застрягли на підйомнику в Буковелі, повідомила служба порятунку."]),
      (.people([]), ["Лижники застрягли на курорті Буковель, повідомила служба порятунку."]),
      (.people(["Кравець"]), ["Підйомники зупинилися опівдні, повідомив Кравець."]),
      (.people(["Маріс Озолс"]), ["Пожежу загасили, повідомив директор порту Маріс Озолс."]),
      (.people(["Єршова"]), ["Від Єршова вимагали пояснень."]),
      (.people(["Вадим Єршов", "Єршова"]), ["Делегацію очолював Вадим Єршов. Від Єршова вимагали пояснень."]),
      (
        .people(["Ігор Семенов", "Семенова", "Анна Семенова"]),
        ["Нараду провів Ігор Семенов. За словами Семенова, мережі зношені. Анна Семенова повідомила про тарифи."]
      ),
      (.people(["Неманею Стоїльковичем"]), ["Переговори відбулися з Неманею Стоїльковичем."]),
      (
        .people(["Петер Галмаї"]),
        ["«Постачання триватимуть усю зиму», — заявив державний секретар Угорщини з питань енергетики Петер Галмаї."]
      ),
      (.people(["Наталія Зуєва"]), ["Документ підписала заступниця міністра економічного розвитку РФ Наталія Зуєва."]),
      (
        .people(["Кирило Соболевський"]),
        ["Про це повідомив заступник міністра економічного розвитку РФ Кирило Соболевський."]
      ),
      (.people(["Олег Брусніцин"]), ["Російську делегацію очолив заступник міністра транспорту РФ Олег Брусніцин."]),
      (
        .people(["Андрій Ковальчук", "Іон Русу"]),
        [
          "Заступник міністра енергетики України Андрій Ковальчук і держсекретар Міненерго Молдови Іон Русу провели розмову."
        ]
      ),
      (.people(["Тихонов"]), ["Рішення оголосив Тихонов у п'ятницю."]),
      (.people([]), ["Міністерство повідомило у вівторок, що переговори в Москві відновляться в березні."]),
      (.people([]), ["Учора в Анкарі відбулися російсько-турецькі консультації."]),
      (.people([]), ["Сербія намагається продовжити газовий контракт з Росією."]),
      (.people([]), ["У Кремлі та МЗС відмовилися від коментарів."]),
      (.people([]), ["Туреччина, за словами джерел, наполягала на гарантіях."]),
      (.people([]), ["Наступне засідання планують провести восени в Москві."]),
      // Titles with an organisation before the given name; class nouns before organisation names.
      (.people(["Микола Саблін"]), ["Російську делегацію очолював заступник гендиректора «Росатому» Микола Саблін."]),
      (.people(["Петро Савельєв"]), ["Делегацію очолював заступник керівника Росрибальства Петро Савельєв."]),
      (.people(["Ігор Бондар", "Оксана Бондар"]), ["Ігор Бондар прибув до Вільнюса, де його зустріла Оксана Бондар."]),
      (.people([]), ["Працівники компанії Нафтогаз прибули до Варшави."]),
      (.people([]), ["Переговори відбулися в провінції Лонган."]),
      (.people(["Пак Чжі Хун"]), ["Контракт підписав заступник міністра торгівлі Кореї Пак Чжі Хун."]),
      // Adjectives of regions, shaped like surnames, before the noun of the place.
      (.people([]), ["Кошти підуть на ремонт шкіл у Сумській та Полтавській областях."]),
      (.people([]), ["Гроші спрямують до Вінницької й Одеської областей."]),
    ])
}
