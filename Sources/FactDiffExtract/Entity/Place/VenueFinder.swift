import FactDiffModel

/// Venue phrases ("at the residence of the U.S. consul general"), attached to a place mention.
enum VenueFinder {
  /// For each place mention (by index), the venue phrase attached to it.
  static func find(_ doc: Document, places: [PlaceMention]) -> [Int: String] { [:] }
}
