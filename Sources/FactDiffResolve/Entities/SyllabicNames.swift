import FactDiffModel

/// Chinese names written in Cyrillic by the Palladius system ("Цзяньминь", "Чжимин") read back into pinyin
/// ("jianmin", "zhiming"), so that they meet their Latin spellings: a word is read only when it splits whole into
/// Palladius syllables. Ukrainian spellings ("Цзяньмінь", "Сі") are first brought to the Russian ones.
enum SyllabicNames {
  /// The pinyin reading of a folded Cyrillic word, or nil when it does not split into syllables.
  static func pinyin(_ word: String, language: Language) -> String? {
    var scalars = Array(word.unicodeScalars)
    if language == .uk {
      scalars = scalars.map { u in
        switch u {
        case "і", "ї": return "и"
        case "и": return "ы"
        case "е": return "э"
        case "є": return "е"
        default: return u
        }
      }
    }
    let s = scalars.filter { $0 != "'" && $0 != "ʼ" && $0 != "’" && $0 != "ъ" }
    guard !s.isEmpty, s.count <= 16 else { return nil }
    // Longest match first, by dynamic programming over positions.
    var best: [String?] = Array(repeating: nil, count: s.count + 1)
    best[0] = ""
    for i in 0..<s.count where best[i] != nil {
      for len in 1...min(6, s.count - i) {
        let piece = String(String.UnicodeScalarView(s[i..<(i + len)]))
        guard let py = table[piece] else { continue }
        let candidate = best[i]! + py
        if best[i + len] == nil { best[i + len] = candidate }
      }
    }
    return best[s.count]
  }

  /// Palladius syllable → pinyin syllable.
  static let table: [String: String] = build()

  private static func build() -> [String: String] {
    var t: [String: String] = [:]
    // Initials: Palladius → pinyin, and whether the initial takes the i-type finals (я, ю, е, и…).
    let plain: [(String, String)] = [
      ("б", "b"), ("п", "p"), ("м", "m"), ("ф", "f"), ("д", "d"), ("т", "t"), ("н", "n"), ("л", "l"), ("г", "g"),
      ("к", "k"), ("х", "h"), ("чж", "zh"), ("ч", "ch"), ("ш", "sh"), ("ж", "r"), ("цз", "z"), ("ц", "c"), ("с", "s"),
    ]
    let finals: [(String, String)] = [
      ("а", "a"), ("ай", "ai"), ("ань", "an"), ("ан", "ang"), ("ао", "ao"), ("э", "e"), ("эй", "ei"), ("энь", "en"),
      ("эн", "eng"), ("о", "o"), ("оу", "ou"), ("ун", "ong"), ("у", "u"), ("уа", "ua"), ("уай", "uai"),
      ("уань", "uan"), ("уан", "uang"), ("уй", "ui"), ("унь", "un"),
    ]
    for (pi, py) in plain {
      for (pf, fy) in finals {
        var f = fy
        // "до" is duo, "го" guo; only b p m f take a bare o.
        if fy == "o", !["b", "p", "m", "f"].contains(py) { f = "uo" }
        t[pi + pf] = py + f
      }
    }
    // i after zh ch sh r (чжи, чи, ши, жи) and z c s (цзы, цы, сы).
    for (pi, py) in [("чж", "zh"), ("ч", "ch"), ("ш", "sh"), ("ж", "r")] { t[pi + "и"] = py + "i" }
    for (pi, py) in [("цз", "z"), ("ц", "c"), ("с", "s")] { t[pi + "ы"] = py + "i" }
    // i-type finals after b p m d t n l and j q x (цз, ц, с before и, я, ю, е…).
    let iFinals: [(String, String)] = [
      ("и", "i"), ("я", "ia"), ("яо", "iao"), ("е", "ie"), ("ю", "iu"), ("янь", "ian"), ("ян", "iang"),
      ("инь", "in"), ("ин", "ing"), ("юн", "iong"), ("юй", "u"), ("юэ", "ue"), ("юань", "uan"), ("юнь", "un"),
    ]
    for (pi, py) in [("б", "b"), ("п", "p"), ("м", "m"), ("д", "d"), ("т", "t"), ("н", "n"), ("л", "l")] {
      for (pf, fy) in iFinals {
        var f = fy
        if ["юй", "юэ"].contains(pf) { f = pf == "юй" ? "v" : "ve" }
        if ["юань", "юнь", "юн"].contains(pf), !["n", "l"].contains(py) { continue }
        t[pi + pf] = py + f
      }
    }
    for (pi, py) in [("цз", "j"), ("ц", "q"), ("с", "x")] {
      for (pf, fy) in iFinals { t[pi + pf] = py + fy }
    }
    // No initial.
    let zero: [(String, String)] = [
      ("а", "a"), ("ай", "ai"), ("ань", "an"), ("ан", "ang"), ("ао", "ao"), ("э", "e"), ("эй", "ei"), ("энь", "en"),
      ("эн", "eng"), ("эр", "er"), ("о", "o"), ("оу", "ou"), ("и", "yi"), ("я", "ya"), ("яо", "yao"), ("е", "ye"),
      ("ю", "you"), ("янь", "yan"), ("ян", "yang"), ("инь", "yin"), ("ин", "ying"), ("юн", "yong"), ("юй", "yu"),
      ("юэ", "yue"), ("юань", "yuan"), ("юнь", "yun"), ("у", "wu"), ("ва", "wa"), ("во", "wo"), ("вай", "wai"),
      ("вэй", "wei"), ("вань", "wan"), ("вэнь", "wen"), ("ван", "wang"), ("вэн", "weng"),
    ]
    for (p, y) in zero { t[p] = y }
    // Common variants of Russian spelling: "ей" for "эй", "ень" for "энь" after hushing consonants.
    for (pi, py) in [("чж", "zh"), ("ч", "ch"), ("ш", "sh"), ("ж", "r")] {
      t[pi + "ень"] = py + "en"
      t[pi + "ен"] = py + "eng"
    }
    t["вей"] = "wei"
    // Ukrainian writes the i of zhi, chi, shi, ri with и, which the reading above turned into ы.
    for (pi, py) in [("чж", "zh"), ("ч", "ch"), ("ш", "sh"), ("ж", "r")] { t[pi + "ы"] = py + "i" }
    return t
  }
}
