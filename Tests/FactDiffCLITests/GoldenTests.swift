import Foundation
import Testing
import _FactDiffTestSupport

/// Every output format of `check` on every folder of Samples/ (and of the CLI fixtures), compared byte for byte
/// with the files under Golden/, and the exit status with Golden/…/exit-status.
///
/// Findings change with extraction; re-record on purpose with
/// `FACTDIFF_RECORD=1 swift test --filter GoldenTests` and review the diff.
@Suite struct GoldenTests {
  /// Folders relative to the repository root: every folder of Samples/ and Tests/Fixtures/.
  static let folders: [String] = {
    var out: [String] = []
    for parent in ["Samples", "Tests/Fixtures"] {
      let dir = CLI.root.appendingPathComponent(parent)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      for name in names.sorted() {
        var isDirectory: ObjCBool = false
        let path = dir.appendingPathComponent(name).path
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
          out.append("\(parent)/\(name)")
        }
      }
    }
    return out
  }()

  static let goldenRoot = CLI.root.appendingPathComponent("Tests/Golden")

  /// Golden/Samples/x for Samples/x, Golden/Fixtures/x for Tests/Fixtures/x.
  static func goldenDirectory(_ folder: String) -> URL {
    let parts = folder.split(separator: "/")
    return goldenRoot.appendingPathComponent(String(parts[parts.count - 2])).appendingPathComponent(String(parts.last!))
  }

  @Test func thereAreSamples() {
    #expect(Self.folders.contains { $0.hasPrefix("Samples/") })
  }

  @Test(arguments: GoldenTests.folders, ReportFormat.allCases)
  func golden(folder: String, format: ReportFormat) throws {
    let run = try CLI.run(["check", "--no-config", "--format", format.rawValue, folder])
    #expect(run.status != 2, "factdiff check \(folder) failed: \(run.stderr)")
    let dir = Self.goldenDirectory(folder)
    let file = dir.appendingPathComponent("check.\(format.fileExtension)")
    let statusFile = dir.appendingPathComponent("exit-status")
    if CLI.recording {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      try Data(run.stdout.utf8).write(to: file)
      try Data("\(run.status)\n".utf8).write(to: statusFile)
    }
    let expected = try? String(contentsOf: file, encoding: .utf8)
    try #require(
      expected != nil, "no golden file \(file.path): record with FACTDIFF_RECORD=1 swift test --filter GoldenTests")
    #expect(
      run.stdout == expected!, "\(format.rawValue) on \(folder) differs: \(Self.firstDifference(run.stdout, expected!))"
    )
    let status = (try? String(contentsOf: statusFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(
      status == String(run.status),
      "exit status of \(format.rawValue) on \(folder) is \(run.status), recorded \(status ?? "none")")
  }

  /// Golden folders whose sample or fixture is gone (removed when recording).
  @Test func noStaleGoldenFiles() throws {
    let expected = Set(Self.folders.map { Self.goldenDirectory($0).path })
    for parent in ["Samples", "Fixtures"] {
      let dir = Self.goldenRoot.appendingPathComponent(parent)
      for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] {
        let path = dir.appendingPathComponent(name).path
        if CLI.recording && !expected.contains(path) { try FileManager.default.removeItem(atPath: path) }
        #expect(CLI.recording || expected.contains(path), "stale golden folder \(path)")
      }
    }
  }

  /// "line 12: got … expected …" for the first line that differs.
  static func firstDifference(_ a: String, _ b: String) -> String {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false)
    for k in 0..<max(x.count, y.count) {
      let l = k < x.count ? String(x[k]) : "<end>"
      let r = k < y.count ? String(y[k]) : "<end>"
      if l != r { return "line \(k + 1): got \(l.prefix(200)) | expected \(r.prefix(200))" }
    }
    return "same lines"
  }
}
