import FactDiffModel
import FactDiffText

/// Comparison keys for names across scripts and spellings: BGN transliteration to ASCII, then a fold of the usual
/// spelling variants (kh/h/g, ts/c, ch/c, y/j/i, ye/e, yo/e, ya/a, yu/u, w/v, lj/l, doubled letters), so that
/// "Семёнов", "Semyonov" and "Semenov" agree, and so do "Гасанзаде"/"Hasanzade" and "Stojiljković"/"Стоилькович".
public enum NameKey {
  /// The key of a folded word in any script (`language` picks the Russian or Ukrainian transliteration).
  public static func key(_ word: String, language: Language) -> String {
    phonetic(ascii(word, language: language))
  }

  /// Every key a folded word may have: the `key`, and the keys of other readings of its letters — a Cyrillic
  /// Chinese name read back from Palladius into pinyin ("Чжимин" → "zhiming"), a Ukrainian г as the g of the
  /// foreign name it renders ("Лонг" / "Long", where BGN writes "Lonh"), an English j as the дж it stands for in
  /// Russian ("Hajiyev" / "Гаджиев"), an initial "wr" or "kn" read letter by letter ("Wrona" / "Врона", where
  /// "Wright" / "Райт" drops the w), an initial "wh" read as в ("Whitfield" / "Вітфілд", where Russian has
  /// "Уитфилд"), and French and English vowel spellings read by sound (`frenchSounds`: "Claire" / "Клэр",
  /// "Tremblay" / "Трамбле").
  public static func keys(_ word: String, language: Language) -> [String] {
    let first = key(word, language: language)
    var out = first.isEmpty ? [] : [first]
    func add(_ k: String) { if !k.isEmpty, !out.contains(k) { out.append(k) } }
    let cyrillic = word.unicodeScalars.contains { $0.value >= 0x0400 && $0.value <= 0x04FF }
    if cyrillic {
      if let py = SyllabicNames.pinyin(word, language: language) { add(phonetic(py)) }
      if language == .uk, word.contains("г") || word.contains("Г") {
        let g = String(word.map { $0 == "г" ? "ґ" : $0 == "Г" ? "Ґ" : $0 })
        add(key(g, language: .uk))
      }
    } else {
      let a = ascii(word, language: language)
      if a.hasPrefix("wr") || a.hasPrefix("kn") { add(phonetic(a, englishSounds: false)) }
      if a.hasPrefix("wh") { add(phonetic("w" + a.dropFirst(2), englishSounds: false)) }
      if let f = frenchSounds(a) { add(phonetic(f)) }
      if a.utf8.contains(UInt8(ascii: "j")) {
        add(
          phonetic(
            String(decoding: a.utf8.flatMap { $0 == UInt8(ascii: "j") ? Array("dzh".utf8) : [$0] }, as: UTF8.self)))
      }
    }
    return out
  }

  /// A Latin word with the vowel spellings Russian and Ukrainian render by sound: a silent final e after a consonant
  /// dropped ("Claire" → "clair", "Moore" → "moor"), then "ai" read as э ("clair" → "cler", "Blair" → "bler")
  /// and a final "ay" or "et" as е ("Tremblay" → "tremble", Трамбле). Nil when none applies.
  static func frenchSounds(_ a: String) -> String? {
    var w = Array(a.utf8)
    let vowels = Set("aeiouy".utf8)
    if w.count > 3, w.last == UInt8(ascii: "e"), !vowels.contains(w[w.count - 2]) { w.removeLast() }
    if w.count > 3, w[w.count - 2] == UInt8(ascii: "a"), w.last == UInt8(ascii: "y") {
      w.replaceSubrange((w.count - 2)..., with: [UInt8(ascii: "e")])
    } else if w.count > 4, w[w.count - 2] == UInt8(ascii: "e"), w.last == UInt8(ascii: "t") {
      w.removeLast()
    }
    var out: [UInt8] = []
    var i = 0
    while i < w.count {
      if w[i] == UInt8(ascii: "a"), i + 1 < w.count, w[i + 1] == UInt8(ascii: "i") {
        out.append(UInt8(ascii: "e"))
        i += 2
      } else {
        out.append(w[i])
        i += 1
      }
    }
    return out == Array(a.utf8) ? nil : String(decoding: out, as: UTF8.self)
  }

  /// The word in lower-case ASCII letters: transliterated when Cyrillic, accents removed when Latin.
  public static func ascii(_ word: String, language: Language) -> String {
    let cyrillic = word.unicodeScalars.contains { $0.value >= 0x0400 && $0.value <= 0x04FF }
    let plainASCII = word.unicodeScalars.allSatisfy { $0.value < 0x80 }
    let latin: String
    if plainASCII {
      latin = word
    } else if cyrillic {
      latin = Transliteration.toLatin(word, language: language == .uk ? .uk : .ru)
    } else {
      latin = Transliteration.toASCII(word)
    }
    return String(
      String.UnicodeScalarView(latin.lowercased().unicodeScalars.filter { $0.value >= 0x61 && $0.value <= 0x7A }))
  }

  /// Folds spelling variants of an ASCII lower-case word.
  public static func phonetic(_ s: String, englishSounds: Bool = true) -> String {
    var w = Array(s.utf8)
    func replace(_ from: String, _ to: String) {
      let f = Array(from.utf8)
      let t = Array(to.utf8)
      guard w.count >= f.count else { return }
      var out: [UInt8] = []
      out.reserveCapacity(w.count)
      var i = 0
      while i < w.count {
        if i + f.count <= w.count, w[i..<(i + f.count)].elementsEqual(f) {
          out.append(contentsOf: t)
          i += f.count
        } else {
          out.append(w[i])
          i += 1
        }
      }
      w = out
    }
    // English spellings that Russian and Ukrainian render by sound: Wright → Райт, Knight → Найт, Smith → Смит,
    // Coulter → Култер, Green → Грин.
    if englishSounds {
      if w.starts(with: Array("wr".utf8)) || w.starts(with: Array("kn".utf8)) { w.removeFirst() }
      if w.starts(with: Array("wh".utf8)) { w.replaceSubrange(0..<2, with: [UInt8(ascii: "u")]) }
    }
    // Vietnamese and Indian "th" is тх in Russian (Thanh / Тхань), a final "nh" is нь.
    replace("tkh", "t")
    if w.count > 3, w.last == UInt8(ascii: "h"), w[w.count - 2] == UInt8(ascii: "n") { w.removeLast() }
    for (f, t) in [("igh", "ai"), ("gh", ""), ("th", "t"), ("ou", "u"), ("oo", "u"), ("ee", "i")] { replace(f, t) }
    for (f, t) in [
      ("shch", "sc"), ("kh", "h"), ("zh", "z"), ("tsch", "c"), ("tch", "c"), ("ch", "c"), ("cz", "c"), ("ts", "c"),
      ("tz", "c"), ("sh", "s"), ("sz", "s"), ("ph", "f"), ("ck", "k"), ("w", "v"), ("q", "k"), ("x", "ks"),
      ("g", "h"), ("lj", "l"), ("nj", "n"), ("j", "i"), ("y", "i"),
    ] {
      replace(f, t)
    }
    // Collapse doubled letters (also "ii" from "iy", "yy").
    var collapsed: [UInt8] = []
    for c in w where collapsed.last != c { collapsed.append(c) }
    w = collapsed
    for (f, t) in [("ie", "e"), ("io", "e"), ("ia", "a"), ("iu", "u")] { replace(f, t) }
    collapsed = []
    for c in w where collapsed.last != c { collapsed.append(c) }
    return String(decoding: collapsed, as: UTF8.self)
  }

  /// True when two keys name the same word within a small edit budget (none for short keys, one edit from five
  /// letters, two from nine).
  public static func matches(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    // A Latin c may be a k (Coulter / Култер): try again with c read as k.
    if a.utf8.contains(UInt8(ascii: "c")) || b.utf8.contains(UInt8(ascii: "c")) {
      let ka = String(a.map { $0 == "c" ? "k" : $0 })
      let kb = String(b.map { $0 == "c" ? "k" : $0 })
      if ka == kb || withinBudget(ka, kb) { return true }
    }
    return withinBudget(a, b)
  }

  private static func withinBudget(_ a: String, _ b: String) -> Bool {
    let n = min(a.utf8.count, b.utf8.count)
    let budget = n < 5 ? 0 : n < 9 ? 1 : 2
    guard budget > 0, abs(a.utf8.count - b.utf8.count) <= budget else { return false }
    return distance(Array(a.utf8), Array(b.utf8), limit: budget) <= budget
  }

  /// Damerau–Levenshtein distance (optimal string alignment), stopping early past `limit`.
  static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev2 = [Int](repeating: 0, count: b.count + 1)
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      cur[0] = i
      var rowMin = cur[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
        cur[j] = v
        rowMin = min(rowMin, v)
      }
      if rowMin > limit { return limit + 1 }
      (prev2, prev, cur) = (prev, cur, prev2)
    }
    return prev[b.count]
  }
}
