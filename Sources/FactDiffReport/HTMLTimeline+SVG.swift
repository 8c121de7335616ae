extension Timeline {
  /// The SVG and its legend, or a sentence saying there is nothing to draw.
  func svg() -> String {
    guard rows.contains(where: { $0.start != nil || $0.end != nil || $0.duration != nil }) else {
      return "<p class=\"quiet\">No report states a start, an end or a duration of the main event.</p>\n"
    }
    let (lo, hi, step) = axis
    let note =
      utc
      ? "<br>Times are drawn in UTC; each report's own words are on the right."
      : mixedZones
        ? "<br>Times are drawn as each report states them, in different zones (the right column names them)." : ""
    let scale = Self.plotWidth / (hi - lo)
    let plot = Plot(x: { Self.labelWidth + ($0 - lo) * scale })
    let height = Self.top + Double(rows.count) * Self.rowHeight + 8
    var out = "<figure class=\"timeline\">\n"
    out += "<svg viewBox=\"0 0 \(svgNumber(Self.width)) \(svgNumber(height))\" role=\"img\" "
    out += "aria-labelledby=\"timeline-title-\(number)\">\n"
    out += "<title id=\"timeline-title-\(number)\">When each report says the event began and ended, "
    out += "and how long it says it lasted</title>\n"
    var t = lo
    while t <= hi + 0.5 {
      var label = relative ? "+\(FactReading.duration(t - lo))" : FactReading.clock(t)
      if utc && t == lo { label += " UTC" }
      out += element(
        "line", [("class", "tick"), ("x1", plot.x(t)), ("y1", Self.top - 6), ("x2", plot.x(t)), ("y2", height - 4)])
      out += element("text", [("class", "tick-label"), ("x", plot.x(t)), ("y", Self.top - 10)], text: label)
      t += step
    }
    for (k, row) in rows.enumerated() {
      out += self.row(row, y: Self.top + Double(k) * Self.rowHeight, plot: plot)
    }
    out += "</svg>\n"
    out += """
      <figcaption class="legend"><span class="key key-span"></span>start to end, as stated \
      <span class="key key-duration"></span>stated duration, drawn from the report's start \
      <span class="key key-borrowed"></span>drawn from another report's start \
      <span class="key key-hedge"></span>what hedges and rounding allow \
      <span class="key key-conflict"></span>takes part in a time or duration finding\(note)</figcaption>
      </figure>

      """
    return out
  }

  /// Seconds to x coordinates.
  struct Plot {
    var x: (Double) -> Double

    /// The width between two times, at least 2 so that a zero-length bar still shows.
    func width(_ a: Double, _ b: Double) -> Double { max(2, x(b) - x(a)) }
  }

  /// One report's row: its name, hedge bands, span or points, duration bar and whisker, what it says, and links
  /// to the findings it takes part in.
  func row(_ row: Row, y: Double, plot: Plot) -> String {
    let conflict = !row.conflicts.isEmpty
    var out = "<g class=\"row\(conflict ? " conflict" : "")\">\n"
    if conflict {
      out += element(
        "rect", [("class", "row-bg"), ("x", 0), ("y", y), ("width", Self.width), ("height", Self.rowHeight - 2)])
    }
    out += element("text", [("class", "source"), ("x", 6), ("y", y + 24)], text: truncate(row.source, 16))
    for v in [row.start, row.end].compactMap({ $0 }) {
      guard let b = v.bounds, let lo = b.min, let hi = b.max, hi > lo else { continue }
      out += element(
        "rect", [("class", "hedge"), ("x", plot.x(lo)), ("y", y + 4), ("width", plot.width(lo, hi)), ("height", 18)])
    }
    func point(_ v: Value) -> String {
      element(
        "rect", [("class", "point"), ("x", plot.x(v.seconds)), ("y", y + 5), ("width", 3), ("height", 16)],
        title: v.label)
    }
    if let s = row.start, let e = row.end, e.seconds < s.seconds {
      // Ends before it starts: the two points as stated, joined by a dashed line.
      out += element(
        "line",
        [("class", "backwards"), ("x1", plot.x(e.seconds)), ("y1", y + 13), ("x2", plot.x(s.seconds)), ("y2", y + 13)])
      out += point(s) + point(e)
    } else if let s = row.start, let e = row.end {
      let attributes: [(String, Any)] = [
        ("class", "span"), ("x", plot.x(s.seconds)), ("y", y + 8), ("width", plot.width(s.seconds, e.seconds)),
        ("height", 10),
      ]
      out += element("rect", attributes, title: "\(s.label)–\(e.label)")
    } else {
      for v in [row.start, row.end].compactMap({ $0 }) { out += point(v) }
    }
    if let d = row.duration {
      let from = row.start?.seconds ?? base
      let attributes: [(String, Any)] = [
        ("class", row.start == nil ? "duration borrowed" : "duration"), ("x", plot.x(from)), ("y", y + 24),
        ("width", plot.width(from, from + d.seconds)), ("height", 7),
      ]
      out += element("rect", attributes, title: d.label)
      if let b = d.bounds, let lo = b.min, let hi = b.max, hi > lo {
        out += element(
          "line",
          [
            ("class", "whisker"), ("x1", plot.x(from + lo)), ("y1", y + 27.5), ("x2", plot.x(from + hi)),
            ("y2", y + 27.5),
          ])
      }
    }
    let right = Self.labelWidth + Self.plotWidth + 10
    out += element("text", [("class", "says"), ("x", right), ("y", y + 17)], text: says(row))
    for (k, id) in row.conflicts.enumerated() {
      let flag = element("text", [("class", "flag"), ("x", right + Double(k) * 46), ("y", y + 33)], text: "⚠ \(id)")
      out += "<a href=\"#\(HTMLEscape.id(id))\">\(flag.dropLast())</a>\n"
    }
    out += "</g>\n"
    return out
  }

  /// What a report says, in a few words: "10:00–14:40 · 5 h 30 min".
  func says(_ row: Row) -> String {
    var says: [String] = []
    switch (row.start, row.end) {
    case let (s?, e?) where e.seconds < s.seconds: says.append("\(s.label)–\(e.label), ends before it starts")
    case let (s?, e?): says.append("\(s.label)–\(e.label)")
    case let (s?, nil): says.append("from \(s.label)")
    case let (nil, e?): says.append("until \(e.label)")
    case (nil, nil): break
    }
    if let d = row.duration { says.append(d.label) }
    return says.isEmpty ? "states no time" : says.joined(separator: " · ")
  }

  /// An SVG element on its own line: numbers as coordinates, every other value escaped; `text` as its content,
  /// or `title` as a tooltip.
  func element(_ name: String, _ attributes: [(String, Any)], text: String? = nil, title: String? = nil) -> String {
    var out = "<\(name)"
    for (key, value) in attributes {
      let v = (value as? Double).map(svgNumber) ?? (value as? Int).map { String($0) } ?? HTMLEscape.text("\(value)")
      out += " \(key)=\"\(v)\""
    }
    if let text { return out + ">\(HTMLEscape.text(text))</\(name)>\n" }
    if let title { return out + "><title>\(HTMLEscape.text(title))</title></\(name)>\n" }
    return out + "/>\n"
  }

  func truncate(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }
}
