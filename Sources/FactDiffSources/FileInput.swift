import FactDiffModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file system as the reader needs it: what a path is, a file's bytes (within a size limit), a directory's
/// reports. POSIX calls, so that every failure has its `errno` reason.
enum FileInput {
  /// What a path names.
  enum Kind {
    case file
    case directory(device: UInt64, inode: UInt64)
    case missing
    case inaccessible(String)
  }

  static func kind(of path: String) -> Kind {
    guard !path.isEmpty else { return .missing }
    var st = stat()
    guard stat(path, &st) == 0 else {
      let e = errno
      return e == ENOENT || e == ENOTDIR ? .missing : .inaccessible(describe(e))
    }
    if st.st_mode & S_IFMT == S_IFDIR { return .directory(device: UInt64(st.st_dev), inode: UInt64(st.st_ino)) }
    return .file
  }

  /// The bytes of the file at `path`; a file over `maxBytes` is refused before it is read (by its size), or as
  /// soon as more arrive for pipes and devices.
  static func contents(path: String, maxBytes: Int) -> Result<[UInt8], SourceError> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let e = errno
      if e == ENOENT || e == ENOTDIR { return .failure(notFound(path)) }
      return .failure(unreadable(path, e))
    }
    defer { close(fd) }
    var st = stat()
    if fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, Int(st.st_size) > maxBytes {
      return .failure(tooLarge(path, size: Int(st.st_size), limit: maxBytes))
    }
    var bytes: [UInt8] = []
    if st.st_mode & S_IFMT == S_IFREG { bytes.reserveCapacity(Int(st.st_size)) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(unreadable(path, errno))
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > maxBytes { return .failure(tooLarge(path, size: nil, limit: maxBytes)) }
    }
    return .success(bytes)
  }

  /// The report files of a directory, sorted by name in byte order; sub-directories are read in place when
  /// `recursive` (each real directory once, so symbolic-link loops end). Hidden entries are skipped.
  static func reports(in directory: String, recursive: Bool) -> (paths: [String], errors: [SourceError]) {
    var paths: [String] = []
    var errors: [SourceError] = []
    var visited: Set<[UInt64]> = []
    func walk(_ dir: String) {
      let names: [String]
      switch entries(of: dir) {
      case .success(let n): names = n
      case .failure(let e):
        errors.append(e)
        return
      }
      for name in names where !name.hasPrefix(".") {
        let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
        switch kind(of: path) {
        case .directory(let device, let inode):
          guard recursive, visited.insert([device, inode]).inserted else { continue }
          walk(path)
        case .file, .missing, .inaccessible:
          if SourceFormat.isReport(fileName: name) { paths.append(path) }
        }
      }
    }
    if case .directory(let device, let inode) = kind(of: directory) { visited.insert([device, inode]) }
    walk(directory)
    return (paths, errors)
  }

  /// The names in a directory, sorted by their UTF-8 bytes.
  private static func entries(of dir: String) -> Result<[String], SourceError> {
    guard let handle = opendir(dir) else {
      return .failure(
        SourceError(path: dir, reason: .unreadable, message: "cannot read directory: \(describe(errno))"))
    }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return .success(names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
  }

  static func notFound(_ path: String) -> SourceError {
    SourceError(path: path, reason: .notFound, message: "no such file or directory")
  }

  static func unreadable(_ path: String, _ code: Int32) -> SourceError {
    SourceError(path: path, reason: .unreadable, message: "cannot read file: \(describe(code))")
  }

  static func tooLarge(_ path: String, size: Int?, limit: Int) -> SourceError {
    let what = size.map { "\($0) bytes" } ?? "more than \(limit) bytes"
    return SourceError(
      path: path, reason: .tooLarge, message: "file too large: \(what) (the limit is \(limit) bytes)")
  }

  /// `strerror` in lower case ("permission denied").
  static func describe(_ code: Int32) -> String {
    guard let s = strerror(code) else { return "error \(code)" }
    return String(cString: s).lowercased()
  }
}
