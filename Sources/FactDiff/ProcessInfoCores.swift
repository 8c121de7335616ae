import Foundation

/// The number of cores the process may use.
enum ProcessInfoCores {
  static var count: Int { ProcessInfo.processInfo.activeProcessorCount }
}
