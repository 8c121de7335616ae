import FactDiffModel

/// Reading of the data tables kept as multi-line strings: one row a line, fields separated by `|`, alternatives
/// inside a field by `;`. Lines that are blank or start with `#` are skipped.
enum EntityTable {
  /// The rows of a table, each split into trimmed fields.
  static func rows(_ text: String) -> [[Substring]] {
    var out: [[Substring]] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let trimmed = line.drop { $0 == " " }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      out.append(trimmed.split(separator: "|", omittingEmptySubsequences: false).map(trim))
    }
    return out
  }

  /// The `;`-separated alternatives of a field, trimmed, empty ones dropped.
  static func list(_ field: Substring?) -> [String] {
    guard let field else { return [] }
    return field.split(separator: ";").map { String(trim($0)) }.filter { !$0.isEmpty }
  }

  static func trim(_ s: Substring) -> Substring {
    var s = s
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return s
  }

  /// The folded words of a phrase, as the tokenizer would fold them (`"Эр-Рияд"` → `["эр", "-", "рияд"]`).
  static func words(_ phrase: String) -> [String] {
    Tokenizer.tokenize(phrase).map(\.norm)
  }
}
