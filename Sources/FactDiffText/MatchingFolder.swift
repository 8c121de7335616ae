import CICU

/// `Folding.forMatching`: typographic folding, then NFKC_Casefold. ICU's quick check skips the runs that are already
/// normal; each remaining normalization segment (a character with the marks that join it) is normalized alone, so
/// that every output character maps back to the input segment it came from.
enum MatchingFolder {
  static func fold(_ s: String) -> FoldedText {
    let typographic = TypographicFolder.fold(s)
    let text = typographic.text
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII: NFKC_Casefold only lower-cases letters.
      let lowered = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
      return FoldedText(text: String(decoding: lowered, as: UTF8.self), anchors: typographic.anchors)
    }
    let units = Array(text.utf16)
    guard units.count <= ICU.maxUnits, let (out, inner) = normalizeBySegment(units) else { return typographic }
    if inner.isEmpty && out == units { return typographic }
    let folded = String(decoding: out, as: UTF16.self)
    return FoldedText(text: folded, anchors: compose(inner, folded, text, typographic))
  }

  /// NFKC_Casefold of `units` with (output, input) UTF-16 anchors; nil when ICU fails.
  private static func normalizeBySegment(_ units: [UInt16]) -> ([UInt16], [(Int, Int)])? {
    var out: [UInt16] = []
    out.reserveCapacity(units.count)
    var anchors = AnchorBuilder()
    let n = units.count
    let ok = units.withUnsafeBufferPointer { buffer -> Bool in
      let base = buffer.baseAddress!
      var pos = 0
      while pos < n {
        var status: Int32 = 0
        let span = Int(cicu_nfkc_casefold_span(base + pos, Int32(n - pos), &status))
        guard !ICU.failed(status), span >= 0, span <= n - pos else { return false }
        out.append(contentsOf: buffer[pos..<(pos + span)])
        pos += span
        if pos >= n { break }
        var end = pos + width(buffer, at: pos)
        while end < n, cicu_nfkc_casefold_boundary_before(Int32(bitPattern: scalar(buffer, at: end))) == 0 {
          end += width(buffer, at: end)
        }
        let segment = Array(buffer[pos..<end])
        let normalized = normalize(segment)
        if normalized == segment {
          out.append(contentsOf: segment)
        } else {
          // Every character of the normalized segment points at the segment start; the end realigns.
          var k = 0
          while k < normalized.count {
            anchors.add(out.count + k, pos)
            k += UTF16.isLeadSurrogate(normalized[k]) && k + 1 < normalized.count ? 2 : 1
          }
          out.append(contentsOf: normalized)
          anchors.add(out.count, end)
        }
        pos = end
      }
      return true
    }
    return ok ? (out, anchors.anchors) : nil
  }

  /// NFKC_Casefold of one segment, typographically folded again (NFKC turns some compatibility forms, such as
  /// presentation-form dashes, into the dashes and quotes typographic folding rewrites).
  private static func normalize(_ segment: [UInt16]) -> [UInt16] {
    let normalized = segment.withUnsafeBufferPointer { input in
      ICU.stringOutput(capacity: input.count * 3 + 8) { buffer, capacity, status in
        cicu_nfkc_casefold(input.baseAddress, Int32(input.count), buffer, capacity, &status)
      }
    }
    guard let normalized else { return segment }
    return Array(TypographicFolder.fold(normalized).text.utf16)
  }

  /// UTF-8 anchors `output → original input`, from UTF-16 anchors `output → typographic text` and the
  /// typographic anchors `typographic text → input`, evaluated at every output character. The bytes inside an output
  /// character map to its start when the input has no room for them (an expansion such as ﷺ), so the map never
  /// goes backwards.
  private static func compose(
    _ inner: [(Int, Int)], _ folded: String, _ text: String, _ typographic: FoldedText
  ) -> [(Int, Int)] {
    let middle = FoldedText(text: "", anchors: inner)
    let folded8 = folded.utf8OffsetsByUTF16Index()
    let text8 = text.utf8OffsetsByUTF16Index()
    func original(_ index16: Int) -> Int {
      typographic.originalOffset(text8[min(max(0, middle.originalOffset(index16)), text8.count - 1)])
    }
    var starts: [(folded: Int, original: Int)] = []
    var index16 = 0
    for scalar in folded.unicodeScalars {
      starts.append((folded8[index16], original(index16)))
      index16 += UTF16.width(scalar)
    }
    starts.append((folded8[index16], original(index16)))
    var result = AnchorBuilder()
    for (i, start) in starts.enumerated() {
      result.add(start.folded, start.original)
      guard i + 1 < starts.count else { break }
      let width = starts[i + 1].folded - start.folded
      if starts[i + 1].original - start.original < width {
        for k in 1..<max(1, width) { result.add(start.folded + k, start.original) }
      }
    }
    return result.anchors
  }

  private static func width(_ units: UnsafeBufferPointer<UInt16>, at i: Int) -> Int {
    UTF16.isLeadSurrogate(units[i]) && i + 1 < units.count && UTF16.isTrailSurrogate(units[i + 1]) ? 2 : 1
  }

  private static func scalar(_ units: UnsafeBufferPointer<UInt16>, at i: Int) -> UInt32 {
    guard width(units, at: i) == 2 else { return UInt32(units[i]) }
    return 0x10000 + (UInt32(units[i] - 0xD800) << 10) + UInt32(units[i + 1] - 0xDC00)
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
