import FactDiffFuzzing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// The fuzz target: every input goes through `FuzzHarness.run` (reading, extraction, checks, printers).
//
// Built by scripts/fuzz.sh with `-sanitize=fuzzer,address -D FACTDIFF_LIBFUZZER`, this is libFuzzer: SwiftPM
// renames an executable's entry point (`FactDiffFuzz_main`, aliased to `main` when linking), so libFuzzer's own
// `main` is never used; this one hands the command line to `LLVMFuzzerRunDriver` instead. In an ordinary build it
// replays inputs: `factdiff-fuzz FILE...` runs each file once through the harness (a crash input from .fuzz/, say).

/// The libFuzzer callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func factdiffFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0 else {
    FuzzHarness.run([])
    return 0
  }
  FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

#if FACTDIFF_LIBFUZZER
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  exit(LLVMFuzzerRunDriver(&argc, &argv, factdiffFuzzOne))
#else
  var failed = false
  for path in CommandLine.arguments.dropFirst() {
    guard let file = fopen(path, "rb") else {
      print("\(path): cannot open")
      failed = true
      continue
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = fread(&chunk, 1, chunk.count, file)
      if n <= 0 { break }
      bytes += chunk[0..<n]
    }
    fclose(file)
    FuzzHarness.run(bytes)
    print("\(path): ok (\(bytes.count) bytes)")
  }
  exit(failed ? 2 : 0)
#endif
