import Foundation
import Testing
import _FactDiffTestSupport

/// Docs/Rules.md is generated from the checks; this test fails when it is out of date.
@Suite struct RulesDocTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func rulesDocIsUpToDate() throws {
    let path = Self.root.appendingPathComponent("Docs/Rules.md")
    let expected = RuleCatalog.markdown(Checker.rules)
    if ProcessInfo.processInfo.environment["FACTDIFF_RECORD"] != nil {
      try Data(expected.utf8).write(to: path)
    }
    let actual = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
    #expect(actual == expected, "Docs/Rules.md is out of date: run FACTDIFF_RECORD=1 swift test --filter RulesDoc")
  }

  @Test func everyRuleHasDocumentationAndExamples() {
    let ids = Checker.rules.map(\.id)
    #expect(Set(ids).count == ids.count)
    for r in Checker.rules {
      #expect(r.documentation.count > 120, "\(r.id) needs a paragraph of documentation")
      #expect(!r.example.isEmpty && !r.quietExample.isEmpty)
      #expect(r.id.allSatisfy { $0.isLowercase || $0 == "-" })
    }
  }
}
