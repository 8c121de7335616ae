import FactDiffModel

/// How a report file is read, chosen by its extension.
public enum SourceFormat: String, Sendable, CaseIterable {
  /// Plain text or Markdown, with optional YAML front matter (`.txt`, `.md`; any unknown extension).
  case text
  /// An HTML page (`.html`, `.htm`): tags stripped, entities decoded, scripts and styles dropped.
  case html
  /// JSON Lines (`.jsonl`): one report per line.
  case jsonl

  /// The extensions a directory is searched for, as listed in messages.
  public static let reportExtensions = ["txt", "md", "html", "htm", "jsonl"]

  /// The format of a file named `path`: by its extension, any case; text when the extension is unknown.
  public init(path: String) {
    switch Self.fileExtension(of: path)?.lowercased() {
    case "html", "htm": self = .html
    case "jsonl": self = .jsonl
    default: self = .text
    }
  }

  /// Names of documentation files a directory read leaves out (compared without extension, in any case): a
  /// folder of reports often carries a README that describes them and is not itself a report.
  public static let documentationNames: Set<String> = ["readme", "license", "changelog"]

  /// True for a name a directory read picks up: a report extension, not hidden, not a README.
  static func isReport(fileName: String) -> Bool {
    guard !fileName.hasPrefix("."), let ext = fileExtension(of: fileName)?.lowercased() else { return false }
    let stem = String(fileName.dropLast(ext.count + 1)).lowercased()
    if documentationNames.contains(stem) { return false }
    return reportExtensions.contains(ext)
  }

  /// The last path component.
  static func fileName(of path: String) -> String {
    var u = Array(path.utf8)
    while u.count > 1, u.last == UInt8(ascii: "/") { u.removeLast() }
    if let slash = u.lastIndex(of: UInt8(ascii: "/")) { u.removeSubrange(0...slash) }
    return String(decoding: u, as: UTF8.self)
  }

  /// The extension of the last path component (after its last dot; none for `.hidden` or `name.`).
  static func fileExtension(of path: String) -> String? {
    let name = Array(fileName(of: path).utf8)
    guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0, dot + 1 < name.count else { return nil }
    return String(decoding: name[(dot + 1)...], as: UTF8.self)
  }

  /// The source id of a file: its name without the extension (`tass-ru.txt` → `tass-ru`).
  public static func sourceID(path: String) -> String {
    let name = fileName(of: path)
    guard let ext = fileExtension(of: path) else { return name }
    let u = Array(name.utf8)
    return String(decoding: u[0..<(u.count - ext.utf8.count - 1)], as: UTF8.self)
  }
}
