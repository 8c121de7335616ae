import FactDiffModel

extension Gazetteer {
  /// Capitals the other tables miss and the main cities and ports of the countries that appear in such news
  /// (columns as in `cityTable`).
  static let worldCityTable = """
    Yaounde;Yaoundé|Яунде|Яунде|CM|Africa/Douala|c
    Douala|Дуала|Дуала|CM|Africa/Douala|c
    Quito|Кито|Кіто|EC|America/Guayaquil|c
    Lilongwe|Лилонгве|Лілонгве|MW|Africa/Blantyre|c
    Antananarivo|Антананариву|Антананаріву|MG|Indian/Antananarivo|c
    Praia|Прая|Прая|CV|Atlantic/Cape_Verde|c
    Cotonou|Котону|Котону|BJ|Africa/Porto-Novo|c
    Gitega|Гитега|Гітега|BI|Africa/Bujumbura|c
    Port Louis|Порт-Луи|Порт-Луї|MU|Indian/Mauritius|c
    Naypyidaw;Nay Pyi Taw|Нейпьидо|Найп'їдо|MM|Asia/Yangon|c
    Mandalay|Мандалай|Мандалай|MM|Asia/Yangon|c
    Bandar Seri Begawan|Бандар-Сери-Бегаван|Бандар-Сері-Бегаван|BN|Asia/Brunei|c
    Dodoma|Додома|Додома|TZ|Africa/Dar_es_Salaam|c
    Kingston|Кингстон|Кінгстон|JM|America/Jamaica|c
    Panama City|=Панама|=Панама|PA|America/Panama|c
    San Jose;San José|Сан-Хосе|Сан-Хосе|CR|America/Costa_Rica|c
    Guatemala City|=Гватемала|=Гватемала|GT|America/Guatemala|c
    San Salvador|Сан-Сальвадор|Сан-Сальвадор|SV|America/El_Salvador|c
    Georgetown|Джорджтаун|Джорджтаун|GY|America/Guyana|c
    Port of Spain|Порт-оф-Спейн|Порт-оф-Спейн|TT|America/Port_of_Spain|c
    Wellington|Веллингтон|Веллінгтон|NZ|Pacific/Auckland|c
    Suva|Сува|Сува|FJ|Pacific/Fiji|c
    Port Moresby|Порт-Морсби|Порт-Морсбі|PG|Pacific/Port_Moresby|c
    Pristina;Prishtina|Приштина|Приштина|XK|Europe/Belgrade|c
    Djibouti City|=Джибути|=Джибуті|DJ|Africa/Djibouti|c
    Salalah|Салала|Салала|OM|Asia/Muscat|c
    Duqm|Дукм|Дукм|OM|Asia/Muscat|c
    Sohar|Сохар|Сохар|OM|Asia/Muscat|c
    Fujairah|Фуджейра|Фуджейра|AE|Asia/Dubai|c
    Ras al-Khaimah;Ras Al Khaimah|Рас-эль-Хайма|Рас-ель-Хайма|AE|Asia/Dubai|c
    Ajman|Аджман|Аджман|AE|Asia/Dubai|c
    Jubail|Джубайль|Джубайль|SA|Asia/Riyadh|c
    Yanbu|Янбу|Янбу|SA|Asia/Riyadh|c
    Taif|Таиф|Таїф|SA|Asia/Riyadh|c
    Tabuk|Табук|Табук|SA|Asia/Riyadh|c
    Khobar;Al Khobar|Эль-Хобар|Ель-Хобар|SA|Asia/Riyadh|c
    Lusail|Лусаил|Лусаїл|QA|Asia/Qatar|c
    Ras Laffan|Рас-Лаффан|Рас-Лаффан|QA|Asia/Qatar|c
    Basra|Басра|Басра|IQ|Asia/Baghdad|c
    Mosul|Мосул|Мосул|IQ|Asia/Baghdad|c
    Erbil|Эрбиль|Ербіль|IQ|Asia/Baghdad|c
    Kirkuk|Киркук|Кіркук|IQ|Asia/Baghdad|c
    Najaf|Наджаф|Наджаф|IQ|Asia/Baghdad|c
    Isfahan|Исфахан|Ісфахан|IR|Asia/Tehran|c
    Mashhad|Мешхед|Мешхед|IR|Asia/Tehran|c
    Tabriz|Тебриз|Тебриз|IR|Asia/Tehran|c
    Bandar Abbas|Бендер-Аббас|Бендер-Аббас|IR|Asia/Tehran|c
    Shiraz|Шираз|Шираз|IR|Asia/Tehran|c
    Herat|Герат|Герат|AF|Asia/Kabul|c
    Kandahar|Кандагар|Кандагар|AF|Asia/Kabul|c
    Mazar-i-Sharif;Mazar-e-Sharif|Мазари-Шариф|Мазарі-Шаріф|AF|Asia/Kabul|c
    Lahore|Лахор|Лахор|PK|Asia/Karachi|c
    Peshawar|Пешавар|Пешавар|PK|Asia/Karachi|c
    Gwadar|Гвадар|Гвадар|PK|Asia/Karachi|c
    Chennai;Madras|Ченнаи|Ченнаї|IN|Asia/Kolkata|c
    Bengaluru;Bangalore|Бангалор;Бенгалуру|Бангалор;Бенгалуру|IN|Asia/Kolkata|c
    Hyderabad|Хайдарабад|Гайдарабад;Хайдарабад|IN|Asia/Kolkata|c
    Ahmedabad|Ахмадабад|Ахмадабад|IN|Asia/Kolkata|c
    Visakhapatnam|Вишакхапатнам|Вішакхапатнам|IN|Asia/Kolkata|c
    Kochi;Cochin|Кочи|Кочі|IN|Asia/Kolkata|c
    Goa|=Гоа|=Гоа|IN|Asia/Kolkata|r
    Chittagong;Chattogram|Читтагонг|Читтагонг|BD|Asia/Dhaka|c
    Rooppur;Ruppur|=Руппур;=Руппуре;=Руппура|=Руппур;=Руппурі;=Руппура|BD|Asia/Dhaka|c
    Hambantota|Хамбантота|Хамбантота|LK|Asia/Colombo|c
    Tianjin|Тяньцзинь|Тяньцзінь|CN|Asia/Shanghai|c
    Chongqing|Чунцин|Чунцін|CN|Asia/Shanghai|c
    Wuhan|Ухань|Ухань|CN|Asia/Shanghai|c
    Harbin|Харбин|Харбін|CN|Asia/Shanghai|c
    Urumqi|Урумчи|Урумчі|CN|Asia/Urumqi|c
    Dalian|Далянь|Далянь|CN|Asia/Shanghai|c
    Qingdao|Циндао|Циндао|CN|Asia/Shanghai|c
    Xiamen|Сямынь|Сямень|CN|Asia/Shanghai|c
    Nanjing|Нанкин|Нанкін|CN|Asia/Shanghai|c
    Hangzhou|Ханчжоу|Ханчжоу|CN|Asia/Shanghai|c
    Chengdu|Чэнду|Ченду|CN|Asia/Shanghai|c
    Shenyang|Шэньян|Шеньян|CN|Asia/Shanghai|c
    Xi'an;Xian|Сиань|Сіань|CN|Asia/Shanghai|c
    Busan;Pusan|Пусан|Пусан|KR|Asia/Seoul|c
    Incheon|Инчхон|Інчхон|KR|Asia/Seoul|c
    Nagoya|Нагоя|Нагоя|JP|Asia/Tokyo|c
    Yokohama|Иокогама|Йокогама|JP|Asia/Tokyo|c
    Kobe|Кобе|Кобе|JP|Asia/Tokyo|c
    Kyoto|Киото|Кіото|JP|Asia/Tokyo|c
    Sapporo|Саппоро|Саппоро|JP|Asia/Tokyo|c
    Fukuoka|Фукуока|Фукуока|JP|Asia/Tokyo|c
    Hiroshima|Хиросима|Хіросіма|JP|Asia/Tokyo|c
    Niigata|Ниигата|Ніїгата|JP|Asia/Tokyo|c
    Da Nang;Danang|Дананг|Дананг|VN|Asia/Ho_Chi_Minh|c
    Haiphong;Hai Phong|Хайфон|Хайфон|VN|Asia/Ho_Chi_Minh|c
    Nha Trang|Нячанг|Нячанг|VN|Asia/Ho_Chi_Minh|c
    Cam Ranh|Камрань|Камрань|VN|Asia/Ho_Chi_Minh|c
    Dong Nai|Донгнай|Донгнай|VN|Asia/Ho_Chi_Minh|r
    Ninh Thuan|=Ниньтхуан;=Нинь Тхуан;=Ниньтхуане;=Нинь Тхуане|=Ніньтхуан;=Нінь Тхуан;=Ніньтхуані;=Нінь Тхуані|VN|Asia/Ho_Chi_Minh|r
    Astara|Астара|Астара|AZ|Asia/Baku|c
    Siem Reap|Сиемреап|Сієм Реап|KH|Asia/Phnom_Penh|c
    Aqaba|Акаба|Акаба|JO|Asia/Amman|c
    Haifa|Хайфа|Хайфа|IL|Asia/Jerusalem|c
    Eilat|Эйлат|Ейлат|IL|Asia/Jerusalem|c
    Latakia;Lattakia|Латакия|Латакія|SY|Asia/Damascus|c
    Tartus|Тартус|Тартус|SY|Asia/Damascus|c
    Aleppo|Алеппо|Алеппо|SY|Asia/Damascus|c
    Homs|Хомс|Хомс|SY|Asia/Damascus|c
    Idlib|Идлиб|Ідліб|SY|Asia/Damascus|c
    Port Said|Порт-Саид|Порт-Саїд|EG|Africa/Cairo|c
    Suez|Суэц|Суец|EG|Africa/Cairo|c
    Ismailia|Исмаилия|Ісмаїлія|EG|Africa/Cairo|c
    Aswan|Асуан|Асуан|EG|Africa/Cairo|c
    Luxor|Луксор|Луксор|EG|Africa/Cairo|c
    Hurghada|Хургада|Хургада|EG|Africa/Cairo|c
    El Alamein|Эль-Аламейн|Ель-Аламейн|EG|Africa/Cairo|c
    El Dabaa;El-Dabaa;Dabaa|Эль-Дабаа|Ель-Дабаа|EG|Africa/Cairo|c
    Benghazi|Бенгази|Бенгазі|LY|Africa/Tripoli|c
    Misrata|Мисрата|Місрата|LY|Africa/Tripoli|c
    Port Sudan|Порт-Судан|Порт-Судан|SD|Africa/Khartoum|c
    Mombasa|Момбаса|Момбаса|KE|Africa/Nairobi|c
    Durban|Дурбан|Дурбан|ZA|Africa/Johannesburg|c
    Sanaa;Sana'a|Сана|Сана|YE|Asia/Aden|c
    Hodeidah|Ходейда|Ходейда|YE|Asia/Aden|c
    Iskenderun|Искендерун|Іскендерун|TR|Europe/Istanbul|c
    Ceyhan|Джейхан|Джейхан|TR|Europe/Istanbul|c
    Gaziantep|Газиантеп|Газіантеп|TR|Europe/Istanbul|c
    Konya|Конья|Конья|TR|Europe/Istanbul|c
    Kars|Карс|Карс|TR|Europe/Istanbul|c
    Erzurum|Эрзурум|Ерзурум|TR|Europe/Istanbul|c
    Nakhchivan;Nakhichevan|Нахичевань|Нахічевань|AZ|Asia/Baku|c
    Sumgait;Sumqayit|Сумгаит|Сумгаїт|AZ|Asia/Baku|c
    Shusha|Шуша|Шуша|AZ|Asia/Baku|c
    Kutaisi|Кутаиси|Кутаїсі|GE|Asia/Tbilisi|c
    Poti|Поти|Поті|GE|Asia/Tbilisi|c
    Rustavi|Рустави|Руставі|GE|Asia/Tbilisi|c
    Vanadzor|Ванадзор|Ванадзор|AM|Asia/Yerevan|c
    Turkmenbashi|Туркменбаши|Туркменбаші|TM|Asia/Ashgabat|c
    Turkmenabat|Туркменабат|Туркменабат|TM|Asia/Ashgabat|c
    Bukhara|Бухара|Бухара|UZ|Asia/Tashkent|c
    Khiva|Хива|Хіва|UZ|Asia/Tashkent|c
    Nukus|Нукус|Нукус|UZ|Asia/Tashkent|c
    Namangan|Наманган|Наманган|UZ|Asia/Tashkent|c
    Andijan|Андижан|Андижан|UZ|Asia/Tashkent|c
    Fergana|Фергана|Фергана|UZ|Asia/Tashkent|c
    Termez|Термез|Термез|UZ|Asia/Tashkent|c
    Osh|Ош|Ош|KG|Asia/Bishkek|c
    Jalal-Abad|Джалал-Абад|Джалал-Абад|KG|Asia/Bishkek|c
    Karakol|Каракол|Каракол|KG|Asia/Bishkek|c
    Toktogul|=Токтогул|=Токтогул|KG|Asia/Bishkek|c
    Khujand|Худжанд|Худжанд|TJ|Asia/Dushanbe|c
    Shymkent|Шымкент|Шимкент|KZ|Asia/Almaty|c
    Karaganda;Karagandy|Караганда|Караганда|KZ|Asia/Almaty|c
    Aktau|Актау|Актау|KZ|Asia/Aqtau|c
    Atyrau|Атырау|Атирау|KZ|Asia/Atyrau|c
    Aktobe|Актобе|Актобе|KZ|Asia/Aqtobe|c
    Pavlodar|Павлодар|Павлодар|KZ|Asia/Almaty|c
    Oskemen;Ust-Kamenogorsk|Усть-Каменогорск|Усть-Каменогорськ|KZ|Asia/Almaty|c
    Kostanay|Костанай|Костанай|KZ|Asia/Qostanay|c
    Taraz|Тараз|Тараз|KZ|Asia/Almaty|c
    Baikonur|Байконур|Байконур|KZ|Asia/Qyzylorda|c
    Khorgos|Хоргос|Хоргос|KZ|Asia/Almaty|c
    Balti;Bălți|Бельцы|Бєльці|MD|Europe/Chisinau|c
    Constanta;Constanța|Констанца|Констанца|RO|Europe/Bucharest|c
    Galati;Galați|Галац|Галац|RO|Europe/Bucharest|c
    Iasi;Iași|Яссы|Ясси|RO|Europe/Bucharest|c
    Varna|Варна|Варна|BG|Europe/Sofia|c
    Burgas|Бургас|Бургас|BG|Europe/Sofia|c
    Plovdiv|Пловдив|Пловдив|BG|Europe/Sofia|c
    Thessaloniki|Салоники|Салоніки|GR|Europe/Athens|c
    Piraeus|Пирей|Пірей|GR|Europe/Athens|c
    Alexandroupolis|Александруполис|Александруполіс|GR|Europe/Athens|c
    Rijeka|Риека|Рієка|HR|Europe/Zagreb|c
    Koper|Копер|Копер|SI|Europe/Ljubljana|c
    Trieste|Триест|Трієст|IT|Europe/Rome|c
    Genoa|Генуя|Генуя|IT|Europe/Rome|c
    Turin|Турин|Турин|IT|Europe/Rome|c
    Bologna|Болонья|Болонья|IT|Europe/Rome|c
    Palermo|Палермо|Палермо|IT|Europe/Rome|c
    Valencia|Валенсия|Валенсія|ES|Europe/Madrid|c
    Seville|Севилья|Севілья|ES|Europe/Madrid|c
    Bilbao|Бильбао|Більбао|ES|Europe/Madrid|c
    Porto|=Порту|=Порту|PT|Europe/Lisbon|c
    Sines|=Синеш|=Сінеш|PT|Europe/Lisbon|c
    Bordeaux|Бордо|Бордо|FR|Europe/Paris|c
    Toulouse|Тулуза|Тулуза|FR|Europe/Paris|c
    Antwerp|Антверпен|Антверпен|BE|Europe/Brussels|c
    Bremen|Бремен|Бремен|DE|Europe/Berlin|c
    Stuttgart|Штутгарт|Штутгарт|DE|Europe/Berlin|c
    Dusseldorf;Düsseldorf|Дюссельдорф|Дюссельдорф|DE|Europe/Berlin|c
    Hanover;Hannover|Ганновер|Ганновер|DE|Europe/Berlin|c
    Rostock|Росток|Росток|DE|Europe/Berlin|c
    Gothenburg|Гетеборг|Гетеборг|SE|Europe/Stockholm|c
    Malmo;Malmö|Мальме|Мальме|SE|Europe/Stockholm|c
    Bergen|Берген|Берген|NO|Europe/Oslo|c
    Stavanger|Ставангер|Ставангер|NO|Europe/Oslo|c
    Tromso;Tromsø|Тромсе|Тромсе|NO|Europe/Oslo|c
    Kirkenes|Киркенес|Кіркенес|NO|Europe/Oslo|c
    Trondheim|Тронхейм|Тронгейм|NO|Europe/Oslo|c
    Longyearbyen|Лонгйир|Лонг'їр|NO|Arctic/Longyearbyen|c
    Aarhus|Орхус|Орхус|DK|Europe/Copenhagen|c
    Turku|Турку|Турку|FI|Europe/Helsinki|c
    Tampere|Тампере|Тампере|FI|Europe/Helsinki|c
    Kotka|Котка|Котка|FI|Europe/Helsinki|c
    Lappeenranta|Лаппеенранта|Лаппеенранта|FI|Europe/Helsinki|c
    Gdynia|Гдыня|Гдиня|PL|Europe/Warsaw|c
    Szczecin|Щецин|Щецин|PL|Europe/Warsaw|c
    Wroclaw;Wrocław|Вроцлав|Вроцлав|PL|Europe/Warsaw|c
    Poznan;Poznań|Познань|Познань|PL|Europe/Warsaw|c
    Lodz;Łódź|Лодзь|Лодзь|PL|Europe/Warsaw|c
    Katowice|Катовице|Катовіце|PL|Europe/Warsaw|c
    Przemysl;Przemyśl|Пшемысль|Перемишль|PL|Europe/Warsaw|c
    Chelm;Chełm|Хелм|Холм|PL|Europe/Warsaw|c
    Brno|Брно|Брно|CZ|Europe/Prague|c
    Ostrava|Острава|Острава|CZ|Europe/Prague|c
    Poprad|Попрад|Попрад|SK|Europe/Bratislava|c
    Kosice;Košice|=Кошице|=Кошиці;=Кошиць;=Кошицях;=Кошицям;=Кошицями|SK|Europe/Bratislava|c
    Debrecen|Дебрецен|Дебрецен|HU|Europe/Budapest|c
    Szeged|Сегед|Сегед|HU|Europe/Budapest|c
    Graz|Грац|Грац|AT|Europe/Vienna|c
    Linz|Линц|Лінц|AT|Europe/Vienna|c
    Innsbruck|Инсбрук|Інсбрук|AT|Europe/Vienna|c
    Nis;Niš|Ниш|Ніш|RS|Europe/Belgrade|c
    Banja Luka|Баня-Лука|Баня-Лука|BA|Europe/Sarajevo|c
    Durres;Durrës|Дуррес|Дуррес|AL|Europe/Tirane|c
    Ohrid|Охрид|Охрид|MK|Europe/Skopje|c
    Klaipeda;Klaipėda|Клайпеда|Клайпеда|LT|Europe/Vilnius|c
    Kaunas|Каунас|Каунас|LT|Europe/Vilnius|c
    Siauliai;Šiauliai|Шяуляй|Шяуляй|LT|Europe/Vilnius|c
    Liepaja;Liepāja|Лиепая|Лієпая|LV|Europe/Riga|c
    Ventspils|Вентспилс|Вентспілс|LV|Europe/Riga|c
    Daugavpils|Даугавпилс|Даугавпілс|LV|Europe/Riga|c
    Narva|Нарва|Нарва|EE|Europe/Tallinn|c
    Tartu|Тарту|Тарту|EE|Europe/Tallinn|c
    Parnu;Pärnu|Пярну|Пярну|EE|Europe/Tallinn|c
    Virtsu|=Виртсу|=Віртсу|EE|Europe/Tallinn|c
    Kuivastu|=Куйвасту|=Куйвасту|EE|Europe/Tallinn|c
    Paldiski|=Палдиски|=Палдіскі|EE|Europe/Tallinn|c
    Ust-Luga|Усть-Луга|Усть-Луга|RU|Europe/Moscow|c
    Primorsk|Приморск|Приморськ|RU|Europe/Moscow|c
    Vyborg|Выборг|Виборг|RU|Europe/Moscow|c
    Taganrog|Таганрог|Таганрог|RU|Europe/Moscow|c
    Tuapse|=Туапсе|=Туапсе|RU|Europe/Moscow|c
    Anapa|Анапа|Анапа|RU|Europe/Moscow|c
    Kerch|Керчь|Керч|UA|Europe/Simferopol|c
    Feodosia;Feodosiya|Феодосия|Феодосія|UA|Europe/Simferopol|c
    Yalta|Ялта|Ялта|UA|Europe/Simferopol|c
    Berdyansk|Бердянск|Бердянськ|UA|Europe/Kyiv|c
    Melitopol|Мелитополь|Мелітополь|UA|Europe/Kyiv|c
    Enerhodar;Energodar|Энергодар|Енергодар|UA|Europe/Kyiv|c
    Nikopol|Никополь|Нікополь|UA|Europe/Kyiv|c
    Kramatorsk|Краматорск|Краматорськ|UA|Europe/Kyiv|c
    Sloviansk;Slavyansk|Славянск|Слов'янськ|UA|Europe/Kyiv|c
    Kremenchuk|Кременчуг|Кременчук|UA|Europe/Kyiv|c
    Cherkasy|=Черкассы;=Черкасс;=Черкассах|=Черкаси;=Черкас;=Черкасах|UA|Europe/Kyiv|c
    Rivne;Rovno|Ровно|Рівне|UA|Europe/Kyiv|c
    Lutsk|Луцк|Луцьк|UA|Europe/Kyiv|c
    Ternopil|Тернополь|Тернопіль|UA|Europe/Kyiv|c
    Ivano-Frankivsk|Ивано-Франковск|Івано-Франківськ|UA|Europe/Kyiv|c
    Chernivtsi|=Черновцы;=Черновцах|=Чернівці;=Чернівцях|UA|Europe/Kyiv|c
    Izmail|Измаил|Ізмаїл|UA|Europe/Kyiv|c
    Reni|=Рени|=Рені|UA|Europe/Kyiv|c
    Pivdennyi;Yuzhny|Южный|Південний|UA|Europe/Kyiv|c
    Chornomorsk|Черноморск|Чорноморськ|UA|Europe/Kyiv|c
    Nakhodka|Находка|Находка|RU|Asia/Vladivostok|c
    Vanino|=Ванино|=Ваніно|RU|Asia/Vladivostok|c
    Korsakov|Корсаков|Корсаков|RU|Asia/Sakhalin|c
    Sabetta|Сабетта|Сабетта|RU|Asia/Yekaterinburg|c
    Dudinka|Дудинка|Дудінка|RU|Asia/Krasnoyarsk|c
    Pevek|Певек|Певек|RU|Asia/Magadan|c
    Ulan-Ude|Улан-Удэ|Улан-Уде|RU|Asia/Irkutsk|c
    Blagoveshchensk|Благовещенск|Благовєщенськ|RU|Asia/Yakutsk|c
    Komsomolsk-on-Amur|Комсомольск-на-Амуре|Комсомольськ-на-Амурі|RU|Asia/Vladivostok|c
    Vorkuta|Воркута|Воркута|RU|Europe/Moscow|c
    Salekhard|Салехард|Салехард|RU|Asia/Yekaterinburg|c
    Surgut|Сургут|Сургут|RU|Asia/Yekaterinburg|c
    Kemerovo|=Кемерово|=Кемерово|RU|Asia/Novokuznetsk|c
    Izhevsk|Ижевск|Іжевськ|RU|Europe/Samara|c
    Cheboksary|=Чебоксары;=Чебоксарах|=Чебоксари;=Чебоксарах|RU|Europe/Moscow|c
    Penza|Пенза|Пенза|RU|Europe/Moscow|c
    Lipetsk|Липецк|Липецьк|RU|Europe/Moscow|c
    Vologda|Вологда|Вологда|RU|Europe/Moscow|c
    Cherepovets|=Череповец;=Череповце;=Череповца|=Череповець;=Череповці;=Череповця|RU|Europe/Moscow|c
    Derbent|Дербент|Дербент|RU|Europe/Moscow|c
    Pyatigorsk|Пятигорск|П'ятигорськ|RU|Europe/Moscow|c
    Mineralnye Vody|=Минеральные Воды;=Минеральных Водах|=Мінеральні Води;=Мінеральних Водах|RU|Europe/Moscow|c
    """
}
