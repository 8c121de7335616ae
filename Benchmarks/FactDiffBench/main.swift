import FactDiff
import Foundation

/// Prints a line and flushes it, so progress shows when the output is a pipe.
func say(_ s: String = "") {
  FileHandle.standardOutput.write(Data((s + "\n").utf8))
}

// factdiff-bench: throughput and memory of extraction and checking, in release mode, each figure reported as a
// ratio against a baseline measured in the same run (the machine is noisy; ratios travel better than seconds).
//
//   swift run -c release factdiff-bench            # the standard run (10 MB per language, 2…1,000 reports)
//   swift run -c release factdiff-bench --sizes 1,10,100 --memory
//   swift run -c release factdiff-bench --only cluster --feed 1000   # cluster throughput on a generated feed
//   factdiff-bench --only check --events 1 --reports 100,1000,10000   # N reports of one event
//   factdiff-bench --only stages --events 1 --reports 100,1000,10000 --no-checks   # CPU time per stage
//   factdiff-bench --only stages --events 0 --reports 10000 --per-check   # and CPU time per rule, run alone
//   factdiff-bench --only none --sizes 100 --memory-checks   # peak memory of a whole run, checks included
//   factdiff-bench --only none --sizes 100 --memory-steps    # the peak after each stage

struct Options {
  var sizesMB: [Int] = [10]
  var reportCounts: [Int] = [2, 10, 100, 1000]
  var memory = false
  /// `--memory-checks`: the memory run checks too (by default it stops after resolution, as `extract` does).
  var memoryWithChecks = false
  /// `--events K`: the check run's reports tell K events (1: all one event); 0, the default: random places and days.
  var events = 0
  /// `--no-checks`: the stages run (`--only stages`) leaves the checks out.
  var skipChecks = false
  var only: String? = nil
  var languages: [Language] = Language.allCases
  var steps = false
  var feedEvents = 1000
  /// `--join N`: the extraction run reads documents of N generated reports each, one after another (article length:
  /// a generated report is about 800 bytes of English, a wire story several times that).
  var join = 1

  init(_ args: [String]) {
    var i = 1
    while i < args.count {
      switch args[i] {
      case "--sizes": i += 1; sizesMB = args[i].split(separator: ",").compactMap { Int($0) }
      case "--reports": i += 1; reportCounts = args[i].split(separator: ",").compactMap { Int($0) }
      case "--memory": memory = true
      case "--memory-steps": memory = true
      case "--events": i += 1; events = Int(args[i]) ?? 0
      case "--no-checks": skipChecks = true
      case "--memory-checks": memory = true; memoryWithChecks = true
      case "--steps": steps = true
      case "--join": i += 1; join = max(1, Int(args[i]) ?? 1)
      case "--feed": i += 1; feedEvents = Int(args[i]) ?? feedEvents
      case "--only": i += 1; only = args[i]
      case "--languages":
        i += 1; languages = args[i].split(separator: ",").compactMap { Language(rawValue: String($0)) }
      default: break
      }
      i += 1
    }
  }
}

func now() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// CPU seconds (user and system) the process has used: over wall time, how many cores were busy.
func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// CPU seconds per thread of the process so far (Linux: /proc/self/task/*/stat), largest first: shows whether
/// the work was spread over several threads.
func threadCPUSeconds() -> [Double] { threadCPUByID().values.sorted(by: >) }

/// The CPU seconds the busiest thread used between two `threadCPUByID()` readings: over the run's CPU seconds,
/// how much of its work one thread did (1: all of it, serial; 0.5: an even split over two threads).
func busiestThread(_ before: [String: Double], _ after: [String: Double]) -> Double {
  after.map { $0.value - (before[$0.key] ?? 0) }.max() ?? 0
}

/// CPU seconds so far of each thread of the process, by thread id.
func threadCPUByID() -> [String: Double] {
  guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task") else { return [:] }
  let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
  var out: [String: Double] = [:]
  for t in tasks {
    guard let stat = try? String(contentsOfFile: "/proc/self/task/\(t)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { continue }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    // After the command name: state is field 3, utime 14 and stime 15 (1-based in proc(5)).
    guard fields.count > 12, let u = Double(fields[11]), let s = Double(fields[12]) else { continue }
    out[t] = (u + s) / ticks
  }
  return out
}

/// "3.1 s, 2.9 s, 0.1 s": the busiest threads' CPU seconds.
func threadSummary() -> String {
  threadCPUSeconds().prefix(4).map { String(format: "%.1f s", $0) }.joined(separator: ", ")
}

/// The resident size now (not the peak), from /proc/self/statm; 0 where that file is missing.
func currentRSSMB() -> Double {
  guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
  let fields = s.split(separator: " ")
  guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
  return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

/// glibc's `malloc_stats()` (per-arena heap in use, to standard error), when the C library has it.
func printMallocStats() {
  guard let f = dlsym(nil, "malloc_stats") else { return }
  unsafeBitCast(f, to: (@convention(c) () -> Void).self)()
}

func peakRSSMB() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

/// The CPU seconds of the fastest run of the last `best` call: on a shared machine, throughput per CPU second is
/// what one core does when it has the core to itself.
var lastBestCPU = Double.infinity

/// The best of `n` runs: noise only ever adds time.
@MainActor func best(_ n: Int, _ body: () -> Void) -> Double {
  var b = Double.infinity
  lastBestCPU = Double.infinity
  for _ in 0..<n {
    let t0 = now()
    let c0 = cpuSeconds()
    body()
    b = min(b, now() - t0)
    lastBestCPU = min(lastBestCPU, cpuSeconds() - c0)
  }
  return b
}

func corpus(_ language: Language, megabytes: Int, seed: UInt64) -> [String] {
  var out: [String] = []
  eachReport(language, megabytes: megabytes, seed: seed) { r, _ in out.append(r) }
  return out
}

/// The reports `corpus` returns, handed to `body` one at a time as they are written (none kept here), each with
/// its publication day (`YYYY-MM-DD`, the day its dateline gives).
func eachReport(_ language: Language, megabytes: Int, seed: UInt64, _ body: (String, String) -> Void) {
  var g = CorpusGenerator(seed: seed)
  var bytes = 0
  while bytes < megabytes * 1_000_000 {
    let r = g.report(language)
    bytes += r.utf8.count
    body(r, g.published)
  }
}

/// The reports of the memory run and of `--write-corpus`: about `megabytes` of coverage of many events, in runs of
/// reports about one event each (`CorpusGenerator.feedLike`), each report in English, Russian or Ukrainian, handed
/// to `body` with its language and publication day as it is written.
func eachFeedLikeReport(megabytes: Int, seed: UInt64, _ body: (Language, String, String) -> Void) {
  var g = CorpusGenerator(seed: seed)
  g.feedLike = true
  var bytes = 0
  while bytes < megabytes * 1_000_000 {
    let language = g.pick(Language.allCases)
    let r = g.report(language)
    bytes += r.utf8.count
    body(language, r, g.published)
  }
}

let options = Options(CommandLine.arguments)

// A debugging aid: `--dump FILE LANG` prints each token's sentence, kind and folded form.
if let k = CommandLine.arguments.firstIndex(of: "--dump"), k + 2 < CommandLine.arguments.count {
  let path = CommandLine.arguments[k + 1]
  let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  let language = Language(rawValue: CommandLine.arguments[k + 2]) ?? .en
  let doc = Extraction.analyze(Source(id: "d", text: text, language: language))
  for (i, t) in doc.tokens.enumerated() {
    say("\(doc.sentence(ofToken: i))\t\(t.kind)\t\(t.spacing)\t\(t.norm)")
  }
  for f in doc.facts { say("fact \(f.sentence) \(f.text) \(f.range)") }
  for probe in [": ", " и ", ": девять казахстанских, восемь российских и "] {
    let ts = Tokenizer.tokenize(probe)
    say(
      "probe \(ts.map(\.norm)) \(ts.map { $0.key.length }) \(ts.map(\.norm).contains(":")) \(Set(["и"]).contains(ts.map(\.norm).last ?? ""))"
    )
  }
  let r = await Pipeline.run(sources: [doc.source])
  for f in r.report.findings { say("finding \(f.rule) \(f.message)") }
  exit(0)
}
say("# factdiff benchmark")
say("")
say(
  "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB; build: release"
)
say("")

// A profiling aid: `--loop STEP LANG` repeats one step (tokens, extract) over a 2 MB corpus for perf; `ROUNDS=n` in
// the environment sets the repeats (0 measures the setup alone, for instruction counts under valgrind).
if let k = CommandLine.arguments.firstIndex(of: "--loop"), k + 2 < CommandLine.arguments.count {
  let language = Language(rawValue: CommandLine.arguments[k + 2]) ?? .en
  let sources = corpus(language, megabytes: 2, seed: 42).enumerated().map { n, r in
    Source(id: "r\(n)", text: r, language: language, published: Published.parse("2025-06-10"))
  }
  var sink = 0
  let rounds =
    Int(ProcessInfo.processInfo.environment["ROUNDS"] ?? "") ?? (CommandLine.arguments[k + 1] == "extract" ? 3 : 20)
  for _ in 0..<rounds {
    for s in sources {
      switch CommandLine.arguments[k + 1] {
      case "tokens": sink &+= Tokenizer.tokenize(s.text).count
      case "scan": sink &+= Document(source: s).sentences.count
      default: sink &+= Extraction.analyze(s).facts.count
      }
    }
  }
  say("\(sink)")
  exit(0)
}

/// `n` generated reports in English, Russian and Ukrainian in turn; with `events` > 0, spread over that many events
/// (one place and day each), else each of a random event.
func eventReports(_ n: Int, events: Int) -> [Source] {
  var g = CorpusGenerator(seed: 7)
  let langs: [Language] = [.en, .ru, .uk]
  return (0..<n).map { k -> Source in
    let lang = langs[k % 3]
    if events > 0 {
      let e = k % events
      g.event = (place: e, month: (e * 5) % 12, day: 1 + (e * 7) % 28)
    }
    let text = g.report(lang)
    return Source(id: "r\(k)", text: text, language: lang, published: Published.parse(g.published))
  }
}

// MARK: Extraction throughput, one core

if options.only == nil || options.only == "extract" {
  say("## Extraction on one core")
  say("")
  say("Baseline: decoding the same text from UTF-8 bytes and counting its Unicode scalars.")
  if options.join > 1 { say("Documents of \(options.join) generated reports each (`--join`).") }
  say("")
  say("| language | MB | reports | baseline MB/s | extract MB/s | extract MB per CPU s | extract / baseline time |")
  say("|---|---|---|---|---|---|---|")
  for size in options.sizesMB {
    for language in options.languages {
      let generated = corpus(language, megabytes: size, seed: 42)
      let reports = stride(from: 0, to: generated.count, by: options.join).map {
        generated[$0..<min($0 + options.join, generated.count)].joined(separator: "\n\n")
      }
      let bytes = reports.map { Array($0.utf8) }
      let total = Double(bytes.reduce(0) { $0 + $1.count }) / 1_000_000
      var sink = 0
      let base = best(3) {
        for b in bytes { sink &+= String(decoding: b, as: UTF8.self).unicodeScalars.count }
      }
      let sources = reports.enumerated().map { k, r in
        Source(id: "r\(k)", text: r, language: language, published: Published.parse("2025-06-10"))
      }
      let extract = best(2) {
        for s in sources { sink &+= Extraction.analyze(s).facts.count }
      }
      let line = String(
        format: "| %@ | %.1f | %d | %.1f | %.1f | %.1f | %.1f× |", language.rawValue, total, reports.count,
        total / base,
        total / extract, total / lastBestCPU, extract / base)
      say(line + (sink == 42 ? " " : ""))
      if options.steps {
        _ = Extraction.profile(Array(sources.prefix(50)), clock: now)
        let steps = Extraction.profile(sources, clock: now)
        say(
          "|  | steps: "
            + steps.map { String(format: "%@ %.0f MB/s", $0.step, total / $0.seconds) }.joined(separator: ", ")
            + " | | | | |")
      }
    }
  }
  say("")
}

// MARK: Checking N reports of one event

if options.only == nil || options.only == "check" {
  let about =
    options.events == 0
    ? "reports of random places and days"
    : options.events == 1
      ? "one event (one place, one day)" : "\(options.events) events (report k tells event k mod \(options.events))"
  say("## Checking N reports: \(about) (whole pipeline after reading, both cores)")
  say("")
  say("Baseline: the same run for the first count of reports; growth per report should stay near 1.")
  say("")
  say(
    "| reports | seconds | CPU seconds | cores busy | busiest thread's CPU s | facts | findings | time per report / baseline's |"
  )
  say("|---|---|---|---|---|---|---|---|")
  var basePerReport: Double? = nil
  for n in options.reportCounts {
    let sources = eventReports(n, events: options.events)
    var facts = 0
    var findings = 0
    var t = Double.infinity
    var cpu = Double.infinity
    var busiest = 0.0
    for _ in 0..<(n >= 1000 ? 1 : 2) {
      let t0 = now()
      let c0 = cpuSeconds()
      let threads = threadCPUByID()
      let out = await Pipeline.run(sources: sources)
      if now() - t0 < t { (t, cpu, busiest) = (now() - t0, cpuSeconds() - c0, busiestThread(threads, threadCPUByID())) }
      facts = out.report.facts.count
      findings = out.report.findings.count
    }
    let perReport = t / Double(n)
    if basePerReport == nil { basePerReport = perReport }
    say(
      String(
        format: "| %d | %.3f | %.3f | %.2f | %.2f | %d | %d | %.2f× |", n, t, cpu, cpu / t, busiest, facts, findings,
        perReport / basePerReport!))
  }
  say("")
}

// MARK: The stages of checking N reports

if options.only == "stages" {
  let about =
    options.events == 0
    ? "reports of random places and days"
    : options.events == 1 ? "one event (one place, one day)" : "\(options.events) events"
  say(
    "## The stages for N reports: \(about) (CPU seconds, and wall seconds where the stage runs on every core; matching alone on one)"
  )
  say("")
  say(
    "Matching alone: `EventResolution.match` again over the same summaries (people, places, then groups).\(options.skipChecks ? " Checks skipped." : "")"
  )
  say("")
  say(
    "| reports | extract+events | entities+matching | matching alone | matching per report / first count's | checks |")
  say("|---|---|---|---|---|---|")
  var baseMatch: Double? = nil
  for n in options.reportCounts {
    let sources = eventReports(n, events: options.events)
    var c = cpuSeconds()
    let analysed = await Pipeline.analyzeAndAnnotate(sources)
    let extract = cpuSeconds() - c
    var docs = analysed.map(\.document)
    var summaries = analysed.map(\.events)
    c = cpuSeconds()
    var w = now()
    let events = Resolution.resolve(&docs, summaries: &summaries, parallelism: 0)
    let resolve = cpuSeconds() - c
    let resolveWall = now() - w
    c = cpuSeconds()
    let again = EventResolution.match(&summaries, docs)
    let match = cpuSeconds() - c
    precondition(again.groups == events.groups)
    var checks = "skipped"
    if !options.skipChecks {
      c = cpuSeconds()
      w = now()
      let findings = Checker.run(docs, events: events, parallelism: 0)
      checks = String(format: "%.3f in %.3f s (%d findings)", cpuSeconds() - c, now() - w, findings.count)
    }
    if CommandLine.arguments.contains("--per-check") {
      // Each rule alone (cross-source rules then see no within-source findings: a slight overestimate).
      let ids = Checker.rules.map(\.id)
      var times: [String] = []
      for id in ids {
        c = cpuSeconds()
        _ = Checker.run(docs, events: events, settings: CheckSettings(disabledRules: Set(ids).subtracting([id])))
        times.append(String(format: "%@ %.3f", id, cpuSeconds() - c))
      }
      let sizes = events.groups.map(\.count).sorted(by: >)
      say("per check at \(n): " + times.joined(separator: ", "))
      say("groups \(sizes.count), largest \(sizes.prefix(8)), of 2+: \(sizes.filter { $0 > 1 }.count)")
    }
    if baseMatch == nil { baseMatch = max(match, 1e-6) / Double(n) }
    say(
      String(
        format: "| %d | %.3f | %.3f in %.3f s | %.4f | %.2f× | %@ |", n, extract, resolve, resolveWall, match,
        (match / Double(n)) / baseMatch!, checks))
  }
  say("")
}

// MARK: Clustering a feed

if options.only == nil || options.only == "cluster" {
  say("## Clustering a feed (factdiff cluster, both cores)")
  say("")
  say("Baseline: extracting the same articles on both cores (Pipeline.analyze), without clustering or checking.")
  say("")
  var g = FeedGenerator(seed: 11)
  let lines = g.feed(events: options.feedEvents, days: max(1, options.feedEvents / 25))
  let megabytes = Double(lines.reduce(0) { $0 + $1.utf8.count }) / 1_000_000
  // `--write-feed FILE`: keep the generated feed, e.g. to time `factdiff cluster FILE` itself.
  if let k = CommandLine.arguments.firstIndex(of: "--write-feed"), k + 1 < CommandLine.arguments.count {
    try? (lines.joined(separator: "\n") + "\n").write(
      toFile: CommandLine.arguments[k + 1], atomically: true, encoding: .utf8)
  }
  let reader = SourceReader()
  let sources = lines.flatMap { reader.source(bytes: Array($0.utf8), path: "feed.jsonl").sources }
  var sink = 0
  var base = Double.infinity
  var baseCores = 0.0
  for _ in 0..<2 {
    let b0 = now()
    let bc = cpuSeconds()
    sink &+= await Pipeline.analyze(sources).count
    let wall = now() - b0
    if wall < base { (base, baseCores) = (wall, (cpuSeconds() - bc) / wall) }
  }
  var summary = FeedRunSummary()
  var clusters: [[String]] = []
  var findings = 0
  let t0 = now()
  let c0 = cpuSeconds()
  var feed = ArrayFeedLines(lines)
  summary = await FeedClustering.run(&feed, path: "feed.jsonl") { r in
    clusters.append(r.articles)
    findings += r.findings.count
  }
  let t = now() - t0
  let cores = (cpuSeconds() - c0) / t
  // Purity: a cluster holding reports of two events is a false merge; an event in two clusters is a split.
  func event(_ id: String) -> Substring { id.split(separator: "-")[0] }
  let mixed = clusters.filter { Set($0.map(event)).count > 1 }.count
  var clustersOfEvent: [Substring: Int] = [:]
  for c in clusters { for e in Set(c.map(event)) { clustersOfEvent[e, default: 0] += 1 } }
  let split = clustersOfEvent.values.filter { $0 > 1 }.count
  say(
    "| articles | MB | events | clusters | mixed clusters | split events | findings | peak open articles | baseline s | cluster s | articles/s | MB/s | cores busy | articles per CPU s | cluster / baseline time |"
  )
  say("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
  say(
    String(
      format: "| %d | %.1f | %d | %d | %d | %d | %d | %d | %.2f | %.2f | %.0f | %.2f | %.2f | %.0f | %.2f× |",
      summary.articles,
      megabytes, options.feedEvents, clusters.count, mixed, split, findings, summary.peakOpenArticles, base, t,
      Double(summary.articles) / t, megabytes / t, cores, Double(summary.articles) / (cores * t), t / base)
      + (sink == 42 ? " " : ""))
  say("")
  say(
    String(
      format:
        "Where the time went: reading lines %.2f s; extracting, signing and checking (in parallel) %.2f s; clustering %.2f s. Cores busy in the baseline: %.2f.",
      summary.readSeconds, summary.parallelSeconds, summary.clusterSeconds, baseCores))
  say("")
  say("CPU seconds of the busiest threads so far: " + threadSummary() + ".")
  say("")
}

// MARK: The memory run's reports on disk

// `--write-corpus DIR`: writes the reports of the memory run (`--sizes`, the largest) as files, each with front
// matter giving its language and publication day as the memory run does, so that the command itself can be
// measured on them: `/usr/bin/time -f '%M KB' factdiff extract --format json DIR > /dev/null`.
if let k = CommandLine.arguments.firstIndex(of: "--write-corpus"), k + 1 < CommandLine.arguments.count {
  let dir = CommandLine.arguments[k + 1]
  try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  let size = options.sizesMB.max() ?? 10
  var files = 0
  var bytes = 0
  var counts: [Language: Int] = [:]
  eachFeedLikeReport(megabytes: size, seed: 9) { language, r, published in
    let n = counts[language, default: 0]
    counts[language] = n + 1
    let number = String(n)
    let name = language.rawValue + String(repeating: "0", count: max(0, 5 - number.count)) + number + ".txt"
    let text = "---\nlanguage: \(language.rawValue)\npublished: \(published)\n---\n" + r
    guard FileManager.default.createFile(atPath: dir + "/" + name, contents: Data(text.utf8)) else {
      say("cannot write \(dir)/\(name)")
      exit(1)
    }
    files += 1
    bytes += text.utf8.count
  }
  say(String(format: "wrote %d reports, %.1f MB, to %@", files, Double(bytes) / 1_000_000, dir))
  say("")
}

// MARK: Peak memory

if options.memory {
  say("## Peak memory")
  say("")
  let before = peakRSSMB()
  let size = options.sizesMB.max() ?? 10
  var sources: [Source] = []
  // Each report made into its source as soon as it is written (`Source(id:text:…)` stores it at its own size), so
  // that the generator's own strings are freed one at a time and reused, not left as a heap of freed memory
  // between the sources' texts: what is resident after loading is the input.
  var counts: [Language: Int] = [:]
  eachFeedLikeReport(megabytes: size, seed: 9) { language, r, published in
    let k = counts[language, default: 0]
    counts[language] = k + 1
    sources.append(
      Source(id: "\(language.rawValue)\(k)", text: r, language: language, published: Published.parse(published)))
  }
  let input = Double(sources.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
  let afterLoad = peakRSSMB()
  say(
    String(
      format: "after loading: peak %.0f MB, resident now %.0f MB", afterLoad, currentRSSMB()))
  if ProcessInfo.processInfo.environment["FACTDIFF_MALLOC_STATS"] != nil { printMallocStats() }
  if CommandLine.arguments.contains("--memory-steps") {
    // The stages of `Pipeline.run` one by one (on every core, as it runs them), with the peak after each (peaks
    // only grow).
    let stats = ProcessInfo.processInfo.environment["FACTDIFF_MALLOC_STATS"] != nil
    func step(_ name: String) -> Double {
      let peak = peakRSSMB()
      say(String(format: "after %@: peak %.0f MB, resident now %.0f MB", name, peak, currentRSSMB()))
      if stats { printMallocStats() }
      return peak
    }
    Pipeline.releaseFreeMemory()  // as `Pipeline.run` does between its stages
    var (docs, summaries) = await Pipeline.analyzeAndAnnotateApart(sources)
    Pipeline.releaseFreeMemory()
    let afterExtract = step("extraction")
    let events = Resolution.resolve(&docs, summaries: &summaries, parallelism: 0)
    Pipeline.releaseFreeMemory()
    let afterResolve = step("resolution")
    let findings = Checker.run(docs, events: events, parallelism: 0)
    let afterCheck = step("checks")
    let facts = FactList(lists: docs.map(\.facts))  // as `Pipeline.run` builds its report: shared, not copied
    let afterReport = peakRSSMB()
    say(
      String(
        format: "input %.1f MB, %d facts (%d bytes per Fact value), %d findings", input, facts.count,
        MemoryLayout<Fact>.stride, findings.count))
    let evidence = findings.reduce(0) { $0 + $1.evidence.count }
    say("evidence capacity \(findings.reduce(0) { $0 + $1.evidence.capacity })")
    let messageBytes = findings.reduce(0) { $0 + $1.message.utf8.count }
    let sourceNames = findings.reduce(0) { $0 + $1.sources.count }
    let longReadings = findings.reduce(0) { $0 + $1.evidence.filter { ($0.reading?.utf8.count ?? 0) > 15 }.count }
    let longIDs = findings.reduce(0) { $0 + $1.evidence.filter { ($0.fact?.utf8.count ?? 0) > 15 }.count }
    say(
      "findings: \(evidence) pieces of evidence (\(MemoryLayout<Evidence>.stride) bytes each), \(longReadings) readings and \(longIDs) fact ids over 15 bytes, messages \(messageBytes) bytes, \(sourceNames) source names; Finding \(MemoryLayout<Finding>.stride) bytes"
    )
    if ProcessInfo.processInfo.environment["FACTDIFF_BIG_FINDINGS"] != nil {
      for f in findings.sorted(by: { $0.message.utf8.count > $1.message.utf8.count }).prefix(6) {
        say(
          "\(f.rule) \(f.scope) evidence \(f.evidence.count) message \(f.message.utf8.count): \(f.message.prefix(400))")
      }
      var byRule: [String: (Int, Int, Int)] = [:]
      for f in findings {
        let c = byRule[f.rule, default: (0, 0, 0)]
        byRule[f.rule] = (c.0 + 1, c.1 + f.evidence.count, c.2 + f.message.utf8.count)
      }
      for (r, c) in byRule.sorted(by: { $0.value.1 > $1.value.1 }) {
        say("rule \(r): \(c.0) findings, \(c.1) evidence, \(c.2) message bytes")
      }
    }
    let heapTexts = facts.filter { $0.text.utf8.count > 15 }.count
    let factBytes = Double(docs.reduce(0) { $0 + $1.facts.capacity } * MemoryLayout<Fact>.stride) / 1_000_000
    say(String(format: "the documents' fact lists hold %.0f MB of Fact values (capacity included)", factBytes))
    var kinds: [FactKind: Int] = [:]
    for f in facts { kinds[f.kind, default: 0] += 1 }
    say(
      "layout: Document \(MemoryLayout<Document>.stride), Source \(MemoryLayout<Source>.stride), SourceLocator \(MemoryLayout<SourceLocator>.stride), ExtractionOptions \(MemoryLayout<ExtractionOptions>.stride), SourceEvents \(MemoryLayout<SourceEvents>.stride), Fact \(MemoryLayout<Fact>.stride), FactValue \(MemoryLayout<FactValue>.stride), Position \(MemoryLayout<Position>.stride), Hedge? \(MemoryLayout<Hedge?>.stride), Interval? \(MemoryLayout<Interval?>.stride), Slot? \(MemoryLayout<Slot?>.stride), PlaceValue \(MemoryLayout<PlaceValue>.stride), PersonValue \(MemoryLayout<PersonValue>.stride); texts over 15 bytes \(heapTexts); kinds \(kinds.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))"
    )
    say(
      String(
        format:
          "peak above the loaded input after extract+events %.0f MB, resolve %.0f MB, check %.0f MB, report's fact list %.0f MB",
        afterExtract - afterLoad, afterResolve - afterLoad, afterCheck - afterLoad, afterReport - afterLoad))
  } else {
    let w0 = now()
    let c0 = cpuSeconds()
    // Handed over as `factdiff` hands over what it read: the run frees the list once the documents hold the sources.
    // Without checks, the run `factdiff extract` makes (`factsOnly`: texts freed as analysed, no event matching).
    let r = await Pipeline.run(
      sources: consume sources, checks: options.memoryWithChecks, factsOnly: !options.memoryWithChecks)
    let wall = now() - w0
    let cores = (cpuSeconds() - c0) / wall
    let facts = r.report.facts.count
    let peak = peakRSSMB()
    say(
      String(
        format: "input %.1f MB; resident before %.0f MB, after loading %.0f MB, peak %.0f MB (%d facts%@)", input,
        before, afterLoad, peak, facts, options.memoryWithChecks ? ", checks run" : ""))
    say(
      String(
        format: "peak in all (the loaded input included): %.0f MB = %.1f× the input size", peak, peak / input))
    say(
      String(
        format: "peak above the loaded input: %.0f MB = %.1f× the input size", peak - afterLoad,
        (peak - afterLoad) / input))
    say(
      String(
        format: "extraction of all of it on %d cores: %.1f s, %.1f MB/s, %.2f cores busy",
        ProcessInfo.processInfo.activeProcessorCount, wall, input / wall, cores))
    say("CPU seconds of the busiest threads: " + threadSummary() + ".")
  }
}
