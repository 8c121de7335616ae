import ArgumentParser
import FactDiff
import Foundation

/// `--config FILE` and `--no-config`, shared by the commands that read reports.
struct ConfigOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Configuration file (default: the nearest .factdiff.yml from the working directory up).", valueName: "file"))
  var config: String?

  @Flag(name: .customLong("no-config"), help: "Use the built-in defaults; ignore any .factdiff.yml.")
  var noConfig = false

  /// The configuration of the run, or exit status 2 with `path:line:col: error: …` on standard error.
  func load() throws -> Configuration {
    if noConfig && config != nil { fail("error: --config and --no-config cannot be used together") }
    do {
      return try Configuration.resolve(
        explicit: noConfig ? nil : config, searchFrom: FileManager.default.currentDirectoryPath, search: !noConfig)
    } catch {
      fail(error.description)
    }
  }
}

/// `factdiff config`: the effective configuration.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Print the effective configuration (the defaults merged with .factdiff.yml) as YAML.",
    discussion: """
      The first line names the file the configuration came from. Exit status 2 when the file is invalid; the \
      error names the file, line and column.
      """)

  @OptionGroup var config: ConfigOptions

  func run() throws {
    let configuration = try config.load()
    FileHandle.standardOutput.write(Data(configuration.yaml().utf8))
  }
}

/// Prints a tool error on standard error and exits with status 2.
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
  exit(2)
}

/// Prints a note on standard error (`factdiff: …`).
func note(_ message: String) {
  FileHandle.standardError.write(Data("factdiff: \(message)\n".utf8))
}
