import Synchronization

/// The reports statements are read from (`FactOrigin`), numbered for what is written outside memory: the same
/// report has one number, and the table keeps the reports alive while their findings are stored.
public final class OriginTable: Sendable {
  private let state = Mutex<(numbers: [ObjectIdentifier: Int], origins: [FactOrigin])>(([:], []))

  public init() {}

  func number(_ origin: FactOrigin) -> Int {
    state.withLock { s in
      if let n = s.numbers[ObjectIdentifier(origin)] { return n }
      let n = s.origins.count
      s.numbers[ObjectIdentifier(origin)] = n
      s.origins.append(origin)
      return n
    }
  }

  func origin(_ number: Int) -> FactOrigin? {
    state.withLock { $0.origins.indices.contains(number) ? $0.origins[number] : nil }
  }
}

/// Findings kept outside the process's memory until they are printed (Docs/Performance.md, "`check`: findings set
/// aside").
///
/// The findings of a run over a feed are many (tens of thousands, each listing every report of its group that takes
/// part), and they used to be held from the moment a check made them until the report was printed: about as much
/// memory as the facts of every report. A large run writes each finding to a `ScratchFile` as soon as a check makes it
/// (`add`, from any thread), keeps only what ordering them needs, and reads each back when it is printed
/// (`FindingList`). A finding read back is equal to the one stored, its id apart (set by its place in the output).
/// Without a file (none could be made, or a full disk), the bytes stay in memory, still far smaller than the findings.
public final class FindingStore: Sendable {
  /// Where a finding's bytes are: in the file, or in `held`.
  private struct Record: Sendable {
    var offset: Int64
    var count: Int32
    var inFile: Bool
  }

  private let file: ScratchFile?
  private let records = Mutex<[Record]>([])
  /// The bytes of findings not in the file, one after another.
  private let held = Mutex<[UInt8]>([])
  let origins = OriginTable()

  /// A store writing to a temporary file (`inMemory: false`, when one can be made), else holding the bytes.
  public init(inMemory: Bool = false) { file = inMemory ? nil : ScratchFile() }

  /// Stores `finding`: its record number.
  public func add(_ finding: Finding) -> Int {
    var w = ByteWriter()
    finding.encode(into: &w, origins: origins)
    let bytes = w.bytes
    var record = Record(offset: 0, count: Int32(clamping: bytes.count), inFile: false)
    if let file, let at = bytes.withUnsafeBytes({ file.append($0) }) {
      record.offset = at
      record.inFile = true
    } else {
      record.offset = held.withLock { h in
        defer { h += bytes }
        return Int64(h.count)
      }
    }
    return records.withLock { r in
      r.append(record)
      return r.count - 1
    }
  }

  /// How many findings were stored.
  public var count: Int { records.withLock { $0.count } }

  /// The bytes of record `n`; nil when they cannot be read back.
  private func bytes(_ n: Int) -> [UInt8]? {
    guard let r = records.withLock({ $0.indices.contains(n) ? $0[n] : nil }) else { return nil }
    if r.inFile { return file?.read(Int(r.count), at: r.offset) }
    return held.withLock { h in
      let a = Int(r.offset)
      return Array(h[a..<a + Int(r.count)])
    }
  }

  /// Finding `n` as stored, with the id `id`; nil when it cannot be read back.
  public func finding(_ n: Int, id: String) -> Finding? {
    guard let b = bytes(n) else { return nil }
    var r = ByteReader(b)
    return Finding(decoding: &r, id: id, origins: origins)
  }

  /// The message of finding `n` (read without the rest of it); "" when it cannot be read back.
  public func message(_ n: Int) -> String {
    guard let b = bytes(n) else { return "" }
    var r = ByteReader(b)
    return r.string()
  }
}

/// The findings of a run, in output order: held in memory (a list) or read back one at a time from a
/// `FindingStore`. Either way each is the same finding, with the same id.
public struct FindingList: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable, Equatable {
  private enum Storage: Sendable {
    case list([Finding])
    /// Per place in the output, the record in the store and the number of its id ("F12").
    case stored(FindingStore, records: [Int32], ids: [Int32])
  }

  private var storage: Storage

  public init(_ findings: [Finding] = []) { storage = .list(findings) }

  public init(arrayLiteral elements: Finding...) { storage = .list(elements) }

  /// The findings `records` of `store`, in this order, numbered F1, F2… in it.
  public init(store: FindingStore, records: [Int32]) {
    storage = .stored(store, records: records, ids: (0..<Int32(records.count)).map { $0 + 1 })
  }

  public var startIndex: Int { 0 }

  public var endIndex: Int {
    switch storage {
    case .list(let l): return l.count
    case .stored(_, let records, _): return records.count
    }
  }

  public subscript(k: Int) -> Finding {
    switch storage {
    case .list(let l): return l[k]
    case .stored(let store, let records, let ids):
      let id = "F\(ids[k])"
      // A record that cannot be read back (the temporary file failed under the run) still stands for a finding.
      return store.finding(Int(records[k]), id: id)
        ?? Finding(
          id: id, rule: "internal", fact: .text, scope: .withinSource, severity: .error, sources: [],
          message: "this finding could not be read back from the temporary file", evidence: [])
    }
  }

  /// The findings `keep` accepts, in the same order and with the same ids, still read from the store if they were.
  public func filter(_ keep: (Finding) throws -> Bool) rethrows -> FindingList {
    switch storage {
    case .list(let l): return FindingList(try l.filter(keep))
    case .stored(let store, let records, let ids):
      var r: [Int32] = []
      var i: [Int32] = []
      for k in records.indices where try keep(self[k]) {
        r.append(records[k])
        i.append(ids[k])
      }
      var out = self
      out.storage = .stored(store, records: r, ids: i)
      return out
    }
  }

  public static func == (a: FindingList, b: FindingList) -> Bool { a.elementsEqual(b) }
}
