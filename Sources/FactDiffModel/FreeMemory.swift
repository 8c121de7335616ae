#if canImport(Glibc)
  import Glibc
#endif

/// Hands the allocator's free space back to the system between the big stages of a run.
///
/// glibc keeps freed memory in its arenas (one per thread that allocated, up to eight per core): what extraction
/// frees on a worker thread stays resident and cannot serve a later stage running on other threads. `malloc_trim`
/// returns the free pages of every arena. Elsewhere (no glibc) it does nothing. The output does not depend on it.
public enum FreeMemory {
  #if canImport(Glibc)
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trim: Trim? = dlsym(nil, "malloc_trim").map {
      unsafeBitCast($0, to: Trim.self)
    }
  #endif

  public static func release() {
    #if canImport(Glibc)
      _ = trim?(0)
    #endif
  }
}
