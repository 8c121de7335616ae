import FactDiffModel

extension Document {
  /// A fact for tokens `range` (as `fact(_:tokens:hedge:)`) with its tolerance, made in one go: the same fact as
  /// one made first and then given `setTolerance(grain:bounds:widened:)`, with its value boxed once instead of twice.
  func fact(
    _ value: FactValue, tokens range: Range<Int>, hedge: Hedge? = nil, grain: Double?, bounds: Interval?,
    widened: Interval?
  ) -> Fact {
    Fact(
      origin: origin, value: value, range: byteRange(range), hedge: hedge,
      sentence: sentence(ofToken: range.lowerBound),
      grain: grain, bounds: bounds, widened: widened)
  }
}
