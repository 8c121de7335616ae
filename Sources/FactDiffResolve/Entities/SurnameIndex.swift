/// The people of a run by the keys of their surnames, so that a new name is compared with the few people whose
/// surnames could match it (`NameKey.matches`), not with every person of the run. With thousands of different
/// people (a year of coverage), comparing each new name with all of them made entity resolution grow with the
/// square of the people.
///
/// Candidates are found by deletion neighbourhoods: two keys within edit distance k (substitutions, insertions,
/// deletions and swaps of neighbours, as `NameKey.distance` counts them) become the same string once at most k
/// letters are deleted from each. Each key is stored under every string it gives with up to as many deletions as
/// its own length allows it to differ by (`depth`), hashed to 64 bits; a look-up gathers the people stored under
/// any of the name's strings. Keys are taken with a Latin c read as k, as `NameKey.matches` also tries: reading both
/// keys so never parts two keys that matched. A hash collision only adds a candidate; the caller's own test decides.
struct SurnameIndex {
  /// Per variant, the one person filed under it (a number from 0), or -(k + 1) for the people in `shared[k]`: most
  /// variants belong to one person, and a list of its own per variant was most of the index's memory.
  private var table: [UInt64: Int32] = [:]
  private var shared: [[Int32]] = []

  /// How many letters a key of `length` bytes may differ by from any key it matches (`NameKey.matches` gives
  /// two keys the budget of the shorter).
  static func depth(_ length: Int) -> Int { length < 5 ? 0 : length < 9 ? 1 : 2 }

  /// Files `person` under every surname key in `keys` (again for a key already filed: look-ups drop repeats).
  mutating func insert<S: Sequence<String>>(_ keys: S, for person: Int) {
    for key in keys {
      let p = Int32(person)
      Self.variants(key) { h in
        guard let v = table[h] else {
          table[h] = p
          return
        }
        if v >= 0 {
          if v != p {
            table[h] = -Int32(shared.count) - 1
            shared.append([v, p])
          }
        } else if shared[Int(-v - 1)].last != p {
          shared[Int(-v - 1)].append(p)
        }
      }
    }
  }

  /// Every person filed under a key that may match one of `keys`, in increasing order, without repeats. A superset
  /// of the people some key of theirs matches.
  func candidates<S: Sequence<String>>(_ keys: S) -> [Int] {
    var found: [Int32] = []
    for key in keys {
      Self.variants(key) { h in
        guard let v = table[h] else { return }
        if v >= 0 { found.append(v) } else { found += shared[Int(-v - 1)] }
      }
    }
    return Array(Set(found)).sorted().map(Int.init)
  }

  /// The hashes of `key` (c read as k) with every choice of up to `depth` of its bytes deleted.
  static func variants(_ key: String, _ body: (UInt64) -> Void) {
    let bytes = key.utf8.map { $0 == UInt8(ascii: "c") ? UInt8(ascii: "k") : $0 }
    let n = bytes.count
    func hash(skipping i: Int, _ j: Int) -> UInt64 {
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for (k, b) in bytes.enumerated() where k != i && k != j {
        h = (h ^ UInt64(b)) &* 0x100_0000_01b3
      }
      return h
    }
    body(hash(skipping: -1, -1))
    let depth = Self.depth(n)
    guard depth > 0 else { return }
    for i in 0..<n {
      body(hash(skipping: i, -1))
      if depth > 1 { for j in (i + 1)..<n { body(hash(skipping: i, j)) } }
    }
  }
}
