import FactDiff
import Foundation
import Testing

/// Byte-identical output for the same input: run again, with one thread or two, on every Samples/ folder and on the
/// held-out cases in Tests/Cases, in the JSON and text formats.
@Suite struct DeterminismTests {
  /// Samples/* and Tests/Cases/*/reports, relative to the repository root.
  static let folders: [String] = {
    let fm = FileManager.default
    var out: [String] = []
    for (parent, suffix) in [("Samples", ""), ("Tests/Cases", "/reports")] {
      let names = (try? fm.contentsOfDirectory(atPath: Hostile.root.appendingPathComponent(parent).path)) ?? []
      for name in names.sorted() where !name.hasPrefix(".") {
        let folder = "\(parent)/\(name)\(suffix)"
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: Hostile.root.appendingPathComponent(folder).path, isDirectory: &isDirectory),
          isDirectory.boolValue
        {
          out.append(folder)
        }
      }
    }
    return out
  }()

  /// The report files of a folder, sorted by name, as absolute paths.
  static func files(_ folder: String) -> [String] {
    let dir = Hostile.root.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.sorted().filter { name in
      let ext = (name as NSString).pathExtension.lowercased()
      return ["txt", "md", "html", "htm", "jsonl"].contains(ext) && !name.lowercased().hasPrefix("readme")
    }.map { dir.appendingPathComponent($0).path }
  }

  /// JSON and text output of a run.
  static func outputs(_ paths: [String], parallelism: Int) async -> [String] {
    let result = await Pipeline.run(paths: paths, options: PipelineOptions(parallelism: parallelism))
    #expect(result.report.errors.isEmpty, "\(result.report.errors)")
    return [ReportFormat.json, .text].map { ReportRenderer.render(result.report, as: $0) }
  }

  @Test func thereAreFolders() {
    #expect(Self.folders.filter { $0.hasPrefix("Samples/") }.count >= 5)
    #expect(Self.folders.filter { $0.hasPrefix("Tests/Cases/") }.count >= 10)
  }

  /// One thread or two, and the same run again: byte-identical JSON and text.
  @Test(arguments: folders)
  func sameOutputWithOneThreadOrTwo(_ folder: String) async {
    let paths = Self.files(folder)
    #expect(paths.count >= 2)
    let two = await Self.outputs(paths, parallelism: 2)
    let one = await Self.outputs(paths, parallelism: 1)
    #expect(two[0] == one[0], "JSON differs with one thread and two: \(folder)")
    #expect(two[1] == one[1], "text differs with one thread and two: \(folder)")
    if folder.hasPrefix("Samples/") {
      let again = await Self.outputs(paths, parallelism: 2)
      #expect(two == again, "a second run differs: \(folder)")
    }
  }

  /// Every held-out case (Tests/Cases*/*/reports) in one run, each case's reports taken as one event group (the
  /// matcher alone joins them all through shared names): many groups and every kind of finding. Entity resolution
  /// and the checks on one thread, and on two, three and four (the four twice), give the same facts and findings:
  /// work split over threads is put back in the order of one thread.
  @Test func resolutionAndChecksSameOnAnyNumberOfThreads() async throws {
    let fm = FileManager.default
    var folders: [String] = []
    for parent in ["Tests/Cases", "Tests/Cases2", "Tests/Cases3", "Tests/Cases4", "Tests/Cases5"] {
      let names = (try? fm.contentsOfDirectory(atPath: Hostile.root.appendingPathComponent(parent).path)) ?? []
      folders += names.sorted().filter { !$0.hasPrefix(".") }.map { "\(parent)/\($0)/reports" }
    }
    let read = SourceReader().read(paths: folders.flatMap { Self.files($0) })
    let sources = SourceReader.canonicalOrder(read.sources)
    let analysed = await Pipeline.analyzeAndAnnotate(sources, parallelism: 2)
    let groups = folders.map { folder in
      sources.filter { $0.path.contains("/\(folder)/") }.map(\.id).sorted()
    }.filter { $0.count >= 2 }.sorted { $0[0] < $1[0] }
    func run(_ parallelism: Int) -> (facts: [Fact], findings: [Finding]) {
      var docs = analysed.map(\.document)
      var summaries = analysed.map(\.events)
      var events = Resolution.resolve(&docs, summaries: &summaries, parallelism: parallelism)
      events.groups = groups
      return (docs.flatMap(\.facts), Checker.run(docs, events: events, parallelism: parallelism))
    }
    let one = run(1)
    #expect(groups.count >= 40)
    #expect(Set(one.findings.map(\.rule)).count >= 10)
    for parallelism in [2, 3, 4, 4] {
      let other = run(parallelism)
      #expect(other.facts == one.facts, "facts differ with \(parallelism) threads")
      #expect(other.findings == one.findings, "findings differ with \(parallelism) threads")
    }
  }

  /// `Parallel.map` gives its results in index order, and `Parallel.update` changes every item once, whatever the
  /// number of threads.
  @Test func parallelMapKeepsOrder() {
    for parallelism in [1, 2, 3, 8] {
      #expect(Parallel.map(1000, parallelism: parallelism) { $0 * $0 } == (0..<1000).map { $0 * $0 })
      var items = Array(0..<1000)
      Parallel.update(&items, parallelism: parallelism) { k, item in item += k }
      #expect(items == (0..<1000).map { 2 * $0 })
      let ranges = Parallel.ranges(1000, parallelism: parallelism)
      #expect(ranges.flatMap { Array($0) } == Array(0..<1000))
    }
    #expect(Parallel.map(0, parallelism: 2) { $0 }.isEmpty)
    #expect(Parallel.ranges(0, parallelism: 2).isEmpty)
  }

  /// A directory reads as its files sorted by name, whatever order the file system lists them in.
  @Test func directoryEqualsItsSortedFiles() async {
    for folder in Self.folders.prefix(3) {
      let dir = await Self.outputs([Hostile.root.appendingPathComponent(folder).path], parallelism: 2)
      let files = await Self.outputs(Self.files(folder), parallelism: 2)
      #expect(dir == files, "\(folder)")
    }
  }

  /// Sources are read in one canonical order, by path, whatever the order of the paths: forwards and backwards,
  /// every folder gives byte-identical JSON and text (sources, facts, entity ids, canonical names, quote speakers,
  /// evidence order).
  @Test(arguments: folders)
  func sameOutputForAnyFileOrder(_ folder: String) async {
    let paths = Self.files(folder)
    let forward = await Self.outputs(paths, parallelism: 2)
    let backward = await Self.outputs(paths.reversed(), parallelism: 1)
    #expect(forward == backward, "\(folder)")
  }

  /// A rotation and a shuffle of all held-out reports of several folders at once (ids made unique by path order).
  @Test func sameOutputForShuffledFilesOfSeveralFolders() async {
    let paths = Self.folders.prefix(4).flatMap { Self.files($0) }
    var rng = SeededRandom(seed: 11)
    let shuffled = paths.shuffled(using: &rng)
    let rotated = Array(paths[3...] + paths[..<3])
    let a = await Self.outputs(paths, parallelism: 2)
    #expect(await Self.outputs(shuffled, parallelism: 2) == a)
    #expect(await Self.outputs(rotated, parallelism: 1) == a)
  }

  /// The library's `Pipeline.run(sources:)` puts sources in the same order: sources in memory given in any order
  /// give the same report.
  @Test func librarySourcesInAnyOrder() async throws {
    let folder = try #require(Self.folders.first { $0.hasPrefix("Samples/") })
    let read = SourceReader().read(paths: Self.files(folder))
    let forward = await Pipeline.run(sources: read.sources, options: PipelineOptions(parallelism: 2))
    let backward = await Pipeline.run(sources: read.sources.reversed(), options: PipelineOptions(parallelism: 2))
    #expect(ReportRenderer.render(forward.report, as: .json) == ReportRenderer.render(backward.report, as: .json))
    #expect(forward.report.sources.map(\.path) == read.sources.map(\.path))
  }

  /// The canonical order: by path in byte order (upper case before lower, "a.txt" before "a/…" before "b"), the
  /// sources of one JSONL file in line order, standard input as `<stdin>`, errors by path too; ids made unique in
  /// that order.
  @Test func canonicalOrderOfSourcesAndErrors() throws {
    let dir = try Hostile.TempDir()
    let b = try dir.write("b.txt", "Talks lasted six hours.")
    let upper = try dir.write("Z.txt", "Talks lasted five hours.")
    let feed = try dir.write(
      "a.jsonl",
      #"{"id":"z","text":"Talks lasted two hours."}"# + "\n" + #"{"id":"b","text":"Talks lasted three hours."}"# + "\n"
        + "{not json\n")
    let nested = try dir.write("a/c.txt", "Talks lasted four hours.")
    let missing = dir.path + "/0-missing.txt"
    let stdin: () -> [UInt8] = { Array("Talks lasted one hour.".utf8) }
    // Byte order: "/" (0x2F) of every absolute path before "<" (0x3C) of "<stdin>", "0" before "Z" before "a",
    // "a.jsonl" before "a/c.txt" ("." is 0x2E).
    let expected = [upper, feed, feed, nested, b, SourceReader.stdinPath]
    let orders = [
      [b, "-", feed, nested, upper, missing], [missing, upper, nested, feed, "-", b],
      ["-", nested, b, missing, feed, upper],
    ]
    for paths in orders {
      let read = SourceReader().read(paths: paths, stdin: stdin)
      #expect(read.sources.map(\.path) == expected, "\(paths)")
      #expect(read.sources.map(\.id) == ["Z", "z", "b", "c", "b~2", "stdin"], "\(paths)")
      #expect(read.errors.map(\.path) == [missing, feed])
    }
  }
}
