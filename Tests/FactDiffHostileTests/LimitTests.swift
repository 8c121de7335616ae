import FactDiff
import Foundation
import Testing

/// The size limit per source: `ReadOptions.maxBytes` (default 50 MB), `--max-bytes`, `max-bytes:` in
/// `.factdiff.yml`. A source of exactly the limit is read; one byte more is a clear error, and the other sources are
/// still read.
@Suite struct LimitTests {
  static func report(size: Int) -> [UInt8] {
    let text = Array("Talks lasted six hours.".utf8)
    return text + [UInt8](repeating: 0x20, count: size - text.count - 1) + [0x0A]
  }

  @Test func exactlyAtTheLimitIsRead() throws {
    let dir = try Hostile.TempDir()
    let at = try dir.write("at.txt", Self.report(size: 1000))
    let over = try dir.write("over.txt", Self.report(size: 1001))
    let good = try dir.write("good.txt", "Talks began at 10:00.")
    let read = SourceReader(options: ReadOptions(maxBytes: 1000)).read(paths: [at, over, good])
    #expect(read.sources.map(\.id) == ["at", "good"])
    let e = try #require(read.errors.first)
    #expect(read.errors.count == 1)
    #expect(e.reason == .tooLarge && e.path == over)
    #expect(e.message == "file too large: 1001 bytes (the limit is 1000 bytes)")
    #expect(e.description == "\(over): error: file too large: 1001 bytes (the limit is 1000 bytes)")
  }

  /// Standard input and in-memory bytes have the same limit (standard input has no size to look at first).
  @Test func standardInputAndBytes() throws {
    let reader = SourceReader(options: ReadOptions(maxBytes: 1000))
    #expect(reader.read(paths: ["-"], stdin: { Self.report(size: 1000) }).sources.count == 1)
    let e = try #require(reader.read(paths: ["-"], stdin: { Self.report(size: 1001) }).errors.first)
    #expect(e.reason == .tooLarge && e.path == "<stdin>")
    #expect(reader.source(bytes: Self.report(size: 1000), path: "a.html").sources.count == 1)
    #expect(reader.source(bytes: Self.report(size: 1001), path: "a.jsonl").errors.first?.reason == .tooLarge)
  }

  /// Standard input through the command line: read up to the limit, refused beyond it without reading all of it
  /// (64 MB arrive; only the limit and one byte are kept).
  @Test func standardInputThroughTheCommandLine() throws {
    var run = try Binary.run(["extract", "--no-config", "--max-bytes", "100", "-"], stdin: Self.report(size: 100))
    #expect(run.status == 0 && run.out.contains("<stdin>:1:14: duration"))
    run = try Binary.run(["extract", "--no-config", "--max-bytes", "100", "-"], stdin: Self.report(size: 64 << 20))
    #expect(run.status == 2)
    #expect(run.err == "<stdin>: error: file too large: more than 100 bytes (the limit is 100 bytes)\n")
  }

  /// The default: a file of exactly 52 428 800 bytes is read, one of 52 428 801 is refused by its size.
  @Test func defaultLimitIsFiftyMegabytes() throws {
    #expect(ReadOptions().maxBytes == 52_428_800 && ReadOptions.defaultMaxBytes == 52_428_800)
    let dir = try Hostile.TempDir()
    var bytes = Large.fiftyMBLine
    bytes += [UInt8](repeating: 0x20, count: ReadOptions.defaultMaxBytes - bytes.count - 1) + [0x0A]
    let at = try dir.write("at.txt", bytes)
    bytes.append(0x0A)
    let over = try dir.write("over.txt", bytes)
    let read = SourceReader().read(paths: [over, at])
    #expect(read.sources.map(\.id) == ["at"])
    #expect(read.sources.first?.text.utf8.count == 52_428_800)
    #expect(read.errors.first?.message == "file too large: 52428801 bytes (the limit is 52428800 bytes)")
  }

  /// `--max-bytes` on the command line, `max-bytes:` in the configuration, the command line winning.
  @Test func commandLineAndConfiguration() throws {
    let dir = try Hostile.TempDir()
    try dir.write("at.txt", Self.report(size: 100))
    try dir.write("over.txt", Self.report(size: 101))
    var run = try Binary.run(["extract", "--no-config", "--max-bytes", "100", "at.txt", "over.txt"], cwd: dir.url)
    #expect(run.status == 2)
    #expect(run.err == "over.txt: error: file too large: 101 bytes (the limit is 100 bytes)\n")
    #expect(run.out.contains("at.txt:1:14: duration"))
    run = try Binary.run(["check", "--no-config", "--max-bytes", "101", "at.txt", "over.txt"], cwd: dir.url)
    #expect(run.status == 0 && run.err.isEmpty)

    try dir.write(".factdiff.yml", "version: 1\nmax-bytes: 100\n")
    run = try Binary.run(["check", "at.txt", "over.txt"], cwd: dir.url)
    #expect(run.status == 2 && run.err.contains("over.txt: error: file too large: 101 bytes (the limit is 100 bytes)"))
    run = try Binary.run(["check", "--max-bytes", "200", "at.txt", "over.txt"], cwd: dir.url)
    #expect(run.status == 0)
    run = try Binary.run(["config"], cwd: dir.url)
    #expect(run.out.contains("\nmax-bytes: 100\n"))
    run = try Binary.run(["config", "--no-config"], cwd: dir.url)
    #expect(run.out.contains("\nmax-bytes: 52428800  # 50 MB\n"))

    for bad in ["0", "-5", "lots"] {
      run = try Binary.run(["check", "--no-config", "--max-bytes", bad, "at.txt"], cwd: dir.url)
      #expect(run.status == 2, "--max-bytes \(bad)")
    }
  }

  @Test func configurationValues() throws {
    #expect(try Configuration.parse("version: 1\nmax-bytes: 1000\n", path: "c.yml").maxBytes == 1000)
    #expect(try Configuration.parse("version: 1\n", path: "c.yml").maxBytes == nil)
    for (value, column) in [("0", 12), ("-1", 12), ("ten", 12), ("1.5", 12), ("\"100\"", 12), ("[1]", 12)] {
      #expect(throws: ConfigurationError.self, "max-bytes: \(value)") {
        try Configuration.parse("version: 1\nmax-bytes: \(value)\n", path: "c.yml")
      }
      do {
        _ = try Configuration.parse("version: 1\nmax-bytes: \(value)\n", path: "c.yml")
      } catch {
        #expect(error.line == 2 && error.column == column, "\(error)")
      }
    }
    let round = try Configuration.parse(
      Configuration.parse("version: 1\nmax-bytes: 4096\n", path: "c.yml").yaml(), path: "again.yml")
    #expect(round.maxBytes == 4096)
  }
}
