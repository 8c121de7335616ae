import Testing

@testable import FactDiffExtract
@testable import FactDiffModel

/// The compact storage of `Evidence` (source id and words read from the fact's report, the fact id as a number,
/// position and group as 32-bit integers) reads back exactly what a statement spelled out would.
@Suite struct EvidenceStorageTests {
  @Test func evidenceOfAFactReadsBackAsTheFact() throws {
    let doc = Extraction.analyze(
      Source(id: "wire", text: "Talks lasted six hours.\nThey began at 10:00, officials said.", language: .en))
    let f = try #require(doc.facts.last)
    let e = Evidence(f, path: "wire.txt", reading: "10:00", group: 2)
    let spelled = Evidence(
      source: f.source, fact: f.id, path: "wire.txt", position: f.position, text: f.text, reading: "10:00", group: 2)
    #expect(e.source == "wire" && e.fact == f.id && e.fact?.hasPrefix("wire#") == true)
    #expect(e.position == f.position && e.position.line == 2)
    #expect(e.text == f.text && e.group == 2 && e.reading == "10:00" && e.path == "wire.txt")
    #expect(e == spelled && e.hashValue == spelled.hashValue)
    #expect(MemoryLayout<Evidence>.stride <= 56)
  }

  /// A statement in the file its fact's report was read from takes the path from the report (packed); one given
  /// another path keeps it as written; either reads back what it was given, and so does a path changed later.
  @Test func pathFromTheReportOrAsGiven() throws {
    var source = Source(id: "wire", text: "Talks lasted six hours.\nThey began at 10:00.", language: .en)
    source.path = "news/wire.txt"
    let doc = Extraction.analyze(source)
    let f = try #require(doc.facts.last)
    let packed = Evidence(f, path: "news/wire.txt", reading: "10:00", group: 1)
    let other = Evidence(f, path: "elsewhere/wire.txt", reading: "10:00", group: 1)
    #expect(packed.path == "news/wire.txt" && other.path == "elsewhere/wire.txt")
    for e in [packed, other] {
      #expect(e.source == "wire" && e.fact == f.id && e.text == f.text && e.position == f.position && e.group == 1)
    }
    #expect(packed != other)
    var moved = packed
    moved.path = "elsewhere/wire.txt"
    #expect(moved == other && moved.hashValue == other.hashValue)
    #expect(moved.text == f.text && moved.fact == f.id)
  }

  @Test func changingOnePartKeepsTheOthers() throws {
    let doc = Extraction.analyze(Source(id: "a", text: "The talks lasted six hours.", language: .en))
    let f = try #require(doc.facts.first)
    var e = Evidence(f, path: "a.txt", group: 1)
    e.text = "six hours (edited)"
    #expect(e.text == "six hours (edited)" && e.fact == f.id && e.position == f.position && e.group == 1)
    e.group = Int(Int32.max) + 1
    #expect(e.group == Int(Int32.max) + 1 && e.source == "a")
    e.fact = nil
    #expect(e.fact == nil && e.text == "six hours (edited)")
    // An id that is not `source#n` and a fact without words in its report are kept as written.
    var g = f
    g.id = "elsewhere-7"
    #expect(Evidence(g, path: "a.txt").fact == "elsewhere-7")
    g.text = "own words"
    #expect(Evidence(g, path: "a.txt").text == "own words")
  }
}
