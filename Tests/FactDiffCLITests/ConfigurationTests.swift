import Foundation
import Testing
import _FactDiffTestSupport

/// `.factdiff.yml`: what it sets, and `path:line:col` errors for what it gets wrong.
@Suite struct ConfigurationTests {
  /// The error a configuration text gives, as printed.
  func error(_ yaml: String) -> String? {
    do {
      _ = try Configuration.parse(yaml, path: "cfg.yml")
      return nil
    } catch {
      return error.description
    }
  }

  @Test func fullFile() throws {
    let c = try Configuration.parse(
      """
      version: 1
      language: ru
      fail-on: error
      aliases:
        - [Dmitry Zverev, Дмитрий Зверев, Дмитро Звєрєв]
      rules:
        attendee-omitted: off
        weekday-vs-date: warning
      tolerance:
        roundWidenFraction: 0.1
        hedgeFraction: 0.2
        clockHedgeMin: 600
        roundSteps: [1, 5]
        vagueCounts:
          several: [3, 7]
      """, path: "cfg.yml")
    #expect(c.language == .ru)
    #expect(c.failOn == .error)
    #expect(c.aliases == [["Dmitry Zverev", "Дмитрий Зверев", "Дмитро Звєрєв"]])
    #expect(c.rules == ["attendee-omitted": .off, "weekday-vs-date": .severity(.warning)])
    #expect(c.tolerance.roundWidenFraction == 0.1)
    #expect(c.tolerance.hedgeFraction == 0.2)
    #expect(c.tolerance.clockHedgeMin == 600)
    #expect(c.tolerance.roundSteps == [1, 5])
    #expect(c.tolerance.vagueCounts["several"] == 3...7)
    #expect(c.tolerance.vagueCounts["dozens"] == ToleranceTable().vagueCounts["dozens"])
    let settings = c.checkSettings
    #expect(settings.disabledRules == ["attendee-omitted"])
    #expect(settings.severityOverrides == ["weekday-vs-date": .warning])
    let options = c.pipelineOptions(read: ReadOptions())
    #expect(options.aliases == c.aliases)
    #expect(options.read.defaultLanguage == .ru)
    #expect(options.extraction.tolerance == c.tolerance)
    #expect(options.check.tolerance == c.tolerance)
    var explicit = ReadOptions()
    explicit.defaultLanguage = .uk
    #expect(c.pipelineOptions(read: explicit).read.defaultLanguage == .uk)
  }

  @Test func errorsNameLineAndColumn() {
    #expect(
      error("version: 1\nlanguge: en\n")
        == "cfg.yml:2:1: error: unknown key 'languge' in the configuration (known: version, language, timezone, fail-on, max-bytes, aliases, rules, tolerance)"
    )
    #expect(
      error("version: 2\n")
        == "cfg.yml:1:10: error: unsupported configuration version '2': this factdiff reads version 1")
    #expect(error("language: en\n") == "cfg.yml:1:1: error: missing 'version: 1'")
    #expect(error("") == "cfg.yml:1:1: error: empty configuration: start it with 'version: 1'")
    #expect(error("version: 1\nlanguage: fr\n")?.hasPrefix("cfg.yml:2:11: error: unknown language 'fr'") == true)
    #expect(error("version: 1\nfail-on: sometimes\n")?.hasPrefix("cfg.yml:2:10: error: unknown fail-on") == true)
    #expect(
      error("version: 1\nrules:\n  span-vs-durration: off\n")?.hasPrefix(
        "cfg.yml:3:3: error: unknown rule 'span-vs-durration' in rules") == true)
    #expect(
      error("version: 1\nrules:\n  span-vs-duration: loud\n")?.hasPrefix("cfg.yml:3:21: error: unknown setting 'loud'")
        == true)
    #expect(error("version: 1\nrules: [a, b]\n")?.hasPrefix("cfg.yml:2:8: error: rules must be a mapping") == true)
    #expect(
      error("version: 1\ntolerance:\n  hedgeFraction: lots\n")?.hasPrefix(
        "cfg.yml:3:18: error: hedgeFraction must be a number") == true)
    #expect(
      error("version: 1\ntolerance:\n  hedgeFraction: 1.5\n")?.hasPrefix(
        "cfg.yml:3:18: error: hedgeFraction is a fraction") == true)
    #expect(
      error("version: 1\ntolerance:\n  roundSteps: [1, -2]\n")?.hasPrefix("cfg.yml:3:15: error: roundSteps must be")
        == true)
    #expect(
      error("version: 1\ntolerance:\n  clockHedgeMin: 4000\n")?.hasPrefix(
        "cfg.yml:3:3: error: clockHedgeMin (4000.0) is larger") == true)
    #expect(
      error("version: 1\naliases: [Zverev]\n")?.hasPrefix("cfg.yml:2:11: error: each alias must be a list") == true)
    #expect(
      error("version: 1\naliases:\n  - [Zverev]\n")?.hasPrefix(
        "cfg.yml:3:5: error: an alias list needs at least two names") == true)
    #expect(error("version: 1\nversion: 1\n")?.contains("duplicate") == true)
    #expect(error("version: 1\nrules: {\n")?.hasPrefix("cfg.yml:3:1: error: malformed YAML") == true)
  }

  @Test func suggestsTheSpellingOfATolerance() {
    #expect(
      error("version: 1\ntolerance:\n  round-widen-fraction: 0.1\n")?.contains("did you mean 'roundWidenFraction'?")
        == true)
  }

  @Test func timeZoneIsValidatedWhenZoneDataIsThere() throws {
    let c = try Configuration.parse("version: 1\ntimezone: Europe/Kyiv\n", path: "cfg.yml")
    #expect(c.timezone == "Europe/Kyiv")
    if TimeZones.isKnown("Europe/London") {
      #expect(
        error("version: 1\ntimezone: Mars/Olympus_Mons\n")?.hasPrefix("cfg.yml:2:11: error: unknown time zone") == true)
    }
  }

  @Test func effectiveYAMLIsAValidConfiguration() throws {
    var c = try Configuration.parse(
      "version: 1\nlanguage: uk\naliases: [[\"A: b\", \"C, d\"]]\nrules: {hidden-text: off}\ntolerance: {hedgeFraction: 0.25}\n",
      path: "cfg.yml")
    let yaml = c.yaml()
    #expect(yaml.hasPrefix("# effective configuration: the defaults merged with cfg.yml\n"))
    #expect(yaml.contains("  hidden-text: off  # set in the file\n"))
    #expect(yaml.contains("  hedgeFraction: 0.25  # set in the file\n"))
    let again = try Configuration.parse(yaml, path: "again.yml")
    c.path = "again.yml"
    #expect(again.language == c.language && again.aliases == c.aliases && again.tolerance == c.tolerance)
    #expect(again.checkSettings.disabledRules == ["hidden-text"])
    let defaults = Configuration().yaml()
    #expect(defaults.hasPrefix("# effective configuration: the defaults (no .factdiff.yml found)\n"))
    #expect(try Configuration.parse(defaults, path: "d.yml").tolerance == ToleranceTable())
  }

  @Test func discoveryWalksUp() throws {
    let dir = try CLI.temporaryDirectory()
    let nested = dir.appendingPathComponent("a/b/c")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    try Data("version: 1\n".utf8).write(to: dir.appendingPathComponent("a/.factdiff.yml"))
    #expect(
      Configuration.discover(from: nested.path)
        == dir.appendingPathComponent("a/.factdiff.yml").standardizedFileURL.path)
    #expect(
      Configuration.discover(from: dir.path) == nil || !Configuration.discover(from: dir.path)!.hasPrefix(dir.path))
  }

  @Test func configCommandPrintsTheEffectiveConfiguration() throws {
    let dir = try CLI.temporaryDirectory()
    try Data("version: 1\nfail-on: info\nrules:\n  hidden-text: warning\n".utf8).write(
      to: dir.appendingPathComponent(".factdiff.yml"))
    let sub = dir.appendingPathComponent("reports")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    let run = try CLI.run(["config"], cwd: sub)
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("# effective configuration: the defaults merged with "))
    #expect(run.stdout.contains(".factdiff.yml\n"))
    #expect(run.stdout.contains("fail-on: info\n"))
    #expect(run.stdout.contains("  hidden-text: warning  # set in the file\n"))
    // The discovered file applies to check as well.
    let copy = sub.appendingPathComponent("notes-en.txt")
    try FileManager.default.copyItem(
      at: CLI.root.appendingPathComponent(ExitStatusTests.hidden).appendingPathComponent("notes-en.txt"), to: copy)
    #expect(try CLI.run(["check", "notes-en.txt"], cwd: sub).status == 1)
    #expect(try CLI.run(["check", "--no-config", "notes-en.txt"], cwd: sub).status == 0)
  }

  @Test func badFileExitsTwoWithPosition() throws {
    let dir = try CLI.temporaryDirectory()
    let file = dir.appendingPathComponent("bad.yml")
    try Data("version: 1\nrules:\n  no-such-rule: off\n".utf8).write(to: file)
    for args in [["config", "--config", file.path], ["check", "--config", file.path, ExitStatusTests.hidden]] {
      let run = try CLI.run(args)
      #expect(run.status == 2)
      #expect(run.stderr.hasPrefix("\(file.path):3:3: error: unknown rule 'no-such-rule'"))
    }
    let missing = try CLI.run([
      "check", "--config", dir.appendingPathComponent("none.yml").path, ExitStatusTests.hidden,
    ])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no such configuration file"))
  }
}
