/// What clustering keeps of one article of a feed: a day and a few sets of 64-bit keys. It is all the clusterer
/// ever compares, so an open cluster costs a few hundred bytes per article on top of what its check needs.
///
/// Keys are hashes of language-independent readings, so that reports of one event in English, Russian and
/// Ukrainian meet: people by the phonetic key of their surname (`NameKey`), places by their gazetteer name,
/// numbers and clock times by value. Salient words (long words, cut to six letters) only meet within a language.
public struct ArticleSignature: Sendable, Hashable {
  /// The article's id (unique among the open articles of a feed).
  public var id: String
  /// The 1-based line of the feed the article came from (0 when not from a feed).
  public var line: Int
  /// The day the feed's clock reads for this article: its `published` day, when given.
  public var published: Int?
  /// The day of the event the article tells: its main date (from the text) when one is found within a month of
  /// the published day, else the published day. Day numbers as `CivilDate.dayNumber`.
  public var day: Int?
  /// True when `day` comes from the text, not from `published`.
  public var dayFromText: Bool
  /// Phonetic surname keys of the people named.
  public var people: [UInt64]
  /// Gazetteer names of the cities, regions, waters and facilities named (countries left out: too broad).
  public var places: [UInt64]
  /// The place the report says the event happened in, when it says.
  public var venue: UInt64?
  /// Numbers (with their unit), clock times and durations stated.
  public var facts: [UInt64]
  /// Salient words of the lead: words of six letters or more, cut to six, the first `maxWords` distinct ones.
  public var words: [UInt64]

  /// A signature with every part given (tests, library users); the key arrays are sorted and deduplicated.
  public init(
    id: String, line: Int = 0, published: Int? = nil, day: Int? = nil, dayFromText: Bool = false,
    people: [UInt64] = [], places: [UInt64] = [], venue: UInt64? = nil, facts: [UInt64] = [], words: [UInt64] = []
  ) {
    self.id = id
    self.line = line
    self.published = published
    self.day = day ?? published
    self.dayFromText = dayFromText
    self.people = Self.normalized(people)
    self.places = Self.normalized(places)
    self.venue = venue
    self.facts = Self.normalized(facts)
    self.words = Self.normalized(words)
  }

  /// How many salient words an article keeps.
  public static let maxWords = 48
  /// How far (in days) a main date read from the text may lie from the published day and still be trusted.
  public static let maxTextDateDistance = 31

  static func normalized(_ keys: [UInt64]) -> [UInt64] { Array(Set(keys)).sorted() }

  /// The key of a string with a kind prefix ("p:", "l:", "n:", "w:"): FNV-1a, 64 bits.
  public static func key(_ kind: String, _ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in kind.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }

  /// The key of a person's name as written (any script, any grammatical case): the consonants of its surname as
  /// `NameKey` would spell them in Latin letters, so "Igor Semyonov", "Игорю Семёнову" and "Ігорем Семеновим"
  /// agree, with the first letter of the given name in the low byte (0 for a bare surname). Two keys name the
  /// same person when their surnames agree and their initials do not contradict (`samePerson`). Transliterations
  /// differ mostly in vowels (Mammadova / Мамедова, Yershov / Єршов), so vowels are left out; a shared person is
  /// only ever one piece of evidence among several.
  public static func personKeys(_ name: String) -> [UInt64] {
    let words = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{A0}" })
    guard let last = words.last else { return [] }
    let consonants = surnameConsonants(String(last))
    guard consonants.count >= 2 else { return [] }
    var initial: UInt64 = 0
    if words.count >= 2, var i = initialLetter(String(words[0])) {
      // Ukrainian and Russian forms of one given name may begin differently: Mykola / Nikolai, Oleksandr /
      // Aleksandr, Olena / Yelena. Initial vowels are one class, and so are m and n.
      if "aeiouy".utf8.contains(i) { i = UInt8(ascii: "a") }
      if i == UInt8(ascii: "m") { i = UInt8(ascii: "n") }
      initial = UInt64(i)
    }
    return [(key("p:", String(decoding: consonants, as: UTF8.self)) & ~0xFF) | initial]
  }

  /// Case endings with a consonant in them, stripped from Cyrillic surnames before their consonants are taken
  /// (Семёновым, Шевчуком, Литвиновского, Ковалеву).
  static let caseEndings: [[Unicode.Scalar]] = [
    "ого", "его", "ому", "ему", "ыми", "ими", "ами", "ым", "им", "ом", "ем",
  ]
  .map { Array($0.unicodeScalars) }

  /// The Latin consonants (as `NameKey.phonetic` leaves them) of each Cyrillic consonant.
  static func cyrillicConsonants(_ u: Unicode.Scalar) -> String? {
    switch u {
    case "б": return "b"
    case "в": return "v"
    case "г", "ґ", "х": return "h"
    case "д": return "d"
    case "ж", "з": return "z"
    case "к": return "k"
    case "л": return "l"
    case "м": return "m"
    case "н": return "n"
    case "п": return "p"
    case "р": return "r"
    case "с", "ш": return "s"
    case "щ": return "sc"
    case "т": return "t"
    case "ф": return "f"
    case "ц", "ч": return "c"
    default: return nil
    }
  }

  static func surnameConsonants(_ word: String) -> [UInt8] {
    var scalars = Array(word.lowercased().unicodeScalars)
    var out: [UInt8] = []
    if scalars.contains(where: { $0.value >= 0x0400 && $0.value <= 0x04FF }) {
      for e in caseEndings where scalars.count >= e.count + 4 && Array(scalars.suffix(e.count)) == e {
        scalars.removeLast(e.count)
        break
      }
      for u in scalars {
        guard let c = cyrillicConsonants(u) else { continue }
        for b in c.utf8 where out.last != b { out.append(b) }
      }
    } else {
      for b in NameKey.phonetic(NameKey.ascii(word, language: .en)).utf8
      where !"aeiou".utf8.contains(b) && out.last != b {
        out.append(b)
      }
    }
    return out
  }

  /// The first letter of a given name as `NameKey.phonetic` would begin it in Latin letters.
  static func initialLetter(_ word: String) -> UInt8? {
    guard let first = word.lowercased().unicodeScalars.first else { return nil }
    if first.value >= 0x0400 && first.value <= 0x04FF {
      switch first {
      case "а", "я": return UInt8(ascii: "a")
      case "е", "ё", "є", "э": return UInt8(ascii: "e")
      case "и", "і", "ї", "й", "ы": return UInt8(ascii: "i")
      case "о": return UInt8(ascii: "o")
      case "у", "ю": return UInt8(ascii: "u")
      default: return cyrillicConsonants(first)?.utf8.first
      }
    }
    return NameKey.phonetic(NameKey.ascii(word, language: .en)).utf8.first
  }

  /// True when two person keys can name the same person: the same surname, initials equal or one unknown.
  @inline(__always) static func samePerson(_ a: UInt64, _ b: UInt64) -> Bool {
    guard a & ~0xFF == b & ~0xFF else { return false }
    let ia = a & 0xFF
    let ib = b & 0xFF
    return ia == ib || ia == 0 || ib == 0
  }

  /// How many people two signatures share.
  static func sharedPeople(_ a: [UInt64], _ b: [UInt64]) -> Int {
    var n = 0
    for x in a where b.contains(where: { samePerson(x, $0) }) { n += 1 }
    return n
  }

  /// The signature of a document: extraction done, the document's own events resolved (main date and venue
  /// found: `EventResolution.resolve` on this document alone gives `model`). Names are keyed as written, so entity
  /// resolution is not needed (it may have run: canonical names key the same).
  public static func of(_ doc: Document, events model: EventModel, line: Int = 0) -> ArticleSignature {
    of(doc, summary: model.sources[doc.source.id], line: line)
  }

  /// The signature of a document annotated alone (`EventResolution.annotate`), before it is compacted.
  public static func of(_ doc: Document, summary: SourceEvents?, line: Int = 0) -> ArticleSignature {
    let id = doc.source.id
    let published = doc.source.published?.date.dayNumber
    var day = published
    var fromText = false
    if let main = summary?.mainDate?.dayNumber {
      if let p = published {
        if abs(main - p) <= maxTextDateDistance {
          day = main
          fromText = true
        }
      } else {
        day = main
        fromText = true
      }
    }
    var people: [UInt64] = []
    var places: [UInt64] = []
    var facts: [UInt64] = []
    for f in doc.facts {
      switch f.value {
      case .person(let p): people += personKeys(p.name)
      case .place(let p):
        if p.category != "country" { places.append(key("l:", p.name.lowercased())) }
      case .number(let q):
        // Years, ones and twos ("the two countries") say little about which event it is.
        if q.unit == nil, q.value <= 2 || (q.value >= 1900 && q.value <= 2100 && q.value == q.value.rounded()) {
          continue
        }
        facts.append(key("n:", "\(q.value)|\(q.unit ?? "")|\(q.rangeMax.map { "\($0)" } ?? "")"))
      case .time(let t): facts.append(key("t:", "\(t.hour):\(t.minute)"))
      case .duration(let s): facts.append(key("d:", "\(s)"))
      default: break
      }
    }
    var words: [UInt64] = []
    var seen: Set<UInt64> = []
    for t in doc.tokens where t.kind == .word && t.normLength >= 6 {
      let norm = t.norm
      guard norm.count >= 6 else { continue }
      let k = key("w:", String(norm.prefix(6)))
      if seen.insert(k).inserted {
        words.append(k)
        if words.count == maxWords { break }
      }
    }
    var venuePlace = summary?.venue
    if venuePlace == nil, let vf = summary?.venueFact, let f = doc.facts.first(where: { $0.id == vf }),
      case .place(let p) = f.value
    {
      venuePlace = p
    }
    let venue = venuePlace.map { key("l:", $0.name.lowercased()) }
    return ArticleSignature(
      id: id, line: line, published: published, day: day, dayFromText: fromText, people: people, places: places,
      venue: venue, facts: facts, words: words)
  }

  /// The keys candidates are found by: people by surname alone, places, facts. Words only ever add to a score
  /// (at most 2 points, short of the 4 needed to join), so an article sharing nothing but words with a cluster
  /// could never join it.
  var blockingKeys: [UInt64] { people.map { $0 & ~0xFF } + places + facts }
  /// Every key the index counts (for how common a key is among the open clusters).
  var indexedKeys: [UInt64] { blockingKeys + words }
}

/// How many elements two sorted arrays share.
@inline(__always) func sharedCount(_ a: [UInt64], _ b: [UInt64], where keep: (UInt64) -> Bool = { _ in true }) -> Int {
  var i = 0
  var j = 0
  var n = 0
  while i < a.count && j < b.count {
    if a[i] == b[j] {
      if keep(a[i]) { n += 1 }
      i += 1
      j += 1
    } else if a[i] < b[j] {
      i += 1
    } else {
      j += 1
    }
  }
  return n
}
