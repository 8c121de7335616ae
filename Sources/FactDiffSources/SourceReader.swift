import FactDiffModel

/// How sources are read.
public struct ReadOptions: Sendable {
  /// Descend into sub-directories of a directory argument.
  public var recursive: Bool = false
  /// The largest source accepted by default, in bytes: 50 MB (52 428 800 bytes).
  public static let defaultMaxBytes = 50 * 1024 * 1024
  /// The largest source accepted, in bytes (default 50 MB); a source of exactly this size is read, a larger one
  /// is an error naming its size and the limit.
  public var maxBytes: Int = ReadOptions.defaultMaxBytes
  /// The language assumed when neither front matter nor detection decides.
  public var defaultLanguage: Language? = nil
  /// The zone for bare clock times when front matter gives none.
  public var defaultTimezone: String? = nil

  /// Options with every setting given or left at its default.
  public init(
    recursive: Bool = false, maxBytes: Int = ReadOptions.defaultMaxBytes, defaultLanguage: Language? = nil,
    defaultTimezone: String? = nil
  ) {
    self.recursive = recursive
    self.maxBytes = maxBytes
    self.defaultLanguage = defaultLanguage
    self.defaultTimezone = defaultTimezone
  }
}

/// The reports read, in path order (`SourceReader.canonicalOrder`), and the ones that could not be read.
public struct ReadResult: Sendable {
  /// The reports read, sorted by path (those of one JSONL file in line order).
  public var sources: [Source]
  /// What could not be read, sorted by path (those of one JSONL file in line order); each names its path (and
  /// line for JSONL).
  public var errors: [SourceError]
  /// A result holding the given sources and errors.
  public init(sources: [Source] = [], errors: [SourceError] = []) {
    self.sources = sources
    self.errors = errors
  }

  mutating func append(_ other: ReadResult) {
    sources += other.sources
    errors += other.errors
  }
}

/// Reads reports from files, directories, JSONL and standard input (CONTRACT.md "Inputs").
public struct SourceReader: Sendable {
  /// How paths are read.
  public var options: ReadOptions

  /// The path given to the source read from standard input, in `Source.path` and in errors.
  public static let stdinPath = "<stdin>"
  /// The id of the source read from standard input.
  public static let stdinID = "stdin"

  /// How many threads read a directory's files at once (0: one per core); the result does not depend on it.
  public let parallelism: Int

  /// A reader with the given options.
  public init(options: ReadOptions = ReadOptions(), parallelism: Int = 0) {
    self.options = options
    self.parallelism = parallelism
  }

  /// Reads every path; `-` reads `stdin()`. Never throws: a source that cannot be read becomes a `SourceError`
  /// and the others are still read.
  ///
  /// Sources and errors come out in one canonical order, whatever the order of `paths`: sorted by path in byte
  /// order, the sources of one JSONL file in line order, standard input as `<stdin>` (`canonicalOrder`). Entity
  /// ids, canonical names, quote speakers and everything else chosen by first appearance then depend on the
  /// reports, not on how the command line lists them.
  ///
  /// A directory gives its `.txt`, `.md`, `.html`, `.htm` and `.jsonl` files sorted by name in byte order (hidden
  /// files and documentation files such as `README.md` skipped; sub-directories only when `options.recursive`). A file given explicitly with another extension
  /// is read as text. Ids stay unique: when an id was already used by an earlier source, the later one gets `~2`,
  /// `~3` … appended (`tass-ru`, `tass-ru~2`; earlier in path order), skipping any id some other source has.
  public func read(paths: [String], stdin: () -> [UInt8] = { [] }) -> ReadResult {
    var result = ReadResult()
    for path in paths {
      if path == "-" {
        // A reader of standard input may stop once it has more than the limit: its size is unknown.
        let bytes = stdin()
        if bytes.count > options.maxBytes {
          result.errors.append(FileInput.tooLarge(Self.stdinPath, size: nil, limit: options.maxBytes))
        } else {
          result.append(read(bytes: bytes, path: Self.stdinPath, id: Self.stdinID, format: .text))
        }
        continue
      }
      switch FileInput.kind(of: path) {
      case .missing:
        result.errors.append(FileInput.notFound(path))
      case .inaccessible(let why):
        result.errors.append(SourceError(path: path, reason: .unreadable, message: "cannot read: \(why)"))
      case .file:
        result.append(readFile(path))
      case .directory:
        let (files, errors) = FileInput.reports(in: path, recursive: options.recursive)
        if files.isEmpty && errors.isEmpty {
          let list = SourceFormat.reportExtensions.map { "." + $0 }.joined(separator: ", ")
          result.errors.append(
            SourceError(path: path, reason: .emptyDirectory, message: "no reports (\(list)) in directory"))
        }
        result.errors += errors
        // Read on `parallelism` threads, kept in the order of the list (the output does not depend on the threads).
        let reader = self
        let reads = Parallel.map(files.count, parallelism: parallelism) { reader.readFile(files[$0]) }
        for read in reads { result.append(read) }
      }
    }
    result.sources = Self.uniquingIDs(Self.canonicalOrder(result.sources))
    result.errors = Self.canonicalOrder(result.errors)
    return result
  }

  /// `sources` sorted by path in byte order; sources with the same path (the lines of one JSONL file, or the same
  /// file named twice) keep their order. Standard input sorts by its path, `<stdin>`.
  public static func canonicalOrder(_ sources: [Source]) -> [Source] { sortedByPath(sources, \.path) }

  /// `errors` sorted by path in byte order; errors with the same path (lines of one JSONL file) keep their order.
  public static func canonicalOrder(_ errors: [SourceError]) -> [SourceError] { sortedByPath(errors, \.path) }

  /// A stable sort by the UTF-8 bytes of each item's path.
  private static func sortedByPath<T>(_ items: [T], _ path: (T) -> String) -> [T] {
    let keys = items.map { Array(path($0).utf8) }
    func before(_ a: Int, _ b: Int) -> Bool { keys[a] == keys[b] ? a < b : keys[a].lexicographicallyPrecedes(keys[b]) }
    if zip(items.indices, items.indices.dropFirst()).allSatisfy({ before($0, $1) }) { return items }
    return items.indices.sorted(by: before).map { items[$0] }
  }

  /// Builds one source from the bytes of a file named `path` (the extension picks the format).
  ///
  /// A `.jsonl` file gives one source per line (ids made unique as in `read(paths:stdin:)`).
  public func source(bytes: [UInt8], path: String) -> ReadResult {
    var result = read(bytes: bytes, path: path, id: SourceFormat.sourceID(path: path), format: SourceFormat(path: path))
    result.sources = Self.uniquingIDs(result.sources)
    return result
  }

  private func readFile(_ path: String) -> ReadResult {
    switch FileInput.contents(path: path, maxBytes: options.maxBytes) {
    case .success(let bytes): return source(bytes: bytes, path: path)
    case .failure(let error): return ReadResult(errors: [error])
    }
  }

  /// Reads `bytes` in `format`: checks come first (size, NUL bytes, UTF-8), then the format's own reading.
  func read(bytes: [UInt8], path: String, id: String, format: SourceFormat) -> ReadResult {
    func fail(_ e: SourceError) -> ReadResult { ReadResult(errors: [e]) }
    if bytes.count > options.maxBytes {
      return fail(FileInput.tooLarge(path, size: bytes.count, limit: options.maxBytes))
    }
    if bytes.isEmpty { return fail(SourceError(path: path, reason: .empty, message: "empty file")) }
    if format == .jsonl {
      if let nul = ByteCheck.firstNUL(in: bytes, bytes.indices) {
        return fail(SourceError(path: path, reason: .binary, message: "binary file: NUL byte", byteOffset: nul))
      }
    } else if let problem = ByteCheck.problem(in: bytes, path: path) {
      return fail(problem)
    }
    let original = ByteCheck.droppingBOM(bytes)
    if ByteCheck.isBlank(original, original.indices) {
      return fail(SourceError(path: path, reason: .empty, message: "empty file: only white space"))
    }
    switch format {
    case .text: return readText(original, path: path, id: id)
    case .html: return readHTML(original, path: path, id: id)
    case .jsonl: return readJSONL(original, path: path)
    }
  }

  private func readText(_ original: [UInt8], path: String, id: String) -> ReadResult {
    var text = original
    var metadata = SourceMetadata()
    var head = 0
    switch FrontMatter.parse(original, path: path) {
    case .failure(let error)?: return ReadResult(errors: [error])
    case .success(let block)?:
      text = FrontMatter.blanking(original, block.range)
      metadata = block.metadata
      head = block.range.upperBound
      if ByteCheck.isBlank(original, block.range.upperBound..<original.count) {
        return ReadResult(errors: [
          SourceError(path: path, reason: .empty, message: "empty report: no text after the front matter")
        ])
      }
    case nil: break
    }
    // Without front matter the text is the file byte for byte: the source then holds it once. With it, the text is
    // the file after the block (blanked in the text): the source holds the text and the block's bytes.
    let source = makeSource(
      id: id, path: path, text: text, original: text == original ? nil : original, anchors: [], metadata: metadata,
      sameAfter: head)
    return ReadResult(sources: [source])
  }

  private func readHTML(_ original: [UInt8], path: String, id: String) -> ReadResult {
    let text = HTMLText.extract(original, original.indices)
    if ByteCheck.isBlank(text.bytes, text.bytes.indices) {
      return ReadResult(errors: [SourceError(path: path, reason: .empty, message: "empty report: no text in the HTML")])
    }
    let source = makeSource(
      id: id, path: path, text: text.bytes, original: original, anchors: text.anchors, metadata: SourceMetadata())
    return ReadResult(sources: [source])
  }

  private func readJSONL(_ original: [UInt8], path: String) -> ReadResult {
    let (entries, errors) = JSONLReader.read(original, path: path)
    // One line index for the whole file: every line's source locates its facts in the same bytes, and building an
    // index per line would make a file of many short lines quadratic.
    let lines = LineIndex(original)
    let sources = entries.map {
      makeSource(
        id: $0.id, path: path, text: $0.text.bytes, original: original, anchors: $0.text.anchors,
        metadata: $0.metadata, lines: lines)
    }
    return ReadResult(sources: sources, errors: errors)
  }

  /// A source from its text bytes: the language declared, else detected (falling back to the default). A nil
  /// `original` means the text bytes are the file's: the locator then reads the text (held once). A `sameAfter`
  /// offset says that text and original have the same length and the same bytes from there on: the locator then
  /// reads the text after it, and keeps the original's bytes before it only.
  private func makeSource(
    id: String, path: String, text: [UInt8], original: [UInt8]?, anchors: [(Int, Int)], metadata: SourceMetadata,
    lines: LineIndex? = nil, sameAfter: Int? = nil
  ) -> Source {
    let language =
      metadata.language
      ?? text.withUnsafeBufferPointer { LanguageDetector.detect(utf8: $0, fallback: options.defaultLanguage) }
    let string = String(decoding: text, as: UTF8.self)
    let locator: SourceLocator
    if let original, let head = sameAfter, anchors.isEmpty, lines == nil, head <= original.count,
      original.count == text.count, string.utf8.elementsEqual(text),
      original[head...].elementsEqual(text[head...])
    {
      locator = SourceLocator(text: string, originalHead: Array(original[..<head]))
    } else if let original {
      locator =
        lines.map { SourceLocator(original: original, lines: $0, anchors: anchors) }
        ?? SourceLocator(original: original, anchors: anchors)
    } else if string.utf8.elementsEqual(text) {
      locator = SourceLocator(text: string)
    } else {
      locator = SourceLocator(original: text)
    }
    return Source(
      id: id, path: path, language: language, languageDetected: metadata.language == nil, outlet: metadata.outlet,
      published: metadata.published, timezone: metadata.timezone ?? options.defaultTimezone, text: string,
      locator: locator)
  }

  /// `sources` with each id that repeats an earlier one made unique by `~2`, `~3` … (see `read(paths:stdin:)`).
  static func uniquingIDs(_ sources: [Source]) -> [Source] {
    let all = Set(sources.map(\.id))
    guard all.count < sources.count else { return sources }
    var used: Set<String> = []
    var out = sources
    for k in out.indices {
      let id = out[k].id
      if used.insert(id).inserted { continue }
      var n = 2
      while all.contains("\(id)~\(n)") || used.contains("\(id)~\(n)") { n += 1 }
      out[k].id = "\(id)~\(n)"
      used.insert(out[k].id)
    }
    return out
  }
}
