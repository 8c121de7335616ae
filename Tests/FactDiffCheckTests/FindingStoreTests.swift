import Foundation
import Testing
import _FactDiffTestSupport

@testable import FactDiffCheck
@testable import FactDiffModel

/// A large run writes its findings to a `FindingStore` as the checks make them and reads each back when printed
/// (`FindingList`): what comes back must be the finding stored, in the order and with the ids of a run that kept
/// them in memory, and bytes that do not make a finding must never crash the run.
@Suite struct FindingStoreTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A finding with every optional part, statements spelled out (not read from a report), Cyrillic included.
  static func spelled(_ n: Int) -> Finding {
    Finding(
      rule: "date-mismatch", fact: .date, scope: .acrossSources, severity: n.isMultiple(of: 2) ? .error : .warning,
      sources: ["a", "b\(n)"], message: "Отчёты расходятся: \(n) — «среда» vs Thursday",
      evidence: [
        Evidence(
          source: "a", fact: "a#\(n)", path: "reports/a.txt",
          position: Position(line: n, column: 3, offset: 100 * n, length: 7), text: "в среду",
          reading: "2025-06-1\(n % 10)",
          group: 0),
        Evidence(
          source: "b\(n)", path: "reports/b.txt", position: Position(line: 1, column: 1, offset: 0, length: 8),
          text: "Thursday", group: 1),
      ], event: n.isMultiple(of: 3) ? nil : "main", slot: "date", likelyCause: n.isMultiple(of: 5) ? "time zone" : nil)
  }

  @Test(arguments: [true, false])
  func spelledFindingsComeBackAsStored(inMemory: Bool) throws {
    let store = FindingStore(inMemory: inMemory)
    let findings = (0..<40).map(Self.spelled)
    let records = findings.map { Int32(store.add($0)) }
    #expect(store.count == 40)
    let list = FindingList(store: store, records: records.reversed())
    #expect(list.count == 40)
    for (k, f) in list.enumerated() {
      var expected = findings[39 - k]
      expected.id = "F\(k + 1)"
      #expect(f == expected)
      #expect(f.fingerprint == expected.fingerprint)
    }
    #expect(store.message(Int(records[7])) == findings[7].message)
  }

  /// A filtered list keeps its findings' ids and order, and still reads them from the store.
  @Test func filteringKeepsIdsAndOrder() {
    let store = FindingStore(inMemory: true)
    let records = (0..<10).map { Int32(store.add(Self.spelled($0))) }
    let list = FindingList(store: store, records: records)
    let errors = list.filter { $0.severity == .error }
    #expect(errors.map(\.id) == ["F1", "F3", "F5", "F7", "F9"])
    #expect(errors.map(\.message) == list.filter { $0.severity == .error }.map(\.message))
    #expect(FindingList(Array(list)).filter { $0.severity == .warning }.map(\.id) == ["F2", "F4", "F6", "F8", "F10"])
  }

  /// Every cut of a finding's bytes, and every byte changed, decodes to nothing or to some finding: never a crash,
  /// never a read past the end. The whole bytes decode to the finding.
  @Test func brokenBytesDoNotMakeAFinding() {
    let origins = OriginTable()
    var w = ByteWriter()
    Self.spelled(3).encode(into: &w, origins: origins)
    let bytes = w.bytes
    var whole = ByteReader(bytes)
    #expect(Finding(decoding: &whole, id: "F1", origins: origins)?.message == Self.spelled(3).message)
    for cut in 0..<bytes.count {
      var r = ByteReader(Array(bytes[..<cut]))
      #expect(Finding(decoding: &r, id: "F1", origins: origins) == nil, "cut at \(cut)")
    }
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      var changed = bytes
      changed[Int.random(in: 0..<changed.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
      var r = ByteReader(changed)
      _ = Finding(decoding: &r, id: "F1", origins: origins)
    }
  }

  /// Numbers and strings read back as written, at their edges.
  @Test func bytesReadBackAsWritten() {
    let numbers: [Int64] = [0, 1, -1, 63, -64, 64, 127, 128, -129, 1 << 31, -(1 << 31), .max, .min]
    let strings = ["", "a", "Тихий", "🇺🇦 flag", String(repeating: "ж", count: 300)]
    var w = ByteWriter()
    for n in numbers { w.signed(n) }
    for s in strings { w.string(s) }
    w.optional(nil)
    w.optional("x")
    w.unsigned(.max)
    var r = ByteReader(w.bytes)
    #expect(numbers.map { _ in r.signed() } == numbers)
    #expect(strings.map { _ in r.string() } == strings)
    #expect(r.optional() == nil)
    #expect(r.optional() == "x")
    #expect(r.unsigned() == .max)
    #expect(!r.failed && r.isAtEnd)
    #expect(r.byte() == 0 && r.failed)
  }

  /// The checks writing to a store give the findings of the checks keeping them, in the same order and with the
  /// same ids, on every thread count: statements read from the reports (packed) included.
  @Test(arguments: ["Samples/astana-ferry-talks", "Tests/Cases2/ashgabat-gas-contract-html/reports"])
  func storedRunGivesTheSameFindings(_ folder: String) async throws {
    let path = Self.root.appendingPathComponent(folder).path
    let read = SourceReader(options: ReadOptions()).read(paths: [path])
    var (docs, summaries) = await Pipeline.analyzeAndAnnotateApart(read.sources)
    let events = Resolution.resolve(&docs, summaries: &summaries)
    let kept = Checker.run(docs, events: events)
    #expect(!kept.isEmpty)
    for (parallelism, inMemory) in [(1, true), (2, false)] {
      let stored = Checker.run(
        docs, events: events, parallelism: parallelism, store: FindingStore(inMemory: inMemory))
      #expect(Array(stored) == kept, "\(folder), \(parallelism) threads")
    }
  }
}
