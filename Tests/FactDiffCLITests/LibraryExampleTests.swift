// swift-format-ignore-file: OrderedImports
import Foundation
import Testing

// BEGIN EXAMPLE
import FactDiff

/// Checks two reports of one meeting held in memory and returns one line per finding.
func checkTwoReports() async -> [String] {
  let wire = Source(
    id: "wire", text: "Talks in Geneva on Tuesday began at 10:00 and ended at 16:20, after six and a half hours.",
    language: .en, published: Published.parse("2025-06-10"))
  let agency = Source(
    id: "agency", text: "Переговоры в Женеве во вторник продолжались около шести часов.",
    language: .ru, published: Published.parse("2025-06-10"))
  let result = await Pipeline.run(sources: [wire, agency])
  return result.report.findings.map { "\($0.severity.rawValue) [\($0.rule)] \($0.message)" }
}
// END EXAMPLE

/// Docs/Library.md shows the example above; this test runs it and keeps the document in step with it.
@Suite struct LibraryExampleTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func exampleRuns() async {
    let lines = await checkTwoReports()
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("warning [span-vs-duration] 10:00–16:20 is 6 h 20 min") == true)
  }

  @Test func documentShowsTheExample() throws {
    let source = try String(contentsOfFile: #filePath, encoding: .utf8)
    guard let a = source.range(of: "// BEGIN EXAMPLE\n"), let b = source.range(of: "// END EXAMPLE") else {
      Issue.record("markers missing")
      return
    }
    let example = String(source[a.upperBound..<b.lowerBound])
    let doc = try String(contentsOf: Self.root.appendingPathComponent("Docs/Library.md"), encoding: .utf8)
    #expect(doc.contains("```swift\n" + example + "```"), "Docs/Library.md must show the example exactly as tested")
  }
}
