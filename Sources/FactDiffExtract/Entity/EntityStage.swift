import FactDiffModel

/// People, places, roles and quotes (Extract/Entity).
enum EntityStage {
  static func run(_ doc: inout Document) {}
}
