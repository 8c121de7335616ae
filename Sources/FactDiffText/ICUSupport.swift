import CICU
import Synchronization

/// Glue between Swift values and the C shim: status codes, growing output buffers and shared handles.
enum ICU {
  /// The longest text (UTF-16 units) handed to ICU, so that lengths and the capacities derived from them fit ICU's
  /// `int32_t`. Longer texts are returned unchanged (transforms, skeletons, matching folding) or unsegmented.
  static let maxUnits = Int(Int32.max / 4)

  /// True for an ICU failure code (warnings are <= 0).
  static func failed(_ status: Int32) -> Bool { status > 0 }

  /// Calls `fill(buffer, capacity, &status)` and, when ICU asks for more room (`U_BUFFER_OVERFLOW_ERROR`), calls it
  /// again with the capacity ICU reported. Returns the UTF-16 units written, or nil on any other failure.
  static func utf16Output(
    capacity: Int, _ fill: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
  ) -> [UInt16]? {
    var cap = max(capacity, 16)
    for _ in 0..<3 {
      var status: Int32 = 0
      var length: Int32 = 0
      let units = [UInt16](unsafeUninitializedCapacity: cap) { buffer, count in
        length = fill(buffer.baseAddress!, Int32(clamping: cap), &status)
        count = (!failed(status) && length >= 0 && Int(length) <= cap) ? Int(length) : 0
      }
      if status == CICU_BUFFER_OVERFLOW {
        cap = max(Int(length) + 1, cap + 1)
        continue
      }
      return failed(status) ? nil : units
    }
    return nil
  }

  /// `utf16Output` decoded into a String.
  static func stringOutput(
    capacity: Int, _ fill: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
  ) -> String? {
    utf16Output(capacity: capacity, fill).map { String(decoding: $0, as: UTF16.self) }
  }
}

/// An ICU object opened on first use and shared behind a lock (ICU services such as transliterators, break
/// iterators and number formats must not be used from two threads at once).
final class SharedICUHandle: Sendable {
  private struct State {
    var pointer: UnsafeMutableRawPointer?
    var opened = false
  }

  private let state = Mutex(State())
  private let open: @Sendable () -> UnsafeMutableRawPointer?
  private let close: @Sendable (UnsafeMutableRawPointer) -> Void

  /// `open` returns nil when ICU cannot provide the service; users then fall back to a neutral answer.
  init(
    open: @escaping @Sendable () -> UnsafeMutableRawPointer?,
    close: @escaping @Sendable (UnsafeMutableRawPointer) -> Void
  ) {
    self.open = open
    self.close = close
  }

  /// Runs `body` with the handle under the lock; nil when the handle could not be opened.
  func withHandle<R: Sendable>(_ body: (UnsafeMutableRawPointer) -> R) -> R? {
    state.withLock { state -> R? in
      if !state.opened {
        state.opened = true
        state.pointer = open()
      }
      guard let pointer = state.pointer else { return nil }
      return body(pointer)
    }
  }

  deinit {
    state.withLock { state in
      if let pointer = state.pointer { close(pointer) }
      state.pointer = nil
    }
  }
}

/// One value per key (a locale), created on first use and kept.
final class PerLanguage<Value: Sendable>: Sendable {
  private let values = Mutex<[String: Value]>([:])
  private let make: @Sendable (String) -> Value

  init(_ make: @escaping @Sendable (String) -> Value) { self.make = make }

  subscript(key: String) -> Value {
    values.withLock { values in
      if let value = values[key] { return value }
      let value = make(key)
      values[key] = value
      return value
    }
  }
}

extension String {
  /// The UTF-8 byte offset of every UTF-16 index of this string (count + 1 entries; the second unit of a surrogate
  /// pair maps to the start of its scalar).
  func utf8OffsetsByUTF16Index() -> [Int] {
    var offsets: [Int] = []
    offsets.reserveCapacity(utf16.count + 1)
    var byte = 0
    for scalar in unicodeScalars {
      offsets.append(byte)
      if scalar.value > 0xFFFF { offsets.append(byte) }
      byte += UTF8.width(scalar)
    }
    offsets.append(byte)
    return offsets
  }
}
