import FactDiffModel

/// Tells English, Russian and Ukrainian apart, in one pass over the UTF-8 bytes.
///
/// First the script: mostly Latin letters is English, mostly Cyrillic is Russian or Ukrainian. Then, for Cyrillic,
/// the letters only Ukrainian has (і ї є ґ) against those only Russian has (ы э ё ъ), and the short words only one
/// of the two uses (Ukrainian `та`, `що`, `від`, `як`; Russian `и`, `что`, `от`, `как` …), each word weighing
/// twice a letter.
public enum LanguageDetector {
  /// The language of `text`; `fallback` (else English) when it has no letters, and for Cyrillic text with no
  /// evidence either way, `fallback` when it is Russian or Ukrainian, else Russian.
  public static func detect(_ text: String, fallback: Language? = nil) -> Language {
    var copy = text
    return copy.withUTF8 { detect(utf8: $0, fallback: fallback) }
  }

  /// `detect(_:fallback:)` over valid UTF-8 bytes.
  public static func detect(utf8 b: UnsafeBufferPointer<UInt8>, fallback: Language? = nil) -> Language {
    var latin = 0
    var cyrillic = 0
    var ukrainian = 0  // evidence, positive for Ukrainian, negative for Russian
    var key: UInt64 = 0
    var length = 0
    func endWord() {
      if length > 0, length <= maxWordLength, let w = words[key] { ukrainian += 2 * w }
      key = 0
      length = 0
    }
    var i = 0
    while i < b.count {
      let (s, n) = UTF8Encoding.decode(b, at: i)
      i += n
      if s >= 0x400 && s <= 0x4FF {
        let lower = lowercased(s)
        if s < 0x482 || s >= 0x48A {  // not the thousands sign or a combining mark
          cyrillic += 1
          switch lower {
          case 0x456, 0x457, 0x454, 0x491: ukrainian += 1
          case 0x44B, 0x44D, 0x451, 0x44A: ukrainian -= 1
          default: break
          }
          length += 1
          if length <= maxWordLength { key = key << 10 | UInt64(lower - 0x400 + 1) }
          continue
        }
      } else if (s | 0x20 >= 0x61 && s | 0x20 <= 0x7A) || (s >= 0xC0 && s <= 0x24F && s != 0xD7 && s != 0xF7) {
        latin += 1
      }
      endWord()
    }
    endWord()
    if latin == 0 && cyrillic == 0 { return fallback ?? .en }
    if latin > cyrillic { return .en }
    if ukrainian > 0 { return .uk }
    if ukrainian < 0 { return .ru }
    return fallback == .uk ? .uk : .ru
  }

  private static let maxWordLength = 6

  /// Lower case for the Cyrillic block (U+0400–U+04FF).
  private static func lowercased(_ s: UInt32) -> UInt32 {
    switch s {
    case 0x410...0x42F: return s + 0x20
    case 0x400...0x40F: return s + 0x50
    case 0x460...0x4FF where s & 1 == 0: return s + 1
    default: return s
    }
  }

  private static func key(_ word: String) -> UInt64 {
    word.unicodeScalars.reduce(0) { $0 << 10 | UInt64($1.value - 0x400 + 1) }
  }

  /// Short words found in one of the two languages only: +1 Ukrainian, −1 Russian.
  private static let words: [UInt64: Int] = {
    let uk = [
      "і", "й", "та", "що", "це", "цей", "ця", "ці", "цього", "від", "він", "вона", "воно", "вони", "як", "але",
      "у", "щодо", "його", "її", "їх", "був", "була", "було", "були", "буде", "також", "після", "під", "між",
      "коли", "вже", "чи", "яка", "який", "які", "яке", "проте", "або", "ще", "із", "зі", "з", "ж", "де", "року",
      "році", "лише", "дуже", "якщо", "має", "мають", "понад", "навіть", "тому", "там", "вчора", "раніше",
    ]
    let ru = [
      "и", "что", "это", "этот", "эта", "эти", "этого", "от", "он", "она", "оно", "они", "как", "но", "его", "ее",
      "её", "их", "был", "была", "было", "были", "будет", "также", "после", "под", "между", "когда", "уже", "ли",
      "или", "еще", "ещё", "из", "с", "со", "же", "где", "только", "очень", "года", "году", "более", "чем",
      "если", "нет", "вчера", "ранее", "даже", "там",
    ]
    var table: [UInt64: Int] = [:]
    for w in uk { table[key(w), default: 0] += 1 }
    for w in ru { table[key(w), default: 0] -= 1 }
    return table.filter { $0.value != 0 }
  }()
}
