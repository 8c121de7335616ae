import FactDiffModel

/// Counts, amounts and money (Extract/Number).
enum NumberStage {
  static func run(_ doc: inout Document) {}
}
