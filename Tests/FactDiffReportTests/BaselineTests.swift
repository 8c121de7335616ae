import Testing
import _FactDiffTestSupport

@Suite struct BaselineTests {
  @Test func roundTripHidesRecordedFindings() throws {
    let (report, _) = Fixtures.checked()
    #expect(!report.findings.isEmpty)
    let baseline = Baseline(findings: report.findings)
    let read = try Baseline.parse(Array(baseline.json().utf8), path: "b.json")
    #expect(read == baseline)
    let hidden = read.apply(to: report)
    #expect(hidden.findings.isEmpty)
    #expect(hidden.baselineHidden == report.findings.count)
    #expect(JSONPrinter.check(hidden).contains("\"baseline\": {\n    \"hidden\": \(report.findings.count)\n  }"))
  }

  @Test func newFindingsStayVisible() {
    let old = Fixtures.finding(.error, text: "12")
    let new = Fixtures.finding(.error, text: "15")
    let r = Baseline(findings: [old]).apply(to: Fixtures.report([old, new]))
    #expect(r.findings.map(\.fingerprint) == [new.fingerprint])
    #expect(r.baselineHidden == 1)
  }

  @Test func fingerprintsDoNotDependOnPositions() {
    var moved = Fixtures.finding(.error)
    moved.evidence[0].position = Position(line: 9, column: 4, offset: 200, length: 2)
    #expect(moved.fingerprint == Fixtures.finding(.error).fingerprint)
  }

  @Test func malformedFileNamesLineAndColumn() {
    #expect(throws: BaselineError.self) {
      try Baseline.parse(Array("{\n  \"schemaVersion\": 1,\n  \"findings\": [,]\n}".utf8), path: "b.json")
    }
    do {
      _ = try Baseline.parse(Array("{\n  \"schemaVersion\": 1,\n  \"findings\": [,]\n}".utf8), path: "b.json")
    } catch {
      #expect(error.description.hasPrefix("b.json:3:16: error:"))
    }
  }

  @Test func wrongVersionOrShapeIsRejected() {
    for text in [
      "[]", "{\"schemaVersion\": 2, \"findings\": []}", "{\"findings\": []}", "{\"schemaVersion\": 1}",
      "{\"schemaVersion\": 1, \"findings\": [{\"rule\": \"x\"}]}",
    ] {
      #expect(throws: BaselineError.self, "\(text)") { try Baseline.parse(Array(text.utf8), path: "b.json") }
    }
  }
}
