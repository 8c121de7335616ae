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

  @Option(
    name: .customLong("max-bytes"),
    help: ArgumentHelp(
      "Largest report accepted, in bytes (default: 52428800, 50 MB, or max-bytes in .factdiff.yml).",
      valueName: "n"))
  var maxBytes: Int?

  func validatePaths() throws {
    if paths.isEmpty { throw ValidationError("give at least one report file, directory, or - for standard input") }
    if let language, Language(rawValue: language) == nil {
      throw ValidationError("unknown language '\(language)': use en, ru or uk")
    }
    if let maxBytes, maxBytes <= 0 { throw ValidationError("--max-bytes must be a number of bytes above 0") }
  }

  /// How reports are read: the command line, else the configuration, else the defaults.
  func readOptions(_ configuration: Configuration) -> ReadOptions {
    ReadOptions(
      recursive: recursive, maxBytes: maxBytes ?? configuration.maxBytes ?? ReadOptions.defaultMaxBytes,
      defaultLanguage: language.flatMap(Language.init(rawValue:)), defaultTimezone: timezone)
  }
}

/// Reads all of standard input.
@Sendable func readStandardInput() -> [UInt8] {
  Array(FileHandle.standardInput.readDataToEndOfFile())
}

/// Reads standard input, stopping once more than `limit` bytes have arrived (the reader then refuses it), so that
/// an endless or huge stream never fills memory.
func readStandardInput(upTo limit: Int) -> [UInt8] {
  var out: [UInt8] = []
  let handle = FileHandle.standardInput
  while out.count <= limit {
    let chunk = handle.readData(ofLength: min(1 << 20, limit + 1 - out.count))
    if chunk.isEmpty { break }
    out += chunk
  }
  return out
}

/// Writes what `body` hands out, piece by piece as it comes, to a file or standard output (`-` or nil): the same
/// bytes as `emit` given the pieces joined, without holding them whole.
func emit(to output: String?, _ body: ((String) -> Void) -> Void) throws {
  guard let output, output != "-" else {
    body { FileHandle.standardOutput.write(Data($0.utf8)) }
    return
  }
  // The file is made (or emptied) first, failing as `emit` would when it cannot be written.
  try write("", to: output, what: "output")
  let handle: FileHandle
  do {
    handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
  } catch {
    fail("\(output): error: cannot write the output: \(error.localizedDescription)")
  }
  var failure: Error? = nil
  body { piece in
    guard failure == nil else { return }
    do { try handle.write(contentsOf: Data(piece.utf8)) } catch { failure = error }
  }
  do { try handle.close() } catch { failure = failure ?? error }
  if let failure { fail("\(output): error: cannot write the output: \(failure.localizedDescription)") }
}

/// Writes text to a file, or exits with status 2 naming the file.
func write(_ text: String, to path: String, what: String) throws {
  do {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  } catch {
    fail("\(path): error: cannot write the \(what): \(error.localizedDescription)")
  }
}

/// Prints each unreadable source as one line on standard error, control characters and bidi controls (from a file
/// name or a JSONL id) replaced as in the text formats.
func reportInputErrors(_ errors: [SourceError]) {
  for e in errors {
    FileHandle.standardError.write(Data((TerminalSafe.clean(e.description) + "\n").utf8))
  }
}
