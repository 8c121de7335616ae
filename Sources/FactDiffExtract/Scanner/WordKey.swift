import FactDiffModel

/// A folded word as a fixed-size value: its first 32 UTF-8 bytes, its length and a hash of any bytes beyond.
///
/// Swift compares and hashes `String`s by canonical equivalence, which for Cyrillic means normalisation work on
/// every dictionary lookup. Token norms are already folded, so byte equality is the right equality; a `WordKey`
/// compares four machine words instead. Lexicons keyed by `WordKey` are several times faster than `[String: …]`.
///
/// A key is a plain value (no reference counting), so tokens that carry one copy as cheaply as integers.
public struct WordKey: Hashable, Sendable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
  public let a: UInt64
  public let b: UInt64
  public let c: UInt64
  public let d: UInt64
  /// The byte length, and an FNV-1a hash of the bytes past the first 32 (0 when there are none).
  public let length: UInt32
  public let tail: UInt32

  /// The bytes a key holds in full (longer words keep a hash of the rest).
  public static let inlineCapacity = 32

  /// The key of already folded bytes.
  @inlinable @inline(__always)
  public init(bytes: UnsafeBufferPointer<UInt8>) {
    let n = bytes.count
    let m = min(n, 32)
    @inline(__always) func word(_ off: Int) -> UInt64 {
      guard off < m, let p = bytes.baseAddress else { return 0 }
      if off + 8 <= m { return UnsafeRawPointer(p + off).loadUnaligned(as: UInt64.self) }
      var v: UInt64 = 0
      var j = m - 1
      while j >= off {
        v = (v << 8) | UInt64(p[j])
        j -= 1
      }
      return v.littleEndian
    }
    a = word(0)
    b = word(8)
    c = word(16)
    d = word(24)
    length = UInt32(truncatingIfNeeded: n)
    var h: UInt32 = 0
    if n > 32 {
      h = 2_166_136_261
      for i in 32..<n {
        h ^= UInt32(bytes[i])
        h = h &* 16_777_619
      }
    }
    tail = h
  }

  /// The key of a string taken as it is (callers fold it first, as the tokenizer does).
  public init(_ s: String) {
    var copy = s
    self = copy.withUTF8 { WordKey(bytes: $0) }
  }

  /// The key of a literal, taken as it is: `token.key == "of"`. Always inlined, so that a comparison with a literal
  /// in a scanning loop compiles to constants (the literal's bytes are known) rather than a call per test.
  @inline(__always)
  public init(stringLiteral value: StaticString) {
    if value.hasPointerRepresentation {
      self = WordKey(bytes: UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    } else {
      self = WordKey.ofScalarLiteral(value)
    }
  }

  @inline(never)
  static func ofScalarLiteral(_ value: StaticString) -> WordKey { WordKey(String(describing: value)) }

  /// The key of one ASCII byte.
  @inlinable
  public init(ascii byte: UInt8) {
    a = UInt64(byte).littleEndian
    b = 0
    c = 0
    d = 0
    length = 1
    tail = 0
  }

  /// The key of one scalar's UTF-8 bytes.
  public init(scalar: Unicode.Scalar) {
    // At most four bytes: all in `a`, first byte lowest (as `init(bytes:)` loads them).
    var v: UInt64 = 0
    var n: UInt32 = 0
    UTF8Encoding.forEachByte(of: scalar.value) { x in
      v |= UInt64(x) << (8 * UInt64(n))
      n += 1
    }
    a = v.littleEndian
    b = 0
    c = 0
    d = 0
    length = n
    tail = 0
  }

  /// The key of a word the way the tokenizer folds it: lower case, ё → е, apostrophes as `'`.
  public static func folded(_ s: String) -> WordKey {
    let tokens = Tokenizer.tokenize(s)
    if tokens.count == 1 { return tokens[0].key }
    return WordKey(s.lowercased())
  }

  /// One hash word: the four words and the length mixed cheaply (the full `Hasher` runs only over this).
  public func hash(into hasher: inout Hasher) { hasher.combine(quickHash) }

  @inline(__always) public static func == (x: WordKey, y: WordKey) -> Bool {
    x.a == y.a && x.length == y.length && x.b == y.b && x.c == y.c && x.d == y.d && x.tail == y.tail
  }

  public static func < (x: WordKey, y: WordKey) -> Bool {
    (x.a.bigEndian, x.b.bigEndian, x.c.bigEndian, x.d.bigEndian, x.length) < (
      y.a.bigEndian, y.b.bigEndian, y.c.bigEndian, y.d.bigEndian, y.length
    )
  }

  /// The byte count of the word.
  @inlinable public var count: Int { Int(length) }
  /// True when the key holds every byte of the word (32 bytes or fewer).
  @inlinable public var isComplete: Bool { length <= 32 }

  /// The first byte (0 for an empty key).
  @inlinable public var firstByte: UInt8 { UInt8(truncatingIfNeeded: a.littleEndian) }

  /// True for a one-byte key of this ASCII byte.
  @inlinable public func isByte(_ byte: UInt8) -> Bool { length == 1 && a.littleEndian == UInt64(byte) }

  /// True when the word is one Unicode scalar.
  @inlinable public var isSingleScalar: Bool {
    guard length >= 1, length <= 4 else { return false }
    var n = 0
    var x = a.littleEndian
    for _ in 0..<Int(length) {
      if UInt8(truncatingIfNeeded: x) & 0xC0 != 0x80 { n += 1 }
      x >>= 8
    }
    return n == 1
  }

  /// Calls `body` with the bytes the key holds (at most 32).
  @inlinable
  public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    var w = (a, b, c, d)
    let n = min(Int(length), 32)
    return try withUnsafeBytes(of: &w) { try body(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
  }

  /// The word as a string; for words longer than 32 bytes only their first 32 bytes (see `Token.norm`).
  public var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

  public var description: String { string }

  /// True when the key's bytes start with `prefix`'s bytes (both folded). Exact for prefixes up to 32 bytes.
  public func hasPrefix(_ prefix: WordKey) -> Bool {
    guard prefix.length <= length, prefix.length <= 32 else { return false }
    let n = Int(prefix.length)
    if n == 0 { return true }
    // Compare whole words, masking the last partial one.
    @inline(__always) func same(_ x: UInt64, _ y: UInt64, _ bytes: Int) -> Bool {
      if bytes >= 8 { return x == y }
      if bytes <= 0 { return true }
      let mask: UInt64 = (1 << UInt64(bytes * 8)) &- 1
      return (x.littleEndian & mask) == (y.littleEndian & mask)
    }
    return same(a, prefix.a, n) && same(b, prefix.b, n - 8) && same(c, prefix.c, n - 16) && same(d, prefix.d, n - 24)
  }

  /// True when the key's bytes end with the bytes of `suffix` (a folded word of at most 32 bytes). Exact only
  /// while the key is complete (`isComplete`); callers fall back to the full word otherwise.
  public func hasSuffix(_ suffix: WordKey) -> Bool {
    let n = Int(suffix.length)
    let m = Int(length)
    guard n <= m, m <= 32 else { return false }
    if n == 0 { return true }
    return withBytes { mine in
      suffix.withBytes { theirs in
        var i = 0
        let off = m - n
        while i < n {
          if mine[off + i] != theirs[i] { return false }
          i += 1
        }
        return true
      }
    }
  }

  /// The integer value of a run of ASCII digits (nil past 18 digits or for anything else).
  public var digitValue: Int? {
    guard length > 0, length <= 18 else { return nil }
    return withBytes { p in
      var v = 0
      for x in p {
        guard x >= 0x30, x <= 0x39 else { return nil }
        v = v * 10 + Int(x - 0x30)
      }
      return v
    }
  }
}

extension WordKey {
  /// A cheap 64-bit mix of the key's words, for `WordKeyTable` (not for `Hasher`).
  /// The byte at `i` (below 32 and below the length).
  @inline(__always) func byte(_ i: Int) -> UInt8 {
    let w = i < 16 ? (i < 8 ? a : b) : (i < 24 ? c : d)
    return UInt8(truncatingIfNeeded: w.littleEndian >> UInt64((i & 7) * 8))
  }

  /// The key of the first `n` bytes of a complete key (`n` ≤ the length ≤ 32).
  func prefix(_ n: Int) -> WordKey {
    @inline(__always) func cut(_ x: UInt64, _ bytes: Int) -> UInt64 {
      if bytes >= 8 { return x }
      if bytes <= 0 { return 0 }
      return (x.littleEndian & ((1 << UInt64(bytes * 8)) &- 1)).littleEndian
    }
    return WordKey(a: cut(a, n), b: cut(b, n - 8), c: cut(c, n - 16), d: cut(d, n - 24), length: UInt32(n), tail: 0)
  }

  /// The key of at most 32 bytes given as four words, loaded as `init(bytes:)` loads them (bytes past the length 0).
  @inline(__always)
  init(words a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64, length: Int) {
    self.init(a: a, b: b, c: c, d: d, length: UInt32(truncatingIfNeeded: length), tail: 0)
  }

  private init(a: UInt64, b: UInt64, c: UInt64, d: UInt64, length: UInt32, tail: UInt32) {
    self.a = a
    self.b = b
    self.c = c
    self.d = d
    self.length = length
    self.tail = tail
  }

  @inlinable var quickHash: UInt64 {
    var x = a &* 0x9E37_79B9_7F4A_7C15
    x ^= (b &+ UInt64(length)) &* 0xC2B2_AE3D_27D4_EB4F
    x ^= (c ^ (d << 1) ^ UInt64(tail)) &* 0x1656_67B1_9E37_79F9
    return x ^ (x >> 29)
  }
}

/// A read-mostly hash table from `WordKey`s to values with open addressing and a cheap hash: lexicon lookups run
/// once or more per token, and `Dictionary`'s seeded SipHash costs more than the comparison itself.
public struct WordKeyTable<Value: Sendable>: Sendable {
  private var slots: [Int32]
  /// The high half of each occupied slot's key hash.
  private var tags: [UInt32]
  private var keys: [WordKey] = []
  private var values: [Value] = []
  private var mask: Int

  public init(minimumCapacity: Int = 8) {
    var n = 8
    while n < minimumCapacity * 2 { n <<= 1 }
    slots = [Int32](repeating: -1, count: n)
    tags = [UInt32](repeating: 0, count: n)
    mask = n - 1
  }

  public var count: Int { keys.count }
  public var isEmpty: Bool { keys.isEmpty }
  /// Every key, in the order first added.
  public var allKeys: [WordKey] { keys }
  public var allValues: [Value] { values }

  @inline(__always) private func slot(of key: WordKey) -> (index: Int, found: Bool) {
    let h = key.quickHash
    var i = Int(truncatingIfNeeded: h) & mask
    let tag = UInt32(truncatingIfNeeded: h >> 32)
    while true {
      let e = slots[i]
      if e < 0 { return (i, false) }
      // Most lookups miss: the hash's high half, kept per slot, settles them without reading the key.
      if tags[i] == tag, keys[Int(e)] == key { return (i, true) }
      i = (i + 1) & mask
    }
  }

  public subscript(_ key: WordKey) -> Value? {
    get {
      let (i, found) = slot(of: key)
      return found ? values[Int(slots[i])] : nil
    }
    set {
      let (i, found) = slot(of: key)
      if found {
        if let v = newValue { values[Int(slots[i])] = v } else { remove(key) }
        return
      }
      guard let v = newValue else { return }
      slots[i] = Int32(keys.count)
      tags[i] = UInt32(truncatingIfNeeded: key.quickHash >> 32)
      keys.append(key)
      values.append(v)
      if keys.count * 2 > slots.count { rehash(slots.count * 2) }
    }
  }

  public func contains(_ key: WordKey) -> Bool { slot(of: key).found }

  private mutating func remove(_ key: WordKey) {
    var ks = keys
    var vs = values
    if let k = ks.firstIndex(of: key) {
      ks.remove(at: k)
      vs.remove(at: k)
    }
    keys = []
    values = []
    slots = [Int32](repeating: -1, count: slots.count)
    tags = [UInt32](repeating: 0, count: slots.count)
    for (k, v) in zip(ks, vs) { self[k] = v }
  }

  private mutating func rehash(_ n: Int) {
    slots = [Int32](repeating: -1, count: n)
    tags = [UInt32](repeating: 0, count: n)
    mask = n - 1
    for (e, k) in keys.enumerated() {
      let h = k.quickHash
      var i = Int(truncatingIfNeeded: h) & mask
      while slots[i] >= 0 { i = (i + 1) & mask }
      slots[i] = Int32(e)
      tags[i] = UInt32(truncatingIfNeeded: h >> 32)
    }
  }
}
