import Synchronization

/// The event and slot names facts carry ("main", "e2", "start", "count:agreements"), each stored once for the
/// process: a fact keeps a 16-bit code instead of a string.
///
/// Names are matched byte for byte (not by Unicode equivalence), so a name reads back exactly as it was set. The
/// table only grows, up to `capacity` names; a fact whose name finds no room keeps it as written (`inExtra`).
/// Reading a name takes no lock: a code is handed out only after its name is written, and the slot is never written
/// again.
enum FactNames {
  /// Codes 1…capacity name a string; 0 is no name.
  static let capacity = 0xFFFE
  /// The code of a name kept in the fact itself.
  static let inExtra: UInt16 = 0xFFFF

  private static let storage = Storage()
  private static let codes = Mutex<[Key: UInt16]>([:])

  /// The name of a code handed out by `code(_:)`.
  static func name(_ code: UInt16) -> String { storage.names[Int(code)] }

  /// The code of `name`, added if new; nil when the table is full.
  static func code(_ name: String) -> UInt16? {
    codes.withLock { table in
      let key = Key(name)
      if let c = table[key] { return c }
      guard table.count < capacity else { return nil }
      let c = UInt16(table.count + 1)
      (storage.names + Int(c)).initialize(to: name)
      table[key] = c
      return c
    }
  }

  /// The names, in a buffer allocated once and never moved (slot 0 unused).
  private final class Storage: @unchecked Sendable {
    let names: UnsafeMutablePointer<String>
    init() {
      names = .allocate(capacity: FactNames.capacity + 1)
      names.initialize(to: "")
    }
  }

  /// A name compared byte for byte.
  private struct Key: Hashable {
    let name: String
    init(_ name: String) { self.name = name }
    static func == (a: Key, b: Key) -> Bool { a.name.utf8.elementsEqual(b.name.utf8) }
    func hash(into h: inout Hasher) {
      for b in name.utf8 { h.combine(b) }
      h.combine(0xFF as UInt8)
    }
  }
}
