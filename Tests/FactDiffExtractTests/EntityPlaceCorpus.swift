import FactDiffModel

/// Places in every case form and spelling, datelines, venues, and words that are no places.
enum EntityPlaceCorpus {
  static let english = EntityCorpus(
    name: "places-en", language: .en,
    entries: [
      (.place(text: "ISTANBUL", name: "Istanbul", dateline: true), ["ISTANBUL, Feb 27 — Talks began."]),
      (.place(text: "WASHINGTON", name: "Washington", dateline: true), ["WASHINGTON — Officials spoke by video link."]),
      (.place(text: "ANTALYA", name: "Antalya", dateline: true), ["ANTALYA, Turkey, April 17 — Firms signed deals."]),
      (.place(text: "Kyiv", name: "Kyiv", dateline: false), ["Officials in Kyiv said nothing."]),
      (.place(text: "Kiev", name: "Kyiv"), ["Officials in Kiev said nothing."]),
      // Names written with their own letters: Lwów, São Paulo, Bogotá.
      (.place(text: "Lwów", name: "Lviv"), ["Trains will reach Lwów by 2027."]),
      (.place(text: "São Paulo", name: "Sao Paulo"), ["The forum opened in São Paulo on Monday."]),
      (.place(text: "Bogotá", name: "Bogota"), ["Talks resumed in Bogotá."]),
      (.place(text: "Odessa", name: "Odesa"), ["A ship left Odessa."]),
      (.place(text: "Odesa", name: "Odesa"), ["A ship left Odesa."]),
      (.place(text: "Chișinău", name: "Chisinau"), ["Talks in Chișinău began at ten."]),
      (.place(text: "Chisinau", name: "Chisinau"), ["Talks in Chisinau began at ten."]),
      (.place(text: "Riyadh", name: "Riyadh"), ["The delegation flew to Riyadh."]),
      (.place(text: "Jeddah", name: "Jeddah"), ["They last met in Jeddah."]),
      (.place(text: "Sochi", name: "Sochi"), ["The group last met in Sochi."]),
      (.place(text: "Geneva", name: "Geneva"), ["Talks moved to Geneva."]),
      (.place(text: "St Petersburg", name: "Saint Petersburg"), ["The corridor links St Petersburg with the Gulf."]),
      (.place(text: "Turkey", name: "Turkey"), ["Turkey's ports were closed.", "Exports to Turkey grew."]),
      (.place(text: "Saudi Arabia", name: "Saudi Arabia"), ["Russia and Saudi Arabia opened talks."]),
      (
        .venue("at the residence of the U.S. consul general"),
        [
          "Diplomats met on Thursday at the residence of the U.S. consul general in Istanbul."
        ]
      ),
      (
        .venue("at the Turkish Foreign Ministry"),
        ["In Ankara, the meeting at the Turkish Foreign Ministry ran for three hours."]
      ),
      (
        .noPlace,
        [
          "Turkish and Russian officials met.", "The Kremlin declined to comment.", "Officials did not say when.",
        ]
      ),
      (.place(text: "Salalah", name: "Salalah"), ["The commission sat in Salalah."]),
      (
        .place(text: "Ninh Thuan", name: "Ninh Thuan"),
        ["Plans for two power plants in Ninh Thuan were shelved in 2016."]
      ),
      (.place(text: "Astara", name: "Astara"), ["The gas would cross the border at Astara."]),
      (.place(text: "Tianjin", name: "Tianjin"), ["Leaders meet in Tianjin at the end of August."]),
      (.place(text: "Yaoundé", name: "Yaounde"), ["The envoy flew on to Yaoundé."]),
      (.place(text: "Klaipėda", name: "Klaipeda"), ["Freight moves through Klaipėda."]),
      (.place(text: "Istanbul", name: "Istanbul"), ["The U.S. consul general in Istanbul hosted the talks."]),
      (.place(text: "El Dabaa", name: "El Dabaa"), ["Work on the El Dabaa nuclear plant is delayed."]),
      (.place(text: "Virtsu", name: "Virtsu"), ["The ferry ran aground off the Estonian port of Virtsu."]),
      (.place(text: "High Tatras", name: "High Tatras"), ["Hikers were caught by snow in the High Tatras."]),
      (.place(text: "Sines", name: "Sines"), ["The plant will stand near the port of Sines, the minister said."]),
      (.noPlace, ["The Tatra truck maker hired new staff."]),
      (
        .place(text: "Rooppur", name: "Rooppur"),
        ["At talks held on Wednesday at the plant site in Rooppur, officials agreed."]
      ),
    ])

  static let russian = EntityCorpus(
    name: "places-ru", language: .ru,
    entries: [
      (.place(text: "СТАМБУЛ", name: "Istanbul", dateline: true), ["СТАМБУЛ, 27 февраля. Консультации начались."]),
      (.place(text: "Виртсу", name: "Virtsu"), ["Паром сел на мель у эстонского порта Виртсу."]),
      (.place(text: "Дакке", name: "Dhaka"), ["Переговоры прошли в Дакке."]),
      (.place(text: "Высоких Татрах", name: "High Tatras"), ["Туристов застигла метель в Высоких Татрах."]),
      (.place(text: "ЭР-РИЯД", name: "Riyadh", dateline: true), ["ЭР-РИЯД, 20 марта. Переговоры начались."]),
      (.place(text: "Стамбуле", name: "Istanbul", dateline: false), ["Консультации прошли в Стамбуле."]),
      (.place(text: "Эр-Рияде", name: "Riyadh"), ["Встреча прошла в Эр-Рияде."]),
      (.place(text: "Джидде", name: "Jeddah"), ["Предыдущая встреча прошла в Джидде."]),
      (.place(text: "Киеве", name: "Kyiv"), ["Об этом сообщили в Киеве."]),
      (.place(text: "Кишиневе", name: "Chisinau"), ["Переговоры прошли в Кишиневе."]),
      (.place(text: "Кишинёве", name: "Chisinau"), ["Переговоры прошли в Кишинёве."]),
      (.place(text: "Анталье", name: "Antalya"), ["Форум прошел в Анталье."]),
      (.place(text: "Одессы", name: "Odesa"), ["Судно вышло из Одессы."]),
      (.place(text: "Астрахани", name: "Astrakhan"), ["Раунд прошел в Астрахани."]),
      (.place(text: "Казани", name: "Kazan"), ["Совещание прошло в Казани."]),
      (.place(text: "Баку", name: "Baku"), ["Переговоры прошли в Баку."]),
      (.place(text: "Минске", name: "Minsk"), ["Протокол подписали в Минске."]),
      (.place(text: "Белград", name: "Belgrade"), ["Он прибыл в Белград."]),
      (.place(text: "Белграде", name: "Belgrade"), ["Он провел переговоры в Белграде."]),
      (.place(text: "Сочи", name: "Sochi"), ["Заседание состоялось в Сочи."]),
      (.place(text: "Женеве", name: "Geneva"), ["Встреча пройдет в Женеве."]),
      (.place(text: "Саудовской Аравии", name: "Saudi Arabia"), ["Делегация Саудовской Аравии прибыла."]),
      (.place(text: "США", name: "United States"), ["Делегации России и США встретились."]),
      (
        .venue("в резиденции генерального консула США"),
        [
          "В Стамбуле встреча в резиденции генерального консула США началась в 10:00."
        ]
      ),
      (.noPlace, ["Российские и турецкие компании подписали соглашения.", "В МИД отказались от комментариев."]),
      (.place(text: "Салала", name: "Salalah"), ["Линия свяжет порты Дукм и Салала."]),
      (.place(text: "Астаре", name: "Astara"), ["Газ пойдет через границу в Астаре."]),
      (.place(text: "Кошице", name: "Kosice"), ["Линия пройдет из Кошице во Львов."]),
      (.place(text: "Египта", name: "Egypt"), ["Делегацию Египта возглавил министр."]),
      (.place(text: "Вене", name: "Vienna"), ["Консультации прошли в Вене."]),
      (.place(text: "Эль-Дабаа", name: "El Dabaa"), ["Обсуждался график строительства АЭС «Эль-Дабаа»."]),
    ])

  static let ukrainian = EntityCorpus(
    name: "places-uk", language: .uk,
    entries: [
      (.place(text: "Стамбулі", name: "Istanbul"), ["Консультації відбулися у Стамбулі."]),
      (.place(text: "Віртсу", name: "Virtsu"), ["Пором сів на мілину біля естонського порту Віртсу."]),
      (.place(text: "Дацці", name: "Dhaka"), ["«Росатом» у середу в Дацці погодив графік."]),
      (.place(text: "Татрах", name: "High Tatras"), ["Учора в Татрах рятувальники врятували туристів."]),
      (.place(text: "Ер-Ріяді", name: "Riyadh"), ["Переговори розпочалися в Ер-Ріяді."]),
      (.place(text: "Києві", name: "Kyiv"), ["Про це повідомили в Києві."]),
      (.place(text: "Кишиневі", name: "Chisinau"), ["Переговори відбулися у Кишиневі."]),
      (.place(text: "Анталії", name: "Antalya"), ["Форум відбувся в Анталії."]),
      (.place(text: "Одеси", name: "Odesa"), ["Судно вийшло з Одеси."]),
      (.place(text: "Астрахані", name: "Astrakhan"), ["Раунд відбувся в Астрахані."]),
      (.place(text: "Казані", name: "Kazan"), ["Нарада відбулася в Казані."]),
      (.place(text: "Мінську", name: "Minsk"), ["Протокол підписали в Мінську."]),
      (.place(text: "Белграді", name: "Belgrade"), ["Переговори відбулися в Белграді."]),
      (.place(text: "Єревані", name: "Yerevan"), ["Засідання відбулося в Єревані."]),
      (.place(text: "Будапешті", name: "Budapest"), ["Про це повідомили в Будапешті."]),
      (.place(text: "Туреччини", name: "Turkey"), ["Делегація Туреччини прибула."]),
      (.place(text: "Празі", name: "Prague"), ["Зустріч відбулася в Празі."]),
      (.noPlace, ["Російські та турецькі компанії уклали угоди."]),
      (.place(text: "Салалі", name: "Salalah"), ["Учора в Салалі засідала міжурядова комісія."]),
      (.place(text: "Кошиць", name: "Kosice"), ["Лінія пройде з Кошиць до Ужгорода."]),
      (.place(text: "Кошицях", name: "Kosice"), ["Угоду підписали в Кошицях."]),
      (.place(text: "Відні", name: "Vienna"), ["Учора у Відні відбулися консультації."]),
      (.place(text: "Мурманську", name: "Murmansk"), ["Переговори пройшли в Мурманську."]),
      (.place(text: "Тяньцзіні", name: "Tianjin"), ["Саміт відбудеться в Тяньцзіні."]),
      // A noun in -я after a vowel: Корея → Кореї; a hyphenated adjective declines in its last part.
      (.place(text: "Південній Кореї", name: "South Korea"), ["Зустріч відбулася в Південній Кореї."]),
      (.place(text: "Кореї", name: "South Korea"), ["Делегація Кореї прибула вчора."]),
      (
        .place(text: "Південно-Африканської Республіки", name: "South Africa"),
        [
          "Делегати з Південно-Африканської Республіки прибули."
        ]
      ),
      (.place(text: "Південній Африці", name: "South Africa"), ["Форум пройшов у Південній Африці."]),
    ])
}
