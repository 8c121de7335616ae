import FactDiffModel

/// `extract --format text`: one fact a line, `path:line:col: kind value (hedge) "text"`.
public enum FactTextPrinter {
  /// One line per fact, in report order.
  public static func render(_ r: Report) -> String {
    var out = ""
    for f in r.facts {
      var line = "\(r.path(of: f.source)):\(f.position.line):\(f.position.column): \(f.kind.rawValue) "
      line += JSONPrinter.value(f.value).serialized()
      if let h = f.hedge { line += " [\(h.rawValue)]" }
      if let e = f.event { line += " event=\(e)" }
      if let s = f.slot { line += " slot=\(s.name)" }
      line += " \"\(f.text)\""
      out += TerminalSafe.clean(line) + "\n"
    }
    return out
  }
}
