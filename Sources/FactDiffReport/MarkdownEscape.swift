/// Escaping of report text for Markdown (GitHub Flavored Markdown as pull-request comments render it).
///
/// Report text is untrusted: it must not become HTML, a link, an image, a mention, a table cell boundary or
/// emphasis. Prose is backslash-escaped; statements quoted from reports go into code spans, which GitHub renders
/// as text and never links.
public enum MarkdownEscape {
  /// Marks every character of `s` that Markdown would read as syntax, so it renders as the text itself. Line
  /// breaks become spaces (a finding's text stays in its paragraph or table cell); control characters and bidi
  /// controls become U+FFFD. A scheme's `://`, `www.` and `@` lose their power to autolink, `@name` and `#123` their power to
  /// mention (a WORD JOINER, U+2060, follows `@` and `#`).
  public static func text(_ s: String) -> String {
    let scalars = Array(cleaned(s).unicodeScalars)
    var out = String.UnicodeScalarView()
    for (i, u) in scalars.enumerated() {
      let next = i + 1 < scalars.count ? scalars[i + 1] : nil
      switch u {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$", "!", "{", "}":
        out.append("\\")
        out.append(u)
      case ":" where next == "/":
        out.append("\\")
        out.append(u)
      case "." where i >= 3 && isWWW(scalars, before: i):
        out.append("\\")
        out.append(u)
      case "@":
        out.append("\\")
        out.append(u)
        out.append("\u{2060}")
      case "#" where next.map { $0.properties.numericType != nil } ?? false:
        out.append("\\")
        out.append(u)
        out.append("\u{2060}")
      default:
        out.append(u)
      }
    }
    return String(out)
  }

  /// `s` as an inline code span: a backtick fence longer than any run inside, pipes escaped for tables, line
  /// breaks as spaces.
  public static func code(_ s: String) -> String {
    var body = String.UnicodeScalarView()
    var run = 0
    var longest = 0
    for u in cleaned(s).unicodeScalars {
      if u == "`" {
        run += 1
        longest = max(longest, run)
      } else {
        run = 0
      }
      if u == "|" { body.append("\\") }
      body.append(u)
    }
    var text = String(body)
    if text.isEmpty { text = " " }
    let fence = String(repeating: "`", count: longest + 1)
    let pad = text.hasPrefix("`") || text.hasSuffix("`") || text.hasPrefix(" ") || text.hasSuffix(" ")
    return pad ? "\(fence) \(text) \(fence)" : "\(fence)\(text)\(fence)"
  }

  /// Line breaks as spaces, other control characters and bidi controls as U+FFFD.
  static func cleaned(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      switch u.value {
      case 0x0A, 0x0D, 0x09, 0x2028, 0x2029: out.append(" ")
      case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: out.append("\u{FFFD}")
      default: out.append(u)
      }
    }
    return String(out)
  }

  /// True when the three scalars before `i` spell "www" (any case) at the start of a word.
  static func isWWW(_ s: [Unicode.Scalar], before i: Int) -> Bool {
    for k in (i - 3)..<i where s[k] != "w" && s[k] != "W" { return false }
    if i - 4 >= 0 {
      let p = s[i - 4]
      if p.properties.isAlphabetic || p.properties.numericType != nil { return false }
    }
    return true
  }
}
