import FactDiffModel

/// Bidi controls and invisible characters inside a report's text.
struct HiddenText: Check {
  static let info = RuleInfo(
    id: "hidden-text", fact: .text, scope: .withinSource, severity: .info,
    summary: "A report contains bidi controls or invisible characters that can hide or reorder words.",
    documentation: """
      Right-to-left overrides (U+202E), other bidi controls, zero-width spaces and joiners, word joiners and tag \
      characters do not show on screen but change what a reader sees or what a search finds: a name can be \
      reversed or split invisibly. factdiff still reads the text (extraction skips these characters), and notes \
      where they are. A byte-order mark at the very start and soft hyphens are not reported.
      """,
    example: "a name typed as \"Lav\u{200B}rov\" (with a zero-width space)",
    quietExample: "ordinary text, a byte-order mark at the start, soft hyphens")
  static let unit = CheckUnit.documents

  static func isHidden(_ v: UInt32) -> Bool {
    switch v {
    case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xE0000...0xE007F:
      return true
    default: return false
    }
  }

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for doc in context.documents(part) {
      var hits: [(Int, Int, UInt32)] = []
      var offset = 0
      for u in doc.source.text.unicodeScalars {
        let len = UTF8.width(u)
        if Self.isHidden(u.value) && !(u.value == 0xFEFF && offset == 0) { hits.append((offset, len, u.value)) }
        offset += len
      }
      guard !hits.isEmpty else { continue }
      let evidence = hits.prefix(20).map { (o, l, v) -> Evidence in
        let pos = doc.source.position(of: TextRange(o, o + l))
        let hex = String(v, radix: 16, uppercase: true)
        return Evidence(
          source: doc.source.id, path: doc.source.path, position: pos,
          text: "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
      }
      let kinds = Set(hits.map { $0.2 }).sorted().map { v -> String in
        let hex = String(v, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      }
      out.append(
        Finding(
          rule: Self.info.id, fact: .text, scope: .withinSource, severity: .info, sources: [doc.source.id],
          message:
            "the report contains \(hits.count) invisible or bidi control character\(hits.count == 1 ? "" : "s") (\(kinds.joined(separator: ", "))) that can hide or reorder words",
          evidence: Array(evidence), event: nil, slot: nil))
    }
    return out
  }
}
