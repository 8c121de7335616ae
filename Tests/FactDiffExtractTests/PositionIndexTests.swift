import Testing

@testable import FactDiffExtract

/// The index answers the same whether it scans (a few positions) or looks them up (many).
@Suite struct PositionIndexTests {
  @Test(arguments: [5, PositionIndex.scanLimit + 9])
  func firstAndLastAtAPosition(count: Int) {
    // Positions 0, 0, 1, 1, 2, 2, …: every position held twice.
    let positions = (0..<count).map { $0 / 2 }
    let index = PositionIndex(positions)
    for p in 0..<(count / 2) {
      #expect(index.first(at: p) == 2 * p)
      #expect(index.last(at: p) == 2 * p + 1)
    }
    #expect(index.first(at: count) == nil)
    #expect(index.last(at: -1) == nil)
  }
}
