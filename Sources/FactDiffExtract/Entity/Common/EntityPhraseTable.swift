import FactDiffModel

/// Phrases (sequences of folded token forms, see `EntityTable.words`) mapped to values, matched forwards from a
/// token. A token position can start several phrases; `matches` lists them longest first.
struct EntityPhraseTable<Value: Sendable>: Sendable {
  struct Entry: Sendable {
    var words: [String]
    var value: Value
  }

  private(set) var byFirst: [String: [Entry]] = [:]

  init() {}

  mutating func add(_ words: [String], _ value: Value) {
    guard let first = words.first else { return }
    byFirst[first, default: []].append(Entry(words: words, value: value))
  }

  mutating func add(phrase: String, _ value: Value) { add(EntityTable.words(phrase), value) }

  /// Sorts every bucket longest phrase first; call once after the last `add`.
  mutating func seal() {
    // Longest first; among equal lengths, the one added first.
    for key in Array(byFirst.keys) {
      byFirst[key] = byFirst[key]!.enumerated().sorted {
        $0.element.words.count != $1.element.words.count
          ? $0.element.words.count > $1.element.words.count : $0.offset < $1.offset
      }.map(\.element)
    }
  }

  /// Every phrase starting at token `i` (first word compared with `first`, the form used for lookups), longest
  /// first, with the end of each match (exclusive). Words of a phrase stay on one line.
  func matches(_ tokens: [Token], at i: Int, first: String) -> [(value: Value, end: Int)] {
    guard let list = byFirst[first] else { return [] }
    var out: [(Value, Int)] = []
    for entry in list where i + entry.words.count <= tokens.count {
      if matchesRest(entry.words, tokens, i) { out.append((entry.value, i + entry.words.count)) }
    }
    return out
  }

  /// The longest phrase starting at token `i` whose value passes `accept`.
  func longest(_ tokens: [Token], at i: Int, first: String, where accept: (Value) -> Bool) -> (value: Value, end: Int)? {
    guard let list = byFirst[first] else { return nil }
    for entry in list where i + entry.words.count <= tokens.count && accept(entry.value) {
      if matchesRest(entry.words, tokens, i) { return (entry.value, i + entry.words.count) }
    }
    return nil
  }

  @inline(__always) private func matchesRest(_ words: [String], _ tokens: [Token], _ i: Int) -> Bool {
    var k = 1
    while k < words.count {
      let t = tokens[i + k]
      if t.spacing >= .newline { return false }
      if t.norm != words[k] {
        // The last word may carry an English possessive ("Turkey's").
        if k == words.count - 1, EntityWords.stripPossessive(t.norm) == words[k] { k += 1; continue }
        return false
      }
      k += 1
    }
    return true
  }
}

/// Small helpers on folded word forms.
enum EntityWords {
  /// "turkey's" → "turkey", "countries'" → "countries"; other words unchanged.
  @inline(__always) static func stripPossessive(_ norm: String) -> String {
    let u = norm.utf8
    guard u.count > 2, u.last == UInt8(ascii: "s") || u.last == UInt8(ascii: "'") else { return norm }
    if norm.hasSuffix("'s") { return String(norm.dropLast(2)) }
    if norm.hasSuffix("s'") { return String(norm.dropLast(1)) }
    return norm
  }

  /// True when the folded word ends with an English possessive.
  @inline(__always) static func isPossessive(_ norm: String) -> Bool {
    norm.hasSuffix("'s") || (norm.hasSuffix("s'") && norm.utf8.count > 2)
  }
}
