import FactDiffExtract
import FactDiffModel

/// Chinese and Korean names, written family name first ("Park Ji-hoon", "Пак Чжи Хун", "Xi Jinping", "Чжан
/// Цзяньминь"): the family name is the surname, and a bare "Park" or «Пак» is the same person. A name is read so
/// when its first word is a known Chinese or Korean family name and the words after it read as given-name
/// syllables: in Latin script pinyin syllables or two or more short words ("Ji-hoon", "Jong-un"); in Cyrillic
/// Palladius syllables ("Цзяньминь"), two or more short syllables ("Чжи Хун", "Чжэ Ин"), or one word of two
/// syllables with a sound only these systems write («Чжихун»). "Kim Basinger" and «Ян Новак» are not.
enum FamilyFirstNames {
  /// The family names (indices into `GivenNames.names`) and the given name (folded, joined) of a family-first
  /// name, or nil.
  static func reading(_ a: NameAnalysis) -> (families: [Int], given: String)? {
    let families = a.given.filter { isFamily($0) }
    guard !families.isEmpty, families.count == a.given.count, !a.surname.isEmpty else { return nil }
    // The last word as written, then its nominatives ("Лян Чжимином" is Чжимин).
    var lasts = [a.surname]
    for r in a.readings where !lasts.contains(r.base) { lasts.append(r.base) }
    for last in lasts {
      let korean = families.contains { GivenNames.names[$0].canon.hasPrefix("ko-") }
      if let given = givenName(a.middle + [last], a.language, korean: korean) { return (families, given) }
    }
    return nil
  }

  /// The given name, joined, when `parts` read as given-name syllables.
  private static func givenName(_ parts: [String], _ language: Language, korean: Bool) -> String? {
    let words = parts.flatMap { $0.split(separator: "-").map(String.init) }.filter { !$0.isEmpty }
    guard !words.isEmpty, words.count <= 3 else { return nil }
    let joined = words.joined()
    let cyrillic = joined.unicodeScalars.contains { $0.value >= 0x0400 && $0.value <= 0x04FF }
    if cyrillic {
      if SyllabicNames.pinyin(joined, language: language) != nil { return joined }
      let syllabic = words.allSatisfy { koreanSyllables(normalised($0, language), max: 1) }
      if words.count >= 2, syllabic { return joined }
      let one = normalised(joined, language)
      if words.count == 1, koreanSyllables(one, max: 2), markers.contains(where: { joined.contains($0) }) {
        return joined
      }
      return nil
    }
    if words.count >= 2, words.allSatisfy({ $0.count <= 5 }) { return joined }
    return pinyinLatin(joined) || korean && romanizedKorean(joined) ? joined : nil
  }

  /// The family names a bare word can be ("пак", "park").
  static func families(of word: String) -> [Int] {
    GivenNames.forms(of: word).map(\.name).filter { isFamily($0) }
  }

  static func isFamily(_ index: Int) -> Bool {
    let canon = GivenNames.names[index].canon
    return canon.hasPrefix("zh-") || canon.hasPrefix("ko-")
  }

  /// Letters only Palladius and Kontsevich spellings combine this way.
  private static let markers = ["чж", "чх", "кх", "тх", "пх", "цз", "ё", "ы"]

  /// Ukrainian spellings brought to the Russian letters the syllables below are written with.
  private static func normalised(_ w: String, _ language: Language) -> [Unicode.Scalar] {
    let s = Array(w.unicodeScalars)
    guard language == .uk else { return s }
    return s.map { u in
      switch u {
      case "і", "ї": return "и"
      case "и": return "ы"
      case "є": return "е"
      default: return u
      }
    }
  }

  /// True when the letters split into one to `max` Kontsevich syllables (initial, vowel, final).
  private static func koreanSyllables(_ s: [Unicode.Scalar], max: Int) -> Bool {
    func ok(_ i: Int, _ left: Int) -> Bool {
      if i == s.count { return true }
      guard left > 0 else { return false }
      for onset in onsets where matches(onset, at: i) {
        let j = i + onset.count
        for vowel in vowels where matches(vowel, at: j) {
          let k = j + vowel.count
          for coda in codas where matches(coda, at: k) {
            if ok(k + coda.count, left - 1) { return true }
          }
        }
      }
      return false
    }
    func matches(_ piece: [Unicode.Scalar], at i: Int) -> Bool {
      i + piece.count <= s.count && Array(s[i..<(i + piece.count)]) == piece
    }
    return !s.isEmpty && ok(0, max)
  }

  private static let onsets: [[Unicode.Scalar]] = [
    "", "к", "кх", "кк", "н", "т", "тх", "тт", "р", "м", "п", "пх", "пп", "с", "сс", "чж", "чх", "ч", "чч", "х", "г",
    "д", "б", "дж", "л",
  ].map { Array($0.unicodeScalars) }
  private static let vowels: [[Unicode.Scalar]] = [
    "а", "э", "я", "е", "ё", "о", "у", "ю", "ы", "и", "ва", "вэ", "ве", "во", "ви", "ый",
  ].map { Array($0.unicodeScalars) }
  private static let codas: [[Unicode.Scalar]] = ["", "к", "н", "т", "ль", "м", "п"].map { Array($0.unicodeScalars) }

  /// A Cyrillic Korean given name read back from Kontsevich into the usual Latin spelling («чжихун» → "jihun",
  /// «чжэин» → "jaein"), for keys that meet "Ji-hoon" and "Jae-in".
  static func korean(_ word: String, language: Language) -> String? {
    let s = normalised(word, language)
    guard s.contains(where: { $0.value >= 0x0400 && $0.value <= 0x04FF }) else { return nil }
    var out = ""
    var i = 0
    while i < s.count {
      var matched = false
      for len in [2, 1] where i + len <= s.count {
        let piece = String(String.UnicodeScalarView(s[i..<(i + len)]))
        if let latin = kontsevich[piece] {
          out += latin
          i += len
          matched = true
          break
        }
      }
      if !matched { return nil }
    }
    return out
  }

  private static let kontsevich: [String: String] = [
    "чж": "j", "чх": "ch", "кх": "k", "тх": "t", "пх": "p", "дж": "j", "ль": "l", "нь": "n", "а": "a", "э": "ae",
    "я": "ya", "е": "e", "ё": "yeo", "о": "o", "у": "u", "ю": "yu", "ы": "eu", "и": "i", "й": "i", "в": "w",
    "к": "k", "н": "n", "т": "t", "р": "r", "м": "m", "п": "p", "с": "s", "ч": "ch", "х": "h", "г": "g", "д": "d",
    "б": "b", "л": "l", "ь": "",
  ]

  /// True when a Latin word splits into two syllables of romanised Korean ("jihoon", "minsu", "jaein").
  static func romanizedKorean(_ w: String) -> Bool {
    let s = Array(w.utf8)
    guard s.count >= 4, s.count <= 9 else { return false }
    func syllableEnds(_ i: Int) -> [Int] {
      var out: [Int] = []
      for onset in latinOnsets where s[i...].starts(with: onset) {
        let j = i + onset.count
        for vowel in latinVowels where s[j...].starts(with: vowel) {
          let k = j + vowel.count
          for coda in latinCodas where s[k...].starts(with: coda) { out.append(k + coda.count) }
        }
      }
      return out
    }
    return syllableEnds(0).contains { syllableEnds($0).contains(s.count) }
  }

  private static let latinOnsets: [[UInt8]] = [
    "", "g", "k", "kk", "n", "d", "t", "tt", "r", "l", "m", "b", "p", "pp", "s", "ss", "sh", "j", "jj", "ch", "h", "y",
  ].map { Array($0.utf8) }
  private static let latinVowels: [[UInt8]] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "oo", "wo", "we", "wi", "yu",
    "eu", "ui", "i", "ee",
  ].map { Array($0.utf8) }
  private static let latinCodas: [[UInt8]] = ["", "k", "n", "t", "l", "m", "p", "ng"].map { Array($0.utf8) }

  /// True when a Latin word splits into pinyin syllables ("jinping", "jianmin", "yi").
  static func pinyinLatin(_ w: String) -> Bool {
    let s = Array(w.utf8)
    guard !s.isEmpty, s.count <= 16 else { return false }
    var reach = [Bool](repeating: false, count: s.count + 1)
    reach[0] = true
    for i in 0..<s.count where reach[i] {
      for len in 1...min(6, s.count - i)
      where pinyinSyllables.contains(String(decoding: s[i..<(i + len)], as: UTF8.self)) {
        reach[i + len] = true
      }
    }
    return reach[s.count]
  }

  private static let pinyinSyllables: Set<String> = Set(SyllabicNames.table.values)
}
