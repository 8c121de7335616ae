import FactDiffModel
import FactDiffText
import Testing

@Suite struct TransliterationTests {
  @Test(
    "Cyrillic to ASCII Latin, BGN per language",
    arguments: [
      ("Сергей Лавров", Language.ru, "Sergey Lavrov"),
      ("Георгий Тихий", .ru, "Georgiy Tikhiy"),
      ("Дарчиев", .ru, "Darchiyev"),
      ("Стоильковичем", .ru, "Stoilkovichem"),
      ("Халмаи", .ru, "Khalmai"),
      ("Игорь Подъячев", .ru, "Igor Podyachev"),
      ("Тсой", .ru, "Tsoy"),
      ("Ёлкин", .ru, "Yelkin"),
      ("Юрий Щербаков", .ru, "Yuriy Shcherbakov"),
      ("Георгій Тихий", .uk, "Heorhiy Tykhyy"),
      ("Єршов", .uk, "Yershov"),
      ("Галмаї", .uk, "Halmayi"),
      ("Сергій Лавров", .uk, "Serhiy Lavrov"),
      ("Мар’яна", .uk, "Maryana"),
      ("Мар'яна", .uk, "Maryana"),
      ("Ґудзь", .uk, "Gudz"),
      ("Київ", .uk, "Kyyiv"),
      ("Chișinău", .ru, "Chisinau"),
      ("Chișinău", .uk, "Chisinau"),
      ("Igor O'Brien", .en, "Igor O'Brien"),
      ("Лавров and Zelensky", .en, "Lavrov and Zelensky"),
      ("Ігор", .ru, "Igor"),  // a Ukrainian letter in Russian mode goes through Any-Latin
      ("", .ru, ""),
    ])
  func toLatin(_ input: String, _ language: Language, _ expected: String) {
    #expect(Transliteration.toLatin(input, language: language) == expected)
  }

  @Test("results are plain ASCII", arguments: Language.allCases)
  func asciiOnly(_ language: Language) {
    let names = "Подъячев Игорь Тсой Мар’яна Зьобро Ґудзь Ёж Щука Chișinău Łódź Ærø"
    #expect(Transliteration.toLatin(names, language: language).unicodeScalars.allSatisfy { $0.isASCII })
  }

  @Test(
    "any script to ASCII",
    arguments: [("Игорь", "Igor"), ("Αθήνα", "Athena"), ("Chișinău", "Chisinau"), ("Łódź", "Lodz"), ("", "")])
  func toASCII(_ input: String, _ expected: String) {
    #expect(Transliteration.toASCII(input) == expected)
  }

  @Test("Latin to Cyrillic", arguments: [("Lavrov", "Лавров"), ("Putin", "Путин"), ("Moskva", "Москва")])
  func toCyrillic(_ input: String, _ expected: String) {
    #expect(Transliteration.toCyrillic(input) == expected)
  }

  @Test(
    "Russian BGN read back",
    arguments: [("Shcherbakov", "Щербаков"), ("Yershov", "Ершов"), ("Darchiyev", "Дарчиев"), ("Halmai", "Халмаи")])
  func toRussian(_ input: String, _ expected: String) {
    #expect(Transliteration.toRussian(input) == expected)
  }

  @Test func roundTripThroughBGN() {
    for name in ["Лавров", "Щербаков", "Тихий", "Ершов"] {
      #expect(Transliteration.toRussian(Transliteration.toLatin(name, language: .ru)) == name)
    }
  }

  @Test func concurrentUseIsSafe() async {
    await withTaskGroup(of: Bool.self) { group in
      for k in 0..<32 {
        group.addTask {
          let even = k.isMultiple(of: 2)
          let latin = Transliteration.toLatin(even ? "Сергей Лавров" : "Георгій Тихий", language: even ? .ru : .uk)
          return latin == (even ? "Sergey Lavrov" : "Heorhiy Tykhyy")
        }
      }
      for await ok in group { #expect(ok) }
    }
  }
}

@Suite struct SkeletonTests {
  @Test(
    "look-alikes share a skeleton",
    arguments: [
      ("\u{0420}utin", "Putin"),  // Cyrillic Р
      ("L\u{0430}vr\u{043E}v", "Lavrov"),  // Cyrillic а, о
      ("\u{041A}i\u{0435}v", "Kiev"),  // Cyrillic К and е
      ("\u{0456}", "i"),  // Ukrainian і
      ("Zelensky", "Zelensky"),
    ])
  func same(_ a: String, _ b: String) {
    #expect(Skeleton.of(a) == Skeleton.of(b))
  }

  @Test(
    "different names keep different skeletons",
    arguments: [("Putin", "Lavrov"), ("Лавров", "Лаврова"), ("Kyiv", "Kiev")])
  func different(_ a: String, _ b: String) {
    #expect(Skeleton.of(a) != Skeleton.of(b))
  }

  @Test func emptyAndLong() {
    #expect(Skeleton.of("") == "")
    let long = String(repeating: "Рutin ", count: 10_000)
    #expect(Skeleton.of(long) == Skeleton.of(String(repeating: "Putin ", count: 10_000)))
  }
}
