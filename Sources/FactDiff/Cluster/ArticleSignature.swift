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

  /// The key of a person's name: the consonants of its last word's phonetic key (`NameKey`), so "Dmitry Peskov",
  /// "Дмитрий Песков" and "Пєсков" agree.
  public static func personKeys(_ name: String) -> [UInt64] {
    guard let last = name.split(whereSeparator: { $0 == " " || $0 == "-" }).last else { return [] }
    let word = Folding.key(String(last))
    // The consonants of the phonetic key: transliterations differ mostly in vowels (Mammadova / Мамедова,
    // Yershov / Єршов), and a shared person is only ever one piece of evidence among several.
    var consonants: [UInt8] = []
    for c in NameKey.key(word, language: .en).utf8 where !"aeiou".utf8.contains(c) && consonants.last != c {
      consonants.append(c)
    }
    return consonants.count >= 2 ? [key("p:", String(decoding: consonants, as: UTF8.self))] : []
  }

  /// The signature of a document: extraction done, the document's own events resolved (entity names canonical,
  /// main date found). `model` is the event model of resolving this document alone.
  public static func of(_ doc: Document, events model: EventModel, line: Int = 0) -> ArticleSignature {
    let id = doc.source.id
    let summary = model.sources[id]
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
        // Years and ones say little about which event it is.
        if q.unit == nil, q.value < 2 || (q.value >= 1900 && q.value <= 2100 && q.value == q.value.rounded()) { continue }
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
    let venue = summary?.venue.map { key("l:", $0.name.lowercased()) }
    return ArticleSignature(
      id: id, line: line, published: published, day: day, dayFromText: fromText, people: people, places: places,
      venue: venue, facts: facts, words: words)
  }

  /// All keys used for blocking, each with its kind.
  var blockingKeys: [UInt64] { people + places + facts + words }
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
