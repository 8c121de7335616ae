import FactDiffModel

/// Names and texts that resolution derives for display and matching, without the invisible characters a report may
/// hide in its words: bidi controls, zero-width characters, word joiners and invisible operators, byte-order marks,
/// tag characters, soft hyphens and other controls (tab, line feed and carriage return aside). Extraction already
/// reads past them inside words ("Pes\u{200D}kov" is Peskov); this keeps them out of the canonical name of a person,
/// the name of a place, a venue, a title and a quote's words, which every report's facts carry. The `text` of a
/// fact, the words as written, keeps them (the `hidden-text` rule points at each one).
enum VisibleText {
  /// Whether scalar `v` is removed: the `hidden-text` rule's characters, the ones the tokenizer skips inside words
  /// (U+00AD, U+180E), and C0 and C1 controls but tab, line feed and carriage return.
  static func isInvisible(_ v: UInt32) -> Bool {
    switch v {
    case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF,
      0xE0000...0xE007F:
      return true
    case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F...0x9F:
      return true
    default:
      return false
    }
  }

  /// `s` without its invisible characters (`s` itself when it has none).
  static func clean(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { isInvisible($0.value) }) else { return s }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars where !isInvisible(u.value) { out.append(u) }
    return String(out)
  }

  static func clean(_ s: String?) -> String? { s.map { clean($0) } }
}
