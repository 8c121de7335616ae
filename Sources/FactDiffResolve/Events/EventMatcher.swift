import FactDiffExtract
import FactDiffModel

/// Matches the main events of different reports: same event when their dates are close (or unknown) and they
/// share people, the venue, or enough salient words. Reports of a different event are kept apart.
///
/// Two reports whose main dates are more than `dateWindow` days apart are never the same event, so only pairs
/// inside that window (and pairs with an undated report) are compared: reports are sorted by date and each meets
/// the ones of the next few days. The groups are the connected parts of the "same event" relation, exactly as if
/// every pair had been compared.
public enum EventMatcher {
  /// The largest gap in days between two reports' main dates that can still be one event (a date conflict
  /// between reports is a finding, not a reason to split them).
  public static let dateWindow = 3

  /// Groups of source ids (each sorted, groups in order of their first id).
  static func groups(_ s: [SourceEvents]) -> [[String]] {
    var sets = UnionFind(count: s.count)
    let dated = s.indices.filter { s[$0].mainDate != nil }.sorted {
      (s[$0].mainDate!.dayNumber, $0) < (s[$1].mainDate!.dayNumber, $1)
    }
    let undated = s.indices.filter { s[$0].mainDate == nil }
    func consider(_ i: Int, _ j: Int) {
      if sets.find(i) != sets.find(j), sameEvent(s[i], s[j]) { sets.union(i, j) }
    }
    for (p, i) in dated.enumerated() {
      let day = s[i].mainDate!.dayNumber
      var q = p + 1
      while q < dated.count, s[dated[q]].mainDate!.dayNumber - day <= dateWindow {
        consider(i, dated[q])
        q += 1
      }
    }
    for i in undated {
      for j in s.indices where j != i { consider(i, j) }
    }
    return sets.groups().map { $0.map { s[$0].source }.sorted() }.sorted { $0[0] < $1[0] }
  }

  public static func sameEvent(_ a: SourceEvents, _ b: SourceEvents) -> Bool {
    if let da = a.mainDate, let db = b.mainDate, abs(da.dayNumber - db.dayNumber) > dateWindow { return false }
    if !a.people.isDisjoint(with: b.people) { return true }
    if let va = a.venue?.entity, let vb = b.venue?.entity, va == vb { return true }
    if !a.places.isDisjoint(with: b.places) && (a.mainDate == nil || b.mainDate == nil || a.mainDate == b.mainDate) {
      return true
    }
    let shared = sharedCount(a.salient, b.salient)
    return shared >= 4 && Double(shared) >= 0.15 * Double(min(a.salient.count, b.salient.count))
  }

  /// The size of the intersection of two sorted arrays without repeats.
  static func sharedCount(_ x: [UInt64], _ y: [UInt64]) -> Int {
    var i = 0
    var j = 0
    var n = 0
    while i < x.count && j < y.count {
      if x[i] < y[j] {
        i += 1
      } else if x[i] > y[j] {
        j += 1
      } else {
        n += 1
        i += 1
        j += 1
      }
    }
    return n
  }

  /// Long lower-cased words (their first six letters) and numbers, as a cheap topic signature (same-language
  /// reports only share them): sorted 64-bit hashes, so that a run keeps a few bytes per word, not strings.
  public static func salientWords(_ tokens: [Token]) -> [UInt64] {
    var out: [UInt64] = []
    out.reserveCapacity(tokens.count / 4)
    for t in tokens {
      if t.kind == .number {
        out.append(hash(t.norm.utf8))
      } else if t.kind == .word, let h = wordPrefixHash(t) {
        out.append(h)
      }
    }
    out.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(out.count)
    for h in out where unique.last != h { unique.append(h) }
    return unique
  }

  /// The hash of a word's first six characters when it has at least six; nil for shorter words.
  static func wordPrefixHash(_ t: Token) -> UInt64? {
    if t.key.isComplete {
      // Letters without combining marks: one character per scalar, read from the key's bytes.
      let simple: (UInt64, Bool)? = t.key.withBytes { p in
        var scalars = 0
        var end = 0
        var k = 0
        while k < p.count {
          let x = p[k]
          var len = 1
          if x >= 0xF0 { len = 4 } else if x >= 0xE0 { len = 3 } else if x >= 0xC0 { len = 2 }
          // U+0300 and above outside basic Cyrillic may combine: leave those words to the full path.
          if len >= 3 || (len == 2 && x >= 0xCC && x != 0xD0 && x != 0xD1) { return nil }
          if scalars < 6 { end = k + len }
          scalars += 1
          k += len
        }
        guard scalars >= 6 else { return (0, false) }
        return (hash(UnsafeRawBufferPointer(rebasing: p[0..<end])), true)
      }
      if let (h, ok) = simple { return ok ? h : nil }
    }
    let norm = t.norm
    guard norm.count >= 6 else { return nil }
    return hash(String(norm.prefix(6)).utf8)
  }

  static func hash<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return h
  }
}
