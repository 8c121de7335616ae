import Testing
import _FactDiffTestSupport

@testable import FactDiffReport

/// The printers that write as they go (`extract` and `check` in JSON, the text formats) give, joined, the text the
/// document's whole tree would print (`JSONValue.pretty`), and hand a large report out in pieces.
@Suite struct StreamingOutputTests {
  /// The `check` document built whole, as a tree, then printed.
  static func wholeCheck(_ r: Report) -> String {
    var top: [(String, JSONValue)] = [
      ("schemaVersion", .int(JSONPrinter.schemaVersion)),
      ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
      ("sources", .array(r.sources.map(JSONPrinter.source))),
      ("groups", .array(r.groups.map { .array($0.map(JSONValue.string)) })),
      ("facts", .array(r.facts.map(JSONPrinter.fact))),
      ("findings", .array(r.findings.map(JSONPrinter.finding))),
    ]
    if let hidden = r.baselineHidden { top.append(("baseline", .object([("hidden", .int(hidden))]))) }
    if !r.errors.isEmpty { top.append(("errors", .array(r.errors.map(JSONPrinter.error)))) }
    return JSONValue.object(top).pretty() + "\n"
  }

  /// The `extract` document built whole, as a tree, then printed.
  static func wholeExtract(_ r: Report) -> String {
    var top: [(String, JSONValue)] = [
      ("schemaVersion", .int(JSONPrinter.schemaVersion)),
      ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
      ("sources", .array(r.sources.map(JSONPrinter.source))),
      ("facts", .array(r.facts.map(JSONPrinter.fact))),
    ]
    if !r.errors.isEmpty { top.append(("errors", .array(r.errors.map(JSONPrinter.error)))) }
    return JSONValue.object(top).pretty() + "\n"
  }

  static func pieces(_ print: ((String) -> Void) -> Void) -> [String] {
    var out: [String] = []
    print { out.append($0) }
    return out
  }

  @Test func jsonDocumentsAreTheWholeTreesText() {
    var reports = [Fixtures.checked().report, Fixtures.hostileReport().report]
    // Empty lists print as `[]`; a baseline and unreadable sources add their members.
    var bare = Report(sources: [], facts: [], findings: [])
    reports.append(bare)
    bare.baselineHidden = 2
    bare.errors = [SourceError(path: "a.txt", reason: .empty, message: "empty file")]
    reports.append(bare)
    for r in reports {
      #expect(Self.pieces { JSONPrinter.check(r, write: $0) }.joined() == Self.wholeCheck(r))
      #expect(JSONPrinter.check(r) == Self.wholeCheck(r))
      #expect(Self.pieces { JSONPrinter.extract(r, write: $0) }.joined() == Self.wholeExtract(r))
      #expect(JSONPrinter.extract(r) == Self.wholeExtract(r))
      #expect(Self.pieces { FactTextPrinter.render(r, write: $0) }.joined() == FactTextPrinter.render(r))
      for format in ReportFormat.allCases {
        #expect(
          Self.pieces { ReportRenderer.render(r, as: format, write: $0) }.joined()
            == ReportRenderer.render(r, as: format))
      }
    }
  }

  /// A report of many facts is handed out in pieces of about 64 KB (never the whole text at once), and they join
  /// into the whole tree's text.
  @Test func aLargeReportComesInPieces() {
    let (checked, _) = Fixtures.checked()
    let facts = Array(repeating: Array(checked.facts), count: 1000).flatMap { $0 }
    let findings = Array(repeating: checked.findings, count: 1000).flatMap { $0 }
    let r = Report(sources: checked.sources, facts: facts, findings: findings, groups: checked.groups)
    for (pieces, whole) in [
      (Self.pieces { JSONPrinter.check(r, write: $0) }, Self.wholeCheck(r)),
      (Self.pieces { JSONPrinter.extract(r, write: $0) }, Self.wholeExtract(r)),
      (Self.pieces { FactTextPrinter.render(r, write: $0) }, FactTextPrinter.render(r)),
      (Self.pieces { TerminalPrinter.render(r, write: $0) }, TerminalPrinter.render(r)),
    ] {
      #expect(pieces.count > 4)
      #expect(pieces.allSatisfy { $0.utf8.count < 80_000 })
      #expect(pieces.joined() == whole)
    }
  }
}
