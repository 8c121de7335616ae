import FactDiffModel

/// One report as it is on disk, with its facts highlighted and linked to the findings they take part in.
///
/// Positions are scalar offsets into the original file (`Position.offset`), so the pane shows the original bytes:
/// front matter included, and for a JSONL line or an HTML report the raw lines that hold the text. Invisible and
/// bidi control characters are shown as visible `U+XXXX` marks.
struct ReportPane {
  /// A stretch of the file to highlight: a fact, or a statement a finding points at.
  struct Mark {
    var offset: Int
    var length: Int
    /// The fact's kind, when the stretch is a fact.
    var kind: FactKind?
    var title: String
    /// The findings the stretch takes part in, and the worst of their severities.
    var findings: [String] = []
    var severity: Severity?

    /// The CSS classes: `fact kind-time`, `statement`, `conflict sev-error`.
    var classes: String {
      var c = kind.map { ["fact", "kind-\($0.rawValue)"] } ?? ["statement"]
      if let severity { c += ["conflict", "sev-\(severity.rawValue)"] }
      return c.joined(separator: " ")
    }
  }

  var index: Int
  var info: Report.SourceInfo?
  var id: String
  var text: Source?
  var marks: [Mark]

  init(source id: String, report r: Report, text: Source?) {
    self.id = id
    self.text = text
    index = r.sources.firstIndex { $0.id == id } ?? -1
    info = index >= 0 ? r.sources[index] : nil
    var byRange: [Int: [Int: Mark]] = [:]
    for f in r.facts where f.source == id && f.position.length > 0 {
      var title = "\(f.kind.rawValue): \(FactReading.describe(f))"
      if let h = f.hedge { title += " (\(h.rawValue))" }
      if let e = f.event, let s = f.slot { title += " · \(e) \(s.name)" }
      title += " · \(f.position.line):\(f.position.column)"
      byRange[f.position.offset, default: [:]][f.position.length] = Mark(
        offset: f.position.offset, length: f.position.length, kind: f.kind, title: title)
    }
    for f in r.findings {
      for e in f.evidence where e.source == id && e.position.length > 0 {
        let p = e.position
        var m =
          byRange[p.offset]?[p.length]
          ?? Mark(offset: p.offset, length: p.length, kind: nil, title: "\(p.line):\(p.column)")
        if !m.findings.contains(f.id) { m.findings.append(f.id) }
        m.severity = max(m.severity ?? f.severity, f.severity)
        byRange[p.offset, default: [:]][p.length] = m
      }
    }
    marks = byRange.values.flatMap(\.values).sorted { a, b in
      a.offset != b.offset ? a.offset < b.offset : a.length > b.length
    }
  }

  func html() -> String {
    var out = "<article class=\"report\" id=\"report-\(max(0, index))\">\n"
    out += "<h4>\(HTMLEscape.text(id))</h4>\n"
    if let info {
      var meta = [info.outlet, info.language.rawValue, info.path].compactMap { $0 }
      meta = meta.map(HTMLEscape.text)
      out += "<p class=\"meta\">\(meta.joined(separator: " · "))</p>\n"
    }
    if let text {
      out += "<pre class=\"text\">" + body(text) + "</pre>\n"
    } else {
      out += "<p class=\"quiet\">The text of this report is not available.</p>\n"
    }
    out += "</article>\n"
    return out
  }

  /// The lines of the original file that hold the source's text (the whole file for a plain report), as byte
  /// range and scalar offset of its start.
  static func slice(_ s: Source) -> (Range<Int>, Int) {
    let a = s.locator.originalOffset(0)
    let b = s.locator.originalOffset(s.text.utf8.count)
    let range = s.locator.withOriginal { bytes in
      var start = min(a, bytes.count)
      while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
      var end = max(start, min(b, bytes.count))
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      return start..<end
    }
    return (range, s.locator.lineColumn(originalOffset: range.lowerBound).scalarOffset)
  }

  /// The escaped text with the marks opened and closed at their scalar offsets; a mark that would cross another
  /// is left out, so the markup always nests.
  func body(_ s: Source) -> String {
    let (range, first) = Self.slice(s)
    let text = s.locator.withOriginal { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    var out = ""
    var open: [Mark] = []
    var next = 0
    var offset = first
    func close(upTo o: Int) {
      while let top = open.last, top.offset + top.length <= o {
        out += "</mark>"
        if !top.findings.isEmpty {
          out += "<sup class=\"refs\">"
          out += top.findings.map { "<a href=\"#\(HTMLEscape.id($0))\">\(HTMLEscape.text($0))</a>" }.joined(
            separator: " ")
          out += "</sup>"
        }
        open.removeLast()
      }
    }
    for u in text.unicodeScalars {
      close(upTo: offset)
      while next < marks.count, marks[next].offset <= offset {
        let m = marks[next]
        next += 1
        guard m.offset == offset else { continue }
        if let top = open.last, m.offset + m.length > top.offset + top.length { continue }
        let anchor = HTMLPrinter.anchor(source: max(0, index), offset: m.offset, length: m.length)
        out += "<mark id=\"\(anchor)\" class=\"\(m.classes)\" title=\"\(HTMLEscape.text(m.title))\">"
        open.append(m)
      }
      out += Self.scalar(u)
      offset += 1
    }
    close(upTo: Int.max)
    return out
  }

  /// One scalar of report text as HTML: escaped, and hidden characters made visible.
  static func scalar(_ u: Unicode.Scalar) -> String {
    switch u.value {
    case 0x0D: return ""
    case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xE0000...0xE007F:
      let hex = String(u.value, radix: 16, uppercase: true)
      let name = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      return "<span class=\"hidden-char\" title=\"invisible character \(name)\">\(name)</span>"
    default:
      return HTMLEscape.text(String(u))
    }
  }
}
