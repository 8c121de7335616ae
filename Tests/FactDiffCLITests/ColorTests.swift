import Foundation
import Testing
import _FactDiffTestSupport

/// Colour only on a terminal, never with NO_COLOR; `--color` overrides. Runs the binary under a pseudo-terminal
/// (`script` from util-linux) to test the terminal case for real.
@Suite struct ColorTests {
  static let script = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }
  static let esc = "\u{1B}["

  /// Runs `factdiff check … hidden` under a pseudo-terminal and returns what the terminal showed.
  func underTerminal(_ extra: [String], environment: [String: String] = [:]) throws -> String {
    let command = ([CLI.binary.path, "check", "--no-config"] + extra + [ExitStatusTests.hidden])
      .map { "'\($0)'" }.joined(separator: " ")
    let run = try CLI.run(
      executable: URL(fileURLWithPath: Self.script!), ["-q", "-e", "-c", command, "/dev/null"], environment: environment
    )
    return run.stdout
  }

  @Test func pipesGetNoColourUnlessAsked() throws {
    #expect(!(try CLI.run(["check", "--no-config", ExitStatusTests.hidden]).stdout.contains(Self.esc)))
    #expect(
      try CLI.run(["check", "--no-config", "--color", "always", ExitStatusTests.hidden]).stdout.contains(Self.esc))
  }

  @Test(.enabled(if: ColorTests.script != nil)) func terminalGetsColourUnlessNoColor() throws {
    #expect(try underTerminal([]).contains(Self.esc))
    #expect(!(try underTerminal([], environment: ["NO_COLOR": "1"]).contains(Self.esc)))
    #expect(!(try underTerminal([], environment: ["NO_COLOR": ""]).contains(Self.esc)))
    #expect(!(try underTerminal(["--color", "never"]).contains(Self.esc)))
    #expect(try underTerminal(["--color", "always"], environment: ["NO_COLOR": "1"]).contains(Self.esc))
  }

  @Test func reportTextNeverCarriesEscapesToTheTerminal() throws {
    // The hostile report holds ESC sequences and bidi overrides; only the printer's own colour codes may appear.
    let run = try CLI.run(["check", "--no-config", "--color", "always", "Tests/Fixtures/hostile"])
    var rest = run.stdout
    for code in ["1", "2", "1;4", "1;31", "1;33", "1;36", "0"] {
      rest = rest.replacingOccurrences(of: "\u{1B}[\(code)m", with: "")
    }
    #expect(!rest.contains("\u{1B}"))
    #expect(!rest.contains("\u{202E}"))
  }
}
