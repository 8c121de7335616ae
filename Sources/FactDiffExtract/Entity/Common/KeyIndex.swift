/// An open-addressing hash map from word keys (`WordHash`, already well mixed) to small integers, built once and
/// read in the scanning loops: a probe is a multiply, a mask and a compare, without `Hasher`.
struct KeyIndex: Sendable {
  private var slots: [UInt64]
  private var values: [Int32]
  private var mask: Int

  /// An index of `pairs` (key → value); key 0 is reserved and ignored.
  init<S: Sequence>(_ pairs: S) where S.Element == (UInt64, Int32) {
    let list = Array(pairs)
    var capacity = 16
    while capacity < list.count * 2 + 1 { capacity <<= 1 }
    slots = [UInt64](repeating: 0, count: capacity)
    values = [Int32](repeating: -1, count: capacity)
    mask = capacity - 1
    for (k, v) in list where k != 0 {
      var i = Self.slot(k, mask)
      while slots[i] != 0 && slots[i] != k { i = (i + 1) & mask }
      slots[i] = k
      values[i] = v
    }
  }

  /// A set of keys (value 0).
  init<S: Sequence>(keys: S) where S.Element == UInt64 { self.init(keys.map { ($0, Int32(0)) }) }

  @inline(__always) private static func slot(_ k: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  /// The value of `k`, or nil.
  @inline(__always) func value(_ k: UInt64) -> Int32? {
    var i = Self.slot(k, mask)
    while true {
      let s = slots[i]
      if s == k { return values[i] }
      if s == 0 { return nil }
      i = (i + 1) & mask
    }
  }

  @inline(__always) func contains(_ k: UInt64) -> Bool { value(k) != nil }
}
