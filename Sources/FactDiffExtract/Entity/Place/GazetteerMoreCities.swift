import FactDiffModel

extension Gazetteer {
  /// More cities, regions, seas and straits.
  /// Columns: English names (the first is the canonical one) | Russian nominatives | Ukrainian nominatives |
  /// ISO country | IANA zone | kind (k country, c city, r region, w water). Russian and Ukrainian names are
  /// declined by rule (`EntityDeclension`); a name written `=form` is taken as it stands.
  static let moreCityTable = """
    Caracas|Каракас|Каракас|VE|America/Caracas|c
    Ho Chi Minh City;Saigon|=Хошимин|=Хошімін|VN|Asia/Ho_Chi_Minh|c
    Aden|Аден|Аден|YE|Asia/Aden|c
    Johannesburg|Йоханнесбург|Йоганнесбурґ|ZA|Africa/Johannesburg|c
    Lusaka|Лусака|Лусака|ZM|Africa/Lusaka|c
    Harare|Хараре|Хараре|ZW|Africa/Harare|c
    Odesa;Odessa|Одесса|Одеса|UA|Europe/Kyiv|c
    Kharkiv;Kharkov|Харьков|Харків|UA|Europe/Kyiv|c
    Lviv;Lvov;Lwow;Lwów|Львов|Львів|UA|Europe/Kyiv|c
    Dnipro;Dnipropetrovsk;Dnepropetrovsk|Днепропетровск;=Днепр;=Днепре;=Днепра|=Дніпро;=Дніпра;=Дніпрі;=Дніпрові;Дніпропетровськ|UA|Europe/Kyiv|c
    Zaporizhzhia;Zaporizhia;Zaporozhye|Запорожье|Запоріжжя|UA|Europe/Kyiv|c
    Kherson|Херсон|Херсон|UA|Europe/Kyiv|c
    Mykolaiv;Nikolaev;Nikolayev|Николаев|Миколаїв|UA|Europe/Kyiv|c
    Donetsk|Донецк|Донецьк|UA|Europe/Kyiv|c
    Luhansk;Lugansk|Луганск|Луганськ|UA|Europe/Kyiv|c
    Sevastopol|Севастополь|Севастополь|UA|Europe/Simferopol|c
    Chernihiv;Chernigov|Чернигов|Чернігів|UA|Europe/Kyiv|c
    Sumy|=Сумы;=Сумах;=Сум|=Суми;=Сумах;=Сум|UA|Europe/Kyiv|c
    Poltava|Полтава|Полтава|UA|Europe/Kyiv|c
    Vinnytsia;Vinnitsa|Винница|Вінниця|UA|Europe/Kyiv|c
    Uzhhorod;Uzhgorod|Ужгород|Ужгород|UA|Europe/Kyiv|c
    Mariupol|Мариуполь|Маріуполь|UA|Europe/Kyiv|c
    Zhytomyr;Zhitomir|Житомир|Житомир|UA|Europe/Kyiv|c
    Kryvyi Rih;Krivoy Rog|=Кривой Рог;=Кривом Роге;=Кривого Рога|=Кривий Ріг;=Кривому Розі;=Кривого Рогу|UA|Europe/Kyiv|c
    Saint Petersburg;St Petersburg;St. Petersburg;Petersburg|=Санкт-Петербург;=Санкт-Петербурга;=Санкт-Петербурге;=Санкт-Петербургу;Петербург|=Санкт-Петербург;=Санкт-Петербурга;=Санкт-Петербурзі;=Санкт-Петербургу;Петербург|RU|Europe/Moscow|c
    Sochi|=Сочи|=Сочі|RU|Europe/Moscow|c
    Kazan|Казань|Казань|RU|Europe/Moscow|c
    Nizhny Novgorod|Нижний Новгород|Нижній Новгород|RU|Europe/Moscow|c
    Rostov-on-Don;Rostov|=Ростов-на-Дону;=Ростове-на-Дону;=Ростова-на-Дону;Ростов|=Ростов-на-Дону;=Ростові-на-Дону;=Ростова-на-Дону;Ростов|RU|Europe/Moscow|c
    Krasnodar|Краснодар|Краснодар|RU|Europe/Moscow|c
    Murmansk|Мурманск|Мурманськ|RU|Europe/Moscow|c
    Arkhangelsk|Архангельск|Архангельськ|RU|Europe/Moscow|c
    Ufa|Уфа|Уфа|RU|Asia/Yekaterinburg|c
    Perm|Пермь|Перм|RU|Asia/Yekaterinburg|c
    Chelyabinsk|Челябинск|Челябінськ|RU|Asia/Yekaterinburg|c
    Tyumen|Тюмень|Тюмень|RU|Asia/Yekaterinburg|c
    Voronezh|Воронеж|Воронеж|RU|Europe/Moscow|c
    Belgorod|Белгород|Бєлгород|RU|Europe/Moscow|c
    Kursk|Курск|Курськ|RU|Europe/Moscow|c
    Bryansk|Брянск|Брянськ|RU|Europe/Moscow|c
    Smolensk|Смоленск|Смоленськ|RU|Europe/Moscow|c
    Pskov|Псков|Псков|RU|Europe/Moscow|c
    Novorossiysk|Новороссийск|Новоросійськ|RU|Europe/Moscow|c
    Grozny|=Грозный;=Грозном;=Грозного|=Грозний;=Грозному;=Грозного|RU|Europe/Moscow|c
    Makhachkala|Махачкала|Махачкала|RU|Europe/Moscow|c
    Yaroslavl|Ярославль|Ярославль|RU|Europe/Moscow|c
    Tula|Тула|Тула|RU|Europe/Moscow|c
    Ryazan|Рязань|Рязань|RU|Europe/Moscow|c
    Tver|Тверь|Твер|RU|Europe/Moscow|c
    Petrozavodsk|Петрозаводск|Петрозаводськ|RU|Europe/Moscow|c
    Khabarovsk|Хабаровск|Хабаровськ|RU|Asia/Vladivostok|c
    Vladikavkaz|Владикавказ|Владикавказ|RU|Europe/Moscow|c
    Stavropol|Ставрополь|Ставрополь|RU|Europe/Moscow|c
    Nalchik|Нальчик|Нальчик|RU|Europe/Moscow|c
    Kaluga|Калуга|Калуга|RU|Europe/Moscow|c
    Orenburg|Оренбург|Оренбург|RU|Asia/Yekaterinburg|c
    Norilsk|Норильск|Норильськ|RU|Asia/Krasnoyarsk|c
    Ankara|Анкара|Анкара|TR|Europe/Istanbul|c
    Antalya|Анталья;Анталия|Анталія;Анталья|TR|Europe/Istanbul|c
    Izmir|Измир|Ізмір|TR|Europe/Istanbul|c
    Bursa|Бурса|Бурса|TR|Europe/Istanbul|c
    Adana|Адана|Адана|TR|Europe/Istanbul|c
    Trabzon|Трабзон|Трабзон|TR|Europe/Istanbul|c
    Samsun|Самсун|Самсун|TR|Europe/Istanbul|c
    Alanya|Аланья;Алания|Аланія|TR|Europe/Istanbul|c
    Mersin|Мерсин|Мерсін|TR|Europe/Istanbul|c
    Bodrum|Бодрум|Бодрум|TR|Europe/Istanbul|c
    Edirne|=Эдирне|=Едірне|TR|Europe/Istanbul|c
    Jeddah;Jiddah;Jidda|Джидда|Джидда;Джедда|SA|Asia/Riyadh|c
    Mecca;Makkah|Мекка|Мекка|SA|Asia/Riyadh|c
    Medina|Медина|Медина|SA|Asia/Riyadh|c
    Dammam|Даммам|Даммам|SA|Asia/Riyadh|c
    Abu Dhabi|=Абу-Даби|=Абу-Дабі|AE|Asia/Dubai|c
    Sharjah|=Шарджа;=Шардже;=Шарджи|=Шарджа;=Шарджі|AE|Asia/Dubai|c
    Doha|Доха|Доха|QA|Asia/Qatar|c
    Manama|Манама|Манама|BH|Asia/Bahrain|c
    Kuwait City|=Эль-Кувейт|=Ель-Кувейт|KW|Asia/Kuwait|c
    Alexandria|Александрия|Александрія|EG|Africa/Cairo|c
    Sharm el-Sheikh;Sharm El Sheikh|=Шарм-эш-Шейх;=Шарм-эль-Шейх;=Шарм-эль-Шейхе|=Шарм-еш-Шейх;=Шарм-ель-Шейх;=Шарм-ель-Шейху|EG|Africa/Cairo|c
    Geneva|Женева|Женева|CH|Europe/Zurich|c
    Bern;Berne|Берн|Берн|CH|Europe/Zurich|c
    Davos|Давос|Давос|CH|Europe/Zurich|c
    Lausanne|Лозанна|Лозанна|CH|Europe/Zurich|c
    Basel|Базель|Базель|CH|Europe/Zurich|c
    Munich|Мюнхен|Мюнхен|DE|Europe/Berlin|c
    Frankfurt|Франкфурт;=Франкфурт-на-Майне;=Франкфурте-на-Майне|Франкфурт|DE|Europe/Berlin|c
    Hamburg|Гамбург|Гамбург|DE|Europe/Berlin|c
    Bonn|Бонн|Бонн|DE|Europe/Berlin|c
    Cologne|Кельн|Кельн|DE|Europe/Berlin|c
    Dresden|Дрезден|Дрезден|DE|Europe/Berlin|c
    Leipzig|Лейпциг|Лейпциг|DE|Europe/Berlin|c
    Marseille;Marseilles|Марсель|Марсель|FR|Europe/Paris|c
    Lyon|Лион|Ліон|FR|Europe/Paris|c
    Strasbourg|Страсбург|Страсбург|FR|Europe/Paris|c
    Nice|=Ницца;=Ницце;=Ниццы|=Ніцца;=Ніцці;=Ніцци|FR|Europe/Paris|c
    Milan|Милан|Мілан|IT|Europe/Rome|c
    Naples|Неаполь|Неаполь|IT|Europe/Rome|c
    Florence|Флоренция|Флоренція|IT|Europe/Rome|c
    Venice|Венеция|Венеція|IT|Europe/Rome|c
    Barcelona|Барселона|Барселона|ES|Europe/Madrid|c
    The Hague;Hague|Гаага|Гаага|NL|Europe/Amsterdam|c
    Rotterdam|Роттердам|Роттердам|NL|Europe/Amsterdam|c
    Krakow;Kraków;Cracow|Краков|Краків|PL|Europe/Warsaw|c
    Gdansk;Gdańsk|Гданьск|Гданськ|PL|Europe/Warsaw|c
    Rzeszow;Rzeszów|=Жешув;=Жешуве;=Жешува|=Жешув;=Жешуві;=Жешува|PL|Europe/Warsaw|c
    Lublin|Люблин|Люблін|PL|Europe/Warsaw|c
    Salzburg|Зальцбург|Зальцбург|AT|Europe/Vienna|c
    Novi Sad|=Нови-Сад;=Нови-Саде|=Нові-Сад;=Нові-Саді|RS|Europe/Belgrade|c
    Astana;Nur-Sultan|Астана|Астана|KZ|Asia/Almaty|c
    Ganja|Гянджа|Гянджа|AZ|Asia/Baku|c
    Gyumri|=Гюмри|=Гюмрі|AM|Asia/Yerevan|c
    Batumi|=Батуми|=Батумі|GE|Asia/Tbilisi|c
    Sukhumi;Sukhum|=Сухуми;Сухум|=Сухумі;Сухум|GE|Asia/Tbilisi|c
    Tskhinvali|Цхинвал;=Цхинвали|=Цхінвалі;Цхінвал|GE|Asia/Tbilisi|c
    Tiraspol|Тирасполь|Тирасполь|MD|Europe/Chisinau|c
    Comrat|Комрат|Комрат|MD|Europe/Chisinau|c
    Brest|Брест|Брест|BY|Europe/Minsk|c
    Gomel;Homel|Гомель|Гомель|BY|Europe/Minsk|c
    Vitebsk|Витебск|Вітебськ|BY|Europe/Minsk|c
    Grodno;Hrodna|=Гродно|=Гродно|BY|Europe/Minsk|c
    Mogilev;Mahilyow|Могилев|Могильов|BY|Europe/Minsk|c
    Washington;Washington DC|Вашингтон|Вашингтон|US|America/New_York|c
    San Francisco|=Сан-Франциско|=Сан-Франциско|US|America/Los_Angeles|c
    Boston|Бостон|Бостон|US|America/New_York|c
    Miami|=Майами|=Маямі|US|America/New_York|c
    Houston|Хьюстон|Х'юстон|US|America/Chicago|c
    Seattle|Сиэтл|Сіетл|US|America/Los_Angeles|c
    Philadelphia|Филадельфия|Філадельфія|US|America/New_York|c
    Edinburgh|Эдинбург|Единбург|GB|Europe/London|c
    Manchester|Манчестер|Манчестер|GB|Europe/London|c
    Canberra|Канберра|Канберра|AU|Australia/Sydney|c
    Ottawa|Оттава|Оттава|CA|America/Toronto|c
    Montreal|Монреаль|Монреаль|CA|America/Toronto|c
    Brasilia;Brasília|=Бразилиа|=Бразиліа|BR|America/Sao_Paulo|c
    Rio de Janeiro|=Рио-де-Жанейро|=Ріо-де-Жанейро|BR|America/Sao_Paulo|c
    Beijing;Peking|Пекин|Пекін|CN|Asia/Shanghai|c
    Guangzhou|Гуанчжоу|Гуанчжоу|CN|Asia/Shanghai|c
    Shenzhen|Шэньчжэнь|Шеньчжень|CN|Asia/Shanghai|c
    New Delhi;Delhi|=Нью-Дели;=Дели|=Нью-Делі;=Делі|IN|Asia/Kolkata|c
    Mumbai;Bombay|=Мумбаи|=Мумбаї|IN|Asia/Kolkata|c
    Islamabad|Исламабад|Ісламабад|PK|Asia/Karachi|c
    Tel Aviv|=Тель-Авив;=Тель-Авиве;=Тель-Авива|=Тель-Авів;=Тель-Авіві;=Тель-Авіва|IL|Asia/Jerusalem|c
    Ramallah|=Рамалла;=Рамалле;=Рамаллы|=Рамалла;=Рамаллі|PS|Asia/Hebron|c
    Osaka|Осака|Осака|JP|Asia/Tokyo|c
    Hanoi|Ханой|Ханой|VN|Asia/Bangkok|c
    Abuja|Абуджа|Абуджа|NG|Africa/Lagos|c
    Pretoria|Претория|Преторія|ZA|Africa/Johannesburg|c
    Cape Town|Кейптаун|Кейптаун|ZA|Africa/Johannesburg|c
    Rabat|Рабат|Рабат|MA|Africa/Casablanca|c
    Valletta|Валлетта|Валлетта|MT|Europe/Malta|c
    Luxembourg City|=Люксембург|=Люксембург|LU|Europe/Luxembourg|c
    Singapore City|=Сингапур|=Сінгапур|SG|Asia/Singapore|c
    Yerevan|Ереван|Єреван|AM|Asia/Yerevan|c
    Crimea|Крым|Крим|UA|Europe/Simferopol|r
    High Tatras;Tatras;Tatra Mountains|=Высокие Татры;=Высоких Татрах;=Высоких Татр;=Татры;=Татрах;=Татр|=Високі Татри;=Високих Татрах;=Високих Татр;=Татри;=Татрах;=Татр|SK|Europe/Bratislava|r
    Donbas;Donbass|Донбасс|Донбас|UA|Europe/Kyiv|r
    Tatarstan|Татарстан|Татарстан|RU|Europe/Moscow|r
    Chechnya|Чечня|Чечня|RU|Europe/Moscow|r
    Dagestan|Дагестан|Дагестан|RU|Europe/Moscow|r
    Siberia|Сибирь|Сибір|RU||r
    Chukotka|Чукотка|Чукотка|RU|Asia/Anadyr|r
    Alaska|Аляска|Аляска|US|America/Anchorage|r
    Abkhazia|Абхазия|Абхазія|GE|Europe/Moscow|r
    South Ossetia|Южная Осетия|Південна Осетія|GE|Europe/Moscow|r
    Transnistria;Transdniestria;Pridnestrovie|Приднестровье|Придністров'я|MD|Europe/Chisinau|r
    Nagorno-Karabakh;Karabakh|Нагорный Карабах;Карабах|Нагірний Карабах;Карабах|AZ|Asia/Baku|r
    Gaza Strip|=Сектор Газа;=Секторе Газа;=Сектора Газа|=Сектор Гази;=Секторі Гази|PS|Asia/Gaza|r
    West Bank|=Западный берег;=Западном берегу|=Західний берег;=Західному березі|PS|Asia/Hebron|r
    Black Sea|Черное море|Чорне море|||w
    Sea of Azov|Азовское море|Азовське море|||w
    Baltic Sea|Балтийское море|Балтійське море|||w
    Caspian Sea|Каспийское море|Каспійське море|||w
    Mediterranean;Mediterranean Sea|Средиземное море|Середземне море|||w
    Red Sea|Красное море|Червоне море|||w
    Persian Gulf|Персидский залив|Перська затока|||w
    Bering Strait|=Берингов пролив;=Беринговом проливе;=Берингова пролива|=Берингова протока;=Беринговій протоці;=Берингової протоки|||w
    Bosphorus;Bosporus|Босфор|Босфор|TR|Europe/Istanbul|w
    Dardanelles|=Дарданеллы;=Дарданелл;=Дарданеллах|=Дарданелли;=Дарданелл;=Дарданеллах|TR|Europe/Istanbul|w
    Dniester|Днестр|Дністер;=Дністра;=Дністрі|MD||w
    Arctic|Арктика|Арктика|||r
    Far East|=Дальний Восток;=Дальнего Востока;=Дальнем Востоке|=Далекий Схід;=Далекого Сходу;=Далекому Сході|RU||r
    North America|Северная Америка|Північна Америка|||r
    South America|Южная Америка|Південна Америка|||r
    Europe|Европа|Європа|||r
    Asia|Азия|Азія|||r
    Africa|Африка|Африка|||r
    Middle East|=Ближний Восток;=Ближнего Востока;=Ближнем Востоке|=Близький Схід;=Близького Сходу;=Близькому Сході|||r
    """
}
