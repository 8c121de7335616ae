import Testing
import _FactDiffTestSupport

@testable import FactDiffExtract

@Suite struct TokenizerTests {
  @Test(arguments: [
    ("Встреча началась в 10:00", ["встреча", "началась", "в", "10", ":", "00"]),
    ("“week’s” — 10:00–16:20", ["\"", "week's", "\"", "-", "10", ":", "00", "-", "16", ":", "20"]),
    ("Семёнов и Семенов", ["семенов", "и", "семенов"]),
    ("дев’яти угод", ["дев'яти", "угод"]),
    ("ЭР-РИЯД, 20 марта", ["эр", "-", "рияд", ",", "20", "марта"]),
    ("Lav\u{200B}rov", ["lavrov"]),
    ("1\u{00A0}200 people", ["1", "200", "people"]),
    ("Chișinău", ["chișinău"]),
    ("7,5часа", ["7", ",", "5", "часа"]),
  ])
  func norms(_ text: String, _ expected: [String]) {
    #expect(Tokenizer.tokenize(text).map(\.norm) == expected)
  }

  /// Words of ASCII letters take a shortcut in the tokenizer: every length up to the key's capacity and past it, at
  /// the end of the text and before a mark, must give the key of the lower-cased word and the right case flags.
  @Test(arguments: [1, 2, 7, 8, 9, 15, 16, 17, 24, 25, 31, 32, 33, 40])
  func asciiWordsOfEveryLength(_ length: Int) {
    let letters = Array("MinisterOfForeignAffairsKazakhstanRepublicX")
    let word = String((0..<length).map { letters[$0 % letters.count] })
    let upper = word.uppercased()
    for text in [word, word + ".", "(" + word + ")", upper, upper + " x"] {
      let tokens = Tokenizer.tokenize(text)
      let t = tokens.first { $0.kind == .word }
      #expect(t?.norm == word.lowercased(), "\(text)")
      #expect(t?.key == WordKey(word.lowercased()), "\(text)")
      #expect(t?.flags.contains(.capitalized) == true, "\(text)")
      #expect(t?.flags.contains(.allCaps) == (text.hasPrefix(upper) && length >= 2), "\(text)")
    }
  }

  /// The tokenizer finds a run of ASCII letters eight bytes at a time: each byte value in each of the eight places
  /// must be told a letter exactly when `isASCIILetter` says so.
  @Test func asciiLetterBitsAgreeWithTheByteTest() {
    for place in 0..<8 {
      for x in 0...255 {
        // The other seven bytes a letter, then a non-letter, so that neighbours cannot hide a carry.
        for filler: UInt8 in [0x61, 0x5A, 0x20, 0xFF, 0x7F, 0x80] {
          var v = UInt64(0)
          for k in 0..<8 { v |= UInt64(k == place ? UInt8(x) : filler) << UInt64(8 * k) }
          let bits = Tokenizer.asciiLetterBits(v)
          for k in 0..<8 {
            let byte = k == place ? UInt8(x) : filler
            let set = (bits >> UInt64(8 * k + 7)) & 1 == 1
            #expect(set == Tokenizer.isASCIILetter(byte), "byte \(byte) at \(k), filler \(filler)")
          }
          #expect(bits & ~0x8080_8080_8080_8080 == 0)
        }
      }
    }
  }

  /// The run's end found eight bytes at a time must be the one found byte by byte, wherever the run stops (up to
  /// 40 bytes; past that only "longer than 32" matters) and however close to the end of the text.
  @Test func asciiLetterRunAgreesWithTheByteLoop() {
    var rng = SystemRandomNumberGenerator()
    let alphabet: [UInt8] = Array("aZqM'’-1 .é".utf8) + [0x00, 0x7F, 0x80, 0xC3, 0xFF, 0x40, 0x5B, 0x60, 0x7B]
    for _ in 0..<4000 {
      let count = Int.random(in: 1...60, using: &rng)
      var bytes = (0..<count).map { _ in alphabet.randomElement(using: &rng)! }
      let start = Int.random(in: 0..<count, using: &rng)
      bytes[start] = Bool.random(using: &rng) ? 0x61 : 0x4B
      // Long letter runs are what the eight-byte steps read.
      if Bool.random(using: &rng) {
        for k in start..<min(count, start + Int.random(in: 0...45, using: &rng)) { bytes[k] = 0x62 }
      }
      bytes.withUnsafeBufferPointer { b in
        var slow = start + 1
        while slow < b.count, Tokenizer.isASCIILetter(b[slow]) { slow += 1 }
        let fast = Tokenizer.asciiLetterRun(b, from: start)
        if slow - start <= 40 {
          #expect(fast == slow, "\(bytes) from \(start)")
        } else {
          #expect(fast - start > 32 && fast <= slow, "\(bytes) from \(start)")
        }
      }
    }
  }

  /// Words of ASCII letters in mixed case, anywhere in a text and at its very end, keep the key of the general path.
  @Test func asciiWordsInRunningText() {
    var rng = SystemRandomNumberGenerator()
    let letters = Array("abcxyzABCXYZ")
    for _ in 0..<2000 {
      let words = (0..<Int.random(in: 1...6, using: &rng)).map { _ in
        String((0..<Int.random(in: 1...36, using: &rng)).map { _ in letters.randomElement(using: &rng)! })
      }
      let text = words.joined(separator: [" ", ", ", "\n", "-", " («"].randomElement(using: &rng)!)
      let got = Tokenizer.tokenize(text).filter { $0.kind == .word }
      #expect(got.map(\.key) == words.map { WordKey($0.lowercased()) }, "\(text)")
      #expect(got.map(\.norm) == words.map { $0.lowercased() }, "\(text)")
      for (t, w) in zip(got, words) {
        let ups = w.filter(\.isUppercase).count
        #expect(t.flags.contains(.allCaps) == (ups == w.count && w.count >= 2), "\(w)")
        #expect(t.flags.contains(.capitalized) == w.first!.isUppercase, "\(w)")
        #expect(t.flags.contains(.latin))
      }
    }
  }

  @Test func rangesPointIntoTheText() {
    let text = "СТАМБУЛ, 27 февраля — talks"
    let tokens = Tokenizer.tokenize(text)
    let bytes = Array(text.utf8)
    for t in tokens {
      let word = String(decoding: bytes[t.start..<t.end], as: UTF8.self)
      #expect(!word.isEmpty)
    }
    #expect(tokens[0].flags.contains(.allCaps))
    #expect(tokens[0].flags.contains(.cyrillic))
    #expect(tokens.first { $0.norm == "-" }?.flags.contains(.longDash) == true)
  }

  @Test func spacingKinds() {
    let tokens = Tokenizer.tokenize("a b\u{00A0}c\nd\n\ne")
    #expect(tokens.map(\.spacing) == [.paragraph, .space, .narrow, .newline, .paragraph])
  }

  @Test func homoglyphWordIsFlagged() {
    let t = Tokenizer.tokenize("Рutin")  // Cyrillic Р
    #expect(t.count == 1)
    #expect(t[0].flags.contains(.mixedScript))
  }

  @Test func quotesKeepTheirSide() {
    let t = Tokenizer.tokenize("«Да» „так“")
    #expect(t.map(\.norm) == ["\"", "да", "\"", "\"", "так", "\""])
    #expect(t[0].flags.contains(.openQuote))
    #expect(t[2].flags.contains(.closeQuote))
  }

  @Test func neverStallsOnHostileBytes() {
    let text =
      String(decoding: [0xFF, 0xC3, 0x28, 0x41, 0xE2, 0x82, 0xF0, 0x9F, 0x98], as: UTF8.self)
      + "\u{202E}abc\u{0301}\u{0301}"
    let t = Tokenizer.tokenize(text)
    #expect(t.count < 20)
  }
}

@Suite struct WordKeyTests {
  @Test func equalBytesEqualKeys() {
    #expect(WordKey("переговоры") == Tokenizer.tokenize("Переговоры")[0].key)
    #expect(WordKey("семенов") == Tokenizer.tokenize("Семёнов")[0].key)
    #expect(WordKey("a") != WordKey("b"))
    let long = String(repeating: "ж", count: 40)
    #expect(WordKey(long) == WordKey(long))
    #expect(WordKey(long) != WordKey(long + "а"))
  }

  /// A scalar's key, built without a buffer, is the key of its one-scalar string, for every UTF-8 length.
  @Test(
    arguments: ["%", "№", "€", "°", "—", "\u{1F600}", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}"]
      as [Unicode.Scalar])
  func scalarKeysMatchStringKeys(_ scalar: Unicode.Scalar) {
    #expect(WordKey(scalar: scalar) == WordKey(String(scalar)))
    #expect(WordKey(scalar: scalar).length == UInt32(String(scalar).utf8.count))
  }

  /// Punctuation compared by scalar: ASCII marks by their byte, others by their key; a dash of any length is "-".
  @Test func punctuationByScalar() {
    let t = Tokenizer.tokenize("a, № 5 — b")
    #expect(t[1].isPunct(","))
    #expect(!t[1].isPunct("."))
    #expect(t[2].isPunct("№"))
    #expect(t[4].isPunct("-"))
    #expect(!t[0].isPunct("a"))
  }

  @Test func prefixes() {
    #expect(WordKey("началась").hasPrefix(WordKey("начал")))
    #expect(!WordKey("нача").hasPrefix(WordKey("начал")))
    #expect(WordKey("talks").hasPrefix(WordKey("")))
  }
}

@Suite struct SentenceSplitterTests {
  func sentences(_ text: String, _ language: Language = .en) -> [String] {
    let tokens = Tokenizer.tokenize(text)
    let bytes = Array(text.utf8)
    return SentenceSplitter.split(tokens, language: language).map {
      String(decoding: bytes[$0.range.start..<$0.range.end], as: UTF8.self)
    }
  }

  @Test func abbreviationsAndTimes() {
    #expect(sentences("Talks began at 10 a.m. The sides met on Feb. 18 in Riyadh.").count == 2)
    #expect(sentences("The U.S. consul hosted them. S. Lavrov spoke.").count == 2)
    #expect(sentences("It began at 4 p.m. Moscow time and ended late.").count == 1)
  }

  @Test func russianAndUkrainian() {
    #expect(sentences("СТАМБУЛ, 27 февраля. Консультации прошли в Стамбуле. С. В. Лавров выступил.", .ru).count == 3)
    #expect(sentences("Зустріч відбулася у 2025 р. Сторони домовилися.", .uk).count == 2)
  }

  @Test func quotesCloseAfterTheStop() {
    let s = sentences("“We agreed.” Rusu said so. «Да». Потом")
    #expect(s.first == "“We agreed.”")
  }

  @Test func paragraphsAlwaysSplit() {
    #expect(sentences("A headline without a stop\n\nThe body starts here.").count == 2)
  }
}
