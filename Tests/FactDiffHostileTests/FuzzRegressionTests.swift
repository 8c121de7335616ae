import FactDiff
import FactDiffFuzzing
import Foundation
import Testing

/// The fuzzer's harness in every `swift test`: each input the fuzzer ever crashed on (kept in
/// Inputs/fuzz-crashes/*.bin, see scripts/fuzz.sh) and the seed corpus (every report of Samples/ alone and each
/// folder as one several-source input) must run through reading, extraction, checks and every printer without
/// breaking a guarantee.
@Suite struct FuzzRegressionTests {
  static let crashDirectory = Hostile.root.appendingPathComponent("Tests/FactDiffHostileTests/Inputs/fuzz-crashes")

  static let crashInputs: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: crashDirectory.path)) ?? []
    return names.filter { $0.hasSuffix(".bin") }.sorted()
  }()

  @Test(arguments: crashInputs)
  func crashInput(_ name: String) throws {
    let data = try Data(contentsOf: Self.crashDirectory.appendingPathComponent(name))
    let problems = FuzzHarness.problems(Array(data))
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test func splitAndJoinAgree() {
    let input = FuzzHarness.join([("txt", Array("a".utf8)), ("html", Array("<p>b".utf8)), ("jsonl", [])])
    let sources = FuzzHarness.split(input)
    #expect(sources.map(\.path) == ["fuzz0.txt", "fuzz1.html", "fuzz2.jsonl"])
    #expect(sources.map(\.bytes) == [Array("a".utf8), Array("<p>b".utf8), []])
    #expect(FuzzHarness.split([]).isEmpty)
  }

  /// The seed corpus of scripts/fuzz.sh, as the fuzzer starts from it.
  @Test func seedCorpus() throws {
    let samples = Hostile.root.appendingPathComponent("Samples")
    let folders = try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted()
    #expect(!folders.isEmpty)
    for folder in folders {
      let dir = samples.appendingPathComponent(folder)
      var parts: [(format: String, bytes: [UInt8])] = []
      for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
        let ext = (name as NSString).pathExtension.lowercased()
        guard FuzzHarness.formats.contains(ext), !name.lowercased().hasPrefix("readme") else { continue }
        let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(name))).filter { $0 != FuzzHarness.separator }
        parts.append((ext, bytes))
      }
      let problems = FuzzHarness.problems(FuzzHarness.join(Array(parts.prefix(4))))
      #expect(problems.isEmpty, "\(folder): \(problems)")
    }
    // The empty input and an input of only separators.
    #expect(FuzzHarness.problems([]).isEmpty)
    #expect(FuzzHarness.problems([0xFF, 0x1E, 0x1E, 0x1E, 0x1E, 0x1E]).isEmpty)
  }
}
