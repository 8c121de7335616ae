import FactDiffModel

/// What factdiff adds to ICU's sentence breaks (UAX #29, which knows few abbreviations): a break after an initial
/// ("В. В. Путин", "J. Smith") or after a title written before a name ("проф. Иванов", "Dr. Jones") is dropped,
/// and a single line break inside a hard-wrapped paragraph is read as a space.
enum SentenceBreaks {
  /// Abbreviations that stand before a name and almost never end a sentence, lower-cased, without the dot.
  static let titles: [Language: Set<String>] = [
    .en: [
      "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "gov", "sen",
      "rep", "rev", "hon", "pres", "messrs", "mt", "ft", "vs",
    ],
    .ru: [
      "проф", "акад", "ген", "ул", "просп", "пл", "пер", "им", "св", "тов", "гр", "зам", "ред", "изд", "доц",
      "канд", "д-р", "генерал-лейт",
    ],
    .uk: [
      "проф", "акад", "ген", "вул", "просп", "пл", "пров", "ім", "св", "гр", "зам", "ред", "вид", "доц", "канд",
      "д-р",
    ],
  ]

  /// UTF-16 text for ICU with the line breaks of hard-wrapped paragraphs turned into spaces (same length, so
  /// indices do not move). A line break stays when a blank line follows, or when the line before is short (under
  /// 40 units: a heading) and the next line does not start with a lower-case letter.
  static func unwrap(_ units: [UInt16]) -> [UInt16] {
    var text = units
    var lineStart = 0
    var i = 0
    while i < text.count {
      let unit = text[i]
      guard unit == 0x0A || unit == 0x0D || unit == 0x2028 else {
        i += 1
        continue
      }
      var end = i + 1
      if unit == 0x0D, end < text.count, text[end] == 0x0A { end += 1 }
      var next = end
      while next < text.count, text[next] == 0x20 || text[next] == 0x09 { next += 1 }
      let blankFollows = next >= text.count || text[next] == 0x0A || text[next] == 0x0D || text[next] == 0x2028
      let lineLength = i - lineStart
      if !blankFollows, lineLength > 0, lineLength >= 40 || startsLowercase(text, at: next) {
        for k in i..<end { text[k] = 0x20 }
      }
      i = end
      lineStart = end
    }
    return text
  }

  private static func startsLowercase(_ text: [UInt16], at i: Int) -> Bool {
    guard i < text.count, let scalar = Unicode.Scalar(text[i]) else { return false }
    return scalar.properties.isLowercase
  }

  /// True for the ASCII blanks a whitespace-only segment is made of.
  static func isBlank(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  /// True when the UTF-8 `sentence` ends with an initial or a title, so the break after it is not real. Only the
  /// last few dozen bytes are looked at.
  static func endsWithAbbreviation(_ sentence: ArraySlice<UInt8>, language: Language) -> Bool {
    var end = sentence.endIndex
    while end > sentence.startIndex, isBlank(sentence[end - 1]) { end -= 1 }
    guard end > sentence.startIndex, sentence[end - 1] == UInt8(ascii: ".") else { return false }
    // A cut through a character at the start decodes as U+FFFD, which is not a letter: fine for a short word.
    let tail = String(decoding: sentence[max(sentence.startIndex, end - 1 - 48)..<(end - 1)], as: UTF8.self)
    var word = String.UnicodeScalarView()
    for scalar in tail.unicodeScalars.reversed() {
      guard scalar.properties.isAlphabetic || scalar == "-" else { break }
      word.append(scalar)
    }
    let letters = Array(word.reversed())
    guard let first = letters.first else { return false }
    if letters.count == 1 { return first.properties.isUppercase }
    return titles[language]?.contains(String(String.UnicodeScalarView(letters)).lowercased()) ?? false
  }
}
