import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A temporary file a large run writes what it does not need at hand (reports' texts, findings) and reads back.
///
/// The file has no name: it is created and unlinked at once, so nothing is left behind however the run ends. Bytes
/// are appended (from any thread: each append gets a place of its own) and read back by offset. Pages of a file are
/// not the process's memory.
public final class ScratchFile: Sendable {
  private let descriptor: Int32
  private let end = Mutex<Int64>(0)

  /// A new file in `$TMPDIR` (else `/tmp`); nil when none can be made.
  public init?() {
    let environment = getenv("TMPDIR").map { String(cString: $0) } ?? ""
    let directory = environment.isEmpty ? "/tmp" : environment
    var template = Array((directory + "/factdiff-scratch-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { return nil }
    _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
    descriptor = fd
  }

  deinit { close(descriptor) }

  /// Reserves `count` bytes at the end of the file: the offset they are to be written at.
  public func reserve(_ count: Int) -> Int64 {
    end.withLock { e in
      defer { e += Int64(count) }
      return e
    }
  }

  /// Appends `bytes`: their offset, or nil when they could not all be written (a full disk).
  public func append(_ bytes: UnsafeRawBufferPointer) -> Int64? {
    let offset = reserve(bytes.count)
    return write(bytes, at: offset) ? offset : nil
  }

  /// Writes `bytes` at `offset` (a place `reserve` gave); false when they could not all be written.
  public func write(_ bytes: UnsafeRawBufferPointer, at offset: Int64) -> Bool {
    Self.repeating(bytes.count) { done in
      pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
    }
  }

  /// Fills `bytes` from `offset`; false when they could not all be read.
  public func read(into bytes: UnsafeMutableRawBufferPointer, at offset: Int64) -> Bool {
    Self.repeating(bytes.count) { done in
      pread(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
    }
  }

  /// The `count` bytes at `offset`; nil when they cannot be read.
  public func read(_ count: Int, at offset: Int64) -> [UInt8]? {
    var bytes = [UInt8](repeating: 0, count: count)
    return bytes.withUnsafeMutableBytes { read(into: $0, at: offset) } ? bytes : nil
  }

  /// Calls `io(done)` (which moves bytes from `done` on and says how many) until `count` bytes are moved; false on
  /// an error or at the end of the file.
  private static func repeating(_ count: Int, _ io: (Int) -> Int) -> Bool {
    var done = 0
    while done < count {
      let r = io(done)
      if r < 0 && errno == EINTR { continue }
      guard r > 0 else { return false }
      done += r
    }
    return true
  }
}
