import FactDiffModel

/// Who took part: led, present or absent, from the words around each name.
enum AttendanceTagger {
  static func tag(_ doc: Document, _ persons: inout [PersonMention]) {}
}
