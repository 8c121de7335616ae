// swift-tools-version:6.1
import PackageDescription

// MARK: - Stages
//
// Data flows one way: Sources → Text → Extract → Resolve → Check → Report.
// Each stage is a module that knows only the stages before it (see Docs/Architecture.md).

let icuLinker: [LinkerSetting] = [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]

let package = Package(
  name: "factdiff",
  products: [
    .library(name: "FactDiff", targets: ["FactDiff"]),
    .executable(name: "factdiff", targets: ["factdiff"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // MARK: C shim over the system ICU (the only code that includes <unicode/*.h>)
    .target(name: "CICU", linkerSettings: icuLinker),

    // MARK: Value types shared by every stage (no ICU, no I/O)
    .target(name: "FactDiffModel"),

    // MARK: Swift API over ICU: folding, transliteration, skeletons, segmentation, calendars, numbers
    .target(name: "FactDiffText", dependencies: ["CICU", "FactDiffModel"]),

    // MARK: Reading reports: files, directories, stdin, JSONL, front matter, HTML
    .target(
      name: "FactDiffSources",
      dependencies: ["FactDiffModel", "FactDiffText", .product(name: "Yams", package: "Yams")]),

    // MARK: Facts out of text, kind first, then language
    .target(name: "FactDiffExtract", dependencies: ["FactDiffModel", "FactDiffText"]),

    // MARK: Entities across sources, events and slots
    .target(name: "FactDiffResolve", dependencies: ["FactDiffModel", "FactDiffText", "FactDiffExtract"]),

    // MARK: Tolerance and checks
    .target(name: "FactDiffCheck", dependencies: ["FactDiffModel", "FactDiffText", "FactDiffResolve"]),

    // MARK: Printers
    .target(name: "FactDiffReport", dependencies: ["FactDiffModel", "FactDiffCheck"]),

    // MARK: The facade a library user calls
    .target(
      name: "FactDiff",
      dependencies: [
        "FactDiffModel", "FactDiffText", "FactDiffSources", "FactDiffExtract", "FactDiffResolve",
        "FactDiffCheck", "FactDiffReport", .product(name: "Yams", package: "Yams"),
      ]),

    // MARK: The command line
    .executableTarget(
      name: "factdiff",
      dependencies: ["FactDiff", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

    // MARK: Benchmarks (release mode: swift run -c release factdiff-bench)
    .executableTarget(name: "factdiff-bench", dependencies: ["FactDiff"], path: "Benchmarks/FactDiffBench"),

    // MARK: Tests
    .target(name: "_FactDiffTestSupport", dependencies: ["FactDiff"], path: "Sources/_FactDiffTestSupport"),
    .testTarget(name: "FactDiffTextTests", dependencies: ["FactDiffText", "_FactDiffTestSupport"]),
    .testTarget(name: "FactDiffSourcesTests", dependencies: ["FactDiffSources", "_FactDiffTestSupport"]),
    .testTarget(name: "FactDiffExtractTests", dependencies: ["FactDiffExtract", "_FactDiffTestSupport"]),
    .testTarget(name: "FactDiffResolveTests", dependencies: ["FactDiffResolve", "_FactDiffTestSupport"]),
    .testTarget(name: "FactDiffCheckTests", dependencies: ["FactDiffCheck", "_FactDiffTestSupport"]),
    .testTarget(name: "FactDiffReportTests", dependencies: ["FactDiffReport", "_FactDiffTestSupport"]),
    .testTarget(name: "FactDiffCLITests", dependencies: ["FactDiff", "_FactDiffTestSupport"]),
    .testTarget(name: "FactDiffClusterTests", dependencies: ["FactDiff", "_FactDiffTestSupport"]),

    // MARK: Hostile input: the fuzzing harness (also run by the tests) and the hostile-input suite
    .target(name: "FactDiffFuzzing", dependencies: ["FactDiff"], path: "Fuzz/FactDiffFuzzing"),
    // The libFuzzer target when scripts/fuzz.sh builds it; otherwise a driver replaying inputs through the harness.
    .executableTarget(name: "factdiff-fuzz", dependencies: ["FactDiffFuzzing"], path: "Fuzz/FactDiffFuzz"),
    .testTarget(
      name: "FactDiffHostileTests", dependencies: ["FactDiff", "_FactDiffTestSupport", "FactDiffFuzzing"],
      exclude: ["Inputs"]),
  ]
)
