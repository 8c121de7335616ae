import _FactDiffTestSupport

/// Reports for the printer tests: real findings from the checks, and hand-made ones carrying hostile text.
enum Fixtures {
  /// Everything a report's text could use to attack a terminal, a Markdown renderer, a browser or a CI log.
  static let hostile =
    "<script>document.body.dataset.pwned=1</script> <img src=x onerror=\"document.body.dataset.pwned=2\"> "
    + "a | b `tick` [link](javascript:alert(1)) https://evil.example www.evil.example @octocat #12 &amp; "
    + "\u{1B}[31mred\u{1B}[0m \u{1B}]8;;https://evil.example\u{1B}\\x\u{1B}]8;;\u{1B}\\ \u{202E}txet\u{202C} 100%\r\n"
    + "::error::pwned, title=x: y"

  /// Two reports of one meeting: the daily's own span does not fit its duration (a span-vs-duration finding),
  /// the wire's does.
  static func checked() -> (report: Report, sources: [Source]) {
    var daily = FactBuilder(
      id: "daily",
      text:
        "Darchiev met officials in Istanbul.\n\nThe meeting started at 10 a.m. and lasted six and a half hours, ending at 4:20 p.m.",
      published: "2025-02-28")
    daily.person("Darchiev", entity: "P1", name: "Alexander Darchiev", attendance: .led)
    daily.time("10 a.m.", 10, 0, stated: false)
    daily.duration("six and a half hours", 23400)
    daily.time("4:20 p.m.", 16, 20, stated: false)
    var wire = FactBuilder(
      id: "wire",
      text:
        "Darchiev's talks opened at 10:00 a.m. local time and broke up at about 4:20 p.m., nearly six and a half hours later.",
      published: "2025-02-28")
    wire.person("Darchiev", entity: "P1", name: "Alexander Darchiev", attendance: .led)
    wire.time("10:00 a.m.", 10, 0, zone: .local)
    wire.time("about 4:20 p.m.", 16, 20, zone: .local, hedge: .approximately)
    wire.duration("nearly six and a half hours", 23400, hedge: .nearly)
    let docs = [daily.document, wire.document]
    let (findings, resolved, events) = runChecks(docs)
    let report = Report(
      sources: resolved.map {
        .init(id: $0.source.id, path: "reports/\($0.source.id).txt", language: $0.source.language)
      },
      facts: resolved.flatMap(\.facts), findings: findings, groups: events.groups)
    return (report, resolved.map(\.source))
  }

  /// A report whose finding, evidence, source id, outlet and path all carry hostile text.
  static func hostileReport() -> (report: Report, sources: [Source]) {
    let text = "Talks began at 10:00. " + hostile + "\nThey lasted five hours."
    let source = Source(id: "evil", text: text, language: .en)
    let startOffset = 15  // "10:00"
    let evidence = [
      Evidence(
        source: "evil", fact: "evil#1", path: "reports/evil<b>.txt",
        position: Position(line: 1, column: startOffset + 1, offset: startOffset, length: 5), text: hostile,
        reading: hostile, group: 0),
      Evidence(
        source: "evil", path: "reports/evil<b>.txt", position: Position(line: 2, column: 1, offset: 30, length: 4),
        text: "five hours", reading: "5 h", group: 1),
    ]
    let finding = Finding(
      id: "F1", rule: "span-vs-duration", fact: .duration, scope: .withinSource, severity: .error, sources: ["evil"],
      message: "the report says " + hostile, evidence: evidence, event: "main", slot: "duration",
      likelyCause: hostile)
    let report = Report(
      sources: [.init(id: "evil", path: "reports/evil<b>.txt", language: .en, outlet: hostile)], facts: [],
      findings: [finding], groups: [["evil"]])
    return (report, [source])
  }

  /// A finding of a given severity with one statement (for counting and exit tests).
  static func finding(_ severity: Severity, rule: String = "count-mismatch", text: String = "12") -> Finding {
    Finding(
      rule: rule, fact: .count, scope: .acrossSources, severity: severity, sources: ["a", "b"],
      message: "twelve against fifteen",
      evidence: [
        Evidence(source: "a", path: "a.txt", position: Position(line: 1, column: 1, offset: 0, length: 2), text: text)
      ],
      event: "main", slot: "count:agreements")
  }

  /// A report with the given findings over reports a and b.
  static func report(_ findings: [Finding]) -> Report {
    var numbered = findings
    for k in numbered.indices { numbered[k].id = "F\(k + 1)" }
    return Report(
      sources: [.init(id: "a", path: "a.txt", language: .en), .init(id: "b", path: "b.txt", language: .en)], facts: [],
      findings: numbered, groups: [["a", "b"]])
  }

  /// True when the string holds an ESC or any other C0/C1 control character but line feed.
  static func hasControl(_ s: String) -> Bool {
    s.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
  }
}
