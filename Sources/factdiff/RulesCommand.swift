import ArgumentParser
import FactDiff
import Foundation

/// `factdiff rules`: every check with its id, severity and one-line description.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List every check with its id, severity, scope and one-line description.")

  @Flag(name: .long, help: "Print Docs/Rules.md (the catalogue as Markdown).")
  var markdown = false

  func run() throws {
    let text = markdown ? RuleCatalog.markdown(Checker.rules) : RuleCatalog.list(Checker.rules)
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}

/// `factdiff explain RULE`: a rule's documentation with an example.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Print a rule's documentation with examples.")

  @Argument(help: "A rule id, as `factdiff rules` lists them.")
  var rule: String

  func run() throws {
    guard let info = Checker.rules.first(where: { $0.id == rule }) else {
      let known = Checker.rules.map(\.id).joined(separator: ", ")
      throw ValidationError("unknown rule '\(rule)'; known rules: \(known)")
    }
    FileHandle.standardOutput.write(Data(RuleCatalog.explain(info).utf8))
  }
}
