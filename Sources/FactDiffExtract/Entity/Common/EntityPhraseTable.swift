import FactDiffModel

/// Phrases (sequences of folded token forms, see `EntityTable.words`) mapped to values, matched forwards from a
/// token on hashed keys (`EntityScan`). A token position can start several phrases; `matches` lists them longest
/// first, and among equal lengths the one added first.
struct EntityPhraseTable<Value: Sendable>: Sendable {
  struct Entry: Sendable {
    var words: [UInt64]
    var value: Value
  }

  /// Entries by the key of their first word (while building; `seal` indexes them).
  private(set) var byFirst: [UInt64: [Entry]] = [:]
  /// After `seal`: first-word key → index into `buckets`.
  private var index = KeyIndex([])
  private var buckets: [[Entry]] = []

  init() {}

  /// The entries starting with a word key.
  @inline(__always) func bucket(_ key: UInt64) -> [Entry]? {
    guard let b = index.value(key) else { return nil }
    return buckets[Int(b)]
  }

  mutating func add(_ words: [String], _ value: Value) {
    guard let first = words.first else { return }
    byFirst[WordHash.of(first), default: []].append(Entry(words: words.map(WordHash.of), value: value))
  }

  mutating func add(phrase: String, _ value: Value) { add(EntityTable.words(phrase), value) }

  /// Sorts every bucket longest phrase first; call once after the last `add`.
  mutating func seal() {
    var pairs: [(UInt64, Int32)] = []
    buckets = []
    for key in byFirst.keys.sorted() {
      let sorted = byFirst[key]!.enumerated().sorted {
        $0.element.words.count != $1.element.words.count
          ? $0.element.words.count > $1.element.words.count : $0.offset < $1.offset
      }.map(\.element)
      byFirst[key] = sorted
      pairs.append((key, Int32(buckets.count)))
      buckets.append(sorted)
    }
    index = KeyIndex(pairs)
  }

  /// True when some phrase starts with the word of token `i` (or its possessive-free form).
  @inline(__always) func starts(_ doc: EntityScan, _ i: Int) -> Bool {
    index.contains(doc.keys[i]) || (doc.bareKeys[i] != doc.keys[i] && index.contains(doc.bareKeys[i]))
  }

  /// Entries starting with a single folded word.
  func entries(_ word: String) -> [Entry] { bucket(WordHash.of(word)) ?? [] }

  /// Every phrase starting at token `i`, longest first, with the end of each match (exclusive).
  func matches(_ doc: EntityScan, at i: Int) -> [(value: Value, end: Int)] {
    var out: [(Value, Int)] = []
    if let list = bucket(doc.keys[i]) {
      for entry in list where i + entry.words.count <= doc.keys.count && matchesRest(entry.words, doc, i) {
        out.append((entry.value, i + entry.words.count))
      }
    }
    if out.isEmpty, doc.bareKeys[i] != doc.keys[i], let list = bucket(doc.bareKeys[i]) {
      for entry in list where entry.words.count == 1 { out.append((entry.value, i + 1)) }
    }
    return out
  }

  /// The longest phrase starting at token `i` whose value passes `accept`.
  func longest(_ doc: EntityScan, at i: Int, where accept: (Value) -> Bool = { _ in true }) -> (value: Value, end: Int)? {
    if let list = bucket(doc.keys[i]) {
      for entry in list where i + entry.words.count <= doc.keys.count && accept(entry.value) {
        if matchesRest(entry.words, doc, i) { return (entry.value, i + entry.words.count) }
      }
    }
    if doc.bareKeys[i] != doc.keys[i], let list = bucket(doc.bareKeys[i]) {
      for entry in list where entry.words.count == 1 && accept(entry.value) { return (entry.value, i + 1) }
    }
    return nil
  }

  /// The longest phrase at the start of a short text's folded words (a single name, not a document).
  func longest(words: [String]) -> (value: Value, end: Int)? {
    guard let first = words.first, let list = bucket(WordHash.of(first)) else { return nil }
    let keys = words.map(WordHash.of)
    for entry in list where entry.words.count <= keys.count && Array(keys[0..<entry.words.count]) == entry.words {
      return (entry.value, entry.words.count)
    }
    return nil
  }

  @inline(__always) private func matchesRest(_ words: [UInt64], _ doc: EntityScan, _ i: Int) -> Bool {
    var k = 1
    while k < words.count {
      if doc.tokens[i + k].spacing >= .newline { return false }
      if doc.keys[i + k] != words[k] {
        // The last word may carry an English possessive ("Turkey's").
        if k == words.count - 1, doc.bareKeys[i + k] == words[k] { k += 1; continue }
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
    let u = norm.utf8
    guard u.count > 2, let last = u.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "'") else { return false }
    return norm.hasSuffix("'s") || norm.hasSuffix("s'")
  }
}
