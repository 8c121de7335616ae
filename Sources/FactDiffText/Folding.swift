import FactDiffModel

/// Text folded for matching or for extraction, with a map back to the input.
///
/// Offsets are UTF-8 byte offsets. `originalOffset(_:)` maps an offset in `text` to the offset in the input it
/// came from, so that every position factdiff reports points into the original file.
public struct FoldedText: Sendable {
  public let text: String
  /// Sorted anchors (folded offset, input offset); between anchors the two advance byte for byte.
  public let anchors: [(Int, Int)]

  public init(text: String, anchors: [(Int, Int)]) {
    self.text = text
    self.anchors = anchors
  }

  /// The input offset a folded offset came from.
  public func originalOffset(_ folded: Int) -> Int {
    guard !anchors.isEmpty else { return folded }
    var lo = 0
    var hi = anchors.count - 1
    if anchors[0].0 > folded { return folded }
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if anchors[mid].0 <= folded { lo = mid } else { hi = mid - 1 }
    }
    return anchors[lo].1 + (folded - anchors[lo].0)
  }
}

/// Folding: the normal forms factdiff compares text in.
public enum Folding {
  /// Typographic folding, case kept: every dash (‐ ‑ ‒ – — ― −) to `-`; every quote (‘ ’ ‚ ‛ “ ” „ « » ‹ ›) to its
  /// ASCII form (`'` or `"`); every space separator (NBSP, thin, narrow, figure, ideographic …) to a space; soft
  /// hyphens, zero-width characters and bidi controls removed. Used before extraction.
  public static func typographic(_ s: String) -> FoldedText {
    FoldedText(text: s, anchors: [])  // TODO(text layer)
  }

  /// Folding for matching: typographic folding, then NFKC and case folding (`Ｐｕｔｉｎ — “week’s”` → `putin - "week's"`).
  public static func forMatching(_ s: String) -> FoldedText {
    FoldedText(text: s.lowercased(), anchors: [])  // TODO(text layer)
  }

  /// `forMatching(s).text`: a comparison key.
  public static func key(_ s: String) -> String { forMatching(s).text }
}
