import FactDiffModel

/// Multi-word phrases (folded words, see `LexiconFolding.words`) mapped to values, matched on token `norm`s
/// forwards from a token or backwards from one. Longest phrase wins.
struct PhraseTable<Value: Sendable>: Sendable {
  private var byFirst: [FastKey: [(words: [String], value: Value)]] = [:]
  private var byLast: [FastKey: [(words: [String], value: Value)]] = [:]

  init(_ entries: [(String, Value)]) {
    for (phrase, value) in entries { add(LexiconFolding.words(phrase), value) }
  }

  mutating func add(_ words: [String], _ value: Value) {
    guard let f = words.first, let l = words.last else { return }
    byFirst[FastKey(f), default: []].append((words, value))
    byFirst[FastKey(f)]!.sort { $0.words.count > $1.words.count }
    byLast[FastKey(l), default: []].append((words, value))
    byLast[FastKey(l)]!.sort { $0.words.count > $1.words.count }
  }

  /// The first words of every phrase.
  var firstWords: [String] { byFirst.keys.map(\.text) }

  /// True when some phrase starts with this word.
  func starts(_ norm: String) -> Bool { byFirst[FastKey(norm)] != nil }

  /// The longest phrase starting at token `i`: its value and the end (exclusive). Words of a phrase are separated
  /// by at most ordinary spaces (no line break).
  func match(_ tokens: [Token], at i: Int) -> (value: Value, end: Int)? {
    guard i < tokens.count, let list = byFirst[FastKey(tokens[i].norm)] else { return nil }
    for (words, value) in list where i + words.count <= tokens.count {
      var ok = true
      for k in 0..<words.count
      where k > 0 && (!sameWord(tokens[i + k].norm, words[k]) || tokens[i + k].spacing > .narrow) {
        ok = false
        break
      }
      if ok { return (value, i + words.count) }
    }
    return nil
  }

  /// The longest phrase ending right before token `end` (its last word is token `end - 1`), starting at or after
  /// `lowerLimit`: its value and its first token.
  func match(_ tokens: [Token], endingBefore end: Int, lowerLimit: Int = 0) -> (value: Value, start: Int)? {
    guard end >= 1, end - 1 < tokens.count, let list = byLast[FastKey(tokens[end - 1].norm)] else { return nil }
    for (words, value) in list where end - words.count >= lowerLimit {
      let s = end - words.count
      var ok = true
      for k in 0..<words.count {
        if !sameWord(tokens[s + k].norm, words[k]) || (k > 0 && tokens[s + k].spacing > .narrow) {
          ok = false
          break
        }
      }
      if ok { return (value, s) }
    }
    return nil
  }
}
