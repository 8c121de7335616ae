/// Disjoint sets over `0..<count` with path halving: which items ended up grouped together.
public struct UnionFind: Sendable {
  private var parent: [Int]

  public init(count: Int) { parent = Array(0..<count) }

  /// The representative of `i`'s set.
  public mutating func find(_ i: Int) -> Int {
    var i = i
    while parent[i] != i {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }

  /// Puts `a` and `b` in one set.
  public mutating func union(_ a: Int, _ b: Int) {
    let ra = find(a)
    let rb = find(b)
    if ra != rb { parent[ra] = rb }
  }

  /// The sets, each sorted, in order of their smallest member.
  public mutating func groups() -> [[Int]] {
    var byRoot: [Int: [Int]] = [:]
    for i in parent.indices { byRoot[find(i), default: []].append(i) }
    return byRoot.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
  }
}
