import Testing
import _FactDiffTestSupport

@Suite struct GitHubPrinterTests {
  @Test func oneAnnotationPerFindingAtItsFirstStatement() throws {
    let (report, _) = Fixtures.checked()
    let f = try #require(report.findings.first)
    let lines = GitHubPrinter.render(report).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == report.findings.count)
    let e = f.evidence[0]
    let command = f.severity == .error ? "error" : f.severity == .warning ? "warning" : "notice"
    #expect(
      lines[0].hasPrefix(
        "::\(command) file=reports/daily.txt,line=\(e.position.line),col=\(e.position.column),endColumn=\(e.position.column + e.position.length),title=factdiff \(f.rule) (\(f.id))::"
      ))
    #expect(lines[0].contains(GitHubPrinter.data(f.message)))
    #expect(lines[0].contains("%0A"))
  }

  @Test func severitiesMapToCommands() {
    let r = Fixtures.report([Fixtures.finding(.error), Fixtures.finding(.warning), Fixtures.finding(.info)])
    let commands = GitHubPrinter.render(r).split(separator: "\n").map { $0.prefix { $0 != " " } }
    #expect(commands == ["::error", "::warning", "::notice"])
  }

  @Test func escaping() {
    #expect(GitHubPrinter.data("100% done\r\nnext") == "100%25 done%0D%0Anext")
    #expect(GitHubPrinter.property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
  }

  @Test func hostileTextCannotStartAnotherCommand() {
    let (report, _) = Fixtures.hostileReport()
    let out = GitHubPrinter.render(report)
    let lines = out.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.allSatisfy { $0.hasPrefix("::error file=") })
    #expect(!Fixtures.hasControl(out))
    // The file property keeps its own punctuation escaped, and the message its percent signs.
    #expect(out.contains("file=reports/evil<b>.txt,line=1,col=16,title=factdiff span-vs-duration (F1)::"))
    #expect(out.contains("100%25"))
    #expect(!out.contains("\u{202E}"))
  }
}
