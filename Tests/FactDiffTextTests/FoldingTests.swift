import FactDiffText
import Testing

/// Every character typographic folding rewrites, with what it becomes ("" = removed).
let typographicTable: [(Unicode.Scalar, String)] = [
  ("\u{2010}", "-"), ("\u{2011}", "-"), ("\u{2012}", "-"), ("\u{2013}", "-"), ("\u{2014}", "-"), ("\u{2015}", "-"),
  ("\u{2212}", "-"), ("\u{FE58}", "-"), ("\u{FE63}", "-"), ("\u{FF0D}", "-"),
  ("\u{2018}", "'"), ("\u{2019}", "'"), ("\u{201A}", "'"), ("\u{201B}", "'"), ("\u{2032}", "'"),
  ("\u{201C}", "\""), ("\u{201D}", "\""), ("\u{201E}", "\""), ("\u{201F}", "\""), ("\u{00AB}", "\""),
  ("\u{00BB}", "\""), ("\u{2039}", "\""), ("\u{203A}", "\""), ("\u{2033}", "\""),
  ("\u{00A0}", " "), ("\u{2000}", " "), ("\u{2001}", " "), ("\u{2002}", " "), ("\u{2003}", " "), ("\u{2004}", " "),
  ("\u{2005}", " "), ("\u{2006}", " "), ("\u{2007}", " "), ("\u{2008}", " "), ("\u{2009}", " "), ("\u{200A}", " "),
  ("\u{202F}", " "), ("\u{205F}", " "), ("\u{3000}", " "), ("\u{1680}", " "),
  ("\u{00AD}", ""), ("\u{200B}", ""), ("\u{200C}", ""), ("\u{200D}", ""), ("\u{2060}", ""), ("\u{FEFF}", ""),
  ("\u{200E}", ""), ("\u{200F}", ""), ("\u{202A}", ""), ("\u{202B}", ""), ("\u{202C}", ""), ("\u{202D}", ""),
  ("\u{202E}", ""), ("\u{2066}", ""), ("\u{2067}", ""), ("\u{2068}", ""), ("\u{2069}", ""),
]

/// Checks the offset map of a folding: every folded character maps to the start of an input character, the input
/// character (grapheme) there folds to something containing it, the end maps to the end, and the map never goes
/// backwards.
func expectRoundTrip(
  _ input: String, _ folded: FoldedText, foldsTo fold: (String) -> String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  var scalarStarts: Set<Int> = []
  var offset = 0
  for scalar in input.unicodeScalars {
    scalarStarts.insert(offset)
    offset += String(scalar).utf8.count
  }
  var graphemes: [(start: Int, character: Character)] = []
  offset = 0
  for character in input {
    graphemes.append((offset, character))
    offset += character.utf8.count
  }
  var foldedOffset = 0
  var previous = 0
  for scalar in folded.text.unicodeScalars {
    let original = folded.originalOffset(foldedOffset)
    #expect(original >= previous, "map goes backwards at \(foldedOffset)", sourceLocation: sourceLocation)
    #expect(scalarStarts.contains(original), "\(foldedOffset) maps inside a character", sourceLocation: sourceLocation)
    previous = original
    if let grapheme = graphemes.last(where: { $0.start <= original }) {
      #expect(
        fold(String(grapheme.character)).unicodeScalars.contains(scalar),
        "folded \(scalar) at \(foldedOffset) maps to \(grapheme.character) at \(original)",
        sourceLocation: sourceLocation)
    }
    foldedOffset += String(scalar).utf8.count
  }
  #expect(folded.originalOffset(folded.text.utf8.count) == input.utf8.count, sourceLocation: sourceLocation)
  #expect(folded.anchors.map(\.0) == folded.anchors.map(\.0).sorted(), sourceLocation: sourceLocation)
}

let foldingSamples = [
  "“week’s” — 10:00–16:20",
  "Ｐｕｔｉｎ и Лавров\u{00A0}— «переговоры»\u{00AD}",
  "\u{FEFF}\u{200E}Зустріч\u{202F}о 10:00\u{2009}–\u{2009}12:00\u{2069}",
  "Cafe\u{0301} ǅ ẞ ﬃ ﷺ ＂Ｘ＂ x\u{200D}",
  "a\u{00AD}\u{00AD}b\u{200B}\u{200B}",
  "",
  "plain ASCII text, nothing to do",
  "😀 — emoji\u{2060}",
]

@Suite struct FoldingTests {
  @Test("typographic folds each listed character", arguments: typographicTable)
  func typographicCharacter(_ c: Unicode.Scalar, _ expected: String) {
    let input = "Aб\(c)Z"
    let folded = Folding.typographic(input)
    #expect(folded.text == "Aб\(expected)Z")
    // "Z" still maps to "Z".
    let z = folded.text.utf8.count - 1
    #expect(folded.originalOffset(z) == input.utf8.count - 1)
  }

  @Test(
    "typographic keeps case and everything else",
    arguments: [
      ("“week’s” — 10:00–16:20", "\"week's\" - 10:00-16:20"),
      ("Лавров\u{00A0}— «мир»", "Лавров - \"мир\""),
      ("Ｐｕｔｉｎ", "Ｐｕｔｉｎ"),
      ("", ""),
      ("ASCII only", "ASCII only"),
      ("пере\u{00AD}говоры", "переговоры"),
      ("\u{FEFF}Title", "Title"),
    ])
  func typographic(_ input: String, _ expected: String) {
    #expect(Folding.typographic(input).text == expected)
  }

  @Test(
    "forMatching adds NFKC and case folding",
    arguments: [
      ("“week’s” — 10:00–16:20", "\"week's\" - 10:00-16:20"),
      ("Ｐｕｔｉｎ", "putin"),
      ("Ｐｕｔｉｎ — “week’s” Café", "putin - \"week's\" café"),
      ("СЕРГЕЙ Лавров", "сергей лавров"),
      ("ЗЕЛЕНСЬКИЙ Ґудзь", "зеленський ґудзь"),
      ("Straße", "strasse"),
      ("e\u{0301}", "é"),
      ("ﬁnal №5 ½", "final no5 1⁄2"),
      ("\u{FE31}", "-"),
      ("", ""),
    ])
  func forMatching(_ input: String, _ expected: String) {
    #expect(Folding.forMatching(input).text == expected)
    #expect(Folding.key(input) == expected)
  }

  @Test("typographic offset map round-trips", arguments: foldingSamples)
  func typographicRoundTrip(_ input: String) {
    expectRoundTrip(input, Folding.typographic(input)) { Folding.typographic($0).text }
  }

  @Test("forMatching offset map round-trips", arguments: foldingSamples)
  func matchingRoundTrip(_ input: String) {
    expectRoundTrip(input, Folding.forMatching(input)) { Folding.forMatching($0).text }
  }

  @Test func anchorsAfterEveryChange() {
    let folded = Folding.typographic("a—b")  // "—" is three bytes, "-" one
    #expect(folded.text == "a-b")
    #expect(folded.anchors.map { [$0.0, $0.1] } == [[2, 4]])
    #expect(folded.originalOffset(1) == 1)
    #expect(folded.originalOffset(2) == 4)
    #expect(folded.originalRange(0..<3) == 0..<5)
  }

  @Test func removalMapsToTheCharacterAfter() {
    let folded = Folding.typographic("x\u{200B}\u{200B}y")
    #expect(folded.text == "xy")
    #expect(folded.originalOffset(1) == 7)
  }

  @Test func unchangedTextHasNoAnchors() {
    let text = String(repeating: "Переговоры в Стамбуле, 10:00. ", count: 100)
    let folded = Folding.typographic(text)
    #expect(folded.text == text)
    #expect(folded.anchors.isEmpty)
  }

  @Test func longDocumentKeepsEveryOffset() {
    let paragraph = "«Лавров» — 10:00–12:00,\u{00A0}“Kyiv” ‒ пере\u{00AD}говоры.\n"
    let text = String(repeating: paragraph, count: 2000)
    let folded = Folding.typographic(text)
    #expect(folded.text == String(repeating: "\"Лавров\" - 10:00-12:00, \"Kyiv\" - переговоры.\n", count: 2000))
    // Each paragraph starts where it started in the input.
    let foldedLength = folded.text.utf8.count / 2000
    for k in [0, 1, 999, 1999] {
      #expect(folded.originalOffset(k * foldedLength) == k * paragraph.utf8.count)
    }
  }
}
