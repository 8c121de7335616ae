import Foundation
import Testing
import _FactDiffTestSupport

/// `--write-baseline` records the findings; `--baseline` hides them, so only new findings fail CI.
@Suite struct BaselineCLITests {
  @Test func roundTrip() throws {
    let dir = try CLI.temporaryDirectory()
    let file = dir.appendingPathComponent("baseline.json")
    let write = try CLI.run([
      "check", "--no-config", "--fail-on", "info", "--write-baseline", file.path, ExitStatusTests.hidden,
    ])
    #expect(write.status == 0)
    #expect(write.stderr.contains("wrote 1 finding to"))
    let baseline = try Baseline.parse(Array(Data(contentsOf: file)), path: file.path)
    #expect(baseline.entries.map(\.rule) == ["hidden-text"])

    let text = try CLI.run([
      "check", "--no-config", "--fail-on", "info", "--baseline", file.path, ExitStatusTests.hidden,
    ])
    #expect(text.status == 0)
    #expect(text.stdout.contains("no findings in 1 report; 1 hidden by the baseline"))

    let json = try CLI.run([
      "check", "--no-config", "--fail-on", "info", "--format", "json", "--baseline", file.path, ExitStatusTests.hidden,
    ])
    #expect(json.status == 0)
    #expect(json.stderr.contains("1 finding hidden by the baseline"))
    let doc = try JSONParser.parse(json.stdout)
    #expect(doc["findings"]?.arrayValue?.isEmpty == true)
    #expect(doc["baseline"]?["hidden"]?.intValue == 1)
  }

  @Test func newFindingsStillFail() throws {
    let dir = try CLI.temporaryDirectory()
    let file = dir.appendingPathComponent("baseline.json")
    try Data(
      Baseline(entries: [Baseline.Entry(fingerprint: "0123456789abcdef", rule: "x", sources: [], message: "")]).json()
        .utf8
    )
    .write(to: file)
    let run = try CLI.run([
      "check", "--no-config", "--fail-on", "info", "--baseline", file.path, ExitStatusTests.hidden,
    ])
    #expect(run.status == 1)
    #expect(run.stdout.contains("1 note in 1 report"))
  }

  @Test func missingOrMalformedBaselineExitsTwo() throws {
    let dir = try CLI.temporaryDirectory()
    let missing = try CLI.run([
      "check", "--no-config", "--baseline", dir.appendingPathComponent("none.json").path, ExitStatusTests.hidden,
    ])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("none.json: error: cannot read the baseline file"))
    let bad = dir.appendingPathComponent("bad.json")
    try Data("{\n  \"schemaVersion\": 1,\n  \"findings\": [oops]\n}\n".utf8).write(to: bad)
    let malformed = try CLI.run(["check", "--no-config", "--baseline", bad.path, ExitStatusTests.hidden])
    #expect(malformed.status == 2)
    #expect(malformed.stderr.hasPrefix("\(bad.path):3:16: error:"))
  }
}
