import FactDiffModel
import FactDiffSources
import Foundation
import Testing

@Suite struct DirectoryTests {
  let dir: TempDir

  init() throws {
    dir = try TempDir()
    for name in [
      "b.txt", "a.md", "C.txt", "ä.txt", "_x.html", "10.txt", "2.TXT", "feed.jsonl", "notes.pdf",
      ".hidden.txt", "README", "sub/z.txt", ".git/HEAD.txt",
    ] {
      let content =
        name.hasSuffix(".jsonl")
        ? #"{"id": "j1", "text": "One."}"# + "\n" + #"{"id": "j2", "text": "Two."}"#
        : name.hasSuffix(".html") ? "<p>Report \(name)</p>" : "Report \(name)."
      try dir.write(name, content)
    }
  }

  @Test func sortedByNameInByteOrder() {
    let result = read([dir.path])
    #expect(result.errors.isEmpty, "\(describe(result))")
    #expect(result.sources.map(\.id) == ["10", "2", "C", "_x", "a", "b", "j1", "j2", "ä"])
    #expect(result.sources.first?.path == dir.path + "/10.txt")
    #expect(result.sources.map(\.text).contains("Report _x.html"))
  }

  @Test func manyFilesReadOnEveryCoreComeOutInOrder() throws {
    // Files are read in parallel; sources and errors still come in byte order of their names, ids made unique.
    let many = try TempDir()
    for k in 0..<300 {
      let name = String(format: "r%03d.txt", (k * 37) % 300)
      try many.write(name, k % 50 == 7 ? "Bad \u{0}byte." : "Report \(name) said 1\(k) people came.")
    }
    let result = read([many.path])
    #expect(result.sources.count == 294 && result.errors.count == 6)
    #expect(result.sources.map(\.id) == result.sources.map(\.id).sorted())
    #expect(result.errors.map(\.path) == result.errors.map(\.path).sorted())
    for s in result.sources { #expect(s.text.hasPrefix("Report \(s.id).txt said 1")) }
    // One thread reads the same.
    let alone = SourceReader(parallelism: 1).read(paths: [many.path])
    #expect(alone.sources.map(\.id) == result.sources.map(\.id))
    #expect(alone.sources.map(\.text) == result.sources.map(\.text))
    #expect(alone.errors.map(\.message) == result.errors.map(\.message))
  }

  @Test func trailingSlash() {
    let result = read([dir.path + "/"])
    #expect(result.sources.first?.path == dir.path + "/10.txt")
  }

  @Test func recursive() {
    let result = read([dir.path], options: ReadOptions(recursive: true))
    #expect(result.sources.map(\.id) == ["10", "2", "C", "_x", "a", "b", "j1", "j2", "z", "ä"])
    #expect(result.sources.first { $0.id == "z" }?.path == dir.path + "/sub/z.txt")
  }

  /// Explicit files of any extension, listed in path order whatever the argument order (Docs/Security.md,
  /// "Determinism").
  @Test func explicitFilesInPathOrderAnyExtension() throws {
    let result = read([dir.path + "/b.txt", dir.path + "/README", dir.path + "/notes.pdf", dir.path + "/a.md"])
    #expect(result.sources.map(\.id) == ["README", "a", "b", "notes"])
    #expect(result.sources[0].text == "Report README.")
  }

  @Test func duplicateIDsAcrossInputs() throws {
    let one = try dir.write("one/report.txt", "First.")
    let two = try dir.write("two/report.md", "Second.")
    let three = try dir.write("three/report.html", "<p>Third.</p>")
    let result = read([one, two, three, one])
    // In path order ("one/" < "three/" < "two/"), the file named twice twice; ids made unique in that order.
    #expect(result.sources.map(\.id) == ["report", "report~2", "report~3", "report~4"])
    #expect(result.sources.map(\.text) == ["First.", "First.", "Third.", "Second."])
  }

  @Test func stdin() throws {
    let result = read(["-", dir.path + "/b.txt"], stdin: Array("---\noutlet: Pipe\n---\nПереговоры.".utf8))
    #expect(result.errors.isEmpty, "\(describe(result))")
    let s = try #require(result.sources.first { $0.path == "<stdin>" })
    #expect(s.id == "stdin")
    #expect(s.path == "<stdin>")
    #expect(s.outlet == "Pipe")
    #expect(s.language == .ru)
    #expect(s.position(of: "Переговоры") == Position(line: 4, column: 1, offset: 21, length: 10))
    // Standard input sorts by its path, "<stdin>": after an absolute path ("/" is 0x2F, "<" 0x3C).
    #expect(result.sources.map(\.id) == ["b", "stdin"])
  }

  @Test func emptyStdin() {
    let result = read(["-"])
    #expect(result.sources.isEmpty)
    #expect(result.errors.map(\.description) == ["<stdin>: error: empty file"])
  }

  @Test func sourceIDs() {
    #expect(SourceFormat.sourceID(path: "Samples/x/tass-ru.txt") == "tass-ru")
    #expect(SourceFormat.sourceID(path: "report.v2.md") == "report.v2")
    #expect(SourceFormat.sourceID(path: "dir/README") == "README")
    #expect(SourceFormat.sourceID(path: ".hidden") == ".hidden")
    #expect(SourceFormat(path: "page.HTM") == .html)
    #expect(SourceFormat(path: "x.jsonl") == .jsonl)
    #expect(SourceFormat(path: "x.log") == .text)
  }
}

@Suite struct DirectoryDocumentationTests {
  @Test func readmeInADirectoryIsNotAReport() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "fd-readme-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("Talks began at 10:00.".utf8).write(to: dir.appendingPathComponent("wire-en.txt"))
    try Data("# About these reports".utf8).write(to: dir.appendingPathComponent("README.md"))
    let result = SourceReader().read(paths: [dir.path])
    #expect(result.sources.map(\.id) == ["wire-en"])
    #expect(result.errors.isEmpty)
  }

  @Test func readmeGivenExplicitlyIsRead() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "fd-readme2-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("README.md").path
    try Data("Talks began at 10:00.".utf8).write(to: URL(fileURLWithPath: path))
    #expect(SourceReader().read(paths: [path]).sources.map(\.id) == ["README"])
  }
}
