import FactDiffModel

/// Text folded for matching or for extraction, with a map back to the input.
///
/// Offsets are UTF-8 byte offsets. `originalOffset(_:)` maps an offset in `text` to the offset in the input it
/// came from, so that every position factdiff reports points into the original file.
public struct FoldedText: Sendable {
  /// The folded text.
  public let text: String
  /// Sorted anchors (folded offset, input offset); between anchors the two advance byte for byte.
  public let anchors: [(Int, Int)]

  /// A folded text with its anchors (sorted by folded offset).
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

  /// The input range a folded range came from (its end maps like an offset, so a range ending at a removed
  /// character stops before it).
  public func originalRange(_ folded: Range<Int>) -> Range<Int> {
    let start = originalOffset(folded.lowerBound)
    return start..<max(start, originalOffset(folded.upperBound))
  }
}

/// Folding: the normal forms factdiff compares text in.
public enum Folding {
  /// Typographic folding, case kept: every dash (‐ ‑ ‒ – — ― − ﹘ ﹣ －) to `-`; every quote (‘ ’ ‚ ‛ ′ to `'`,
  /// “ ” „ ‟ « » ‹ › ″ to `"`); every space separator (NBSP, U+2000–200A, narrow NBSP, U+205F, ideographic, ogham)
  /// to a space; soft hyphens, zero-width characters (U+200B–200D, U+2060, U+FEFF) and bidi controls removed.
  /// Used on whole documents before extraction: one pass over the UTF-8 bytes, no ICU call.
  public static func typographic(_ s: String) -> FoldedText {
    TypographicFolder.fold(s)
  }

  /// Folding for matching: typographic folding, then NFKC and case folding (`Ｐｕｔｉｎ — “week’s”` → `putin - "week's"`).
  ///
  /// Each NFKC segment (a character with the combining marks that follow it) maps back to the start of its input;
  /// ASCII is lower-cased in place without calling ICU.
  public static func forMatching(_ s: String) -> FoldedText {
    MatchingFolder.fold(s)
  }

  /// `forMatching(s).text`: a comparison key.
  public static func key(_ s: String) -> String { forMatching(s).text }
}
