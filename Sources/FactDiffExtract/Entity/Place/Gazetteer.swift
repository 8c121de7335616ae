import FactDiffModel
import FactDiffText

/// One place of the gazetteer.
public struct GazetteerPlace: Sendable, Hashable {
  /// What kind of place it is.
  public enum Kind: String, Sendable {
    case country, city, region, water
  }

  /// The canonical English name ("Istanbul").
  public let name: String
  public let kind: Kind
  /// ISO 3166 alpha-2 code of the country it lies in (for a country, its own), if any.
  public let country: String?
  /// The IANA zone of the place, where one fits.
  public let timezone: String?
}

/// Countries, capitals, major cities, a few regions and seas, with their English, Russian and Ukrainian names in
/// every case form. Built once, on first use, from the tables in `Gazetteer*.swift`.
public enum Gazetteer {
  /// Every place; a place's index is its id within one build of factdiff.
  public static var places: [GazetteerPlace] { shared.places }

  /// The index of the country with this ISO code.
  public static func country(iso: String) -> Int? { shared.countryByISO[iso] }

  /// The place a name stands for, in any script and case form ("Стамбуле" → Istanbul), or nil.
  public static func lookup(_ name: String) -> Int? {
    let words = EntityTable.words(name)
    return shared.table.longest(words: words).flatMap { $0.end == words.count ? $0.value : nil }
  }

  struct Built: Sendable {
    var places: [GazetteerPlace] = []
    let table = EntityPhraseTable<Int>()
    var countryByISO: [String: Int] = [:]
  }

  static let shared: Built = build()

  /// The phrase table of every form of every place.
  static var table: EntityPhraseTable<Int> { shared.table }

  private static func build() -> Built {
    var b = Built()
    var seen: Set<[String]> = []
    func add(_ words: [String], _ index: Int) {
      guard !words.isEmpty, seen.insert(words + ["#\(index)"]).inserted else { return }
      b.table.add(words, index)
    }
    for text in [countryTable, cityTable, moreCityTable, worldCityTable] {
      for row in EntityTable.rows(text) where row.count >= 6 {
        let english = EntityTable.list(row[0])
        guard let name = english.first else { continue }
        let kind: GazetteerPlace.Kind
        switch row[5] {
        case "k": kind = .country
        case "r": kind = .region
        case "w": kind = .water
        default: kind = .city
        }
        let iso = row[3].isEmpty ? nil : String(row[3])
        let zone = row[4].isEmpty ? nil : String(row[4])
        let index = b.places.count
        b.places.append(GazetteerPlace(name: name, kind: kind, country: iso, timezone: zone))
        if kind == .country, let iso, b.countryByISO[iso] == nil { b.countryByISO[iso] = index }
        for e in english {
          add(EntityTable.words(e), index)
          let ascii = Transliteration.toASCII(e)
          if ascii != e { add(EntityTable.words(ascii), index) }
        }
        for (column, language) in [(1, Language.ru), (2, Language.uk)] {
          for n in EntityTable.list(row[column]) {
            if n.hasPrefix("=") {
              add(EntityTable.words(String(n.dropFirst())), index)
              continue
            }
            let words = EntityTable.words(n)
            // All-caps abbreviations (США, РФ) do not decline.
            if n.count <= 4, n == n.uppercased() {
              add(words, index)
              continue
            }
            for form in EntityDeclension.phrase(words, language) { add(form.words, index) }
          }
        }
      }
    }
    b.table.seal()
    return b
  }
}
