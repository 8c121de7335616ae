import FactDiffExtract
import FactDiffModel

/// People and places across sources and scripts: one entity id per real person or place.
public enum EntityResolution {
  /// Sets `entity` (and the canonical `name`) of every person and place fact, and the `speaker` of quotes.
  /// `aliases`: groups of names the user pins to one person (`.factdiff.yml`).
  public static func resolve(_ docs: inout [Document], aliases: [[String]] = []) {}
}
