import FactDiff
import Testing

/// Text that is valid UTF-8 but built to mislead: invisible characters inside names, stacks of combining marks,
/// homoglyphs, absurd numbers, dates and times that do not exist, durations of 10^12 hours. Each is read, gives
/// sensible facts (or none), never a wrong reading, and every output stays safe.
@Suite struct TextContentTests {
  static func run(_ text: String, path: String = "hostile.txt") -> Hostile.Outcome {
    let o = Hostile.run(Array(text.utf8), path: path)
    #expect(o.read.errors.isEmpty, "\(o.read.errors)")
    Hostile.expectSafeOutput(o)
    return o
  }

  /// The entity id of the normal report's "Dmitry Peskov".
  static func peskov(_ o: Hostile.Outcome) -> String? {
    for f in o.normalFacts where f.text == "Dmitry Peskov" {
      if case .person(let p) = f.value { return p.entity }
    }
    return nil
  }

  static func entity(of text: String, in o: Hostile.Outcome) -> String? {
    for f in o.hostileFacts where f.text == text {
      if case .person(let p) = f.value { return p.entity }
    }
    return nil
  }

  /// A right-to-left override and a zero-width joiner inside names: the `hidden-text` note names both, the names
  /// are still read, and the joined name is the same person as the plain one in the normal report.
  @Test func bidiAndZeroWidthInsideNames() throws {
    let o = Self.run(
      "Foreign Minister Sergey Lav\u{202E}rov met Dmitry Pes\u{200D}kov in Istanbul on Thursday. "
        + "The talks lasted six hours.")
    let hidden = try #require(o.report.findings.first { $0.rule == "hidden-text" })
    #expect(hidden.severity == .info && hidden.sources == ["hostile"])
    #expect(hidden.message.contains("U+200D") && hidden.message.contains("U+202E"))
    #expect(hidden.evidence.map(\.position.column) == [28, 47])
    #expect(o.hostileFacts.contains { $0.kind == .person && $0.text == "Sergey Lav\u{202E}rov" })
    let peskov = try #require(Self.peskov(o))
    #expect(Self.entity(of: "Dmitry Pes\u{200D}kov", in: o) == peskov)
  }

  /// A name written with an invisible character must not lend it to the canonical name of the person, which every
  /// report's facts carry (the canonical name is the first full spelling met): names, titles, places, venues and
  /// quoted words come out without invisible characters, while each fact's `text` keeps the words as written.
  @Test func canonicalNamesHaveNoInvisibleCharacters() throws {
    let o = Self.run(
      "Dmitry Pes\u{200D}kov met Foreign Min\u{200B}ister Sergey Lav\u{202E}rov in Ist\u{2060}anbul at the "
        + "Dolma\u{00AD}bahce Pal\u{200C}ace on Thursday. \"We will keep talk\u{200D}ing about the fer\u{202E}ry line,\" "
        + "Pes\u{200D}kov said. The talks lasted six hours.")
    func visible(_ s: String?, _ what: String, _ f: Fact) {
      guard let s else { return }
      #expect(
        !s.unicodeScalars.contains { HiddenCharacters.isHidden($0.value) || $0.value == 0xAD }, "\(f.id) \(what): \(s)")
    }
    var kinds: Set<FactKind> = []
    for f in o.report.facts {
      switch f.value {
      case .person(let p):
        visible(p.name, "name", f)
        visible(p.role?.text, "title", f)
      case .place(let p):
        visible(p.name, "name", f)
        visible(p.venue, "venue", f)
      case .quote(let q): visible(q.text, "quote", f)
      default: continue
      }
      kinds.insert(f.kind)
    }
    #expect(kinds == [.person, .place, .quote])
    // The normal report's plain "Dmitry Peskov" is the same person, under the plain name.
    let peskov = try #require(o.normalFacts.first { $0.text == "Dmitry Peskov" })
    guard case .person(let p) = peskov.value else { return }
    #expect(p.name == "Dmitry Peskov")
    #expect(Self.entity(of: "Dmitry Pes\u{200D}kov", in: o) == p.entity)
    // The words as written keep every character.
    #expect(o.hostileFacts.contains { $0.kind == .person && $0.text == "Sergey Lav\u{202E}rov" })
    #expect(o.hostileFacts.contains { $0.kind == .quote && $0.text.contains("fer\u{202E}ry") })
  }

  /// Every invisible character the `hidden-text` rule knows, inside a word: each is reported, none breaks the word.
  @Test func everyInvisibleCharacter() throws {
    let invisible: [UInt32] = [
      0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061,
      0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0xE0001, 0xE0041, 0xE007F,
    ]
    var text = "Talks lasted six hours. "
    for v in invisible { text += "Pe\(Character(Unicode.Scalar(v)!))skov said. " }
    let o = Self.run(text)
    let hidden = try #require(o.report.findings.first { $0.rule == "hidden-text" })
    #expect(hidden.message.hasPrefix("the report contains \(invisible.count) invisible or bidi control characters"))
  }

  /// Stacks of thousands of combining marks on a name and on their own: read in linear time.
  @Test func stacksOfCombiningMarks() throws {
    let marks = String(repeating: "\u{0301}\u{0300}\u{0302}\u{0308}", count: 5_000)
    let o = Self.run(
      "Foreign Minister Serge\(marks)y Lavrov said the talks lasted six hours. Dmitry Pe\(marks)skov agreed. "
        + "\(marks) \(String(repeating: "\u{0489}", count: 50_000)) The talks began at 10:00.")
    #expect(o.hostileFacts.contains { $0.kind == .duration && $0.text == "six hours" })
    #expect(o.hostileFacts.contains { $0.kind == .time && $0.text == "10:00" })
    #expect(o.seconds < 30, "combining marks took \(o.seconds) s")
  }

  /// Homoglyphs: "Dmitry Реskov" with a Cyrillic Р and е is the normal report's Dmitry Peskov, not a new person.
  @Test func homoglyphNames() throws {
    let o = Self.run(
      "Dmitry \u{0420}\u{0435}skov said the talks lasted six hours. Hakan Fid\u{0430}n attended.")
    let peskov = try #require(Self.peskov(o))
    #expect(Self.entity(of: "Dmitry \u{0420}\u{0435}skov", in: o) == peskov)
  }

  /// Numbers of 400 digits (plain, money, decimal, as a duration) are not read as some smaller number, and nothing
  /// overflows.
  @Test func fourHundredDigitNumbers() throws {
    let digits = String(repeating: "9", count: 400)
    let ones = String(repeating: "1", count: 400)
    let text =
      "The ministry said \(digits) people attended and $\(ones) billion was pledged, with \(ones).\(digits) "
      + "tonnes shipped. The talks lasted \(digits) hours, or \(ones) minutes. 12 delegates attended."
    let o = Self.run(text)
    let bytes = Array(o.documents[0].source.text.utf8)
    // Every run of digits longer than 18: a fact that touches it must cover all of it.
    var runs: [Range<Int>] = []
    var i = 0
    while i < bytes.count {
      guard bytes[i] >= 0x30 && bytes[i] <= 0x39 else {
        i += 1
        continue
      }
      let s = i
      while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
      if i - s > 18 { runs.append(s..<i) }
    }
    #expect(runs.count == 6)
    for f in o.hostileFacts {
      let r = f.range.start..<f.range.end
      for run in runs where r.overlaps(run) {
        #expect(r.contains(run.lowerBound) && r.contains(run.upperBound - 1), "\(f.kind) '\(f.text)' cuts a number")
      }
      if case .number(let q) = f.value { #expect(q.value.isFinite) }
      if case .duration(let s) = f.value { #expect(s.isFinite && s >= 0) }
    }
    #expect(o.hostileFacts.contains { $0.kind == .number && $0.text.hasPrefix("12") })
  }

  /// Dates and times that do not exist are not read as dates and times (in English, Russian and Ukrainian).
  @Test(arguments: [
    (
      "en",
      "The talks were held on February 30, 2025 and on 31 April 2025, then on Feb. 29, 2025 and on 0 March. "
        + "They began at 25:61, paused at 23:60 and 99:99, and ended at 24:01. They lasted six hours."
    ),
    (
      "ru",
      "Переговоры прошли 30 февраля 2025 года и 31 апреля. Они начались в 25:61 по московскому времени, "
        + "а закончились в 23:60. Они длились шесть часов."
    ),
    (
      "uk",
      "Переговори відбулися 30 лютого 2025 року і 31 квітня. Вони почалися о 25:61 за київським часом, "
        + "а закінчилися о 23:60. Вони тривали шість годин."
    ),
  ])
  func impossibleDatesAndTimes(language: String, text: String) throws {
    let o = Self.run(text, path: "hostile-\(language).txt")
    for f in o.hostileFacts {
      switch f.value {
      case .date(let d):
        #expect(d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31, "\(f.text)")
        if let year = d.year, d.precision == .day {
          #expect(CivilDate.valid(year: year, month: d.month, day: d.day) != nil, "\(f.text) read as \(d)")
        }
      case .time(let t):
        #expect(t.hour >= 0 && t.hour < 24 && t.minute >= 0 && t.minute < 60, "\(f.text) read as \(t)")
      case .span(let a, let b):
        #expect(a.hour < 24 && b.hour < 24 && a.minute < 60 && b.minute < 60, "\(f.text)")
      default: break
      }
    }
    #expect(o.hostileFacts.contains { $0.kind == .duration }, "the sentence with a real duration was lost")
  }

  /// Durations of 10^12 hours and beyond: read as what they say (3.6 × 10^15 s) or not at all, never overflowing,
  /// and compared with the normal report's six and a half hours without trouble.
  @Test func enormousDurations() throws {
    let o = Self.run(
      "The talks lasted 1000000000000 hours. Negotiators worked for 10^12 hours, or 999999999999999999999 minutes, "
        + "for 9223372036854775807 seconds and for 18446744073709551616 years, from 10:00 to 16:20 on 1e12 days.")
    let durations = o.hostileFacts.compactMap { f -> Double? in
      if case .duration(let s) = f.value { return s }
      return nil
    }
    #expect(durations.allSatisfy { $0.isFinite && $0 >= 0 })
    if let big = o.hostileFacts.first(where: { $0.text == "1000000000000 hours" }), case .duration(let s) = big.value {
      #expect(s == 3_600_000_000_000_000)
    }
    let ru = Self.run(
      "Переговоры длились 1000000000000 часов, а затем ещё 99999999999999999999 минут.", path: "hostile-ru.txt")
    #expect(
      ru.hostileFacts.allSatisfy { f in
        if case .duration(let s) = f.value { return s.isFinite && s >= 0 }
        return true
      })
  }
}
