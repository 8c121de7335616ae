import CICU

/// `Folding.forMatching`: typographic folding, then NFKC_Casefold one normalization segment at a time, so that
/// every output character maps back to the input segment it came from.
enum MatchingFolder {
  static func fold(_ s: String) -> FoldedText {
    let typographic = TypographicFolder.fold(s)
    let bytes = Array(typographic.text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var anchors = AnchorBuilder()  // output offset → offset in the typographic text
    var i = 0
    while i < bytes.count {
      let start = i
      i = segmentEnd(bytes, from: start)
      if i == start + 1, bytes[start] < 0x80 {
        // A lone ASCII character: NFKC_Casefold only lower-cases it.
        let b = bytes[start]
        out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        continue
      }
      let segment = bytes[start..<i]
      let folded = normalize(segment)
      if folded.elementsEqual(segment) {
        out.append(contentsOf: segment)
        continue
      }
      // Every character of the folded segment points at the segment start; the end realigns.
      var k = 0
      while k < folded.count {
        anchors.add(out.count + k, start)
        k += 1
        while k < folded.count && UTF8.isContinuation(folded[k]) { k += 1 }
      }
      out.append(contentsOf: folded)
      anchors.add(out.count, i)
    }
    let text = String(decoding: out, as: UTF8.self)
    return FoldedText(text: text, anchors: compose(anchors.anchors, typographic, count: out.count, text: text))
  }

  /// The end of the normalization segment starting at `start`: the next character NFKC_Casefold cannot join with
  /// what precedes it (every ASCII character is such a boundary).
  private static func segmentEnd(_ bytes: [UInt8], from start: Int) -> Int {
    var i = start + scalarLength(bytes[start])
    while i < bytes.count {
      let lead = bytes[i]
      if lead < 0x80 { break }
      let length = scalarLength(lead)
      guard i + length <= bytes.count else { return bytes.count }
      let scalar = decode(bytes, at: i, length: length)
      if cicu_nfkc_casefold_boundary_before(Int32(bitPattern: scalar)) != 0 { break }
      i += length
    }
    return min(i, bytes.count)
  }

  /// NFKC_Casefold of one segment, typographically folded again (NFKC turns some compatibility forms, such as
  /// presentation-form dashes, into the dashes and quotes typographic folding rewrites).
  private static func normalize(_ segment: ArraySlice<UInt8>) -> [UInt8] {
    let units = Array(String(decoding: segment, as: UTF8.self).utf16)
    let normalized = units.withUnsafeBufferPointer { input in
      ICU.stringOutput(capacity: input.count * 3 + 8) { buffer, capacity, status in
        cicu_nfkc_casefold(input.baseAddress, Int32(input.count), buffer, capacity, &status)
      }
    }
    guard let normalized else { return Array(segment) }
    return Array(TypographicFolder.fold(normalized).text.utf8)
  }

  /// The anchors of `output → original input`, from `output → typographic text` and `typographic text → input`,
  /// evaluated at every output character (forMatching runs on short strings).
  private static func compose(
    _ inner: [(Int, Int)], _ typographic: FoldedText, count: Int, text: String
  ) -> [(Int, Int)] {
    if inner.isEmpty { return typographic.anchors }
    let middle = FoldedText(text: "", anchors: inner)
    var result = AnchorBuilder()
    var offset = 0
    for scalar in text.unicodeScalars {
      result.add(offset, typographic.originalOffset(middle.originalOffset(offset)))
      offset += UTF8.width(scalar)
    }
    result.add(count, typographic.originalOffset(middle.originalOffset(count)))
    return result.anchors
  }

  private static func scalarLength(_ lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
  }

  private static func decode(_ bytes: [UInt8], at i: Int, length: Int) -> UInt32 {
    var value = UInt32(bytes[i]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
    return value
  }
}

/// Collects sorted (folded, input) anchors, leaving out the ones the previous anchor already implies.
struct AnchorBuilder {
  private(set) var anchors: [(Int, Int)] = []

  mutating func add(_ folded: Int, _ input: Int) {
    if let last = anchors.last {
      if last.0 == folded {
        anchors[anchors.count - 1] = (folded, input)
        compactLast()
        return
      }
      if input - last.1 == folded - last.0 { return }
    } else if folded == input {
      return
    }
    anchors.append((folded, input))
  }

  private mutating func compactLast() {
    let n = anchors.count
    if n >= 2, anchors[n - 1].1 - anchors[n - 2].1 == anchors[n - 1].0 - anchors[n - 2].0 {
      anchors.removeLast()
    } else if n == 1, anchors[0].0 == anchors[0].1 {
      anchors.removeLast()
    }
  }
}
