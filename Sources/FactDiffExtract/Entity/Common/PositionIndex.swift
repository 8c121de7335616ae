/// The first and the last of a list of items (by index) at a token position. A report names a handful of people
/// and titles: a scan of so few costs less than building a dictionary per report; past `scanLimit` the positions
/// are indexed once, so that a document with thousands of them is not read once per look-up.
struct PositionIndex {
  static let scanLimit = 32
  private let positions: [Int]
  private let firstAt: [Int: Int]
  private let lastAt: [Int: Int]

  init(_ positions: [Int]) {
    self.positions = positions
    var first: [Int: Int] = [:]
    var last: [Int: Int] = [:]
    if positions.count > Self.scanLimit {
      for (k, p) in positions.enumerated() {
        if first[p] == nil { first[p] = k }
        last[p] = k
      }
    }
    firstAt = first
    lastAt = last
  }

  /// The lowest index whose position is `token`.
  func first(at token: Int) -> Int? {
    positions.count > Self.scanLimit ? firstAt[token] : positions.firstIndex(of: token)
  }

  /// The highest index whose position is `token`.
  func last(at token: Int) -> Int? {
    positions.count > Self.scanLimit ? lastAt[token] : positions.lastIndex(of: token)
  }
}
