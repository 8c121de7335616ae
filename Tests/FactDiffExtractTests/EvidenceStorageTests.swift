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
    #expect(MemoryLayout<Evidence>.stride <= 80)
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
