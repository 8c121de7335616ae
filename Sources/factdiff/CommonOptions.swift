import ArgumentParser
import FactDiff
import Foundation

/// Options shared by the commands that read reports.
struct InputOptions: ParsableArguments {
  @Argument(help: "Report files, directories, or - for standard input.")
  var paths: [String] = []

  @Flag(name: .long, help: "Read directories recursively.")
  var recursive = false

  @Option(name: .long, help: "Language of reports that do not declare one and cannot be detected (en, ru, uk).")
  var language: String?

  @Option(name: .long, help: "IANA time zone for bare clock times in reports that do not declare one.")
  var timezone: String?

  func validatePaths() throws {
    if paths.isEmpty { throw ValidationError("give at least one report file, directory, or - for standard input") }
    if let language, Language(rawValue: language) == nil {
      throw ValidationError("unknown language '\(language)': use en, ru or uk")
    }
  }

  var readOptions: ReadOptions {
    ReadOptions(
      recursive: recursive, defaultLanguage: language.flatMap(Language.init(rawValue:)), defaultTimezone: timezone)
  }
}

/// Reads all of standard input.
@Sendable func readStandardInput() -> [UInt8] {
  Array(FileHandle.standardInput.readDataToEndOfFile())
}

/// Writes text to a file or standard output (`-` or nil).
func emit(_ text: String, to output: String?) throws {
  if let output, output != "-" {
    try write(text, to: output, what: "output")
  } else {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}

/// Writes text to a file, or exits with status 2 naming the file.
func write(_ text: String, to path: String, what: String) throws {
  do {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  } catch {
    fail("\(path): error: cannot write the \(what): \(error.localizedDescription)")
  }
}

/// Prints each unreadable source as one line on standard error.
func reportInputErrors(_ errors: [SourceError]) {
  for e in errors {
    FileHandle.standardError.write(Data((e.description + "\n").utf8))
  }
}
