import Foundation

/// Runs the built `factdiff` binary the way a user or CI would, from the repository root.
enum CLI {
  /// The repository root (three levels above this file).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// What a run printed and how it ended.
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The `factdiff` executable next to the test bundle (the same build directory), else the one `swift build`
  /// reports.
  static let binary: URL = {
    var candidates: [URL] = []
    if let first = CommandLine.arguments.first {
      var dir = URL(fileURLWithPath: first).deletingLastPathComponent()
      // Inside an .xctest bundle on some platforms: climb out of it.
      while dir.path.contains(".xctest") { dir = dir.deletingLastPathComponent() }
      candidates.append(dir.appendingPathComponent("factdiff"))
    }
    if let exe = Bundle.main.executableURL {
      candidates.append(exe.deletingLastPathComponent().appendingPathComponent("factdiff"))
    }
    for c in candidates where FileManager.default.isExecutableFile(atPath: c.path) { return c }
    let shown = try? run(
      executable: URL(fileURLWithPath: "/usr/bin/env"), ["swift", "build", "--show-bin-path"], cwd: root)
    let bin = shown?.stdout.trimmingCharacters(in: .whitespacesAndNewlines) ?? ".build/debug"
    return URL(fileURLWithPath: bin).appendingPathComponent("factdiff")
  }()

  /// Runs `factdiff` with arguments; the environment is the test's own without `NO_COLOR`, plus `environment`.
  static func run(
    _ arguments: [String], cwd: URL = root, environment: [String: String] = [:], stdin: String? = nil
  ) throws -> Run {
    try run(executable: binary, arguments, cwd: cwd, environment: environment, stdin: stdin)
  }

  /// Runs any program; output goes through temporary files, so a large report cannot fill a pipe and block.
  static func run(
    executable: URL, _ arguments: [String], cwd: URL = root, environment: [String: String] = [:],
    stdin: String? = nil, timeout: TimeInterval = 120
  ) throws -> Run {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factdiff-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("stdout")
    let err = dir.appendingPathComponent("stderr")
    let input = dir.appendingPathComponent("stdin")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    _ = FileManager.default.createFile(atPath: input.path, contents: Data((stdin ?? "").utf8))
    let p = Process()
    p.executableURL = executable
    p.arguments = arguments
    p.currentDirectoryURL = cwd
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let outHandle = try FileHandle(forWritingTo: out)
    let errHandle = try FileHandle(forWritingTo: err)
    let inHandle = try FileHandle(forReadingFrom: input)
    p.standardOutput = outHandle
    p.standardError = errHandle
    p.standardInput = inHandle
    try p.run()
    let deadline = Date().addingTimeInterval(timeout)
    while p.isRunning && Date() < deadline { usleep(20_000) }
    if p.isRunning {
      p.terminate()
      p.waitUntilExit()
    }
    p.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    try inHandle.close()
    return Run(
      status: p.terminationStatus,
      stdout: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
      stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self))
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factdiff-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// True when golden files and generated docs are to be re-recorded (`FACTDIFF_RECORD=1`).
  static var recording: Bool { ProcessInfo.processInfo.environment["FACTDIFF_RECORD"] != nil }
}
