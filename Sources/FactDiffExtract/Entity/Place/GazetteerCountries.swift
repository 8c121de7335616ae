import FactDiffModel

extension Gazetteer {
  /// Countries and territories, generated from ICU display names and edited by hand.
  /// Columns: English names (the first is the canonical one) | Russian nominatives | Ukrainian nominatives |
  /// ISO country | IANA zone | kind (k country, c city, r region, w water). Russian and Ukrainian names are
  /// declined by rule (`EntityDeclension`); a name written `=form` is taken as it stands.
  static let countryTable = """
    Andorra|Андорра|Андорра|AD|Europe/Andorra|k
    United Arab Emirates;UAE;Emirates|Объединенные Арабские Эмираты;=ОАЭ;Эмираты|Об'єднані Арабські Емірати;=ОАЕ;Емірати|AE|Asia/Dubai|k
    Afghanistan|Афганистан|Афганістан|AF|Asia/Kabul|k
    Antigua and Barbuda|=Антигуа и Барбуда|=Антигуа і Барбуда|AG|America/Antigua|k
    Albania|Албания|Албанія|AL|Europe/Tirane|k
    Armenia|Армения|Вірменія|AM|Asia/Yerevan|k
    Angola|Ангола|Ангола|AO|Africa/Luanda|k
    Argentina|Аргентина|Аргентина|AR|America/Argentina/Buenos_Aires|k
    Austria|Австрия|Австрія|AT|Europe/Vienna|k
    Australia|Австралия|Австралія|AU||k
    Azerbaijan|Азербайджан|Азербайджан|AZ|Asia/Baku|k
    Bosnia and Herzegovina;Bosnia|=Босния и Герцеговина;=Боснии и Герцеговине;=Боснии и Герцеговины;Босния|=Боснія і Герцеговина;Боснія|BA|Europe/Sarajevo|k
    Barbados|Барбадос|Барбадос|BB|America/Barbados|k
    Bangladesh|Бангладеш|Бангладеш|BD|Asia/Dhaka|k
    Belgium|Бельгия|Бельгія|BE|Europe/Brussels|k
    Burkina Faso|Буркина-Фасо|Буркіна-Фасо|BF|Africa/Ouagadougou|k
    Bulgaria|Болгария|Болгарія|BG|Europe/Sofia|k
    Bahrain|Бахрейн|Бахрейн|BH|Asia/Bahrain|k
    Burundi|Бурунди|Бурунді|BI|Africa/Bujumbura|k
    Benin|Бенин|Бенін|BJ|Africa/Porto-Novo|k
    Brunei|Бруней|Бруней|BN|Asia/Brunei|k
    Bolivia|Боливия|Болівія|BO|America/La_Paz|k
    Brazil|Бразилия|Бразилія|BR||k
    Bahamas|Багамы;=Багамские Острова|=Багамські Острови;Багами|BS|America/Nassau|k
    Bhutan|Бутан|Бутан|BT|Asia/Thimphu|k
    Botswana|Ботсвана|Ботсвана|BW|Africa/Gaborone|k
    Belarus;Byelorussia|Белоруссия;Беларусь|Білорусь;Бєларусь|BY|Europe/Minsk|k
    Belize|Белиз|Беліз|BZ|America/Belize|k
    Canada|Канада|Канада|CA||k
    Democratic Republic of the Congo;DR Congo;DRC|=Демократическая Республика Конго;=ДР Конго|=Демократична Республіка Конго;=ДР Конго|CD|Africa/Kinshasa|k
    Central African Republic;CAR|=Центральноафриканская Республика;=ЦАР|=Центральноафриканська Республіка;=ЦАР|CF|Africa/Bangui|k
    Republic of the Congo;Congo|=Республика Конго;=Конго|=Республіка Конго;=Конго|CG|Africa/Brazzaville|k
    Switzerland|Швейцария|Швейцарія|CH|Europe/Zurich|k
    Ivory Coast;Côte d'Ivoire;Cote d'Ivoire|=Кот-д'Ивуар|=Кот-д'Івуар|CI|Africa/Abidjan|k
    Chile|Чили|Чилі|CL|America/Santiago|k
    Cameroon|Камерун|Камерун|CM|Africa/Douala|k
    China;PRC|Китай;=КНР|Китай;=КНР|CN|Asia/Shanghai|k
    Colombia|Колумбия|Колумбія|CO|America/Bogota|k
    Costa Rica|Коста-Рика|Коста-Рика|CR|America/Costa_Rica|k
    Cuba|Куба|Куба|CU|America/Havana|k
    Cape Verde;Cabo Verde|=Кабо-Верде|=Кабо-Верде|CV|Atlantic/Cape_Verde|k
    Cyprus|Кипр|Кіпр|CY|Asia/Nicosia|k
    Czech Republic;Czechia|Чехия|Чехія|CZ|Europe/Prague|k
    Germany|Германия|Німеччина|DE|Europe/Berlin|k
    Djibouti|Джибути|Джибуті|DJ|Africa/Djibouti|k
    Denmark|Дания|Данія|DK|Europe/Copenhagen|k
    Dominica|Доминика|Домініка|DM|America/Dominica|k
    Dominican Republic|=Доминиканская Республика;Доминикана|=Домініканська Республіка|DO|America/Santo_Domingo|k
    Algeria|Алжир|Алжир|DZ|Africa/Algiers|k
    Ecuador|Эквадор|Еквадор|EC|America/Guayaquil|k
    Estonia|Эстония|Естонія|EE|Europe/Tallinn|k
    Egypt|=Египет;=Египта;=Египту;=Египтом;=Египте|=Єгипет;=Єгипту;=Єгиптом;=Єгипті|EG|Africa/Cairo|k
    Eritrea|Эритрея|Еритрея|ER|Africa/Asmara|k
    Spain|Испания|Іспанія|ES|Europe/Madrid|k
    Ethiopia|Эфиопия|Ефіопія|ET|Africa/Addis_Ababa|k
    Finland|Финляндия|Фінляндія|FI|Europe/Helsinki|k
    Fiji|Фиджи|Фіджі|FJ|Pacific/Fiji|k
    Micronesia|Микронезия|Мікронезія|FM|Pacific/Pohnpei|k
    France|Франция|Франція|FR|Europe/Paris|k
    Gabon|Габон|Габон|GA|Africa/Libreville|k
    United Kingdom;Britain;Great Britain;UK|Великобритания;Британия;Соединенное Королевство|Велика Британія;Британія;Сполучене Королівство|GB|Europe/London|k
    Grenada|Гренада|Гренада|GD|America/Grenada|k
    Georgia|Грузия|Грузія|GE|Asia/Tbilisi|k
    Ghana|Гана|Гана|GH|Africa/Accra|k
    Gambia|Гамбия|Гамбія|GM|Africa/Banjul|k
    Guinea|Гвинея|Гвінея|GN|Africa/Conakry|k
    Equatorial Guinea|Экваториальная Гвинея|Екваторіальна Гвінея|GQ|Africa/Malabo|k
    Greece|Греция|Греція|GR|Europe/Athens|k
    Guatemala|Гватемала|Гватемала|GT|America/Guatemala|k
    Guinea-Bissau|Гвинея-Бисау|Гвінея-Бісау|GW|Africa/Bissau|k
    Guyana|Гайана|Гаяна|GY|America/Guyana|k
    Honduras|Гондурас|Гондурас|HN|America/Tegucigalpa|k
    Croatia|Хорватия|Хорватія|HR|Europe/Zagreb|k
    Haiti|Гаити|Гаїті|HT|America/Port-au-Prince|k
    Hungary|Венгрия|Угорщина|HU|Europe/Budapest|k
    Indonesia|Индонезия|Індонезія|ID||k
    Ireland|Ирландия|Ірландія|IE|Europe/Dublin|k
    Israel|Израиль|Ізраїль|IL|Asia/Jerusalem|k
    India|Индия|Індія|IN|Asia/Kolkata|k
    Iraq|Ирак|Ірак|IQ|Asia/Baghdad|k
    Iran|Иран|Іран|IR|Asia/Tehran|k
    Iceland|Исландия|Ісландія|IS|Atlantic/Reykjavik|k
    Italy|Италия|Італія|IT|Europe/Rome|k
    Jamaica|Ямайка|Ямайка|JM|America/Jamaica|k
    Jordan|Иордания|Йорданія|JO|Asia/Amman|k
    Japan|Япония|Японія|JP|Asia/Tokyo|k
    Kenya|Кения|Кенія|KE|Africa/Nairobi|k
    Kyrgyzstan;Kirghizia|Киргизия;Кыргызстан;Киргизстан|Киргизстан;Киргизія;Киргизтан|KG|Asia/Bishkek|k
    Cambodia|Камбоджа|Камбоджа|KH|Asia/Phnom_Penh|k
    Kiribati|Кирибати|Кірибаті|KI|Pacific/Tarawa|k
    Comoros|=Коморские Острова;Коморы|=Коморські Острови;Комори|KM|Indian/Comoro|k
    Saint Kitts and Nevis|=Сент-Китс и Невис|=Сент-Кітс і Невіс|KN|America/St_Kitts|k
    North Korea;DPRK|=КНДР;Северная Корея|=КНДР;Північна Корея|KP|Asia/Pyongyang|k
    South Korea;Republic of Korea;Korea|Южная Корея;=Республика Корея;=Республики Корея;Корея|Південна Корея;=Республіка Корея;Корея|KR|Asia/Seoul|k
    Kuwait|Кувейт|Кувейт|KW|Asia/Kuwait|k
    Kazakhstan|Казахстан|Казахстан|KZ||k
    Laos|Лаос|Лаос|LA|Asia/Vientiane|k
    Lebanon|Ливан|Ліван|LB|Asia/Beirut|k
    Saint Lucia|=Сент-Люсия|=Сент-Люсія|LC|America/St_Lucia|k
    Liechtenstein|Лихтенштейн|Ліхтенштейн|LI|Europe/Vaduz|k
    Sri Lanka|Шри-Ланка|Шрі-Ланка|LK|Asia/Colombo|k
    Liberia|Либерия|Ліберія|LR|Africa/Monrovia|k
    Lesotho|Лесото|Лесото|LS|Africa/Maseru|k
    Lithuania|Литва|Литва|LT|Europe/Vilnius|k
    Luxembourg|Люксембург|Люксембург|LU|Europe/Luxembourg|k
    Latvia|Латвия|Латвія|LV|Europe/Riga|k
    Libya|Ливия|Лівія|LY|Africa/Tripoli|k
    Morocco|Марокко|Марокко|MA|Africa/Casablanca|k
    Monaco|Монако|Монако|MC|Europe/Monaco|k
    Moldova;Moldavia|Молдавия;Молдова|Молдова;Молдавія|MD|Europe/Chisinau|k
    Montenegro|Черногория|Чорногорія|ME|Europe/Podgorica|k
    Madagascar|Мадагаскар|Мадагаскар|MG|Indian/Antananarivo|k
    Marshall Islands|=Маршалловы Острова|=Маршаллові Острови|MH|Pacific/Majuro|k
    North Macedonia;Macedonia|Северная Македония;Македония|Північна Македонія;Македонія|MK|Europe/Skopje|k
    Mali|Мали|Малі|ML|Africa/Bamako|k
    Myanmar;Burma|=Мьянма;Бирма|=М'янма;Бірма|MM|Asia/Yangon|k
    Mongolia|Монголия|Монголія|MN|Asia/Ulaanbaatar|k
    Mauritania|Мавритания|Мавританія|MR|Africa/Nouakchott|k
    Malta|Мальта|Мальта|MT|Europe/Malta|k
    Mauritius|Маврикий|Маврикій|MU|Indian/Mauritius|k
    Maldives|Мальдивы|Мальдіви|MV|Indian/Maldives|k
    Malawi|Малави|Малаві|MW|Africa/Blantyre|k
    Mexico|Мексика|Мексика|MX||k
    Malaysia|Малайзия|Малайзія|MY|Asia/Kuala_Lumpur|k
    Mozambique|Мозамбик|Мозамбік|MZ|Africa/Maputo|k
    Namibia|Намибия|Намібія|NA|Africa/Windhoek|k
    Niger|Нигер|Нігер|NE|Africa/Niamey|k
    Nigeria|Нигерия|Нігерія|NG|Africa/Lagos|k
    Nicaragua|Никарагуа|Нікарагуа|NI|America/Managua|k
    Netherlands;Holland|Нидерланды;Голландия|Нідерланди;Голландія|NL|Europe/Amsterdam|k
    Norway|Норвегия|Норвегія|NO|Europe/Oslo|k
    Nepal|Непал|Непал|NP|Asia/Kathmandu|k
    Nauru|Науру|Науру|NR|Pacific/Nauru|k
    New Zealand|Новая Зеландия|Нова Зеландія|NZ|Pacific/Auckland|k
    Oman|Оман|Оман|OM|Asia/Muscat|k
    Panama|Панама|Панама|PA|America/Panama|k
    Peru|Перу|Перу|PE|America/Lima|k
    Papua New Guinea|=Папуа — Новая Гвинея;=Папуа-Новая Гвинея|=Папуа-Нова Гвінея|PG|Pacific/Port_Moresby|k
    Philippines|Филиппины|Філіппіни|PH|Asia/Manila|k
    Pakistan|Пакистан|Пакистан|PK|Asia/Karachi|k
    Poland|Польша|Польща|PL|Europe/Warsaw|k
    Palestine;Palestinian Territories|Палестина|Палестина|PS|Asia/Gaza|k
    Portugal|Португалия|Португалія|PT|Europe/Lisbon|k
    Palau|Палау|Палау|PW|Pacific/Palau|k
    Paraguay|Парагвай|Парагвай|PY|America/Asuncion|k
    Qatar|Катар|Катар|QA|Asia/Qatar|k
    Romania|Румыния|Румунія|RO|Europe/Bucharest|k
    Serbia|Сербия|Сербія|RS|Europe/Belgrade|k
    Russia;Russian Federation|Россия;=РФ;Российская Федерация|Росія;=РФ;Російська Федерація|RU||k
    Rwanda|Руанда|Руанда|RW|Africa/Kigali|k
    Saudi Arabia|Саудовская Аравия|Саудівська Аравія|SA|Asia/Riyadh|k
    Solomon Islands|=Соломоновы Острова|=Соломонові Острови|SB|Pacific/Guadalcanal|k
    Seychelles|=Сейшельские Острова;Сейшелы|=Сейшельські Острови|SC|Indian/Mahe|k
    Sudan|Судан|Судан|SD|Africa/Khartoum|k
    Sweden|Швеция|Швеція|SE|Europe/Stockholm|k
    Singapore|Сингапур|Сінгапур|SG|Asia/Singapore|k
    Slovenia|Словения|Словенія|SI|Europe/Ljubljana|k
    Slovakia|Словакия|Словаччина|SK|Europe/Bratislava|k
    Sierra Leone|Сьерра-Леоне|Сьєрра-Леоне|SL|Africa/Freetown|k
    San Marino|Сан-Марино|Сан-Марино|SM|Europe/San_Marino|k
    Senegal|Сенегал|Сенегал|SN|Africa/Dakar|k
    Somalia|Сомали|Сомалі|SO|Africa/Mogadishu|k
    Suriname|Суринам|Суринам|SR|America/Paramaribo|k
    South Sudan|Южный Судан|Південний Судан|SS|Africa/Juba|k
    Sao Tome and Principe;São Tomé and Príncipe|=Сан-Томе и Принсипи|=Сан-Томе і Принсіпі|ST|Africa/Sao_Tome|k
    El Salvador|Сальвадор|Сальвадор|SV|America/El_Salvador|k
    Syria|Сирия|Сирія|SY|Asia/Damascus|k
    Eswatini;Swaziland|=Эсватини;Свазиленд|=Есватіні;Свазіленд|SZ|Africa/Mbabane|k
    Chad|Чад|Чад|TD|Africa/Ndjamena|k
    Togo|Того|Того|TG|Africa/Lome|k
    Thailand|Таиланд|Таїланд|TH|Asia/Bangkok|k
    Tajikistan|Таджикистан|Таджикистан|TJ|Asia/Dushanbe|k
    East Timor;Timor-Leste|Восточный Тимор|=Тимор-Лешті;Східний Тимор|TL|Asia/Dili|k
    Turkmenistan|Туркменистан|Туркменістан|TM|Asia/Ashgabat|k
    Tunisia|Тунис|Туніс|TN|Africa/Tunis|k
    Tonga|Тонга|Тонга|TO|Pacific/Tongatapu|k
    Turkey;Türkiye;Turkiye|Турция|Туреччина|TR|Europe/Istanbul|k
    Trinidad and Tobago|=Тринидад и Тобаго|=Тринідад і Тобаго|TT|America/Port_of_Spain|k
    Tuvalu|Тувалу|Тувалу|TV|Pacific/Funafuti|k
    Taiwan|Тайвань|Тайвань|TW|Asia/Taipei|k
    Tanzania|Танзания|Танзанія|TZ|Africa/Dar_es_Salaam|k
    Ukraine|Украина|Україна|UA|Europe/Kyiv|k
    Uganda|Уганда|Уганда|UG|Africa/Kampala|k
    United States;USA;United States of America;America|=США;Соединенные Штаты;=Соединенные Штаты Америки;=Соединенных Штатов Америки;Америка|=США;Сполучені Штати;=Сполучені Штати Америки;=Сполучених Штатів Америки;Америка|US||k
    Uruguay|Уругвай|Уругвай|UY|America/Montevideo|k
    Uzbekistan|Узбекистан|Узбекистан|UZ|Asia/Tashkent|k
    Vatican;Vatican City;Holy See|Ватикан|Ватикан|VA|Europe/Vatican|k
    Saint Vincent and the Grenadines|=Сент-Винсент и Гренадины|=Сент-Вінсент і Гренадіни|VC|America/St_Vincent|k
    Venezuela|Венесуэла|Венесуела|VE|America/Caracas|k
    Vietnam;Viet Nam|Вьетнам|В'єтнам|VN|Asia/Ho_Chi_Minh|k
    Vanuatu|Вануату|Вануату|VU|Pacific/Efate|k
    Samoa|Самоа|Самоа|WS|Pacific/Apia|k
    Kosovo|=Косово|=Косово|XK|Europe/Belgrade|k
    Yemen|Йемен|Ємен|YE|Asia/Aden|k
    South Africa|=ЮАР;Южно-Африканская Республика;Южная Африка|=ПАР;Південно-Африканська Республіка;Південна Африка|ZA|Africa/Johannesburg|k
    Zambia|Замбия|Замбія|ZM|Africa/Lusaka|k
    Zimbabwe|Зимбабве|Зімбабве|ZW|Africa/Harare|k
    """
}
