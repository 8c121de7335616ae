import FactDiffExtract
import FactDiffModel
import FactDiffResolve

/// Runs every enabled check over resolved documents and returns findings in a stable order.
public enum Checker {
  /// Every check, within-source ones first: cross-source checks skip statements already flagged against their
  /// own report (one root cause, one finding).
  static let checks: [any Check] = [
    SpanVsDuration(), EndBeforeStart(), WeekdayVsDate(), RelativeVsDate(), ZoneConversion(), TotalVsBreakdown(),
    DateMismatch(), TimeMismatch(), DurationMismatch(), PlaceMismatch(), CountMismatch(), RoleMismatch(),
    QuoteAttribution(), AttendanceConflict(), AttendeeOmitted(), HiddenText(),
  ]

  /// The catalogue of rules, in documentation order.
  public static var rules: [RuleInfo] { checks.map { type(of: $0).info } }

  /// Every enabled check over `docs`. `parallelism`: how many threads share the work (0: one per core; 1, the
  /// default: the calling thread alone). The findings do not depend on it: each check's event groups or reports
  /// are split into parts, the parts run on whichever thread is free, and their findings are put together in the
  /// order a single thread would have produced them (check by check, part by part).
  ///
  /// `texts`: where the run set the documents' texts aside, if it did (`ReportTexts`); each part then reads back
  /// the texts of its reports before its check runs, and lets them go after, so that the texts held at once are
  /// those of the parts running (parts of reports are then at most `partOfReports` long).
  public static func run(
    _ docs: [Document], events: EventModel, settings: CheckSettings = CheckSettings(), parallelism: Int = 1,
    texts: (any ReportTexts)? = nil
  ) -> [Finding] {
    var findings: [Finding] = []
    produce(docs, events: events, settings: settings, parallelism: parallelism, texts: texts, keep: { $0 }) {
      findings += $0
    }
    return order(findings)
  }

  /// `run`, with each finding written to `store` as soon as its check makes it (on the thread that made it): what
  /// is held meanwhile is what ordering the findings needs. The findings, their order and their ids are those of
  /// `run`.
  public static func run(
    _ docs: [Document], events: EventModel, settings: CheckSettings = CheckSettings(), parallelism: Int = 1,
    texts: (any ReportTexts)? = nil, store: FindingStore
  ) -> FindingList {
    var keys: [StoredKey] = []
    produce(
      docs, events: events, settings: settings, parallelism: parallelism, texts: texts,
      keep: { out in out.map { StoredKey($0, record: store.add($0)) } }
    ) { keys += $0 }
    return order(keys, store: store)
  }

  /// What ordering a stored finding needs (`order`), and the record it is in.
  struct StoredKey: Sendable {
    var record: Int32
    var fingerprint: UInt64
    var key: SortKey
    var flags: [String]

    init(_ f: Finding, record: Int) {
      self.record = Int32(record)
      fingerprint = f.fingerprintValue
      key = sortKey(f)
      flags = f.flaggedFacts
    }
  }

  /// What findings are sorted by before their messages: the first source, the first statement's offset, the rule.
  typealias SortKey = (source: String, offset: Int, rule: String)

  static func sortKey(_ f: Finding) -> SortKey {
    (f.sources.first ?? "", f.evidence.first?.position.offset ?? 0, f.rule)
  }

  /// The checks' work, with the findings of each check on each part turned by `keep` (on the thread that made them)
  /// and handed to `collect` in the order of one thread: check by check, part by part.
  private static func produce<Out: Sendable>(
    _ docs: [Document], events: EventModel, settings: CheckSettings, parallelism: Int, texts: (any ReportTexts)?,
    keep: @escaping @Sendable ([Finding]) -> [Out], collect: ([Out]) -> Void
  ) where Out: FlagsFacts {
    var context = CheckContext(docs: docs, events: events, tolerance: settings.tolerance, texts: texts)
    let enabled = checks.filter { !settings.disabledRules.contains(type(of: $0).info.id) }
    // Each check's units in consecutive parts (about eight per thread; groups by their reports).
    let width = Parallel.width(parallelism)
    // With the texts set aside, a part's texts are read back and held while it runs: parts of about
    // `partOfReports` reports at most, as for the reports one by one.
    let sizes = context.comparableGroups.map(\.count)
    let groupParts = split(
      sizes,
      into: width == 1 && texts == nil
        ? 1 : max(8 * width, 8, texts == nil ? 0 : sizes.reduce(0, +) / partOfReports + 1))
    var documentParts = Parallel.ranges(docs.count, parallelism: parallelism)
    if texts != nil { documentParts = documentParts.flatMap { stride(ofAtMost: partOfReports, $0) } }
    func parts(_ unit: CheckUnit) -> [Range<Int>] { unit == .groups ? groupParts : documentParts }
    for wave in waves(enabled) {
      // The work in jobs: one check on one part; or, when the texts are set aside, every check of the wave that goes
      // through the same units on one part, so that the part's texts are read back once for all of them. A job
      // names its checks by their place in the wave.
      var jobs: [(checks: [Int], unit: CheckUnit, part: Range<Int>)] = []
      if texts == nil {
        for (c, check) in wave.enumerated() {
          let unit = type(of: check).unit
          jobs += parts(unit).map { ([c], unit, $0) }
        }
      } else {
        for unit in [CheckUnit.groups, .documents] {
          let same = wave.indices.filter { type(of: wave[$0]).unit == unit }
          if !same.isEmpty { jobs += parts(unit).map { (same, unit, $0) } }
        }
      }
      let waveContext = context
      let work = jobs
      let produced = Parallel.map(work.count, parallelism: parallelism) { k in
        let (checks, unit, part) = work[k]
        var partContext = waveContext
        var members: [Int] = []
        if texts != nil {
          members = unit == .groups ? waveContext.members(ofGroups: part) : Array(part)
          partContext = waveContext.reading(members)
        }
        defer { texts?.letGo(members) }
        return checks.map { c in
          let info = type(of: wave[c]).info
          var out = wave[c].run(partContext, part)
          for i in out.indices {
            if let s = settings.severityOverrides[info.id] { out[i].severity = s }
            out[i].sources = Array(Set(out[i].sources)).sorted()
            out[i].shrinkToFit()
          }
          return keep(out)
        }
      }
      // A run whose texts are set aside is a large one: what the wave's parts read back and freed is handed back
      // before the next wave reads its own.
      if texts != nil { FreeMemory.release() }
      // Put together in the order of one thread: check by check, part by part.
      for c in wave.indices {
        for (k, job) in jobs.enumerated() {
          guard let j = job.checks.firstIndex(of: c) else { continue }
          let out = produced[k][j]
          for f in out { for id in f.flaggedFacts { context.flagged.insert(id) } }
          collect(out)
        }
      }
    }
  }

  /// The longest part of reports when the texts are set aside: the texts of two such parts at once are a few MB.
  static let partOfReports = 2048

  /// `range` in consecutive pieces of at most `size`.
  static func stride(ofAtMost size: Int, _ range: Range<Int>) -> [Range<Int>] {
    Swift.stride(from: range.lowerBound, to: range.upperBound, by: size).map {
      $0..<min($0 + size, range.upperBound)
    }
  }

  /// The enabled checks in runs that may go at once: a check sees the facts flagged by the within-source checks
  /// before it (`CheckContext.flagged`), so a wave ends before a cross-source check that follows a within-source
  /// one. With the checks in their order, the within-source ones, then the rest.
  static func waves(_ checks: [any Check]) -> [[any Check]] {
    var out: [[any Check]] = []
    var current: [any Check] = []
    var flags = false
    for check in checks {
      let within = type(of: check).info.scope == .withinSource
      if !within && flags {
        out.append(current)
        current = []
        flags = false
      }
      current.append(check)
      flags = flags || within
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  /// Consecutive ranges of units, each about `1/parts` of the total size (a unit larger than that is a range of
  /// its own): enough parts for threads to share the work evenly, not so many that handing them out costs.
  static func split(_ sizes: [Int], into parts: Int) -> [Range<Int>] {
    let total = sizes.reduce(0, +)
    let target = max(1, total / max(1, parts))
    var out: [Range<Int>] = []
    var start = 0
    var size = 0
    for (k, s) in sizes.enumerated() {
      size += s
      if size >= target {
        out.append(start..<(k + 1))
        start = k + 1
        size = 0
      }
    }
    if start < sizes.count { out.append(start..<sizes.count) }
    return out
  }

  /// Sorts findings (by first evidence position, then rule) and numbers them F1, F2…
  static func order(_ findings: [Finding]) -> [Finding] {
    var seen: Set<UInt64> = []
    var unique: [Finding] = []
    for f in findings where seen.insert(f.fingerprintValue).inserted { unique.append(f) }
    unique.sort { a, b in
      let ka = sortKey(a)
      let kb = sortKey(b)
      return ka != kb ? ka < kb : a.message < b.message
    }
    for k in unique.indices { unique[k].id = "F\(k + 1)" }
    return unique
  }

  /// `order` for stored findings: the same order, the messages read back only to break ties.
  static func order(_ keys: [StoredKey], store: FindingStore) -> FindingList {
    var seen: Set<UInt64> = []
    var unique: [StoredKey] = []
    for k in keys where seen.insert(k.fingerprint).inserted { unique.append(k) }
    unique.sort { a, b in
      a.key != b.key ? a.key < b.key : store.message(Int(a.record)) < store.message(Int(b.record))
    }
    return FindingList(store: store, records: unique.map(\.record))
  }
}

/// What a part's results tell the checks after them: the facts a within-source finding flagged
/// (`CheckContext.flagged`).
protocol FlagsFacts {
  var flaggedFacts: [String] { get }
}

extension Finding: FlagsFacts {
  var flaggedFacts: [String] { scope == .withinSource ? evidence.compactMap(\.fact) : [] }
}

extension Checker.StoredKey: FlagsFacts {
  var flaggedFacts: [String] { flags }
}
/// What the user configured for checks: disabled rules, severity overrides and tolerances.
public struct CheckSettings: Sendable {
  public var disabledRules: Set<String> = []
  public var severityOverrides: [String: Severity] = [:]
  public var tolerance = ToleranceTable()
  public init(
    disabledRules: Set<String> = [], severityOverrides: [String: Severity] = [:],
    tolerance: ToleranceTable = ToleranceTable()
  ) {
    self.disabledRules = disabledRules
    self.severityOverrides = severityOverrides
    self.tolerance = tolerance
  }
}
