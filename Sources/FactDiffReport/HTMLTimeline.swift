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

  static let width = 1000.0
  static let labelWidth = 130.0
  static let rightWidth = 230.0
  static let rowHeight = 42.0
  static let top = 28.0
  static var plotWidth: Double { width - labelWidth - rightWidth }

  init(group: HTMLPrinter.Group, report r: Report) {
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
          row.start = Value(seconds: Double(t.seconds), bounds: f.bounds, label: FactReading.time(t))
        case ("end", .time(let t)) where row.end == nil:
          row.end = Value(seconds: Double(t.seconds), bounds: f.bounds, label: FactReading.time(t))
        case (_, .span(let a, let b)):
          if row.start == nil { row.start = Value(seconds: Double(a.seconds), bounds: nil, label: FactReading.time(a)) }
          if row.end == nil { row.end = Value(seconds: Double(b.seconds), bounds: nil, label: FactReading.time(b)) }
        case ("duration", .duration(let s)) where row.duration == nil:
          row.duration = Value(seconds: s, bounds: f.bounds, label: FactReading.duration(s))
        default: break
        }
      }
      // An end before the start is the next day, unless a finding says the report contradicts itself.
      if let s = row.start, var e = row.end, e.seconds < s.seconds, !backwards.contains(id) {
        e.seconds += 86400
        e.bounds = e.bounds.map { Interval(min: $0.min.map { $0 + 86400 }, max: $0.max.map { $0 + 86400 }) }
        row.end = e
      }
      return row
    }
  }

  /// The earliest start any report states: durations of reports that state no start are drawn from it.
  var commonStart: Double? { rows.compactMap { $0.start?.seconds }.min() }

  /// The SVG and its legend, or a sentence saying there is nothing to draw.
  func svg() -> String {
    guard rows.contains(where: { $0.start != nil || $0.end != nil || $0.duration != nil }) else {
      return "<p class=\"quiet\">No report states a start, an end or a duration of the main event.</p>\n"
    }
    let base = commonStart ?? rows.compactMap { $0.end?.seconds }.min().map { e in
      e - (rows.compactMap { $0.duration?.seconds }.max() ?? 0)
    } ?? 0
    let relative = rows.allSatisfy { $0.start == nil && $0.end == nil }
    var values: [Double] = []
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
    values.append(base)
    // Whole hours around the values, with at least ten minutes to spare on each side.
    let lo = relative ? 0 : (((values.min() ?? 0) - 600) / 3600).rounded(.down) * 3600
    var hi = (((values.max() ?? 3600) + 600) / 3600).rounded(.up) * 3600
    if hi - lo < 3600 { hi = lo + 3600 }
    let hours = (hi - lo) / 3600
    let step = hours <= 8 ? 3600.0 : hours <= 16 ? 7200 : hours <= 48 ? 4 * 3600 : 24 * 3600
    let scale = Self.plotWidth / (hi - lo)
    func x(_ t: Double) -> String { svgNumber(Self.labelWidth + (t - lo) * scale) }
    let height = Self.top + Double(rows.count) * Self.rowHeight + 8
    var out = "<figure class=\"timeline\">\n"
    out += "<svg viewBox=\"0 0 \(svgNumber(Self.width)) \(svgNumber(height))\" "
    out += "role=\"img\" aria-labelledby=\"timeline-title-\(number)\">\n"
    out += "<title id=\"timeline-title-\(number)\">When each report says the event began and ended, and how long it says it lasted</title>\n"
    var t = lo
    while t <= hi + 0.5 {
      let label = relative ? "+\(FactReading.duration(t - lo))" : FactReading.clock(t)
      out += "<line class=\"tick\" x1=\"\(x(t))\" y1=\"\(svgNumber(Self.top - 6))\" x2=\"\(x(t))\" y2=\"\(svgNumber(height - 4))\"/>"
      out += "<text class=\"tick-label\" x=\"\(x(t))\" y=\"\(svgNumber(Self.top - 10))\">\(HTMLEscape.text(label))</text>\n"
      t += step
    }
    for (k, row) in rows.enumerated() {
      out += self.row(row, y: Self.top + Double(k) * Self.rowHeight, base: relative ? lo : base, x: x)
    }
    out += "</svg>\n"
    out += """
      <figcaption class="legend"><span class="key key-span"></span>start to end, as stated \
      <span class="key key-duration"></span>stated duration, drawn from the report's start \
      <span class="key key-borrowed"></span>drawn from another report's start \
      <span class="key key-hedge"></span>what hedges and rounding allow \
      <span class="key key-conflict"></span>takes part in a time or duration finding</figcaption>
      </figure>

      """
    return out
  }

  func row(_ row: Row, y: Double, base: Double, x: (Double) -> String) -> String {
    let conflict = !row.conflicts.isEmpty
    var out = "<g class=\"row\(conflict ? " conflict" : "")\">\n"
    if conflict {
      out += "<rect class=\"row-bg\" x=\"0\" y=\"\(svgNumber(y))\" width=\"\(svgNumber(Self.width))\" height=\"\(svgNumber(Self.rowHeight - 2))\"/>\n"
    }
    out += "<text class=\"source\" x=\"6\" y=\"\(svgNumber(y + 24))\">\(HTMLEscape.text(truncate(row.source, 16)))</text>\n"
    for v in [row.start, row.end].compactMap({ $0 }) {
      if let b = v.bounds, let lo = b.min, let hi = b.max, hi > lo {
        out += "<rect class=\"hedge\" x=\"\(x(lo))\" y=\"\(svgNumber(y + 4))\" width=\"\(svgNumber(width(lo, hi, x)))\" height=\"18\"/>\n"
      }
    }
    if let s = row.start, let e = row.end, e.seconds < s.seconds {
      // Ends before it starts: the two points as stated, joined by a dashed line.
      out += "<line class=\"backwards\" x1=\"\(x(e.seconds))\" y1=\"\(svgNumber(y + 13))\" x2=\"\(x(s.seconds))\" y2=\"\(svgNumber(y + 13))\"/>\n"
      for v in [s, e] {
        out += "<rect class=\"point\" x=\"\(x(v.seconds))\" y=\"\(svgNumber(y + 5))\" width=\"3\" height=\"16\">"
        out += "<title>\(HTMLEscape.text(v.label))</title></rect>\n"
      }
    } else if let s = row.start, let e = row.end {
      out += "<rect class=\"span\" x=\"\(x(s.seconds))\" y=\"\(svgNumber(y + 8))\" width=\"\(svgNumber(width(s.seconds, e.seconds, x)))\" height=\"10\">"
      out += "<title>\(HTMLEscape.text("\(s.label)–\(e.label)"))</title></rect>\n"
    } else {
      for v in [row.start, row.end].compactMap({ $0 }) {
        out += "<rect class=\"point\" x=\"\(x(v.seconds))\" y=\"\(svgNumber(y + 5))\" width=\"3\" height=\"16\">"
        out += "<title>\(HTMLEscape.text(v.label))</title></rect>\n"
      }
    }
    if let d = row.duration {
      let from = row.start?.seconds ?? base
      let borrowed = row.start == nil
      out += "<rect class=\"duration\(borrowed ? " borrowed" : "")\" x=\"\(x(from))\" y=\"\(svgNumber(y + 24))\" "
      out += "width=\"\(svgNumber(width(from, from + d.seconds, x)))\" height=\"7\"><title>\(HTMLEscape.text(d.label))</title></rect>\n"
      if let b = d.bounds, let lo = b.min, let hi = b.max, hi > lo {
        out += "<line class=\"whisker\" x1=\"\(x(from + lo))\" y1=\"\(svgNumber(y + 27.5))\" x2=\"\(x(from + hi))\" y2=\"\(svgNumber(y + 27.5))\"/>\n"
      }
    }
    let right = Self.labelWidth + Self.plotWidth + 10
    var says: [String] = []
    switch (row.start, row.end) {
    case let (s?, e?) where e.seconds < s.seconds: says.append("\(s.label)–\(e.label), ends before it starts")
    case let (s?, e?): says.append("\(s.label)–\(e.label)")
    case let (s?, nil): says.append("from \(s.label)")
    case let (nil, e?): says.append("until \(e.label)")
    case (nil, nil): break
    }
    if let d = row.duration { says.append(d.label) }
    if says.isEmpty { says.append("states no time") }
    out += "<text class=\"says\" x=\"\(svgNumber(right))\" y=\"\(svgNumber(y + 17))\">\(HTMLEscape.text(says.joined(separator: " · ")))</text>\n"
    if conflict {
      var dx = right
      for id in row.conflicts {
        let a = HTMLEscape.id(id)
        out += "<a href=\"#\(a)\"><text class=\"flag\" x=\"\(svgNumber(dx))\" y=\"\(svgNumber(y + 33))\">⚠ \(HTMLEscape.text(id))</text></a>\n"
        dx += 46
      }
    }
    out += "</g>\n"
    return out
  }

  func width(_ a: Double, _ b: Double, _ x: (Double) -> String) -> Double {
    max(2, (Double(x(b)) ?? 0) - (Double(x(a)) ?? 0))
  }

  func truncate(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }
}

/// A coordinate with at most one decimal, so the SVG stays small and byte-stable.
func svgNumber(_ v: Double) -> String {
  let r = (v * 10).rounded() / 10
  return r == r.rounded() ? String(Int(r)) : String(r)
}
