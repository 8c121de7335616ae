import FactDiffModel

/// Multi-word phrases (folded words, see `LexiconFolding.words`) mapped to values, matched on token keys
/// forwards from a token or backwards from one. Longest phrase wins.
struct PhraseTable<Value: Sendable>: Sendable {
  private var byFirst = WordKeyTable<[(words: [WordKey], value: Value)]>()
  private var byLast = WordKeyTable<[(words: [WordKey], value: Value)]>()

  init(_ entries: [(String, Value)]) {
    for (phrase, value) in entries { add(LexiconFolding.words(phrase), value) }
  }

  mutating func add(_ words: [String], _ value: Value) {
    guard let f = words.first, let l = words.last else { return }
    let keys = words.map(WordKey.init)
    var first = byFirst[WordKey(f)] ?? []
    first.append((keys, value))
    first.sort { $0.words.count > $1.words.count }
    byFirst[WordKey(f)] = first
    var last = byLast[WordKey(l)] ?? []
    last.append((keys, value))
    last.sort { $0.words.count > $1.words.count }
    byLast[WordKey(l)] = last
  }

  /// The first words of every phrase.
  var firstWords: [WordKey] { byFirst.allKeys }

  /// True when some phrase starts with this word.
  func starts(_ key: WordKey) -> Bool { byFirst.contains(key) }

  /// The longest phrase starting at token `i`: its value and the end (exclusive). Words of a phrase are separated
  /// by at most ordinary spaces (no line break).
  func match(_ tokens: [Token], at i: Int) -> (value: Value, end: Int)? {
    guard i < tokens.count, let list = byFirst[tokens[i].key] else { return nil }
    for (words, value) in list where i + words.count <= tokens.count {
      var ok = true
      var k = 1
      while k < words.count {
        if tokens[i + k].key != words[k] || tokens[i + k].spacing > .narrow {
          ok = false
          break
        }
        k += 1
      }
      if ok { return (value, i + words.count) }
    }
    return nil
  }

  /// The longest phrase ending right before token `end` (its last word is token `end - 1`), starting at or after
  /// `lowerLimit`: its value and its first token.
  func match(_ tokens: [Token], endingBefore end: Int, lowerLimit: Int = 0) -> (value: Value, start: Int)? {
    guard end >= 1, end - 1 < tokens.count, let list = byLast[tokens[end - 1].key] else { return nil }
    for (words, value) in list where end - words.count >= lowerLimit {
      let s = end - words.count
      var ok = true
      for k in 0..<words.count {
        if tokens[s + k].key != words[k] || (k > 0 && tokens[s + k].spacing > .narrow) {
          ok = false
          break
        }
      }
      if ok { return (value, s) }
    }
    return nil
  }
}
