import Testing
import _FactDiffTestSupport

@Suite struct SARIFPrinterTests {
  func log(_ r: Report) throws -> JSONValue { try JSONParser.parse(SARIFPrinter.render(r)) }

  @Test func logHasSchemaVersionAndRulesFromTheChecks() throws {
    let sarif = try log(Fixtures.report([]))
    #expect(sarif["$schema"]?.stringValue?.hasSuffix("sarif-schema-2.1.0.json") == true)
    #expect(sarif["version"]?.stringValue == "2.1.0")
    let run = try #require(sarif["runs"]?[0])
    #expect(run["columnKind"]?.stringValue == "unicodeCodePoints")
    let driver = try #require(run["tool"]?["driver"])
    #expect(driver["name"]?.stringValue == "factdiff")
    let rules = try #require(driver["rules"]?.arrayValue)
    #expect(rules.count == Checker.rules.count)
    for (rule, info) in zip(rules, Checker.rules) {
      #expect(rule["id"]?.stringValue == info.id)
      #expect(rule["shortDescription"]?["text"]?.stringValue == info.summary)
      #expect(rule["fullDescription"]?["text"]?.stringValue == info.documentation)
      #expect(rule["help"]?["text"]?.stringValue?.contains(info.example) == true)
      #expect(rule["help"]?["markdown"] != nil)
      #expect(rule["defaultConfiguration"]?["level"]?.stringValue == SARIFPrinter.level(info.severity))
    }
    #expect(run["results"]?.arrayValue?.isEmpty == true)
  }

  @Test func resultPointsAtFirstStatementAndRelatesTheOthers() throws {
    let (report, _) = Fixtures.checked()
    let f = try #require(report.findings.first)
    #expect(f.evidence.count >= 2)
    let result = try #require(log(report)["runs"]?[0]?["results"]?[0])
    #expect(result["ruleId"]?.stringValue == f.rule)
    let index = try #require(result["ruleIndex"]?.intValue)
    #expect(Checker.rules[index].id == f.rule)
    #expect(result["level"]?.stringValue == SARIFPrinter.level(f.severity))
    #expect(result["message"]?["text"]?.stringValue?.hasPrefix(f.message) == true)
    let first = try #require(result["locations"]?[0]?["physicalLocation"])
    #expect(first["artifactLocation"]?["uri"]?.stringValue == "reports/daily.txt")
    #expect(first["region"]?["startLine"]?.intValue == f.evidence[0].position.line)
    #expect(first["region"]?["startColumn"]?.intValue == f.evidence[0].position.column)
    #expect(first["region"]?["endColumn"]?.intValue == f.evidence[0].position.column + f.evidence[0].position.length)
    let related = try #require(result["relatedLocations"]?.arrayValue)
    #expect(related.count == f.evidence.count - 1)
    #expect(related.map { $0["id"]?.intValue } == Array(1..<f.evidence.count))
    #expect(related[0]["message"]?["text"]?.stringValue?.contains(f.evidence[1].text) == true)
    #expect(result["partialFingerprints"]?["factdiff/v1"]?.stringValue == f.fingerprint)
  }

  @Test func levelsAndURIs() {
    #expect(SARIFPrinter.level(.error) == "error")
    #expect(SARIFPrinter.level(.warning) == "warning")
    #expect(SARIFPrinter.level(.info) == "note")
    #expect(SARIFPrinter.uri("./Samples/a b/tass-ru.txt") == "Samples/a%20b/tass-ru.txt")
    #expect(SARIFPrinter.uri("/tmp/x.txt") == "file:///tmp/x.txt")
    #expect(SARIFPrinter.uri("отчёт.txt") == "%D0%BE%D1%82%D1%87%D1%91%D1%82.txt")
    #expect(SARIFPrinter.uri("evil<b>#?.txt") == "evil%3Cb%3E%23%3F.txt")
  }

  @Test func hostileTextStaysJSONText() throws {
    let (report, _) = Fixtures.hostileReport()
    let result = try #require(log(report)["runs"]?[0]?["results"]?[0])
    #expect(result["message"]?["text"]?.stringValue?.contains(Fixtures.hostile) == true)
    #expect(result["locations"]?[0]?["physicalLocation"]?["region"]?["endColumn"] == nil)
  }

  @Test func unreadableReportsBecomeNotifications() throws {
    var r = Fixtures.report([])
    r.errors = [SourceError(path: "bad.txt", reason: .invalidUTF8, message: "invalid UTF-8", line: 3, column: 2)]
    let invocation = try #require(log(r)["runs"]?[0]?["invocations"]?[0])
    #expect(invocation["executionSuccessful"] == .bool(false))
    let note = try #require(invocation["toolExecutionNotifications"]?[0])
    #expect(note["level"]?.stringValue == "error")
    #expect(note["locations"]?[0]?["physicalLocation"]?["region"]?["startLine"]?.intValue == 3)
  }
}
