import FactDiffModel
import FactDiffSources
import Foundation
import Testing

/// A fresh temporary directory, removed when the value goes away.
final class TempDir {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "factdiff-sources-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Writes `text` as UTF-8 to `name` (sub-directories created) and returns the file's path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }

  /// Writes raw bytes to `name` and returns the file's path.
  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let file = path + "/" + name
    let dir = (file as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }

  /// Creates an empty sub-directory and returns its path.
  @discardableResult
  func mkdir(_ name: String) throws -> String {
    let dir = path + "/" + name
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }
}

/// Reads `paths` with default options (or the given ones).
func read(_ paths: [String], options: ReadOptions = ReadOptions(), stdin: [UInt8] = []) -> ReadResult {
  SourceReader(options: options).read(paths: paths, stdin: { stdin })
}

/// Reads in-memory bytes as a file named `name`.
func read(bytes: [UInt8], name: String, options: ReadOptions = ReadOptions()) -> ReadResult {
  SourceReader(options: options).source(bytes: bytes, path: name)
}

/// Reads an in-memory file named `name`.
func read(text: String, name: String, options: ReadOptions = ReadOptions()) -> ReadResult {
  read(bytes: Array(text.utf8), name: name, options: options)
}

extension Source {
  /// The byte range of the `occurrence`-th (1-based) `word` in `text`.
  func range(of word: String, occurrence: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) -> TextRange {
    let t = Array(text.utf8)
    let w = Array(word.utf8)
    var seen = 0
    if w.count <= t.count {
      for i in 0...(t.count - w.count) where t[i..<(i + w.count)].elementsEqual(w) {
        seen += 1
        if seen == occurrence { return TextRange(i, i + w.count) }
      }
    }
    Issue.record("'\(word)' not found in \(text.debugDescription)", sourceLocation: sourceLocation)
    return TextRange(0, 0)
  }

  /// The position in the original file of the `occurrence`-th `word` of `text`.
  func position(of word: String, occurrence: Int = 1, sourceLocation: SourceLocation = #_sourceLocation)
    -> Position
  {
    position(of: range(of: word, occurrence: occurrence, sourceLocation: sourceLocation))
  }

  /// The original bytes a position covers, as text (what a user sees at `line:column`).
  func originalText(of word: String, occurrence: Int = 1) -> String {
    let r = range(of: word, occurrence: occurrence)
    let start = locator.originalOffset(r.start)
    let end = locator.originalOffset(r.end - 1) + 1
    return String(decoding: locator.original[start..<end], as: UTF8.self)
  }
}

/// The one-line form of every error, for messages in failed expectations.
func describe(_ result: ReadResult) -> String {
  result.errors.map(\.description).joined(separator: "\n")
}
