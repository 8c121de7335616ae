import Testing
import _FactDiffTestSupport

@testable import FactDiffReport

@Suite struct TerminalPrinterTests {
  @Test func groupsFindingsWithSideBySideTable() throws {
    let (report, _) = Fixtures.checked()
    let f = try #require(report.findings.first { $0.rule == "span-vs-duration" })
    let out = TerminalPrinter.render(report)
    #expect(out.contains("main · duration\n"))
    #expect(out.contains("[span-vs-duration] \(f.id)"))
    let header = try #require(out.split(separator: "\n").first { $0.hasPrefix("    source ") })
    #expect(String(header).components("what it says").count == 2 && header.hasSuffix("how it reads   line:col"))
    for e in f.evidence {
      #expect(out.contains("“\(e.text)”"))
      #expect(out.contains("\(e.position.line):\(e.position.column)"))
      if let reading = e.reading { #expect(out.contains(reading)) }
    }
    #expect(out.hasSuffix(ReportSummary(report).sentence + "\n"))
  }

  @Test func tableColumnsLineUp() {
    let r = Fixtures.report([Fixtures.finding(.error, text: "двенадцать"), Fixtures.finding(.warning, text: "12")])
    let lines = TerminalPrinter.render(r).split(separator: "\n").map(String.init)
    let header = lines.first { $0.contains("what it says") }!
    let row = lines.first { $0.contains("“двенадцать”") }!
    let column = DisplayWidth.of(String(header[..<header.range(of: "how it reads")!.lowerBound]))
    #expect(DisplayWidth.of(String(row[..<row.range(of: "—")!.lowerBound])) == column)
  }

  @Test func summaryLine() {
    #expect(ReportSummary(Fixtures.report([])).sentence == "no findings in 2 reports")
    let r = Fixtures.report([
      Fixtures.finding(.error), Fixtures.finding(.error), Fixtures.finding(.warning), Fixtures.finding(.info),
      Fixtures.finding(.info), Fixtures.finding(.info),
    ])
    #expect(ReportSummary(r).sentence == "2 errors, 1 warning, 3 notes in 2 reports")
    var one = Fixtures.report([Fixtures.finding(.warning)])
    one.sources.removeLast()
    one.baselineHidden = 4
    #expect(ReportSummary(one).sentence == "1 warning in 1 report; 4 hidden by the baseline")
  }

  @Test func reportTextNeverReachesTheTerminalAsControls() {
    let (report, _) = Fixtures.hostileReport()
    #expect(!Fixtures.hasControl(TerminalPrinter.render(report, color: false)))
    // With colour, the only escape sequences are the printer's own SGR codes.
    let colored = TerminalPrinter.render(report, color: true)
    var stripped = colored
    for code in ["1", "2", "1;4", "1;31", "1;33", "1;36", "0"] {
      stripped = stripped.replacingAll("\u{1B}[\(code)m", "")
    }
    #expect(colored != stripped)
    #expect(!Fixtures.hasControl(stripped))
    #expect(!colored.contains("\u{202E}"))
  }

  @Test func listsEventGroupsOnlyWhenThereAreSeveral() {
    var r = Fixtures.report([Fixtures.finding(.error)])
    #expect(!TerminalPrinter.render(r).contains("grouped as one event"))
    r.groups = [["a"], ["b"]]
    let out = TerminalPrinter.render(r)
    #expect(out.contains("Reports grouped as one event:\n  event 1: a\n  event 2: b\n"))
    #expect(out.contains("event 1 · main · count:agreements"))
  }

  @Test func colourFollowsTerminalAndNoColor() {
    #expect(ColorMode.auto.enabled(outputIsTerminal: true, environment: [:]))
    #expect(!ColorMode.auto.enabled(outputIsTerminal: false, environment: [:]))
    #expect(!ColorMode.auto.enabled(outputIsTerminal: true, environment: ["NO_COLOR": "1"]))
    #expect(!ColorMode.auto.enabled(outputIsTerminal: true, environment: ["NO_COLOR": ""]))
    #expect(!ColorMode.never.enabled(outputIsTerminal: true, environment: [:]))
    #expect(ColorMode.always.enabled(outputIsTerminal: false, environment: ["NO_COLOR": "1"]))
  }

  @Test func longStatementsAreCut() {
    let long = String(repeating: "слово ", count: 30)
    let out = TerminalPrinter.render(Fixtures.report([Fixtures.finding(.error, text: long)]))
    #expect(out.contains("…"))
    #expect(!out.contains(long))
  }
}

extension String {
  /// Every occurrence of `a` replaced with `b` (no Foundation needed).
  func replacingAll(_ a: String, _ b: String) -> String {
    var out = ""
    var rest = Substring(self)
    while let r = rest.range(of: a) {
      out += rest[..<r.lowerBound] + b
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}
