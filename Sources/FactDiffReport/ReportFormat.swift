import FactDiffCheck
import FactDiffModel

/// The output formats of `check`.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// For a terminal: findings grouped by event and slot, side-by-side tables, a summary line.
  case text
  /// `path:line:col: severity: [rule] message`, one finding a line.
  case line
  /// The contract's JSON (schema version 1).
  case json
  /// For people and pull-request comments.
  case markdown
  /// SARIF 2.1.0 for code scanning.
  case sarif
  /// GitHub Actions workflow commands (annotations).
  case github
  /// One self-contained page with timelines and the reports side by side.
  case html

  /// The usual file extension of the format.
  public var fileExtension: String {
    switch self {
    case .text: return "txt"
    case .line: return "lines"
    case .json: return "json"
    case .markdown: return "md"
    case .sarif: return "sarif"
    case .github: return "github"
    case .html: return "html"
    }
  }

  /// True for the formats people read (they state what a baseline hid in their own text).
  public var isForPeople: Bool { self == .text || self == .markdown || self == .html }
}

/// What a printer may need beyond the report.
public struct RenderOptions: Sendable {
  /// Use ANSI colours (the terminal format only).
  public var color: Bool
  /// The reports as read, with their original bytes (the HTML format shows them).
  public var sources: [Source]
  /// The rule catalogue (SARIF `rules[]`).
  public var rules: [RuleInfo]
  /// UTC offsets of clock times, in seconds, by fact id (`span` endpoints as `id/start` and `id/end`): with them
  /// the HTML timeline puts every report on one UTC axis (see `HTMLPrinter.render`).
  public var utcOffsets: [String: Int]

  /// Options for a printer; by default no colour, no source texts, the built-in rules and no zone offsets.
  public init(
    color: Bool = false, sources: [Source] = [], rules: [RuleInfo] = Checker.rules, utcOffsets: [String: Int] = [:]
  ) {
    self.color = color
    self.sources = sources
    self.rules = rules
    self.utcOffsets = utcOffsets
  }
}

/// The one dispatcher in front of the printers. The exit status never depends on the format (see `ExitPolicy`).
public enum ReportRenderer {
  /// The report in a format.
  public static func render(_ r: Report, as format: ReportFormat, options: RenderOptions = RenderOptions()) -> String {
    switch format {
    case .text: return TerminalPrinter.render(r, color: options.color)
    case .line: return LinePrinter.render(r)
    case .json: return JSONPrinter.check(r)
    case .markdown: return MarkdownPrinter.render(r)
    case .sarif: return SARIFPrinter.render(r, rules: options.rules)
    case .github: return GitHubPrinter.render(r)
    case .html: return HTMLPrinter.render(r, sources: options.sources, utcOffsets: options.utcOffsets)
    }
  }

  /// `render(r, as:options:)` handed out in pieces, in order (joined, the same text byte for byte): the text and
  /// JSON formats write as they go, so that a large run's report is never held whole; the others in one piece.
  public static func render(
    _ r: Report, as format: ReportFormat, options: RenderOptions = RenderOptions(), write: (String) -> Void
  ) {
    switch format {
    case .text: TerminalPrinter.render(r, color: options.color, write: write)
    case .json: JSONPrinter.check(r, write: write)
    default: write(render(r, as: format, options: options))
    }
  }
}
