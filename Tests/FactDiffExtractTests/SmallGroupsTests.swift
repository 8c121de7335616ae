import Testing

@testable import FactDiffExtract

/// `SmallGroups` stands in for `[UInt64: [Value]]` in the person stage: every look-up must give what the dictionary
/// gives, groups in the order their values were appended.
@Suite struct SmallGroupsTests {
  @Test func agreesWithADictionary() {
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      var groups = SmallGroups<Int>()
      var dictionary: [UInt64: [Int]] = [:]
      // Few distinct keys (as in a report), some of them 0 and the largest value.
      let keys: [UInt64] = (0..<Int.random(in: 1...8, using: &rng)).map { _ in
        [0, .max, UInt64.random(in: 0...20, using: &rng), UInt64.random(in: 0 ... .max, using: &rng)].randomElement(
          using: &rng)!
      }
      for v in 0..<Int.random(in: 0...30, using: &rng) {
        let k = keys.randomElement(using: &rng)!
        groups.append(v, to: k)
        dictionary[k, default: []].append(v)
      }
      for k in keys + [1, 2, 3, 0x6D65_6872_6100, .max - 1] {
        #expect(groups[k] == dictionary[k])
      }
    }
  }
}
