import FactDiffModel

extension Gazetteer {
  /// Capitals and major cities (ICU exemplar cities of the time zone database, edited by hand).
  /// Columns: English names (the first is the canonical one) | Russian nominatives | Ukrainian nominatives |
  /// ISO country | IANA zone | kind (k country, c city, r region, w water). Russian and Ukrainian names are
  /// declined by rule (`EntityDeclension`); a name written `=form` is taken as it stands.
  static let cityTable = """
    Dubai|Дубай|Дубай|AE|Asia/Dubai|c
    Kabul|Кабул|Кабул|AF|Asia/Kabul|c
    Tirana;Tirane|Тирана|Тирана|AL|Europe/Tirane|c
    Luanda|Луанда|Луанда|AO|Africa/Luanda|c
    Buenos Aires|Буэнос-Айрес|Буенос-Айрес|AR|America/Argentina/Buenos_Aires|c
    Vienna|Вена|=Відень;=Відня;=Відню;=Віднем;=Відні|AT|Europe/Vienna|c
    Melbourne|Мельбурн|Мельбурн|AU|Australia/Melbourne|c
    Sydney|Сидней|Сідней|AU|Australia/Sydney|c
    Brisbane|Брисбен|Брісбен|AU|Australia/Brisbane|c
    Adelaide|Аделаида|Аделаїда|AU|Australia/Adelaide|c
    Perth|Перт|Перт|AU|Australia/Perth|c
    Baku|Баку|Баку|AZ|Asia/Baku|c
    Sarajevo|Сараево|Сараєво|BA|Europe/Sarajevo|c
    Dhaka|=Дакка;=Дакке;=Дакки|=Дакка;=Дацці;=Дакки|BD|Asia/Dhaka|c
    Brussels|Брюссель|Брюссель|BE|Europe/Brussels|c
    Ouagadougou|Уагадугу|Уаґадуґу|BF|Africa/Ouagadougou|c
    Sofia|София|Софія|BG|Europe/Sofia|c
    Bujumbura|Бужумбура|Бужумбура|BI|Africa/Bujumbura|c
    Porto-Novo|Порто-Ново|Порто-Ново|BJ|Africa/Porto-Novo|c
    La Paz|Ла-Пас|Ла-Пас|BO|America/La_Paz|c
    Sao Paulo;São Paulo|Сан-Паулу|Сан-Паулу|BR|America/Sao_Paulo|c
    Nassau|Нассау|Насау|BS|America/Nassau|c
    Thimphu|Тхимпху|Тхімпху|BT|Asia/Thimphu|c
    Gaborone|Габороне|Ґабороне|BW|Africa/Gaborone|c
    Minsk|Минск|Мінськ|BY|Europe/Minsk|c
    Halifax|Галифакс|Галіфакс|CA|America/Halifax|c
    Toronto|Торонто|Торонто|CA|America/Toronto|c
    Winnipeg|Виннипег|Вінніпеґ|CA|America/Winnipeg|c
    Edmonton|Эдмонтон|Едмонтон|CA|America/Edmonton|c
    Vancouver|Ванкувер|Ванкувер|CA|America/Vancouver|c
    Kinshasa|Киншаса|Кіншаса|CD|Africa/Kinshasa|c
    Bangui|Банги|Банґі|CF|Africa/Bangui|c
    Brazzaville|Браззавиль|Браззавіль|CG|Africa/Brazzaville|c
    Zurich;Zürich|Цюрих|Цюрих|CH|Europe/Zurich|c
    Abidjan|Абиджан|Абіджан|CI|Africa/Abidjan|c
    Santiago|Сантьяго|Сантьяґо|CL|America/Santiago|c
    Shanghai|Шанхай|Шанхай|CN|Asia/Shanghai|c
    Bogota;Bogotá|Богота|Боґота|CO|America/Bogota|c
    Havana|Гавана|Гавана|CU|America/Havana|c
    Nicosia|Никосия|Нікосія|CY|Asia/Nicosia|c
    Prague|Прага|Прага|CZ|Europe/Prague|c
    Berlin|Берлин|Берлін|DE|Europe/Berlin|c
    Copenhagen|Копенгаген|Копенгаген|DK|Europe/Copenhagen|c
    Santo Domingo|=Санто-Доминго|=Санто-Домінго|DO|America/Santo_Domingo|c
    Algiers|Алжир|Алжир|DZ|Africa/Algiers|c
    Guayaquil|Гуаякиль|Ґуаякіль|EC|America/Guayaquil|c
    Tallinn|Таллин|Таллінн|EE|Europe/Tallinn|c
    Cairo|Каир|Каїр|EG|Africa/Cairo|c
    Asmara|Асмэра|Асмера|ER|Africa/Asmara|c
    Madrid|Мадрид|Мадрид|ES|Europe/Madrid|c
    Addis Ababa|Аддис-Абеба|Аддис-Абеба|ET|Africa/Addis_Ababa|c
    Helsinki|Хельсинки|Гельсінкі|FI|Europe/Helsinki|c
    Paris|Париж|Париж|FR|Europe/Paris|c
    Libreville|Либревиль|Лібревіль|GA|Africa/Libreville|c
    London|Лондон|Лондон|GB|Europe/London|c
    Tbilisi|=Тбилиси|=Тбілісі|GE|Asia/Tbilisi|c
    Cayenne|Кайенна|Каєнна|GF|America/Cayenne|c
    Accra|Аккра|Аккра|GH|Africa/Accra|c
    Banjul|Банжул|Банжул|GM|Africa/Banjul|c
    Conakry|Конакри|Конакрі|GN|Africa/Conakry|c
    Malabo|Малабо|Малабо|GQ|Africa/Malabo|c
    Athens|Афины|Афіни|GR|Europe/Athens|c
    Bissau|Бисау|Бісау|GW|Africa/Bissau|c
    Hong Kong|Гонконг|Гонконг|HK|Asia/Hong_Kong|c
    Tegucigalpa|Тегусигальпа|Теґусіґальпа|HN|America/Tegucigalpa|c
    Zagreb|Загреб|Загреб|HR|Europe/Zagreb|c
    Port-au-Prince|=Порт-о-Пренс|=Порт-о-Пренс|HT|America/Port-au-Prince|c
    Budapest|Будапешт|Будапешт|HU|Europe/Budapest|c
    Jakarta|Джакарта|Джакарта|ID|Asia/Jakarta|c
    Dublin|Дублин|Дублін|IE|Europe/Dublin|c
    Jerusalem|Иерусалим|Єрусалим|IL|Asia/Jerusalem|c
    Kolkata;Calcutta|Калькутта|Калькутта|IN|Asia/Kolkata|c
    Baghdad|Багдад|Багдад|IQ|Asia/Baghdad|c
    Tehran|Тегеран|Тегеран|IR|Asia/Tehran|c
    Reykjavik;Reykjavík|Рейкьявик|Рейк'явік|IS|Atlantic/Reykjavik|c
    Rome|Рим|Рим|IT|Europe/Rome|c
    Amman|Амман|Амман|JO|Asia/Amman|c
    Tokyo|Токио|Токіо|JP|Asia/Tokyo|c
    Nairobi|Найроби|Найробі|KE|Africa/Nairobi|c
    Bishkek|Бишкек|Бішкек|KG|Asia/Bishkek|c
    Phnom Penh|Пномпень|Пномпень|KH|Asia/Phnom_Penh|c
    Pyongyang|Пхеньян|Пхеньян|KP|Asia/Pyongyang|c
    Seoul|Сеул|Сеул|KR|Asia/Seoul|c
    Almaty;Alma-Ata|=Алматы;=Алма-Ата|=Алмати;=Алма-Ата|KZ|Asia/Almaty|c
    Vientiane|Вьентьян|В'єнтьян|LA|Asia/Vientiane|c
    Beirut|Бейрут|Бейрут|LB|Asia/Beirut|c
    Vaduz|Вадуц|Вадуц|LI|Europe/Vaduz|c
    Colombo|Коломбо|Коломбо|LK|Asia/Colombo|c
    Monrovia|Монровия|Монровія|LR|Africa/Monrovia|c
    Maseru|Масеру|Масеру|LS|Africa/Maseru|c
    Vilnius|Вильнюс|Вільнюс|LT|Europe/Vilnius|c
    Riga|Рига|Рига|LV|Europe/Riga|c
    Tripoli|Триполи|Триполі|LY|Africa/Tripoli|c
    Casablanca|Касабланка|Касабланка|MA|Africa/Casablanca|c
    Chisinau;Chișinău;Kishinev|Кишинев;=Кишинёв|Кишинів;=Кишиневі;=Кишинева;=Кишиневом;=Кишинёві|MD|Europe/Chisinau|c
    Podgorica|Подгорица|Подгориця|ME|Europe/Podgorica|c
    Skopje|Скопье|Скоп'є|MK|Europe/Skopje|c
    Bamako|Бамако|Бамако|ML|Africa/Bamako|c
    Yangon;Rangoon|Янгон|Янгон|MM|Asia/Yangon|c
    Ulaanbaatar;Ulan Bator|=Улан-Батор;=Улан-Баторе;=Улан-Батора|=Улан-Батор;=Улан-Баторі;=Улан-Батора|MN|Asia/Ulaanbaatar|c
    Macau;Macao|=Макао|=Макао|MO|Asia/Macau|c
    Nouakchott|Нуакшот|Нуакшотт|MR|Africa/Nouakchott|c
    Mexico City|=Мехико|=Мехіко|MX|America/Mexico_City|c
    Kuala Lumpur|Куала-Лумпур|Куала-Лумпур|MY|Asia/Kuala_Lumpur|c
    Maputo|Мапуту|Мапуту|MZ|Africa/Maputo|c
    Windhoek|Виндхук|Віндгук|NA|Africa/Windhoek|c
    Niamey|Ниамей|Ніамей|NE|Africa/Niamey|c
    Lagos|Лагос|Лаґос|NG|Africa/Lagos|c
    Managua|Манагуа|Манаґуа|NI|America/Managua|c
    Amsterdam|Амстердам|Амстердам|NL|Europe/Amsterdam|c
    Oslo|Осло|Осло|NO|Europe/Oslo|c
    Kathmandu|Катманду|Катманду|NP|Asia/Kathmandu|c
    Auckland|Окленд|Окленд|NZ|Pacific/Auckland|c
    Muscat|Маскат|Маскат|OM|Asia/Muscat|c
    Lima|Лима|Ліма|PE|America/Lima|c
    Manila|Манила|Маніла|PH|Asia/Manila|c
    Karachi|Карачи|Карачі|PK|Asia/Karachi|c
    Warsaw|Варшава|Варшава|PL|Europe/Warsaw|c
    Gaza|Газа|Газа|PS|Asia/Gaza|c
    Hebron|Хеврон|Хеврон|PS|Asia/Hebron|c
    Lisbon|Лиссабон|Лісабон|PT|Europe/Lisbon|c
    Asunción|Асунсьон|Асунсьйон|PY|America/Asuncion|c
    Bucharest|Бухарест|Бухарест|RO|Europe/Bucharest|c
    Belgrade|Белград|Белград|RS|Europe/Belgrade|c
    Kaliningrad|Калининград|Калінінград|RU|Europe/Kaliningrad|c
    Moscow|Москва|Москва|RU|Europe/Moscow|c
    Simferopol|Симферополь|Сімферополь|UA|Europe/Simferopol|c
    Kirov|Киров|Кіров|RU|Europe/Kirov|c
    Volgograd|Волгоград|Волгоград|RU|Europe/Volgograd|c
    Astrakhan|Астрахань|Астрахань|RU|Europe/Astrakhan|c
    Saratov|Саратов|Саратов|RU|Europe/Saratov|c
    Ulyanovsk|Ульяновск|Ульяновськ|RU|Europe/Ulyanovsk|c
    Samara|Самара|Самара|RU|Europe/Samara|c
    Yekaterinburg|Екатеринбург|Єкатеринбург|RU|Asia/Yekaterinburg|c
    Omsk|Омск|Омськ|RU|Asia/Omsk|c
    Novosibirsk|Новосибирск|Новосибірськ|RU|Asia/Novosibirsk|c
    Barnaul|Барнаул|Барнаул|RU|Asia/Barnaul|c
    Tomsk|Томск|Томськ|RU|Asia/Tomsk|c
    Novokuznetsk|Новокузнецк|Новокузнецьк|RU|Asia/Novokuznetsk|c
    Krasnoyarsk|Красноярск|Красноярськ|RU|Asia/Krasnoyarsk|c
    Irkutsk|Иркутск|Іркутськ|RU|Asia/Irkutsk|c
    Chita|Чита|Чита|RU|Asia/Chita|c
    Yakutsk|Якутск|Якутськ|RU|Asia/Yakutsk|c
    Vladivostok|Владивосток|Владивосток|RU|Asia/Vladivostok|c
    Magadan|Магадан|Магадан|RU|Asia/Magadan|c
    Yuzhno-Sakhalinsk|=Южно-Сахалинск;=Южно-Сахалинске;=Южно-Сахалинска|=Южно-Сахалінськ;=Южно-Сахалінську|RU|Asia/Sakhalin|c
    Petropavlovsk-Kamchatsky|=Петропавловск-Камчатский;=Петропавловске-Камчатском;=Петропавловска-Камчатского|=Петропавловськ-Камчатський;=Петропавловську-Камчатському|RU|Asia/Kamchatka|c
    Anadyr|Анадырь|Анадир|RU|Asia/Anadyr|c
    Kigali|Кигали|Кігалі|RW|Africa/Kigali|c
    Riyadh|Эр-Рияд|Ер-Ріяд|SA|Asia/Riyadh|c
    Khartoum|Хартум|Хартум|SD|Africa/Khartoum|c
    Stockholm|Стокгольм|Стокгольм|SE|Europe/Stockholm|c
    Ljubljana|Любляна|Любляна|SI|Europe/Ljubljana|c
    Bratislava|Братислава|Братислава|SK|Europe/Bratislava|c
    Freetown|Фритаун|Фрітаун|SL|Africa/Freetown|c
    Dakar|Дакар|Дакар|SN|Africa/Dakar|c
    Mogadishu|Могадишо|Моґадішо|SO|Africa/Mogadishu|c
    Paramaribo|Парамарибо|Парамарибо|SR|America/Paramaribo|c
    Juba|Джуба|Джуба|SS|Africa/Juba|c
    São Tomé|Сан-Томе|Сан-Томе|ST|Africa/Sao_Tome|c
    Damascus|Дамаск|Дамаск|SY|Asia/Damascus|c
    Mbabane|Мбабане|Мбабане|SZ|Africa/Mbabane|c
    Ndjamena|Нджамена|Нджамена|TD|Africa/Ndjamena|c
    Lome|Ломе|Ломе|TG|Africa/Lome|c
    Bangkok|Бангкок|Бангкок|TH|Asia/Bangkok|c
    Dushanbe|Душанбе|Душанбе|TJ|Asia/Dushanbe|c
    Dili|Дили|Ділі|TL|Asia/Dili|c
    Ashgabat;Ashkhabad|Ашхабад|Ашгабат;Ашхабад|TM|Asia/Ashgabat|c
    Tunis|Тунис|Туніс|TN|Africa/Tunis|c
    Istanbul|Стамбул|Стамбул|TR|Europe/Istanbul|c
    Taipei|Тайбэй|Тайбей|TW|Asia/Taipei|c
    Dar es Salaam|=Дар-эс-Салам|=Дар-ес-Салам|TZ|Africa/Dar_es_Salaam|c
    Kyiv;Kiev|Киев|Київ|UA|Europe/Kyiv|c
    Kampala|Кампала|Кампала|UG|Africa/Kampala|c
    New York;New York City|Нью-Йорк|Нью-Йорк|US|America/New_York|c
    Detroit|Детройт|Детройт|US|America/Detroit|c
    Chicago|Чикаго|Чікаґо|US|America/Chicago|c
    Denver|Денвер|Денвер|US|America/Denver|c
    Phoenix|Финикс|Фінікс|US|America/Phoenix|c
    Los Angeles|Лос-Анджелес|Лос-Анджелес|US|America/Los_Angeles|c
    Anchorage|Анкоридж|Анкоридж|US|America/Anchorage|c
    Honolulu|Гонолулу|Гонолулу|US|Pacific/Honolulu|c
    Montevideo|Монтевидео|Монтевідео|UY|America/Montevideo|c
    Samarkand|Самарканд|Самарканд|UZ|Asia/Samarkand|c
    Tashkent|Ташкент|Ташкент|UZ|Asia/Tashkent|c
    """
}
