import ArgumentParser
import FactDiff
import Foundation

/// `factdiff`: the root command.
struct FactDiffCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factdiff",
    abstract: "Compare several reports of one event and flag the facts they disagree on.",
    version: Tool.version,
    subcommands: [
      CheckCommand.self, ExtractCommand.self, ClusterCommand.self, ConfigCommand.self, NormalizeCommand.self,
      RulesCommand.self,
      ExplainCommand.self,
    ],
    defaultSubcommand: nil)
}

@main
enum Main {
  static func main() async {
    do {
      var command = try FactDiffCommand.parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let code as ExitCode {
      exit(code.rawValue)
    } catch {
      let code = FactDiffCommand.exitCode(for: error)
      if code == .success {
        FactDiffCommand.exit(withError: error)
      }
      // Usage errors exit with 2, as CONTRACT.md says (ArgumentParser's default would be 64).
      let message = FactDiffCommand.fullMessage(for: error)
      FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
      exit(2)
    }
  }
}
