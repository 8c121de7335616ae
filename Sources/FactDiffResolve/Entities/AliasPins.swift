import FactDiffExtract
import FactDiffModel

/// The user's alias groups (`aliases: [[Heorhii Tykhyi, Георгій Тихий]]`), each read as person mentions; a person
/// that fits any name of a group is pinned to that group.
struct AliasPins {
  private var groups: [[MentionKeys]] = []

  init(_ aliases: [[String]]) {
    var cache = KeyCache()
    for group in aliases {
      var keys: [MentionKeys] = []
      for name in group {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { continue }
        let language = Self.language(of: trimmed)
        let source = Source(id: "alias", text: trimmed, language: language)
        let doc = EntityScan(Document(source: source))
        let range = TextRange(0, trimmed.utf8.count)
        let fact = Fact(
          source: "alias", value: .person(PersonValue(name: trimmed, entity: "")), text: trimmed, range: range)
        let m = cache.mention(doc, -1, -1, fact, role: nil)
        if !m.surnames.isEmpty { keys.append(m) }
      }
      groups.append(keys)
    }
  }

  /// The group a person is pinned to, if any.
  func pin(of p: PersonProfile) -> Int? {
    for (g, keys) in groups.enumerated() where keys.contains(where: { PersonMatch.mention($0, fits: p) }) {
      return g
    }
    return nil
  }

  private static func language(of s: String) -> Language {
    var cyrillic = false
    for u in s.unicodeScalars {
      if "іїєґІЇЄҐ".unicodeScalars.contains(u) { return .uk }
      if u.value >= 0x0400 && u.value <= 0x04FF { cyrillic = true }
    }
    return cyrillic ? .ru : .en
  }
}

extension String {
  fileprivate func trimmingCharacters(in _: WhitespaceSet) -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}

fileprivate enum WhitespaceSet { case whitespaces }
