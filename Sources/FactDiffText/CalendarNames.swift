import CICU
import FactDiffModel
import Synchronization

/// Month and weekday names in every form ICU has for a language: format and stand-alone, wide and abbreviated
/// (Russian format months are genitive: "февраля").
public enum CalendarNames {
  /// Lower-cased month names with their month number (1…12). Abbreviations are given without a trailing dot.
  /// Duplicates are removed; order: wide format, wide stand-alone, abbreviated format, abbreviated stand-alone.
  public static func months(_ language: Language) -> [(name: String, month: Int)] {
    tables(language).months
  }

  /// Lower-cased weekday names with their ISO weekday (Monday = 1 … Sunday = 7), same forms and order as `months`.
  public static func weekdays(_ language: Language) -> [(name: String, weekday: Int)] {
    tables(language).weekdays
  }

  /// The month a name stands for (any form `months` lists, compared after `Folding.key`), or nil.
  public static func month(named name: String, language: Language) -> Int? {
    tables(language).monthByName[normalize(name)]
  }

  /// The ISO weekday a name stands for (any form `weekdays` lists, compared after `Folding.key`), or nil.
  public static func weekday(named name: String, language: Language) -> Int? {
    tables(language).weekdayByName[normalize(name)]
  }

  private struct Tables: Sendable {
    var months: [(name: String, month: Int)] = []
    var weekdays: [(name: String, weekday: Int)] = []
    var monthByName: [String: Int] = [:]
    var weekdayByName: [String: Int] = [:]
  }

  private static let cache = Mutex<[Language: Tables]>([:])

  private static func tables(_ language: Language) -> Tables {
    cache.withLock { cache in
      if let tables = cache[language] { return tables }
      let tables = load(language)
      cache[language] = tables
      return tables
    }
  }

  /// Lower-cased (by `Folding.key`), without a trailing dot.
  private static func normalize(_ name: String) -> String {
    var key = Folding.key(name)
    while key.hasSuffix(".") { key.removeLast() }
    return key
  }

  private static func load(_ language: Language) -> Tables {
    var tables = Tables()
    var status: Int32 = 0
    guard let format = cicu_datefmt_open(language.locale, &status) else { return tables }
    defer { cicu_datefmt_close(format) }
    let monthKinds = [CICU_MONTHS, CICU_STANDALONE_MONTHS, CICU_SHORT_MONTHS, CICU_STANDALONE_SHORT_MONTHS]
    let weekdayKinds = [CICU_WEEKDAYS, CICU_STANDALONE_WEEKDAYS, CICU_SHORT_WEEKDAYS, CICU_STANDALONE_SHORT_WEEKDAYS]
    for kind in monthKinds {
      // Index 0 is January; a 13th (undecimber) slot, empty in the Gregorian calendar, is skipped.
      for (index, name) in symbols(format, kind: kind).prefix(12).enumerated() where !name.isEmpty {
        if tables.monthByName[name] == nil {
          tables.monthByName[name] = index + 1
          tables.months.append((name, index + 1))
        }
      }
    }
    for kind in weekdayKinds {
      // Index 0 is empty, 1 is Sunday (ISO 7), 2 Monday (ISO 1) … 7 Saturday (ISO 6).
      for (index, name) in symbols(format, kind: kind).enumerated() where index >= 1 && index <= 7 && !name.isEmpty {
        let iso = index == 1 ? 7 : index - 1
        if tables.weekdayByName[name] == nil {
          tables.weekdayByName[name] = iso
          tables.weekdays.append((name, iso))
        }
      }
    }
    return tables
  }

  /// Every symbol of a kind, normalized (empty strings kept, so that indices stay ICU's).
  private static func symbols(_ format: UnsafeMutableRawPointer, kind: Int32) -> [String] {
    let count = cicu_datefmt_symbol_count(format, kind)
    guard count > 0 else { return [] }
    return (0..<count).map { index in
      let name = ICU.stringOutput(capacity: 32) { buffer, capacity, status in
        cicu_datefmt_symbol(format, kind, index, buffer, capacity, &status)
      }
      return normalize(name ?? "")
    }
  }
}
