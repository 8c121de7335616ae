import FactDiffModel

/// The SVG timeline of one group of reports: per report, the start–end span it states, the duration it states
/// drawn from its start, the ranges its hedges and rounding allow, and a mark on every report that takes part in a
/// time or duration finding.
struct Timeline {
  /// A stated value with the range its hedge and rounding allow.
  struct Value {
    var seconds: Double
    var bounds: Interval?
    var label: String
    /// For clock times: the zone as written (`local` when none) and the UTC offset, when known.
    var zone: String = ""
    var offset: Int?

    /// A clock time of a fact, with the offset the caller knows for `key`.
    init(_ t: ClockTime, bounds: Interval?, offset: Int?) {
      seconds = Double(t.seconds)
      self.bounds = bounds
      label = FactReading.time(t)
      zone = t.zone?.json ?? "local"
      self.offset = offset
    }

    /// A duration.
    init(duration: Double, bounds: Interval?) {
      seconds = duration
      self.bounds = bounds
      label = FactReading.duration(duration)
    }

    /// The same moment `by` seconds later, bounds included.
    func shifted(by d: Double) -> Value {
      var v = self
      v.seconds += d
      v.bounds = bounds.map { Interval(min: $0.min.map { $0 + d }, max: $0.max.map { $0 + d }) }
      return v
    }
  }

  /// What one report says about the main event's time.
  struct Row {
    var source: String
    var start: Value?
    var end: Value?
    var duration: Value?
    /// Ids of the error and warning findings on time or duration the report takes part in.
    var conflicts: [String] = []
  }

  var rows: [Row]
  var number: Int
  /// True when every time drawn is on UTC (each had a known offset).
  var utc = false
  /// True when the times are drawn as stated but in different zones.
  var mixedZones = false

  static let width = 1000.0
  static let labelWidth = 130.0
  static let rightWidth = 230.0
  static let rowHeight = 42.0
  static let top = 28.0
  static var plotWidth: Double { width - labelWidth - rightWidth }

  init(group: HTMLPrinter.Group, report r: Report, offsets: [String: Int] = [:]) {
    number = group.number
    var conflicts: [String: [String]] = [:]
    for f in group.findings
    where f.severity >= .warning && (f.fact == .time || f.fact == .duration) && (f.event ?? "main") == "main" {
      for s in Set(f.sources + f.evidence.map(\.source)) { conflicts[s, default: []].append(f.id) }
    }
    let backwards = Set(group.findings.filter { $0.rule == "end-before-start" }.flatMap(\.sources))
    rows = group.sources.map { id in
      var row = Row(source: id, conflicts: conflicts[id] ?? [])
      for f in r.facts where f.source == id && f.event == "main" {
        switch (f.slot?.name, f.value) {
        case ("start", .time(let t)) where row.start == nil:
          row.start = Value(t, bounds: f.bounds, offset: offsets[f.id])
        case ("end", .time(let t)) where row.end == nil:
          row.end = Value(t, bounds: f.bounds, offset: offsets[f.id])
        case (_, .span(let a, let b)):
          if row.start == nil { row.start = Value(a, bounds: nil, offset: offsets[f.id + "/start"]) }
          if row.end == nil { row.end = Value(b, bounds: nil, offset: offsets[f.id + "/end"]) }
        case ("duration", .duration(let s)) where row.duration == nil:
          row.duration = Value(duration: s, bounds: f.bounds)
        default: break
        }
      }
      return row
    }
    let times = rows.flatMap { [$0.start, $0.end].compactMap { $0 } }
    utc = !times.isEmpty && times.allSatisfy { $0.offset != nil }
    mixedZones = !utc && Set(times.map(\.zone)).count > 1
    for k in rows.indices {
      if utc {
        rows[k].start = rows[k].start.map { $0.shifted(by: -Double($0.offset!)) }
        rows[k].end = rows[k].end.map { $0.shifted(by: -Double($0.offset!)) }
      }
      // An end before the start is the next day, unless a finding says the report contradicts itself.
      if let s = rows[k].start, let e = rows[k].end, e.seconds < s.seconds, !backwards.contains(rows[k].source) {
        rows[k].end = e.shifted(by: 86400)
      }
    }
  }

  /// The earliest start any report states: durations of reports that state no start are drawn from it.
  var commonStart: Double? { rows.compactMap { $0.start?.seconds }.min() }

  /// True when no report states a clock time: the axis is then elapsed time from 0.
  var relative: Bool { rows.allSatisfy { $0.start == nil && $0.end == nil } }

  /// Where durations without a start of their own begin: the earliest start, else the earliest end less the
  /// longest duration, else 0.
  var base: Double {
    if relative { return 0 }
    if let s = commonStart { return s }
    let end = rows.compactMap { $0.end?.seconds }.min() ?? 0
    return end - (rows.compactMap { $0.duration?.seconds }.max() ?? 0)
  }

  /// The axis: whole hours around every value drawn, with at least ten minutes to spare on each side.
  var axis: (lo: Double, hi: Double, step: Double) {
    var values = [base]
    for row in rows {
      for v in [row.start, row.end].compactMap({ $0 }) {
        values.append(v.seconds)
        if let b = v.bounds { values += [b.min, b.max].compactMap { $0 } }
      }
      if let d = row.duration {
        let from = row.start?.seconds ?? base
        values.append(from + d.seconds)
        if let m = d.bounds?.max { values.append(from + m) }
      }
    }
    let lo = relative ? 0 : ((values.min()! - 600) / 3600).rounded(.down) * 3600
    let hi = max(lo + 3600, ((values.max()! + 600) / 3600).rounded(.up) * 3600)
    let hours = (hi - lo) / 3600
    var step: Double = hours <= 8 ? 3600 : hours <= 16 ? 7200 : hours <= 48 ? 4 * 3600 : 24 * 3600
    // At most about 24 ticks, however long a stated duration is ("1000000000000 hours" is report text too).
    if hi - lo > 24 * step { step = ((hi - lo) / 24 / 86400).rounded(.up) * 86400 }
    return (lo, hi, step)
  }
}

/// A coordinate with at most one decimal, so the SVG stays small and byte-stable.
func svgNumber(_ v: Double) -> String {
  let r = (v * 10).rounded() / 10
  return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(r)
}
