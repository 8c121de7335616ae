import FactDiffModel

/// Runs every extractor over a source and returns its document with facts in text order, ids and positions set.
///
/// The order matters: temporal facts first (times, dates, durations, spans), so that the number extractor can skip
/// the figures they consumed; then entities (people, places, quotes).
public enum Extraction {

  public static func analyze(_ source: Source, options: ExtractionOptions = ExtractionOptions()) -> Document {
    var doc = Document(source: source, options: options)
    for run in stages { run(&doc) }
    finish(&doc)
    return doc
  }

  /// The stages, in order; each kind adds its own line (see Docs/Languages.md).
  static let stages: [@Sendable (inout Document) -> Void] = [
    TemporalStage.run,
    NumberStage.run,
    EntityStage.run,
  ]

  /// Sorts facts by position, numbers them `source#n` and fills in their positions in the original file.
  static func finish(_ doc: inout Document) {
    doc.facts.sort { a, b in
      a.range.start != b.range.start ? a.range.start < b.range.start : a.range.end > b.range.end
    }
    for k in doc.facts.indices {
      doc.facts[k].id = "\(doc.source.id)#\(k + 1)"
      doc.facts[k].position = doc.source.position(of: doc.facts[k].range)
    }
  }
}

/// What extraction is told from outside: the tolerance table (overridable in `.factdiff.yml`).
public struct ExtractionOptions: Sendable {
  public var tolerance: ToleranceTable
  public init(tolerance: ToleranceTable = ToleranceTable()) { self.tolerance = tolerance }
}
