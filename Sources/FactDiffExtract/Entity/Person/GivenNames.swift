import FactDiffModel
import FactDiffText

/// A given name known across languages: "Dmitry", "Dmytro" and "Дмитрий" are one `GivenName`.
public struct GivenName: Sendable, Hashable {
  /// A stable id ("dmitry").
  public let canon: String
  public let gender: NameGender
  /// The Latin spelling used in canonical names ("Dmitry").
  public let display: String
  /// Every Latin spelling listed, ASCII-folded and lower-cased ("dmitry", "dmytro").
  public let latin: [String]
}

/// The given-name tables, read once: every written form (Latin spellings, Russian and Ukrainian case forms) with
/// the name and the cases it can stand for.
public enum GivenNames {
  /// One written form of a given name.
  public struct Form: Sendable, Hashable {
    /// Index into `names`.
    public let name: Int
    public let cases: CaseSet
  }

  /// Every given name.
  public static var names: [GivenName] { shared.names }

  /// The longest given name starting at token `i` (several names may share a form: "Karen").
  static func match(_ doc: EntityScan, at i: Int) -> (forms: [Form], end: Int)? {
    guard let m = shared.table.longestValues(doc, at: i) else { return nil }
    return (m.values, m.end)
  }

  /// True when a given name starts at token `i` (no allocation: for tests in scanning loops).
  static func starts(_ doc: EntityScan, at i: Int) -> Bool {
    let table = shared.table
    guard table.starts(doc, i) else { return false }
    return table.longest(doc, at: i) != nil
  }

  /// The given names a single folded word can be ("игоря" → Igor, genitive or accusative).
  public static func forms(of word: String) -> [Form] {
    shared.table.entries(word).filter { $0.words.count == 1 }.map(\.value)
  }

  struct Built: Sendable {
    var names: [GivenName] = []
    let table = EntityPhraseTable<Form>()
  }

  static let shared: Built = build()

  private static func build() -> Built {
    var b = Built()
    var seen: Set<[String]> = []
    func add(_ words: [String], _ form: Form) {
      guard !words.isEmpty, seen.insert(words + ["#\(form.name)", "\(form.cases.rawValue)"]).inserted else { return }
      b.table.add(words, form)
    }
    for text in [slavicTable, otherTable, worldTable] {
      // Foreign names ending in a vowel other than а, я do not decline in Russian or Ukrainian (Хироси, Паоло).
      let foreign = text != slavicTable
      for row in EntityTable.rows(text) where row.count >= 5 {
        let latin = EntityTable.list(row[2])
        guard let display = latin.first else { continue }
        let index = b.names.count
        let folded = latin.map { Transliteration.toASCII($0).lowercased() }
        b.names.append(
          GivenName(canon: String(row[0]), gender: NameGender(letter: row[1]), display: display, latin: folded))
        for (spelling, ascii) in zip(latin, folded) {
          add(EntityTable.words(spelling), Form(name: index, cases: .all))
          add(EntityTable.words(ascii), Form(name: index, cases: .all))
        }
        for (column, language) in [(3, Language.ru), (4, Language.uk)] {
          for n in EntityTable.list(row[column]) {
            if n.hasPrefix("=") {
              add(EntityTable.words(String(n.dropFirst())), Form(name: index, cases: .oblique))
              continue
            }
            // An indeclinable name (Chinese, Korean and Vietnamese family names).
            if n.hasPrefix("!") {
              add(EntityTable.words(String(n.dropFirst())), Form(name: index, cases: .all))
              continue
            }
            if foreign, let last = n.last, "иіоуеэєюї".contains(last) {
              add(EntityTable.words(n), Form(name: index, cases: .all))
              continue
            }
            for form in EntityDeclension.phrase(EntityTable.words(n), language, animate: true) {
              add(form.words, Form(name: index, cases: form.cases))
            }
          }
        }
      }
    }
    b.table.seal()
    return b
  }
}
