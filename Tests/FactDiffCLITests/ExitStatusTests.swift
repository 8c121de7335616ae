import Foundation
import Testing
import _FactDiffTestSupport

/// Exit status of the built binary (CONTRACT.md): 0 clean, 1 at or above --fail-on or over --max-warnings, 2 for
/// usage, input, configuration and baseline errors; never dependent on --format.
@Suite struct ExitStatusTests {
  /// One report with one invisible character: a single `hidden-text` finding (info), whatever extraction finds.
  static let hidden = "Tests/Fixtures/hidden"

  /// A configuration that turns `hidden-text` into a warning.
  static func warningConfig() throws -> URL {
    let dir = try CLI.temporaryDirectory()
    let file = dir.appendingPathComponent("warn.yml")
    try Data("version: 1\nrules:\n  hidden-text: warning\n".utf8).write(to: file)
    return file
  }

  @Test func usageErrorsExitTwo() throws {
    #expect(try CLI.run(["check"]).status == 2)
    #expect(try CLI.run(["check", "--format", "pdf", Self.hidden]).status == 2)
    #expect(try CLI.run(["check", "--fail-on", "sometimes", Self.hidden]).status == 2)
    #expect(try CLI.run(["check", "--max-warnings", "-1", Self.hidden]).status == 2)
    #expect(try CLI.run(["check", "--color", "rainbow", Self.hidden]).status == 2)
    #expect(try CLI.run(["frobnicate"]).status == 2)
  }

  @Test func unreadableInputExitsTwo() throws {
    let run = try CLI.run(["check", "--no-config", "Tests/Fixtures/no-such-folder"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("no-such-folder"))
  }

  @Test func failOnThreshold() throws {
    #expect(try CLI.run(["check", "--no-config", Self.hidden]).status == 0)
    #expect(try CLI.run(["check", "--no-config", "--fail-on", "info", Self.hidden]).status == 1)
    #expect(try CLI.run(["check", "--no-config", "--fail-on", "never", Self.hidden]).status == 0)
  }

  @Test(arguments: ReportFormat.allCases)
  func statusDoesNotDependOnFormat(format: ReportFormat) throws {
    let failing = try CLI.run(["check", "--no-config", "--fail-on", "info", "--format", format.rawValue, Self.hidden])
    #expect(failing.status == 1)
    #expect(!failing.stdout.isEmpty)
    let passing = try CLI.run(["check", "--no-config", "--format", format.rawValue, Self.hidden])
    #expect(passing.status == 0)
  }

  @Test func maxWarnings() throws {
    let config = try Self.warningConfig().path
    #expect(try CLI.run(["check", "--config", config, Self.hidden]).status == 1)
    #expect(try CLI.run(["check", "--config", config, "--fail-on", "error", Self.hidden]).status == 0)
    #expect(
      try CLI.run(["check", "--config", config, "--fail-on", "error", "--max-warnings", "0", Self.hidden]).status == 1)
    #expect(
      try CLI.run(["check", "--config", config, "--fail-on", "error", "--max-warnings", "1", Self.hidden]).status == 0)
    #expect(
      try CLI.run(["check", "--config", config, "--fail-on", "never", "--max-warnings", "0", Self.hidden]).status == 1)
  }

  @Test func failOnFromConfigurationAndCommandLine() throws {
    let dir = try CLI.temporaryDirectory()
    let file = dir.appendingPathComponent("info.yml")
    try Data("version: 1\nfail-on: info\n".utf8).write(to: file)
    #expect(try CLI.run(["check", "--config", file.path, Self.hidden]).status == 1)
    #expect(try CLI.run(["check", "--config", file.path, "--fail-on", "warning", Self.hidden]).status == 0)
  }

  @Test func outputFileGetsTheReport() throws {
    let dir = try CLI.temporaryDirectory()
    let out = dir.appendingPathComponent("report.sarif")
    let run = try CLI.run([
      "check", "--no-config", "--format", "sarif", "--output", out.path, "--fail-on", "info", Self.hidden,
    ])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    let sarif = try JSONParser.parse(String(contentsOf: out, encoding: .utf8))
    #expect(sarif["runs"]?[0]?["results"]?.arrayValue?.count == 1)
    let unwritable = try CLI.run(["check", "--no-config", "--output", "/nonexistent-dir/x.txt", Self.hidden])
    #expect(unwritable.status == 2)
  }
}
