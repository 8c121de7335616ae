import FactDiffModel

/// Phrases (sequences of folded token forms, see `EntityTable.words`) mapped to values, matched forwards from a
/// token on hashed keys (`EntityScan`). A token position can start several phrases; `matches` lists them longest
/// first, and among equal lengths the one added first.
///
/// A class, so that handing a table to a scanning loop costs one reference count, not one per array. It is filled
/// (`add`) and sealed once while a static table is built, before any other thread can see it, and only read after:
/// hence `@unchecked Sendable`.
final class EntityPhraseTable<Value: Sendable>: @unchecked Sendable {
  struct Entry: Sendable {
    var words: [UInt64]
    var value: Value
  }

  /// Entries by the key of their first word (while building; `seal` indexes them).
  private(set) var byFirst: [UInt64: [Entry]] = [:]
  /// After `seal`, flat and free of reference counting in the scanning loops: each bucket is a run of `slots`
  /// (longest phrase first); a slot points at its words in `words` and its value in `values`.
  private struct Slot: Sendable {
    var wordStart: Int32
    var wordCount: Int32
    var value: Int32
  }
  /// The sealed table, immutable: a look-up reads `flat` once and then only constants (reading a `var` of a class
  /// is checked for exclusive access every time, which in the scanning loops cost more than the look-up itself).
  private final class Flat: Sendable {
    /// First-word key → bucket number.
    let index: KeyIndex
    let bucketStart: [Int32]
    let slots: [Slot]
    let words: [UInt64]
    let values: [Value]
    /// Per bucket: whether it holds a one-word phrase.
    let singleWord: [Bool]

    init(
      index: KeyIndex, bucketStart: [Int32], slots: [Slot], words: [UInt64], values: [Value], singleWord: [Bool]
    ) {
      self.index = index
      self.bucketStart = bucketStart
      self.slots = slots
      self.words = words
      self.values = values
      self.singleWord = singleWord
    }
  }
  private var flat = Flat(index: KeyIndex([]), bucketStart: [0], slots: [], words: [], values: [], singleWord: [])

  init() {}

  func add(_ words: [String], _ value: Value) {
    guard let first = words.first else { return }
    byFirst[WordHash.of(first), default: []].append(Entry(words: words.map(WordHash.of), value: value))
  }

  func add(phrase: String, _ value: Value) { add(EntityTable.words(phrase), value) }

  /// Sorts every bucket longest phrase first and lays the table out flat; call once after the last `add`.
  func seal() {
    var pairs: [(UInt64, Int32)] = []
    var bucketStart: [Int32] = []
    var slots: [Slot] = []
    var words: [UInt64] = []
    var values: [Value] = []
    var singleWord: [Bool] = []
    for key in byFirst.keys.sorted() {
      let sorted = byFirst[key]!.enumerated().sorted {
        $0.element.words.count != $1.element.words.count
          ? $0.element.words.count > $1.element.words.count : $0.offset < $1.offset
      }.map(\.element)
      byFirst[key] = sorted
      pairs.append((key, Int32(bucketStart.count)))
      bucketStart.append(Int32(slots.count))
      for e in sorted {
        slots.append(Slot(wordStart: Int32(words.count), wordCount: Int32(e.words.count), value: Int32(values.count)))
        words.append(contentsOf: e.words)
        values.append(e.value)
      }
      singleWord.append(sorted.contains { $0.words.count == 1 })
    }
    bucketStart.append(Int32(slots.count))
    flat = Flat(
      index: KeyIndex(pairs), bucketStart: bucketStart, slots: slots, words: words, values: values,
      singleWord: singleWord)
  }

  /// True when some phrase starts with this word key.
  @inline(__always) func contains(_ key: UInt64) -> Bool { flat.index.contains(key) }

  /// True when a one-word phrase is this word key.
  @inline(__always) func hasSingleWord(_ key: UInt64) -> Bool {
    let f = flat
    guard let b = f.index.value(key) else { return false }
    return f.singleWord[Int(b)]
  }

  /// True when some phrase starts with the word of token `i` (or its possessive-free form).
  @inline(__always) func starts(_ doc: EntityScan, _ i: Int) -> Bool {
    let index = flat.index
    return index.contains(doc.keys[i]) || (doc.bareKeys[i] != doc.keys[i] && index.contains(doc.bareKeys[i]))
  }

  /// Entries starting with a single folded word (not for scanning loops).
  func entries(_ word: String) -> [Entry] { byFirst[WordHash.of(word)] ?? [] }

  /// The values of the longest phrases starting at token `i` (several entries can share words), and where they end;
  /// a word with an English possessive matches one-word phrases by its bare form when nothing matches otherwise.
  func longestValues(_ doc: EntityScan, at i: Int) -> (values: [Value], end: Int)? {
    let f = flat
    let (index, bucketStart, slots, values) = (f.index, f.bucketStart, f.slots, f.values)
    var out: [Value] = []
    var end = 0
    if let b = index.value(doc.keys[i]) {
      for k in Int(bucketStart[Int(b)])..<Int(bucketStart[Int(b) + 1]) {
        let slot = slots[k]
        let n = Int(slot.wordCount)
        guard i + n <= doc.keys.count, out.isEmpty || i + n == end, matchesRest(slot, doc, i, f.words) else {
          continue
        }
        end = i + n
        out.append(values[Int(slot.value)])
      }
    }
    if out.isEmpty, doc.bareKeys[i] != doc.keys[i], let b = index.value(doc.bareKeys[i]) {
      for k in Int(bucketStart[Int(b)])..<Int(bucketStart[Int(b) + 1]) where slots[k].wordCount == 1 {
        out.append(values[Int(slots[k].value)])
        end = i + 1
      }
    }
    return out.isEmpty ? nil : (out, end)
  }

  /// The longest phrase starting at token `i` whose value passes `accept`.
  func longest(_ doc: EntityScan, at i: Int, where accept: (Value) -> Bool = { _ in true }) -> (value: Value, end: Int)?
  {
    let f = flat
    let (index, bucketStart, slots, values) = (f.index, f.bucketStart, f.slots, f.values)
    if let b = index.value(doc.keys[i]) {
      for k in Int(bucketStart[Int(b)])..<Int(bucketStart[Int(b) + 1]) {
        let slot = slots[k]
        let n = Int(slot.wordCount)
        guard i + n <= doc.keys.count, matchesRest(slot, doc, i, f.words) else { continue }
        let v = values[Int(slot.value)]
        if accept(v) { return (v, i + n) }
      }
    }
    if doc.bareKeys[i] != doc.keys[i], let b = index.value(doc.bareKeys[i]) {
      for k in Int(bucketStart[Int(b)])..<Int(bucketStart[Int(b) + 1]) where slots[k].wordCount == 1 {
        let v = values[Int(slots[k].value)]
        if accept(v) { return (v, i + 1) }
      }
    }
    return nil
  }

  /// The longest phrase at the start of a short text's folded words (a single name, not a document).
  func longest(words text: [String]) -> (value: Value, end: Int)? {
    let f = flat
    let (bucketStart, slots, words, values) = (f.bucketStart, f.slots, f.words, f.values)
    guard let first = text.first, let b = f.index.value(WordHash.of(first)) else { return nil }
    let keys = text.map(WordHash.of)
    for k in Int(bucketStart[Int(b)])..<Int(bucketStart[Int(b) + 1]) {
      let slot = slots[k]
      let n = Int(slot.wordCount)
      guard n <= keys.count else { continue }
      let start = Int(slot.wordStart)
      if (0..<n).allSatisfy({ keys[$0] == words[start + $0] }) { return (values[Int(slot.value)], n) }
    }
    return nil
  }

  @inline(__always) private func matchesRest(_ slot: Slot, _ doc: EntityScan, _ i: Int, _ words: [UInt64]) -> Bool {
    let n = Int(slot.wordCount)
    let start = Int(slot.wordStart)
    var k = 1
    while k < n {
      if doc.tokens[i + k].spacing >= .newline { return false }
      let w = words[start + k]
      if doc.keys[i + k] != w {
        // The last word may carry an English possessive ("Turkey's").
        if k == n - 1, doc.bareKeys[i + k] == w { k += 1; continue }
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
