import FactDiffModel

/// `--format line`: `path:line:col: severity: [rule] message`, one finding a line, for grep and editors.
public enum LinePrinter {
  /// One line per finding, at the first statement of the finding.
  public static func render(_ r: Report) -> String {
    var out = ""
    for f in r.findings {
      let e = f.evidence.first
      let path = e.map(r.path(of:)) ?? (f.sources.first.map(r.path(of:)) ?? "")
      let line = e?.position.line ?? 1
      let col = e?.position.column ?? 1
      out +=
        "\(TerminalSafe.clean(path)):\(line):\(col): \(f.severity.rawValue): [\(f.rule)] \(TerminalSafe.clean(f.message))\n"
    }
    return out
  }
}

/// Removes what could act on a terminal: control characters, escape sequences, bidi controls.
public enum TerminalSafe {
  /// The string with tabs as spaces and every C0/C1 control character (ESC included) and bidi control as U+FFFD.
  public static func clean(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      switch u.value {
      case 0x09: out.append(" ")
      case 0x00...0x1F, 0x7F...0x9F: out.append("\u{FFFD}")
      case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: out.append("\u{FFFD}")
      default: out.append(u)
      }
    }
    return String(out)
  }
}
