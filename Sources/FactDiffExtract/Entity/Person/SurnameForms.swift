import FactDiffModel

/// One way to read a written surname: which nominative it is a form of, for which gender, in which cases.
public struct SurnameReading: Sendable, Hashable {
  /// The masculine (or gender-neutral) nominative, folded: "лавров" for "Лаврова", "sobolevsky".
  public var base: String
  /// The nominative as the person's gender has it: "лаврова" for a woman, "лавров" for a man.
  public var lemma: String
  public var gender: NameGender
  public var cases: CaseSet
}

/// Reads Russian and Ukrainian surname forms back to their nominative, keeping the gender (in the manner of the
/// petrovich rules, not a generic stemmer: "Лаврова" is a man in the genitive or a woman in the nominative,
/// never the stem "лавр"). Latin surnames get their gender from the ending ("Zakharova").
public enum SurnameForms {
  /// Every reading of a folded surname (lower case, ё → е), the word itself as a nominative among them.
  public static func readings(_ word: String, language: Language) -> [SurnameReading] {
    guard let first = word.first else { return [] }
    if !isCyrillic(first) { return latinReadings(word) }
    let bytes = Array(word.utf8)
    var out: [SurnameReading] = []
    var seen: Set<SurnameReading> = []
    func add(_ base: String, _ lemma: String, _ g: NameGender, _ c: CaseSet) {
      let r = SurnameReading(base: base, lemma: lemma, gender: g, cases: c)
      if seen.insert(r).inserted { out.append(r) }
    }
    let uk = language == .uk
    // Byte-level suffix tests (folded Cyrillic is two bytes a letter; String.hasSuffix compares graphemes).
    func ends(_ s: String) -> String? {
      let suffix = s.utf8
      let n = suffix.count
      guard bytes.count - n >= 4, bytes[(bytes.count - n)...].elementsEqual(suffix) else { return nil }
      return String(decoding: bytes[..<(bytes.count - n)], as: UTF8.self)
    }
    // Possessive-type surnames: Лавров, Дарчиев, Ершов, Путин, Брусницын.
    for x in ["ов", "ев", "ин", "ын", "єв", "ін", "їн"] {
      if ends(x) != nil { add(word, word, .masculine, .nom) }
      if let s = ends(x + "а") { add(s + x, s + x, .masculine, [.gen, .acc]); add(s + x, word, .feminine, .nom) }
      if let s = ends(x + "у") {
        add(s + x, s + x, .masculine, uk ? [.dat, .loc] : .dat)
        add(s + x, s + x + "а", .feminine, .acc)
      }
      if uk {
        if let s = ends(x + "им") { add(s + x, s + x, .masculine, .ins) }
        if let s = ends(x + "ові") { add(s + x, s + x, .masculine, [.dat, .loc]) }
        if let s = ends(x + "і") { add(s + x, s + x, .masculine, [.dat, .loc]) }
        if let s = ends(x + "ої") { add(s + x, s + x + "а", .feminine, .gen) }
        if let s = ends(x + "ій") { add(s + x, s + x + "а", .feminine, [.dat, .loc]) }
        if let s = ends(x + "ою") { add(s + x, s + x + "а", .feminine, .ins) }
      } else {
        if let s = ends(x + "ым") { add(s + x, s + x, .masculine, .ins) }
        if let s = ends(x + "е") { add(s + x, s + x, .masculine, .loc) }
        if let s = ends(x + "ой") { add(s + x, s + x + "а", .feminine, [.gen, .dat, .ins, .loc]) }
      }
    }
    // Adjective-type surnames: Соболевский, Тихий, Толстой.
    if uk {
      for k in ["ськ", "цьк"] {
        if ends(k + "ий") != nil { add(word, word, .masculine, .nom) }
        for (e, c) in [("ого", CaseSet([.gen, .acc])), ("ому", [.dat, .loc]), ("им", .ins), ("ім", .loc)] {
          if let s = ends(k + e) { add(s + k + "ий", s + k + "ий", .masculine, c) }
        }
        for (e, c) in [("а", CaseSet.nom), ("ої", .gen), ("ій", [.dat, .loc]), ("у", .acc), ("ою", .ins)] {
          if let s = ends(k + e) { add(s + k + "ий", s + k + "а", .feminine, c) }
        }
      }
      if ends("ий") != nil { add(word, word, .masculine, .nom) }
      for (e, c) in [("ого", CaseSet([.gen, .acc])), ("ому", [.dat, .loc]), ("им", .ins)] {
        if let s = ends(e), s.count >= 3 { add(s + "ий", s + "ий", .masculine, c) }
      }
    } else {
      for k in ["ск", "цк"] {
        for (e, c) in [("ого", CaseSet([.gen, .acc])), ("ому", .dat), ("им", .ins), ("ом", .loc)] {
          if let s = ends(k + e) { add(s + k + "ий", s + k + "ий", .masculine, c) }
        }
        for (e, c) in [("ая", CaseSet.nom), ("ой", [.gen, .dat, .ins, .loc]), ("ую", .acc)] {
          if let s = ends(k + e) { add(s + k + "ий", s + k + "ая", .feminine, c) }
        }
      }
      if ends("ий") != nil || ends("ый") != nil || ends("ой") != nil { add(word, word, .masculine, .nom) }
      for (e, c) in [("ого", CaseSet([.gen, .acc])), ("ому", .dat), ("ым", .ins), ("им", .ins)] {
        if let s = ends(e), s.count >= 3 {
          for n in ["ий", "ый", "ой"] { add(s + n, s + n, .masculine, c) }
        }
      }
    }
    // Noun-type surnames: Ковальчук, Стоилькович, Тадевосян, Гоголь.
    if let l = word.last, isConsonant(l) { add(word, word, .unknown, .all) }
    let nounEndings: [(String, CaseSet)] =
      uk
      ? [
        ("а", [.gen, .acc]), ("у", [.dat, .loc]), ("ові", [.dat, .loc]), ("еві", [.dat, .loc]), ("ом", .ins),
        ("ем", .ins),
      ]
      : [("а", [.gen, .acc]), ("у", .dat), ("ом", .ins), ("ем", .ins), ("е", .loc)]
    for (e, c) in nounEndings {
      if let s = ends(e), s.count >= 3, let l = s.last, isConsonant(l) { add(s, s, .masculine, c) }
    }
    for (e, c) in [("я", CaseSet([.gen, .acc])), ("ю", .dat), ("ем", .ins), ("е", .loc), ("і", .loc)] {
      if let s = ends(e), s.count >= 3, let l = s.last, isConsonant(l) {
        add(s + "ь", s + "ь", .masculine, c)
        add(s + "й", s + "й", .masculine, c)
      }
    }
    if uk {
      for (e, c) in [("енка", CaseSet([.gen, .acc])), ("енку", .dat), ("енкові", [.dat, .loc]), ("енком", .ins)] {
        if let s = ends(e) { add(s + "енко", s + "енко", .unknown, c) }
      }
    }
    // Surnames in -а/-я that decline like nouns: Кулеба, Небензя.
    let aEndings: [(String, [String], CaseSet)] =
      uk
      ? [
        ("и", ["а"], .gen), ("і", ["а", "я"], [.gen, .dat, .loc]), ("у", ["а"], .acc), ("ю", ["я"], .acc),
        ("ою", ["а"], .ins), ("ею", ["я"], .ins),
      ]
      : [
        ("ы", ["а"], .gen), ("и", ["а", "я"], .gen), ("е", ["а", "я"], [.dat, .loc]), ("у", ["а"], .acc),
        ("ю", ["я"], .acc), ("ой", ["а"], .ins), ("ою", ["а"], .ins), ("ей", ["я"], .ins), ("ею", ["я"], .ins),
      ]
    for (e, repl, c) in aEndings {
      if let s = ends(e), s.count >= 3 {
        for r in repl { add(s + r, s + r, .unknown, c) }
      }
    }
    // The word as it stands: an indeclinable surname (Русу, Гасанзаде) or any nominative not read above.
    if !out.contains(where: { $0.lemma == word && $0.cases.contains(.nom) }) {
      add(word, word, .unknown, .all)
    }
    return out
  }

  /// Readings of a Latin surname: its gender from the ending ("Semyonova" is a woman, base "semyonov").
  static func latinReadings(_ word: String) -> [SurnameReading] {
    let n = word.count
    for (f, m) in latinFeminineEndings where word.hasSuffix(f) && n - f.count >= 2 {
      return [SurnameReading(base: String(word.dropLast(f.count)) + m, lemma: word, gender: .feminine, cases: .all)]
    }
    for m in latinMasculineEndings where word.hasSuffix(m) && n - m.count >= 2 {
      return [SurnameReading(base: word, lemma: word, gender: .masculine, cases: .all)]
    }
    return [SurnameReading(base: word, lemma: word, gender: .unknown, cases: .all)]
  }

  /// Feminine endings of Latin-script surnames and the masculine ending each stands for, tried in this order.
  private static let latinFeminineEndings: [(String, String)] = [
    ("skaya", "sky"), ("tskaya", "tsky"), ("ova", "ov"), ("eva", "ev"), ("yova", "yov"), ("ina", "in"), ("yna", "yn"),
  ]
  private static let latinMasculineEndings = ["ov", "ev", "in", "yn", "sky", "skiy", "skyi", "skii", "ski"]

  /// True when a folded word ends like a Slavic, Caucasian or Balkan surname (Лавров, Соболевская, Ковальчук,
  /// Стоилькович, Тадевосян, Yershov, Zelensky), in any case form.
  public static func looksLikeSurname(_ word: String) -> Bool {
    guard let first = word.first else { return false }
    let bytes = Array(word.utf8)
    let cyrillic = isCyrillic(first)
    guard bytes.count >= (cyrillic ? 10 : 5) else { return false }
    if !cyrillic, bytes.count >= 7, bytes.last == UInt8(ascii: "n"),
      bytes[bytes.count - 2] == UInt8(ascii: "i") || bytes[bytes.count - 2] == UInt8(ascii: "y")
    {
      // -in and -yn only in longer words ("Mishustin"; not "Latin", "Austin").
      return true
    }
    for suffix in cyrillic ? cyrillicShapes : latinShapes where bytes.count > suffix.count {
      if bytes[(bytes.count - suffix.count)...].elementsEqual(suffix) { return true }
    }
    return false
  }

  private static let cyrillicShapes: [[UInt8]] = [
    "ов", "ев", "ин", "ын", "ін", "єв", "ова", "ева", "ина", "ына", "іна", "ову", "еву", "ину", "овым", "евым", "иным",
    "овим", "евим", "іним", "овой", "евой", "иной", "ової", "евої", "іної", "ский", "ского", "скому", "ским", "ская",
    "ской", "скую", "цкий", "цкого", "цкая", "цкой", "ський", "ського", "ському", "ським", "ська", "ської", "цький",
    "енко", "енка", "чук", "чука", "чуком", "юк", "юка", "юком", "вич", "вича", "вичем", "вичу", "ян", "яна", "яном",
    "янц", "дзе", "швили", "швілі", "заде",
  ].map { Array($0.utf8) }

  private static let latinShapes: [[UInt8]] = [
    "ov", "ev", "ova", "eva", "yev", "yeva", "sky", "skiy", "skyi", "skaya", "enko", "chuk", "vich", "yan",
    "dze", "shvili", "zade",
  ].map { Array($0.utf8) }

  @inline(__always) static func isCyrillic(_ c: Character) -> Bool {
    guard let v = c.unicodeScalars.first?.value else { return false }
    return v >= 0x0400 && v <= 0x04FF
  }

  private static let consonants: Set<Character> = Set("бвгджзйклмнпрстфхцчшщь")
  @inline(__always) static func isConsonant(_ c: Character) -> Bool { consonants.contains(c) }
}
