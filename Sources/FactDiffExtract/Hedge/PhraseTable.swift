import FactDiffModel

/// Multi-word phrases (folded words, see `LexiconFolding.words`) mapped to values, matched on token keys
/// forwards from a token or backwards from one. Longest phrase wins.
///
/// The phrases sharing a first (or last) word sit next to each other in one flat array, longest first, and the
/// tables map a word to that run: a lookup touches no reference-counted storage until a phrase matches.
struct PhraseTable<Value: Sendable>: Sendable {
  private struct Entry: Sendable {
    /// The phrase's words in `words`.
    var start: Int32
    var count: Int32
    var value: Value
  }
  private var words: [WordKey] = []
  private var byFirstEntries: [Entry] = []
  private var byLastEntries: [Entry] = []
  /// A word → its run (first index, count) in the entries.
  private var byFirst = WordKeyTable<(Int32, Int32)>()
  private var byLast = WordKeyTable<(Int32, Int32)>()
  /// The first words of every phrase, and the last words.
  private(set) var firstWords: [WordKey] = []
  private(set) var lastWords: [WordKey] = []

  init(_ entries: [(String, Value)]) {
    var phrases: [(keys: [WordKey], value: Value)] = []
    for (phrase, value) in entries {
      let w = LexiconFolding.words(phrase)
      if !w.isEmpty { phrases.append((w.map(WordKey.init), value)) }
    }
    var offsets: [Int32] = []
    for p in phrases {
      offsets.append(Int32(words.count))
      words += p.keys
    }
    func build(_ pick: ([WordKey]) -> WordKey) -> ([Entry], WordKeyTable<(Int32, Int32)>, [WordKey]) {
      var order: [WordKey] = []
      var groups: [WordKey: [Int]] = [:]
      for (k, p) in phrases.enumerated() {
        let w = pick(p.keys)
        if groups[w] == nil { order.append(w) }
        groups[w, default: []].append(k)
      }
      var list: [Entry] = []
      var table = WordKeyTable<(Int32, Int32)>(minimumCapacity: order.count)
      for w in order {
        // Longest first; among equals, the order given (a stable sort, as before).
        let members = groups[w]!.enumerated().sorted {
          let a = phrases[$0.element].keys.count
          let b = phrases[$1.element].keys.count
          return a != b ? a > b : $0.offset < $1.offset
        }.map(\.element)
        table[w] = (Int32(list.count), Int32(members.count))
        for k in members {
          list.append(Entry(start: offsets[k], count: Int32(phrases[k].keys.count), value: phrases[k].value))
        }
      }
      return (list, table, order)
    }
    (byFirstEntries, byFirst, firstWords) = build { $0[0] }
    (byLastEntries, byLast, lastWords) = build { $0[$0.count - 1] }
  }

  /// True when some phrase starts with this word.
  func starts(_ key: WordKey) -> Bool { byFirst.contains(key) }

  /// The longest phrase starting at token `i`: its value and the end (exclusive). Words of a phrase are separated
  /// by at most ordinary spaces (no line break).
  func match(_ tokens: [Token], at i: Int) -> (value: Value, end: Int)? {
    guard i < tokens.count, let (first, n) = byFirst[tokens[i].key] else { return nil }
    return words.withUnsafeBufferPointer { w in
      tokens.withUnsafeBufferPointer { t in
        for e in Int(first)..<Int(first + n) {
          let start = Int(byFirstEntries[e].start)
          let count = Int(byFirstEntries[e].count)
          guard i + count <= t.count else { continue }
          var ok = true
          var k = 1
          while k < count {
            if t[i + k].key != w[start + k] || t[i + k].spacing > .narrow {
              ok = false
              break
            }
            k += 1
          }
          if ok { return (byFirstEntries[e].value, i + count) }
        }
        return nil
      }
    }
  }

  /// The longest phrase ending right before token `end` (its last word is token `end - 1`), starting at or after
  /// `lowerLimit`: its value and its first token.
  func match(_ tokens: [Token], endingBefore end: Int, lowerLimit: Int = 0) -> (value: Value, start: Int)? {
    guard end >= 1, end - 1 < tokens.count, let (first, n) = byLast[tokens[end - 1].key] else { return nil }
    return words.withUnsafeBufferPointer { w in
      tokens.withUnsafeBufferPointer { t in
        for e in Int(first)..<Int(first + n) {
          let start = Int(byLastEntries[e].start)
          let count = Int(byLastEntries[e].count)
          guard end - count >= lowerLimit else { continue }
          let s = end - count
          var ok = true
          for k in 0..<count {
            if t[s + k].key != w[start + k] || (k > 0 && t[s + k].spacing > .narrow) {
              ok = false
              break
            }
          }
          if ok { return (byLastEntries[e].value, s) }
        }
        return nil
      }
    }
  }
}
