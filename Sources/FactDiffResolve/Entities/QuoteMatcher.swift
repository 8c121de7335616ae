import FactDiffExtract
import FactDiffModel
import FactDiffText

/// How alike two quoted sentences are, 0…1, in one language or across English, Russian and Ukrainian.
///
/// Same language: overlap of folded content-word stems. Russian and Ukrainian: stems of the transliterated words
/// plus shared concepts. English against Russian or Ukrainian: shared concepts from a bilingual lexicon of
/// frequent content words (`QuoteConcepts`), with numbers and names as anchors. The score is the Dice coefficient
/// of the two feature sets; function words take no part.
public enum QuoteMatcher {
  /// Two quotes scoring at or above this are the same sentence (a translation included); different sentences on
  /// the same topic by the same people score well below it.
  public static let threshold = 0.5

  /// The similarity of quote `a` (in language `la`) and quote `b` (in `lb`), 0…1.
  public static func similarity(_ a: String, _ la: Language, _ b: String, _ lb: Language) -> Double {
    let mode: Mode = la == lb ? .same : (la == .en || lb == .en) ? .crossEnglish : .crossSlavic
    let x = features(a, la, mode)
    let y = features(b, lb, mode)
    guard !x.isEmpty, !y.isEmpty else { return 0 }
    return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
  }

  enum Mode { case same, crossSlavic, crossEnglish }

  /// The content features of a text: one per content word (its stem, concept or name key) and one per number.
  static func features(_ text: String, _ language: Language, _ mode: Mode) -> Set<String> {
    let tokens = Tokenizer.tokenize(text)
    var out: Set<String> = []
    var i = 0
    while i < tokens.count {
      let t = tokens[i]
      if t.kind == .number {
        // "7,5" / "7.5" / "12 500" as one number.
        var n = t.norm
        var j = i + 1
        while j + 1 < tokens.count, tokens[j].spacing == .none, [",", "."].contains(tokens[j].norm),
          tokens[j + 1].kind == .number, tokens[j + 1].spacing == .none
        {
          n += "." + tokens[j + 1].norm
          j += 2
        }
        out.insert("n:" + n)
        i = j
        continue
      }
      i += 1
      guard t.kind == .word else { continue }
      let word = stripPossessive(t.norm)
      if QuoteStopWords.contains(word, language) { continue }
      // A number in words is the number ("twenty years" = "двадцять років" = "20 лет").
      if let v = NumberWords.parse(word, language: language), v >= 2, v == v.rounded() {
        out.insert("n:" + String(Int(v)))
        continue
      }
      if language == .en, let parts = QuoteConcepts.compounds[word] {
        for p in parts { out.insert("c:" + p) }
        continue
      }
      let concept = QuoteConcepts.concept(word, language)
      switch mode {
      case .same:
        out.insert("s:" + QuoteStems.stem(word, language))
      case .crossSlavic, .crossEnglish:
        if let concept {
          // A word may stand for two concepts ("жоден" = not + one).
          for c in concept.split(separator: "+") { out.insert("c:" + c) }
        } else {
          out.insert("k:" + QuoteStems.crossKey(word, language))
        }
      }
    }
    return out
  }

  private static func stripPossessive(_ w: String) -> String {
    if w.hasSuffix("'s") { return String(w.dropLast(2)) }
    return w
  }
}

/// Stems for quote comparison.
enum QuoteStems {
  private static let russianEndings = [
    "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ией", "ость", "ости", "ать", "ять", "ить",
    "ться", "тся", "ешь", "ете", "ует", "уют", "ают", "яют", "ают", "ах", "ях", "ов", "ев", "ей", "ой", "ый", "ий",
    "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ым", "им", "ом", "ем", "ам", "ям", "ию", "ия", "ие", "ии", "а",
    "я", "о", "е", "ы", "и", "у", "ю", "ь",
  ]
  private static let ukrainianEndings = [
    "ями", "ами", "ого", "ього", "ому", "ьому", "ими", "ість", "ості", "ати", "яти", "ити", "ться", "ться", "ють",
    "ують", "ають", "ах", "ях", "ів", "їв", "ей", "ою", "ею", "ий", "ій", "ої", "а", "я", "о", "е", "и", "і", "у",
    "ю", "ь", "ї", "ам", "ям", "ом", "ем", "им", "ім",
  ]

  /// A same-language stem: English suffixes or Russian and Ukrainian endings removed, at most six letters kept.
  static func stem(_ w: String, _ language: Language) -> String {
    var s = w
    switch language {
    case .en:
      for suffix in ["ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"]
      where s.hasSuffix(suffix) && s.count - suffix.count >= 3 {
        s = String(s.dropLast(suffix.count))
        break
      }
    case .ru, .uk:
      let endings = language == .ru ? russianEndings : ukrainianEndings
      for e in endings where s.hasSuffix(e) && s.count - e.count >= 3 {
        s = String(s.dropLast(e.count))
        break
      }
    }
    return String(s.prefix(6))
  }

  /// A script-independent key of a word for cross-language comparison: transliterated, spelling variants folded,
  /// c read as k (cognates: protocol / протокол), first five letters.
  static func crossKey(_ w: String, _ language: Language) -> String {
    let key = NameKey.phonetic(NameKey.ascii(w, language: language)).replacingCharacters("c", "k")
    return String(key.prefix(5))
  }
}

extension String {
  fileprivate func replacingCharacters(_ a: Character, _ b: Character) -> String {
    String(map { $0 == a ? b : $0 })
  }
}

/// Function words that take no part in quote comparison.
enum QuoteStopWords {
  static func contains(_ w: String, _ language: Language) -> Bool {
    switch language {
    case .en: return english.contains(w)
    case .ru: return russian.contains(w)
    case .uk: return ukrainian.contains(w)
    }
  }

  private static func set(_ s: String) -> Set<String> { Set(s.split(separator: " ").map(String.init)) }

  static let english = set(
    "the a an and or but of to in on at by for with from into over through as is are was were be been being will "
      + "would may might do does did have has had it its this that these those there "
      + "i you he she him her his hers they them their what which who whom whose than then so if when while about "
      + "after before up down out off further once very too just also such own same both any all some most "
      + "other s t don o")
  static let russian = set(
    "и в во на по с со к ко о об обо у из от до за для без при про через над под перед между а но или либо что "
      + "чтобы как когда где если хотя же ли бы это этот эта эти то тот та те он она оно они его ее их я ты вы "
      + "был была было были быть будет будут есть который которая которое которые также так вообще")
  static let ukrainian = set(
    "і й та в у на по з із зі к до за для без при про через над під перед між а але або чи що щоб як коли де "
      + "якщо хоча ж же б це цей ця ці те той та ті він вона воно вони його її їх я ти ви був була було були бути "
      + "буде будуть є який яка яке які також так взагалі")
}
