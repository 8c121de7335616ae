/// Escaping of report text for HTML: text content and attribute values alike.
public enum HTMLEscape {
  /// `&`, `<`, `>`, `"` and `'` as character references; control characters (but tab and line feed) and bidi
  /// controls as U+FFFD, so report text can neither open a tag, leave an attribute nor reorder the page.
  public static func text(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        switch u.value {
        case 0x09, 0x0A: out.unicodeScalars.append(u)
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
          out += "\u{FFFD}"
        default: out.unicodeScalars.append(u)
        }
      }
    }
    return out
  }

  /// An id or fragment made only of ASCII letters, digits, `-` and `_` (anything else becomes `_`): ids in the
  /// page are built from factdiff's own names and numbers, never from report text, and this keeps them so.
  public static func id(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case "a"..."z", "A"..."Z", "0"..."9", "-", "_": out.unicodeScalars.append(u)
      default: out += "_"
      }
    }
    return out.isEmpty ? "_" : out
  }
}
