import Dispatch
import Foundation
import Synchronization

/// Work spread over threads with its results in input order, so that what comes out never depends on the timing
/// or on the number of threads. Synchronous: the calling thread takes part, and the call returns when every item
/// is done.
public enum Parallel {
  /// The number of threads for a `parallelism` setting: the setting itself when positive, else one per core.
  public static func width(_ parallelism: Int) -> Int {
    max(1, parallelism > 0 ? parallelism : ProcessInfo.processInfo.activeProcessorCount)
  }

  /// `body(k)` for every `k` in `0..<count`, on up to `width(parallelism)` threads at once; the results in index
  /// order. Threads take the next item as they come free (items are taken in index order), so an uneven split
  /// still keeps every thread busy. With a width of 1, or one item, everything runs on the calling thread.
  public static func map<R: Sendable>(_ count: Int, parallelism: Int, _ body: @Sendable (Int) -> R) -> [R] {
    let width = min(self.width(parallelism), count)
    if width <= 1 { return (0..<count).map(body) }
    let next = Atomic<Int>(0)
    return [R](unsafeUninitializedCapacity: count) { buffer, initialized in
      let slots = Slots(base: buffer.baseAddress!)
      DispatchQueue.concurrentPerform(iterations: width) { _ in
        while true {
          let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
          guard k < count else { return }
          (slots.base + k).initialize(to: body(k))
        }
      }
      initialized = count
    }
  }

  /// `0..<count` cut into consecutive ranges for `map`: one with a width of 1, else about eight per thread, so
  /// that threads share uneven work evenly without handing out items one by one.
  public static func ranges(_ count: Int, parallelism: Int) -> [Range<Int>] {
    let width = self.width(parallelism)
    guard count > 0 else { return [] }
    guard width > 1 else { return [0..<count] }
    let parts = min(count, 8 * width)
    return (0..<parts).map { k in (k * count / parts)..<((k + 1) * count / parts) }
  }

  /// `body(k, &items[k])` for every index, on up to `width(parallelism)` threads, each item changed in place by
  /// one thread (so that nothing is copied).
  public static func update<T: Sendable>(
    _ items: inout [T], parallelism: Int, _ body: @Sendable (Int, inout T) -> Void
  ) {
    let parts = ranges(items.count, parallelism: parallelism)
    items.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let slots = Slots(base: base)
      _ = map(parts.count, parallelism: parallelism) { k in
        for i in parts[k] { body(i, &slots.base[i]) }
      }
    }
  }
}

/// The buffer that `Parallel.map` fills and `Parallel.update` changes: each index is written by exactly one
/// thread, and read only after all are done.
private struct Slots<R>: @unchecked Sendable {
  let base: UnsafeMutablePointer<R>
}
