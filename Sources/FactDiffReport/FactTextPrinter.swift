import FactDiffModel

/// `extract --format text`: one fact a line, `path:line:col: kind value (hedge) "text"`.
public enum FactTextPrinter {
  /// One line per fact, in report order.
  public static func render(_ r: Report) -> String {
    var out = ""
    render(r) { out += $0 }
    return out
  }

  /// `render(r)` handed out in pieces of about 64 KB, in order, so that the text is never held whole.
  public static func render(_ r: Report, write: (String) -> Void) {
    // The path of each source id, as `Report.path(of:)` gives it (the first source with the id), looked up once.
    var paths: [String: String] = [:]
    for s in r.sources where paths[s.id] == nil { paths[s.id] = s.path }
    var out = ""
    for f in r.facts {
      var line = "\(paths[f.source] ?? f.source):\(f.position.line):\(f.position.column): \(f.kind.rawValue) "
      line += JSONPrinter.value(f.value).serialized()
      if let h = f.hedge { line += " [\(h.rawValue)]" }
      if let e = f.event { line += " event=\(e)" }
      if let s = f.slot { line += " slot=\(s.name)" }
      line += " \"\(f.text)\""
      out += TerminalSafe.clean(line) + "\n"
      if out.utf8.count >= 1 << 16 {
        write(out)
        out = ""
      }
    }
    if !out.isEmpty { write(out) }
  }
}
