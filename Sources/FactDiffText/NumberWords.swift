import CICU
import FactDiffModel
import Synchronization

/// Number words through ICU rule-based spellout parsing: "twenty-three" → 23, "двадцать три" → 23, "шести" → 6.
///
/// Two ICU rule-based formatters per language, both parsing leniently (case and ё/е do not matter):
/// 1. the locale's own `UNUM_SPELLOUT` rules. For Russian these cover every case and gender (ICU has
///    `%spellout-cardinal-masculine-genitive` … `-ablative`, and ordinals); for English and Ukrainian they cover
///    the nominative only (ICU 72: Ukrainian has just masculine, feminine and neuter nominative rule sets);
/// 2. supplementary RBNF rules of ours (`NumberWordRules`), in ICU's own rule syntax: Ukrainian genitive, dative,
///    instrumental and locative (with the collective `-ох`, `-ом`, `-ома` variants), collective numerals
///    ("двоє", "пятеро", "двоих"), and the bare scale words ICU spells with a "one" in front ("тысяча", "тисяча").
///
/// A parse counts only when the formatter consumed the whole string. Digits are refused (they are not words), and
/// so are fractions ("полтора", "six and a half"): extraction handles those.
///
/// ICU's lenient parse is slow (about 0.5–6 ms a call for Russian, which has 50 rule sets), so a string is first
/// checked against the words the rule sets spell out (harvested once per language), and answers are memoised.
public enum NumberWords {
  /// The value of a whole string of number words, or nil when ICU cannot parse all of it.
  public static func parse(_ s: String, language: Language) -> Double? {
    let text = prepare(s, language: language)
    guard !text.isEmpty, text.utf16.count <= 256, !text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else {
      return nil
    }
    return parsers[language.locale].parse(text)
  }

  /// The spellout of `value` with one rule set of the language (e.g. `%spellout-cardinal-genitive` for
  /// Ukrainian, from our supplementary rules), or nil when no formatter has that rule set. For tests and debugging.
  public static func spellOut(_ value: Double, language: Language, ruleSet: String) -> String? {
    for formatter in parsers[language.locale].formatters where formatter.ruleSets.contains(ruleSet) {
      return formatter.format(value, ruleSet: ruleSet)
    }
    return nil
  }

  /// The public rule set names available for a language (ICU's, then ours).
  public static func ruleSets(_ language: Language) -> [String] {
    parsers[language.locale].formatters.flatMap(\.ruleSets)
  }

  /// `Folding.key`, spaces trimmed and runs of spaces collapsed; Ukrainian apostrophes become ICU's `ʼ` (U+02BC).
  static func prepare(_ s: String, language: Language) -> String {
    var key = Folding.key(s).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    if language == .uk {
      key = String(String.UnicodeScalarView(key.unicodeScalars.map { $0 == "'" ? "\u{02BC}" : $0 }))
    }
    return key
  }

  private static let parsers = PerLanguage { NumberWordParser(locale: $0) }
}

/// The formatters of one language, the words they know and the answers given so far.
final class NumberWordParser: Sendable {
  let formatters: [SpelloutFormatter]
  private let vocabulary = Mutex<Set<String>?>(nil)
  private let answers = Mutex<[String: Double?]>([:])

  /// Values whose spellouts, in every rule set, contain every word the rule sets know.
  private static let sampleValues: [Double] =
    (0...100).map(Double.init) + stride(from: 100.0, through: 900, by: 100) + [101, 1001, -5, 2.5]
    + [1, 2, 5, 21, 22, 25].flatMap { n in [1e3, 1e6, 1e9, 1e12].map { n * $0 } }

  init(locale: String) {
    var list = [SpelloutFormatter(locale: locale, rules: nil)]
    if let language = Language(rawValue: locale), let rules = NumberWordRules.supplement(language) {
      list.append(SpelloutFormatter(locale: locale, rules: rules))
    }
    formatters = list
  }

  /// The value of prepared text (see `NumberWords.prepare`).
  func parse(_ text: String) -> Double? {
    if let known = answers.withLock({ $0[text] }) { return known }
    let words = knownWords()
    let value: Double? =
      Self.words(text).allSatisfy { words.contains(String($0)) }
      ? formatters.lazy.compactMap { $0.parseWhole(Array(text.utf16)) }.first : nil
    answers.withLock { answers in
      if answers.count > 50_000 { answers.removeAll() }
      answers[text] = value
    }
    return value
  }

  /// The words of a prepared text, ё read as е (ICU's lenient parse does the same).
  static func words(_ text: String) -> [Substring] {
    String(text.map { $0 == "ё" ? "е" : $0 }).split { $0 == " " || $0 == "-" || $0 == "\u{00AD}" || $0 == "," }
  }

  private func knownWords() -> Set<String> {
    vocabulary.withLock { vocabulary in
      if let vocabulary { return vocabulary }
      var words: Set<String> = []
      let language = Language(rawValue: formatters.first?.locale ?? "") ?? .en
      for formatter in formatters {
        for ruleSet in formatter.ruleSets {
          for value in Self.sampleValues {
            guard let spelt = formatter.format(value, ruleSet: ruleSet) else { continue }
            for word in Self.words(NumberWords.prepare(spelt, language: language)) { words.insert(String(word)) }
          }
        }
      }
      vocabulary = words
      return words
    }
  }
}

/// One ICU rule-based number formatter (the locale's spellout, or one built from RBNF rules), behind a lock.
final class SpelloutFormatter: Sendable {
  private let handle: SharedICUHandle
  /// Public rule set names, e.g. `%spellout-cardinal-masculine`.
  let ruleSets: [String]
  /// The ICU locale.
  let locale: String

  init(locale: String, rules: String?) {
    self.locale = locale
    let ruleUnits = rules.map { Array($0.utf16) }
    handle = SharedICUHandle(
      open: {
        var status: Int32 = 0
        guard let ruleUnits else { return cicu_spellout_open(locale, 1, &status) }
        return ruleUnits.withUnsafeBufferPointer {
          cicu_rbnf_open($0.baseAddress, Int32($0.count), locale, 1, &status)
        }
      },
      close: { cicu_spellout_close($0) })
    let names = handle.withHandle { formatter in
      ICU.stringOutput(capacity: 256) { buffer, capacity, status in
        cicu_spellout_rulesets(formatter, buffer, capacity, &status)
      }
    }
    ruleSets = ((names ?? nil) ?? "").split(separator: ";").map(String.init)
  }

  /// The value when the whole of `units` parses, else nil.
  func parseWhole(_ units: [UInt16]) -> Double? {
    let result: Double?? = handle.withHandle { formatter in
      units.withUnsafeBufferPointer { text in
        var status: Int32 = 0
        var parsed: Int32 = 0
        let value = cicu_spellout_parse(formatter, text.baseAddress, Int32(text.count), &parsed, &status)
        return !ICU.failed(status) && Int(parsed) == text.count && value.isFinite ? value : nil
      }
    }
    return result ?? nil
  }

  /// `value` spelt out with `ruleSet`.
  func format(_ value: Double, ruleSet: String) -> String? {
    let name = Array(ruleSet.utf16)
    let result: String?? = handle.withHandle { formatter in
      var status: Int32 = 0
      name.withUnsafeBufferPointer { cicu_spellout_set_ruleset(formatter, $0.baseAddress, Int32($0.count), &status) }
      guard !ICU.failed(status) else { return nil }
      return ICU.stringOutput(capacity: 64) { buffer, capacity, status in
        cicu_spellout_format(formatter, value, buffer, capacity, &status)
      }
    }
    return result ?? nil
  }
}
