import FactDiffModel
import FactDiffText

/// A place named in the text.
struct PlaceMention: Sendable {
  var range: Range<Int>
  /// Index into `Gazetteer.places`, or nil for a dateline city the gazetteer does not know.
  var place: Int?
  /// The name to use when the gazetteer does not know the place (title-cased, Latin).
  var unknownName: String?
  var dateline: Bool
  /// The place names a facility ("the Zaporizhzhia plant", "АЭС «Эль-Дабаа»"): category "facility".
  var facility = false
}

/// Finds places: every capitalised word or phrase the gazetteer knows, in any case form ("Стамбуле", "Kyiv's"),
/// and the dateline of the report ("ISTANBUL, Feb 27 —", "СТАМБУЛ, 27 февраля.", "WASHINGTON —").
enum PlaceExtractor {
  static func find(_ doc: EntityScan, taken: inout [Bool]) -> [PlaceMention] {
    let tokens = doc.tokens
    var out: [PlaceMention] = []
    out.reserveCapacity(4)
    let dateline = datelineRange(doc)
    let gazetteer = Gazetteer.table
    var i = 0
    while i < tokens.count {
      guard doc.marks[i].contains(.word), !taken[i], !doc.marks[i].isDisjoint(with: [.capitalized, .allCaps]) else {
        i += 1
        continue
      }
      if gazetteer.starts(doc, i), let m = gazetteer.longest(doc, at: i),
        !(m.end - i > 1 && (i..<m.end).contains { taken[$0] })
      {
        let isDateline = dateline.map { $0.lowerBound == i } ?? false
        // "the El Dabaa nuclear plant", "АЭС «Эль-Дабаа»": the name of a facility, not where something happens.
        out.append(
          PlaceMention(
            range: i..<m.end, place: m.value, unknownName: nil, dateline: isDateline,
            facility: facilityName(doc, i..<m.end)))
        for k in i..<m.end { taken[k] = true }
        i = m.end
        continue
      }
      if let d = dateline, d.lowerBound == i {
        let words = doc.text(d)
        out.append(PlaceMention(range: d, place: nil, unknownName: titleCase(words, doc.language), dateline: true))
        for k in d { taken[k] = true }
        i = d.upperBound
        continue
      }
      i += 1
    }
    return out
  }

  /// True when a place name names a facility: before "nuclear plant", "power station", "refinery" (English), or
  /// after "АЭС", "месторождение", "НПЗ" (Russian, Ukrainian), a quotation mark between.
  static func facilityName(_ doc: EntityScan, _ r: Range<Int>) -> Bool {
    let tokens = doc.tokens
    if doc.language == .en {
      var j = r.upperBound
      var adjectives = 0
      while j < tokens.count, adjectives < 2, facilityModifiers.contains(doc.keys[j]) {
        j += 1
        adjectives += 1
      }
      return j < tokens.count && facilityHeads.contains(doc.keys[j]) && !doc.marks[j].contains(.capitalized)
    }
    var j = r.lowerBound - 1
    if j >= 0, doc.marks[j].contains(.quote) { j -= 1 }
    return j >= 0 && facilityHeads.contains(doc.keys[j])
  }

  private static let facilityModifiers = WordHash.set([
    "nuclear", "power", "hydroelectric", "hydropower", "thermal", "coal", "gas", "oil", "steel", "chemical",
    "atomic", "wind", "solar", "fertiliser", "fertilizer", "gas-fired", "coal-fired",
  ])
  private static let facilityHeads = WordHash.set([
    "plant", "plants", "station", "reactor", "reactors", "refinery", "field", "deposit", "mine", "dam", "complex",
    "аэс", "тэс", "гэс", "аэс»", "нпз", "месторождение", "месторождения", "месторождении", "комбинат", "комбината",
    "завод", "завода", "аес", "тес", "гес", "нпз", "родовище", "родовища", "родовищі", "комбінат", "комбінату",
  ])

  /// The tokens of the dateline city: all-caps words at the start of one of the first two paragraphs, followed by
  /// a comma, a dash or a bracket.
  static func datelineRange(_ doc: EntityScan) -> Range<Int>? {
    let tokens = doc.tokens
    var starts: [Int] = []
    var lastParagraph = -1
    for s in doc.sentences where s.paragraph != lastParagraph {
      lastParagraph = s.paragraph
      starts.append(s.tokens.lowerBound)
      if starts.count == 2 { break }
    }
    for s in starts {
      var j = s
      while j < tokens.count, j - s < 6 {
        let t = tokens[j]
        if t.kind == .word, t.flags.contains(.allCaps) {
          j += 1
          continue
        }
        if t.kind == .punct, t.key == "-", !t.flags.contains(.longDash), t.spacing == .none, j > s {
          j += 1
          continue
        }
        if t.kind == .punct, t.key == ".", j > s, tokens[j - 1].norm.count <= 2 {
          j += 1
          continue
        }
        break
      }
      guard j > s, j < tokens.count else { continue }
      let next = tokens[j]
      if next.kind == .punct, next.key == "," || next.key == "-" || next.key == "(" { return s..<j }
    }
    return nil
  }

  /// "НОВЫЙ ГОРОД" → "Novyy Gorod".
  static func titleCase(_ s: String, _ language: Language) -> String {
    let latin = Transliteration.toLatin(s, language: language)
    return latin.split(separator: " ").map { w in w.prefix(1).uppercased() + w.dropFirst().lowercased() }.joined(
      separator: " ")
  }
}
