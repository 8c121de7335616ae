import FactDiffExtract
import FactDiffModel

/// Cross-source resolution: entity ids for people and places, then events and slots.
public enum Resolution {
  /// Resolves entities across all documents, then events and slots within each and across them.
  public static func resolve(_ docs: inout [Document]) -> EventModel {
    EntityResolution.resolve(&docs)
    return EventResolution.resolve(&docs)
  }
}

/// People and places across sources and scripts (Resolve/Entities).
public enum EntityResolution {
  public static func resolve(_ docs: inout [Document]) {}
}
