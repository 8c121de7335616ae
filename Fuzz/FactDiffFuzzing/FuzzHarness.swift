import FactDiff

/// One fuzzing input run through factdiff end to end: reading (every format), extraction, resolution, checks and
/// every printer, with factdiff's guarantees checked on the way (Docs/Security.md).
///
/// The libFuzzer target (`Fuzz/FactDiffFuzz`, built by `scripts/fuzz.sh`) calls `run` for each input; the hostile
/// tests call it for every input the fuzzer ever crashed on and for the seed corpus, so the harness itself is
/// built and tested in every ordinary build.
///
/// An input is read as follows. The first byte picks, two bits per source, the format of up to four sources; the
/// rest is split at each record separator byte (0x1E) into the sources' bytes (a fifth chunk and beyond joins the
/// fourth). An ordinary English report, the companion, is always read along with them, so that the checks have
/// something to compare and so that "no other source lost" can be verified.
///
/// A broken guarantee is a `fatalError` naming it (`run`), which libFuzzer records as a crash like any trap; tests
/// call `problems` and get the list instead.
public enum FuzzHarness {
  /// The file names the format bits stand for: plain text, Markdown, HTML, JSON Lines.
  public static let formats = ["txt", "md", "html", "jsonl"]

  /// The byte between sources in an input.
  public static let separator: UInt8 = 0x1E

  /// The size limit the harness reads with (inputs are far smaller; it exercises the limit check).
  public static let maxBytes = 1 << 20

  /// The ordinary report read with every input.
  public static let companion = """
    ---
    outlet: Companion Wire
    language: en
    published: 2025-02-27
    ---
    ISTANBUL, Feb 27 — Russian and Ukrainian delegations met in Istanbul on Thursday for talks that lasted \
    six and a half hours, from 10:00 to 16:20, Turkish Foreign Minister Hakan Fidan said.

    Dmitry Peskov, the Kremlin spokesman, said 12 people took part. “We agreed to meet again,” Peskov told reporters.
    """

  /// The companion's path (and id `companion`).
  public static let companionPath = "companion.txt"

  /// The companion's facts when it is read alone: kind and text range of each. Reading other sources with it must
  /// not change them.
  public static let companionFacts: [String] = {
    let source = companionSource()
    return Extraction.analyze(source).facts.map(factKey)
  }()

  static func companionSource() -> Source {
    let read = SourceReader().source(bytes: Array(companion.utf8), path: companionPath)
    guard let s = read.sources.first, read.sources.count == 1, read.errors.isEmpty else {
      fatalError("the companion report cannot be read: \(read.errors)")
    }
    return s
  }

  static func factKey(_ f: Fact) -> String { "\(f.kind.rawValue)@\(f.range.start)..<\(f.range.end)" }

  /// The sources of an input: (path, bytes) for each, the companion not included.
  public static func split(_ input: [UInt8]) -> [(path: String, bytes: [UInt8])] {
    guard let selector = input.first else { return [] }
    var chunks: [[UInt8]] = [[]]
    for b in input.dropFirst() {
      if b == separator && chunks.count < 4 {
        chunks.append([])
      } else {
        chunks[chunks.count - 1].append(b)
      }
    }
    return chunks.enumerated().map { k, bytes in
      let format = formats[Int(selector >> (2 * UInt8(k))) & 3]
      return ("fuzz\(k).\(format)", bytes)
    }
  }

  /// The input that `split` turns back into these sources (for building a seed corpus).
  public static func join(_ sources: [(format: String, bytes: [UInt8])]) -> [UInt8] {
    precondition(!sources.isEmpty && sources.count <= 4, "one to four sources")
    var selector: UInt8 = 0
    var body: [UInt8] = []
    for (k, s) in sources.enumerated() {
      selector |= UInt8(formats.firstIndex(of: s.format) ?? 0) << (2 * UInt8(k))
      if k > 0 { body.append(separator) }
      body += s.bytes
    }
    return [selector] + body
  }

  /// Runs one input; traps (`fatalError`) when a guarantee breaks, so that libFuzzer keeps the input.
  public static func run(_ input: [UInt8]) {
    let found = problems(input)
    if let first = found.first { fatalError(first) }
  }

  /// Runs one input and returns the guarantees it breaks (empty when none). A crash inside factdiff still
  /// crashes: that is what the fuzzer looks for.
  public static func problems(_ input: [UInt8]) -> [String] {
    var found: [String] = []
    let reader = SourceReader(options: ReadOptions(maxBytes: maxBytes))
    var sources: [Source] = []
    var errors: [SourceError] = []
    for (path, bytes) in split(input) {
      let read = reader.source(bytes: bytes, path: path)
      // No source silently dropped: a text or HTML file is one source or one error; a JSONL file is at least one.
      let isJSONL = path.hasSuffix(".jsonl")
      let n = read.sources.count + read.errors.count
      if isJSONL ? n < 1 : n != 1 {
        found.append("\(path): \(read.sources.count) sources and \(read.errors.count) errors")
      }
      for e in read.errors where e.path != path { found.append("an error names \(e.path), not \(path)") }
      for e in read.errors where e.description.contains("\n") { found.append("a multi-line error: \(e)") }
      sources += read.sources
      errors += read.errors
    }
    sources.append(companionSource())
    sources = uniquingIDs(sources)

    var docs = sources.map { Extraction.analyze($0) }
    for doc in docs { found += factProblems(doc) }
    if docs[docs.count - 1].facts.map(factKey) != companionFacts {
      found.append("the companion's facts changed when read with other sources")
    }
    let events = Resolution.resolve(&docs, aliases: [])
    let findings = Checker.run(docs, events: events)
    var report = Report(
      sources: sources.map { .init(id: $0.id, path: $0.path, language: $0.language, outlet: $0.outlet) },
      facts: docs.flatMap(\.facts), findings: findings, groups: events.groups)
    report.errors = errors
    if docs[docs.count - 1].facts.count != companionFacts.count {
      found.append("resolution changed the companion's facts")
    }

    // SARIF lists the rules the findings use: the whole catalogue is the same text on every run, and printing and
    // parsing it would take most of the time.
    let used = Set(findings.map(\.rule))
    let options = RenderOptions(sources: sources, rules: Checker.rules.filter { used.contains($0.id) })
    for format in ReportFormat.allCases {
      let out = ReportRenderer.render(report, as: format, options: options)
      if let p = OutputSafety.problem(in: out, format: format) { found.append("--format \(format.rawValue): \(p)") }
    }
    if let p = OutputSafety.problem(in: JSONPrinter.extract(report), format: .json) { found.append("extract: \(p)") }
    if let p = OutputSafety.problem(in: FactTextPrinter.render(report), format: .line) {
      found.append("extract --format text: \(p)")
    }
    return found
  }

  /// Every fact lies within its source's text and has a position in the file.
  static func factProblems(_ doc: Document) -> [String] {
    var found: [String] = []
    let count = doc.source.text.utf8.count
    for f in doc.facts {
      if f.range.start < 0 || f.range.start > f.range.end || f.range.end > count {
        found.append("fact \(f.id) has range \(f.range.start)..<\(f.range.end) outside 0..<\(count)")
      }
      if f.position.line < 1 || f.position.column < 1 || f.position.offset < 0 || f.position.length < 0 {
        found.append("fact \(f.id) has position \(f.position)")
      }
    }
    return found
  }

  /// Ids made unique as `SourceReader.read(paths:)` makes them (`~2`, `~3` …).
  static func uniquingIDs(_ sources: [Source]) -> [Source] {
    var used: Set<String> = []
    var out = sources
    for k in out.indices {
      let id = out[k].id
      if used.insert(id).inserted { continue }
      var n = 2
      while used.contains("\(id)~\(n)") || sources.contains(where: { $0.id == "\(id)~\(n)" }) { n += 1 }
      out[k].id = "\(id)~\(n)"
      used.insert(out[k].id)
    }
    return out
  }
}

/// What no output may contain, whatever the reports say (Docs/Security.md, "Output").
public enum OutputSafety {
  /// The first rule `output` breaks, or nil:
  /// - text, line, github: no control character but line feed (no ESC, CR, backspace, BEL), no bidi control;
  /// - github: every line is one workflow command (`::error `, `::warning ` or `::notice `);
  /// - json, sarif: valid JSON;
  /// - markdown: no control character but line feed, no bidi control;
  /// - html: no control character but line feed and tab, no bidi control.
  public static func problem(in output: String, format: ReportFormat) -> String? {
    switch format {
    case .json, .sarif:
      do {
        _ = try JSONParser.parse(output)
      } catch {
        return "invalid JSON: \(error)"
      }
      return nil
    case .text, .line, .github:
      if let bad = firstControl(in: output, allowing: [0x0A]) { return bad }
      if format == .github {
        for line in output.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
          guard line.hasPrefix("::error ") || line.hasPrefix("::warning ") || line.hasPrefix("::notice ") else {
            return "a line that is not a workflow command: \(line.prefix(80))"
          }
        }
      }
      return nil
    case .markdown:
      return firstControl(in: output, allowing: [0x0A])
    case .html:
      return firstControl(in: output, allowing: [0x0A, 0x09])
    }
  }

  /// A description of the first C0/C1 control (other than `allowing`) or bidi control in `s`.
  public static func firstControl(in s: String, allowing: Set<UInt32>) -> String? {
    for (k, u) in s.unicodeScalars.enumerated() {
      let v = u.value
      let bad: Bool
      switch v {
      case 0x00...0x1F, 0x7F...0x9F: bad = !allowing.contains(v)
      case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: bad = true
      default: bad = false
      }
      if bad { return "control U+\(String(v, radix: 16, uppercase: true)) at scalar \(k)" }
    }
    return nil
  }
}
