import FactDiffModel

/// How sources are read.
public struct ReadOptions: Sendable {
  /// Descend into sub-directories of a directory argument.
  public var recursive: Bool = false
  /// The largest source accepted, in bytes (default 50 MB).
  public var maxBytes: Int = 50 * 1024 * 1024
  /// The language assumed when neither front matter nor detection decides.
  public var defaultLanguage: Language? = nil
  /// The zone for bare clock times when front matter gives none.
  public var defaultTimezone: String? = nil

  public init(recursive: Bool = false, maxBytes: Int = 50 * 1024 * 1024, defaultLanguage: Language? = nil,
              defaultTimezone: String? = nil) {
    self.recursive = recursive
    self.maxBytes = maxBytes
    self.defaultLanguage = defaultLanguage
    self.defaultTimezone = defaultTimezone
  }
}

/// The reports read, in argument order (a directory's files sorted by name), and the ones that could not be read.
public struct ReadResult: Sendable {
  public var sources: [Source]
  public var errors: [SourceError]
  public init(sources: [Source] = [], errors: [SourceError] = []) {
    self.sources = sources
    self.errors = errors
  }
}

/// Reads reports from files, directories, JSONL and standard input (CONTRACT.md "Inputs").
public struct SourceReader: Sendable {
  public var options: ReadOptions

  public init(options: ReadOptions = ReadOptions()) { self.options = options }

  /// Reads every path; `-` reads `stdin()`. Never throws: a source that cannot be read becomes a `SourceError`
  /// and the others are still read.
  public func read(paths: [String], stdin: () -> [UInt8] = { [] }) -> ReadResult {
    ReadResult()  // TODO(sources)
  }

  /// Builds one source from the bytes of a file named `path` (the extension picks the format).
  public func source(bytes: [UInt8], path: String) -> ReadResult {
    ReadResult()  // TODO(sources)
  }
}
