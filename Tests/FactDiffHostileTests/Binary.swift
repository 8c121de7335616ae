import Foundation

/// Runs the built `factdiff` executable (the same build directory as the tests) as a user would.
enum Binary {
  struct Run {
    var status: Int32
    var stdout: [UInt8]
    var stderr: [UInt8]
    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }
  }

  /// `factdiff` next to the test bundle, else the one `swift build` shows.
  static let url: URL = {
    var candidates: [URL] = []
    if let first = CommandLine.arguments.first {
      var dir = URL(fileURLWithPath: first).deletingLastPathComponent()
      while dir.path.contains(".xctest") { dir = dir.deletingLastPathComponent() }
      candidates.append(dir.appendingPathComponent("factdiff"))
    }
    if let exe = Bundle.main.executableURL {
      candidates.append(exe.deletingLastPathComponent().appendingPathComponent("factdiff"))
    }
    for c in candidates where FileManager.default.isExecutableFile(atPath: c.path) { return c }
    return Hostile.root.appendingPathComponent(".build/debug/factdiff")
  }()

  /// Runs `factdiff` in `cwd` with `stdin` as standard input; output goes through files so nothing blocks.
  static func run(_ arguments: [String], cwd: URL = Hostile.root, stdin: [UInt8] = []) throws -> Run {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factdiff-hostile-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("stdout")
    let err = dir.appendingPathComponent("stderr")
    let input = dir.appendingPathComponent("stdin")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    _ = FileManager.default.createFile(atPath: input.path, contents: Data(stdin))
    let p = Process()
    p.executableURL = url
    p.arguments = arguments
    p.currentDirectoryURL = cwd
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    p.environment = env
    let outHandle = try FileHandle(forWritingTo: out)
    let errHandle = try FileHandle(forWritingTo: err)
    let inHandle = try FileHandle(forReadingFrom: input)
    p.standardOutput = outHandle
    p.standardError = errHandle
    p.standardInput = inHandle
    try p.run()
    let deadline = Date().addingTimeInterval(300)
    while p.isRunning && Date() < deadline { usleep(20_000) }
    if p.isRunning { p.terminate() }
    p.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    try inHandle.close()
    return Run(
      status: p.terminationStatus, stdout: Array((try? Data(contentsOf: out)) ?? Data()),
      stderr: Array((try? Data(contentsOf: err)) ?? Data()))
  }
}
