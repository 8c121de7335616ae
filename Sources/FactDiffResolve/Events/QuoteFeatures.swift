import FactDiffExtract
import FactDiffModel

extension QuoteMatcher {
  /// The content features of one quote as compared with quotes in `other` language (same language, across
  /// Russian/Ukrainian, or against English), for callers that compare many quotes: compute once, compare with
  /// `similarity(features:_:)`.
  public static func features(_ text: String, _ language: Language, comparedWith other: Language) -> Set<String> {
    let mode: Mode = language == other ? .same : (language == .en || other == .en) ? .crossEnglish : .crossSlavic
    return features(text, language, mode)
  }

  /// The Dice coefficient of two feature sets, the score `similarity` gives.
  public static func similarity(features x: Set<String>, _ y: Set<String>) -> Double {
    guard !x.isEmpty, !y.isEmpty else { return 0 }
    return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
  }
}
