import FactDiffModel

/// Venue phrases ("at the residence of the U.S. consul general", "в резиденции генерального консула США", "at the
/// Turkish Foreign Ministry"), kept as written and attached to the place named in the same sentence, or else to
/// the report's main place (its dateline city, or the first city it names).
enum VenueFinder {
  /// For each place mention (by index), the venue phrase attached to it.
  static func find(_ doc: EntityScan, places: [PlaceMention]) -> [Int: String] {
    guard !places.isEmpty else { return [:] }
    let tokens = doc.tokens
    let nouns = nounSet(doc.language)
    var out: [Int: String] = [:]
    var i = 0
    // Read once: a static is reached through a call per use (`swift_once`), a local is not.
    let prepositions = Self.prepositions
    while i < tokens.count {
      guard doc.marks[i].contains(.word), prepositions.contains(doc.keys[i]) else {
        i += 1
        continue
      }
      // "сообщили в МИД", "уточнили в министерстве", "said at the ministry": a source, not a venue. (Looked at
      // only once a venue phrase follows: few prepositions have one.)
      guard let phrase = venuePhrase(doc, from: i, nouns: nouns),
        i == 0 || AttributionWords.attribution(doc, endingBefore: i) == nil
      else {
        i += 1
        continue
      }
      let sentence = doc.sentence(ofToken: i)
      let inSentence = places.indices.filter {
        doc.sentence(ofToken: places[$0].range.lowerBound) == sentence && !phrase.contains(places[$0].range.lowerBound)
          && !places[$0].dateline
      }
      func isCity(_ k: Int) -> Bool { places[k].place.map { Gazetteer.places[$0].kind == .city } ?? true }
      // A phrase that names a country of its own ("at Mongolia's Ministry of Road") is in that country: it belongs
      // to a dateline in another country ("MOSCOW — …") no more than to a city there.
      let phraseCountries = Set(
        places.filter { phrase.contains($0.range.lowerBound) }.compactMap {
          $0.place.flatMap { Gazetteer.places[$0].country }
        })
      func sameCountry(_ k: Int) -> Bool {
        guard !phraseCountries.isEmpty else { return true }
        guard let c = places[k].place.flatMap({ Gazetteer.places[$0].country }) else { return false }
        return phraseCountries == [c]
      }
      // Of the sentence's cities named after "in", "at", "в", "у", the one nearest the phrase: "paintings from the
      // Kharkiv museum … at a ceremony at the Foreign Office in Berlin" is in Berlin; else its first city.
      func distance(_ k: Int) -> Int {
        let r = places[k].range
        return r.lowerBound >= phrase.upperBound ? r.lowerBound - phrase.upperBound : phrase.lowerBound - r.upperBound
      }
      func afterPreposition(_ k: Int) -> Bool {
        let b = places[k].range.lowerBound
        return b > 0 && doc.marks[b - 1].contains(.word) && prepositions.contains(doc.keys[b - 1])
      }
      let cities = inSentence.filter(isCity)
      let target =
        cities.filter(afterPreposition).min(by: { distance($0) < distance($1) })
        ?? cities.first
        ?? places.indices.first { places[$0].dateline && isCity($0) && sameCountry($0) }
        ?? places.indices.first { isCity($0) && sameCountry($0) }
      if let target, out[target] == nil { out[target] = doc.text(phrase) }
      i = phrase.upperBound
    }
    return out
  }

  /// The phrase from the preposition at `i` through its venue noun and the words that qualify it, or nil when no
  /// venue noun comes within the first few words.
  static func venuePhrase(_ doc: EntityScan, from i: Int, nouns: KeyIndex) -> Range<Int>? {
    let tokens = doc.tokens
    let sentence = doc.sentence(ofToken: i)
    var j = i + 1
    var noun: Int?
    // Up to four words before the noun: "the Turkish Foreign", "the ministry's".
    while j < tokens.count, j <= i + 5, doc.sentence(ofToken: j) == sentence {
      let t = tokens[j]
      if t.kind == .word, nouns.contains(doc.bareKeys[j]) {
        noun = j
        if doc.bareKeys[j] == doc.keys[j] { break }
      }
      if t.kind != .word && !(t.key == "." && j > 0 && tokens[j - 1].norm.count == 1) { break }
      if prepositions.contains(doc.keys[j]) || doc.keys[j] == Self.onKey { break }
      if doc.language == .en, j > i + 1, t.kind == .word, !t.isCapitalized, !["the", "a"].contains(t.norm),
        noun == nil, !nouns.contains(doc.bareKeys[j]), doc.bareKeys[j] == doc.keys[j],
        !englishModifiers.contains(doc.keys[j])
      {
        break
      }
      j += 1
    }
    guard let n = noun else { return nil }
    // Qualifiers after the noun: "of the U.S. consul general", "генерального консула США", "правительства Армении".
    var end = n + 1
    var k = n + 1
    let stopWords = Self.qualifierStops
    while k < tokens.count, k <= n + 10, doc.sentence(ofToken: k) == sentence {
      let t = tokens[k]
      if t.kind == .word {
        if stopWords.contains(doc.keys[k]) { break }
        if doc.language != .en, !t.isCapitalized, !qualifies(t.norm, doc.language) { break }
        if doc.language == .en, !t.isCapitalized, !["of", "the", "a"].contains(t.norm), k > n + 1,
          !["of", "the", "s"].contains(tokens[k - 1].norm), tokens[k - 1].kind == .word, !tokens[k - 1].isCapitalized
        {
          // Two lower-case words in a row that are not "of the": the phrase is over unless it names a person's office.
          if !["consul", "general", "ambassador", "minister", "president", "prime"].contains(t.norm) { break }
        }
        end = k + 1
        k += 1
        continue
      }
      if t.key == ".", k > 0, tokens[k - 1].norm.count == 1, tokens[k - 1].kind == .word { k += 1; end = k; continue }
      break
    }
    // Drop a trailing preposition-like word.
    while end > n + 1, ["of", "the"].contains(tokens[end - 1].norm) { end -= 1 }
    return i..<end
  }

  /// A lower-case Russian or Ukrainian word that can qualify a venue noun: a title ("консула") or a word in the
  /// genitive, not a past-tense verb ("началась", "прошла").
  static func qualifies(_ w: String, _ language: Language) -> Bool {
    if RoleVocabulary.table(language).entries(w).contains(where: { $0.words.count == 1 }) {
      return true
    }
    for verb in ["ла", "ло", "ли", "лся", "лась", "лось", "лись", "ся", "сь", "ть"] where w.hasSuffix(verb) {
      return false
    }
    let endings =
      language == .ru
      ? ["ого", "его", "ой", "ей", "ых", "их", "ии", "ия", "а", "я", "ы", "и", "ов", "ев"]
      : ["ого", "ього", "ої", "ьої", "их", "а", "я", "и", "і", "ів", "ії", "у", "ю"]
    return endings.contains { w.hasSuffix($0) }
  }

  /// Lower-case words that may stand before an English venue noun ("the Armenian government building").
  static let englishModifiers = WordHash.set([
    "government", "state", "presidential", "federal", "regional", "city", "foreign", "defence", "defense", "energy",
    "economy", "trade", "finance", "justice", "interior", "national", "official", "royal", "diplomatic", "guest",
    "main", "old", "new", "prime", "conference", "press", "international", "trade",
  ])

  /// Words that end a venue phrase after its noun.
  static let qualifierStops = WordHash.set([
    "in", "on", "at", "for", "to", "from", "and", "where", "which", "that", "with", "after", "before", "when", "ran",
    "в", "во", "на", "с", "со", "и", "где", "после", "до", "у", "з", "та", "і", "де", "по", "о", "об",
  ])

  static let onKey = WordHash.of("on")

  static let prepositions = WordHash.set(["at", "in", "inside", "в", "во", "на", "у"])

  static func nounSet(_ language: Language) -> KeyIndex {
    switch language {
    case .en: return english
    case .ru: return russian
    case .uk: return ukrainian
    }
  }

  private static let english = WordHash.set(
    englishNouns.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  private static let russian = WordHash.set(
    russianNouns.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  private static let ukrainian = WordHash.set(
    ukrainianNouns.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
