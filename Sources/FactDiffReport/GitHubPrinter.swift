import FactDiffModel

/// `--format github`: GitHub Actions workflow commands, one annotation per finding at its first statement
/// (`::error file=…,line=…,col=…,title=…::message`; `::warning`; `::notice` for info).
///
/// The message lists the other statements on their own lines. Data is escaped as the runner expects: `%`, CR and
/// LF everywhere, and `:` and `,` inside properties, so report text can neither end the command nor start another.
public enum GitHubPrinter {
  /// The workflow commands of a report.
  public static func render(_ r: Report) -> String {
    var out = ""
    for f in r.findings {
      let e = f.evidence.first
      var props: [(String, String)] = [("file", e.map(r.path(of:)) ?? f.sources.first.map(r.path(of:)) ?? "")]
      if let e {
        props.append(("line", String(max(1, e.position.line))))
        props.append(("col", String(max(1, e.position.column))))
        if e.position.length > 0 && !e.text.contains(where: \.isNewline) {
          props.append(("endColumn", String(max(1, e.position.column) + e.position.length)))
        }
      }
      props.append(("title", "factdiff \(f.rule) (\(f.id))"))
      var lines = [f.message]
      for e in f.evidence {
        var s = "\(e.source) \(e.position.line):\(e.position.column): “\(e.text)”"
        if let reading = e.reading { s += " reads \(reading)" }
        lines.append(s)
      }
      if let cause = f.likelyCause { lines.append("Likely cause: \(cause)") }
      let message = lines.map(TerminalSafe.clean).joined(separator: "\n")
      let properties = props.map { "\($0.0)=\(property(TerminalSafe.clean($0.1)))" }.joined(separator: ",")
      out += "::\(command(f.severity)) \(properties)::\(data(message))\n"
    }
    return out
  }

  /// The workflow command of a severity.
  static func command(_ s: Severity) -> String {
    switch s {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "notice"
    }
  }

  /// A command's message: `%`, CR and LF escaped.
  public static func data(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// A command's property value: as `data`, and `:` and `,` escaped too.
  public static func property(_ s: String) -> String {
    var out = ""
    for c in data(s).unicodeScalars {
      switch c {
      case ":": out += "%3A"
      case ",": out += "%2C"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }
}
