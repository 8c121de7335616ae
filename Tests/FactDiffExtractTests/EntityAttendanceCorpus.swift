import FactDiffModel

/// Who led, took part, or did not take part, from the words around each name; people only quoted get nothing.
enum EntityAttendanceCorpus {
  static let english = EntityCorpus(
    name: "attendance-en", language: .en,
    entries: [
      (
        .attendance(person: "Vadim Yershov", .led),
        [
          "The delegation was led by Deputy Foreign Minister Vadim Yershov.",
          "Deputy Foreign Minister Vadim Yershov led the Russian side.",
          "Moscow's team was headed by Vadim Yershov.",
          "Deputy Foreign Minister Vadim Yershov represented Moscow.",
        ]
      ),
      (
        .attendance(person: "Nilgün Aydemir", .led),
        [
          "The Russian side was led by Vadim Yershov and the Turkish side by Nilgün Aydemir."
        ]
      ),
      (
        .attendance(person: "Kirill Vorontsov", .present),
        [
          "Russia sent a team led by Vadim Yershov and including Rear Admiral Kirill Vorontsov.",
          "Rear Admiral Kirill Vorontsov also attended, the ministry said.",
        ]
      ),
      (
        .attendance(person: "Kirill Vorontsov", .absent),
        [
          "Rear Admiral Kirill Vorontsov did not attend the talks.",
          "Kirill Vorontsov was absent, officials said.",
          "Kirill Vorontsov was not part of the delegation.",
        ]
      ),
      (
        .attendance(person: "Nemanja Stojiljkovic", .present),
        [
          "Pavel Rudakov spent two hours with Nemanja Stojiljkovic.",
          "Pavel Rudakov held talks with Nemanja Stojiljkovic.",
        ]
      ),
      (
        .attendance(person: "Natalia Zuyeva", .present),
        [
          "The document was signed by Viktor Brantsevich and Natalia Zuyeva."
        ]
      ),
      (
        .attendance(person: "Dmitry Peskov", nil),
        [
          "Kremlin spokesman Dmitry Peskov said the results would be shared."
        ]
      ),
      (
        .attendance(person: "Hossam Farouk", .present),
        [
          "Hossam Farouk, chairman of Egypt's Nuclear Power Plants Authority, also attended, the ministry said."
        ]
      ),
      (
        .attendance(person: "Rajesh Mehra", .present),
        [
          "The call was led by Anil Mehra. Rajesh Mehra, a counsellor at the embassy, joined the call."
        ]
      ),
    ])

  static let russian = EntityCorpus(
    name: "attendance-ru", language: .ru,
    entries: [
      (
        .attendance(person: "Вадим Ершов", .led),
        [
          "Российскую делегацию возглавил заместитель министра иностранных дел Вадим Ершов.",
          "Переговоры прошли во главе с Вадим Ершов.",
        ]
      ),
      (
        .attendance(person: "Нильгюн Айдемир", .led),
        [
          "Российскую делегацию возглавил Вадим Ершов, турецкую — Нильгюн Айдемир."
        ]
      ),
      (
        .attendance(person: "Глеб Рукавишников", .led),
        [
          "С российской стороны в нем участвовал заместитель министра Глеб Рукавишников."
        ]
      ),
      (.attendance(person: "Анна Семёнова", .present), ["В совещании участвовала Анна Семёнова."]),
      (.attendance(person: "Анна Семёнова", .present), ["Участие во встрече приняла и Анна Семёнова."]),
      (
        .attendance(person: "Кирилл Воронцов", .absent),
        [
          "Контр-адмирал Кирилл Воронцов в консультациях участия не принимал.",
          "Кирилл Воронцов не участвовал в переговорах.",
        ]
      ),
      (
        .attendance(person: "Дмитрий Песков", nil),
        ["Ранее пресс-секретарь президента Дмитрий Песков заявил, что итоги сообщат."]
      ),
      (
        .attendance(person: "Олег Баженов", .present),
        [
          "В переговорах также участвовал начальник управления экспорта «Газпрома» Олег Баженов."
        ]
      ),
      (
        .attendance(person: "Хусам Фарук", .absent),
        [
          "Председатель Управления атомных электростанций Египта Хусам Фарук в переговорах не участвовал."
        ]
      ),
    ])

  static let ukrainian = EntityCorpus(
    name: "attendance-uk", language: .uk,
    entries: [
      (
        .attendance(person: "Вадим Єршов", .led),
        ["Делегацію РФ очолював заступник міністра закордонних справ Вадим Єршов."]
      ),
      (
        .attendance(person: "Гліб Рукавишников", .led),
        ["Російську сторону представляв заступник міністра Гліб Рукавишников."]
      ),
      (
        .attendance(person: "Кирило Воронцов", .absent),
        [
          "Кирило Воронцов не брав участі в консультаціях.", "Кирило Воронцов участі в консультаціях не брав.",
        ]
      ),
      (.attendance(person: "Кирило Воронцов", .present), ["У консультаціях брав участь Кирило Воронцов."]),
      (.attendance(person: "Кирило Воронцов", .present), ["Участь у зустрічі взяв і Кирило Воронцов."]),
      (
        .attendance(person: "Георгій Тихий", nil),
        ["Речник МЗС Георгій Тихий заявив, що Київ стежитиме за переговорами."]
      ),
      (
        .attendance(person: "Олег Лазарев", .present),
        [
          "Делегацію очолював Микола Саблін; у консультаціях також узяв участь директор станції Олег Лазарев."
        ]
      ),
      (
        .attendance(person: "Олег Баженов", .absent),
        [
          "Очільник управління «Газпрому» Олег Баженов до Ашгабата не приїхав і в переговорах участі не брав."
        ]
      ),
    ])
}
