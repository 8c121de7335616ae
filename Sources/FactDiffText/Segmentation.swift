import FactDiffModel

/// Sentence and word boundaries from ICU break iterators, per language.
public enum Segmentation {
  /// Sentence ranges as UTF-8 byte offsets into `s`, in order, covering the text.
  public static func sentences(_ s: String, language: Language) -> [Range<Int>] {
    [0..<s.utf8.count]  // TODO(text layer)
  }

  /// Word ranges (UTF-8 byte offsets) of words and numbers; spaces and punctuation are left out.
  public static func words(_ s: String, language: Language) -> [Range<Int>] {
    []  // TODO(text layer)
  }
}
