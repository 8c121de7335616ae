import FactDiffExtract
import FactDiffModel

/// Cross-source resolution: entity ids for people and places, then events and slots.
public enum Resolution {
  /// Resolves entities across all documents, then events and slots within each and across them.
  public static func resolve(_ docs: inout [Document], aliases: [[String]] = []) -> EventModel {
    EntityResolution.resolve(&docs, aliases: aliases)
    return EventResolution.resolve(&docs)
  }
}
