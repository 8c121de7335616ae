import FactDiffModel

/// Times, dates, durations and spans (Extract/Temporal).
enum TemporalStage {
  static func run(_ doc: inout Document) {}
}
