import FactDiff
import Foundation
import Testing
import _FactDiffTestSupport

/// `factdiff cluster` as a user runs it: a feed file or standard input, one JSON line per cluster, exit status.
@Suite struct ClusterCLITests {
  /// The test feed without its broken last line.
  static var cleanFeed: String { FeedArticles.feed.map(\.line).joined(separator: "\n") + "\n" }

  static func clusters(_ stdout: String) throws -> [JSONValue] {
    try stdout.split(separator: "\n").map { try JSONParser.parse(String($0)) }
  }

  @Test func standardInput() throws {
    let run = try CLI.run(["cluster", "--no-config", "-"], stdin: Self.cleanFeed)
    #expect(run.status == 1, "\(run.stderr)")  // the ferry talks' duration conflict is an error
    let lines = try Self.clusters(run.stdout)
    #expect(lines.count == 5)
    let groups = Set(lines.map { Set(($0["articles"]?.arrayValue ?? []).compactMap(\.stringValue)) })
    #expect(groups.contains(["a-en", "a-ru", "a-uk"]))
    #expect(groups.contains(["b-en", "b-ru", "b-uk"]))
    let a = try #require(lines.first { $0["articles"]?[0]?.stringValue == "a-en" })
    #expect(a["findings"]?[0]?["rule"]?.stringValue == "duration-mismatch")
    #expect(a["findings"]?[0]?["evidence"]?[0]?["line"] != nil)
    #expect(run.stderr.isEmpty)
  }

  @Test func fileWithABadLine() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let feed = dir.appendingPathComponent("feed.jsonl")
    try Data(FeedArticles.jsonl.utf8).write(to: feed)
    let run = try CLI.run(["cluster", "--no-config", feed.path])
    #expect(run.status == 2)
    #expect(run.stderr.contains("feed.jsonl:12:"))
    #expect(run.stderr.split(separator: "\n").count == 1)
    #expect(try Self.clusters(run.stdout).count == 5)
  }

  @Test func failOnAndMinSize() throws {
    let never = try CLI.run(
      ["cluster", "--no-config", "--fail-on", "never", "--min-size", "2", "-"], stdin: Self.cleanFeed)
    #expect(never.status == 0)
    #expect(try Self.clusters(never.stdout).count == 4)
    // Without the ferry talks, nothing reaches a warning.
    let quiet = FeedArticles.feed.filter { $0.event != "A" }.map(\.line).joined(separator: "\n")
    #expect(try CLI.run(["cluster", "--no-config", "-"], stdin: quiet).status == 0)
  }

  @Test func outputFile() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("clusters.jsonl")
    let run = try CLI.run(
      ["cluster", "--no-config", "--fail-on", "never", "--output", out.path, "-"], stdin: Self.cleanFeed)
    #expect(run.status == 0)
    #expect(run.stdout.isEmpty)
    let written = try String(contentsOf: out, encoding: .utf8)
    #expect(try Self.clusters(written).count == 5)
  }

  @Test func usageErrors() throws {
    #expect(try CLI.run(["cluster"]).status == 2)
    #expect(try CLI.run(["cluster", "--window-days", "-1", "-"]).status == 2)
    #expect(try CLI.run(["cluster", "--min-size", "0", "-"]).status == 2)
    let missing = try CLI.run(["cluster", "--no-config", "Tests/Fixtures/no-such-feed.jsonl"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no-such-feed.jsonl"))
  }

  @Test func helpListsEveryOption() throws {
    let run = try CLI.run(["cluster", "--help"])
    for option in ["--window-days", "--min-size", "--output", "--fail-on", "--max-warnings", "--max-bytes", "--config"]
    {
      #expect(run.stdout.contains(option), "\(option)")
    }
    #expect(try CLI.run(["--help"]).stdout.contains("cluster"))
  }
}
