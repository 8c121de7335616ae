/// The text of an HTML page, with anchors back to the page's bytes.
///
/// A forgiving single pass, linear in the input whatever it holds (unclosed tags, stray `<`, unterminated comments
/// or quotes, deep nesting): tags are removed; the contents of `script`, `style`, `noscript`, `template`, `title`
/// and the like are dropped with comments; character references are decoded; white space is collapsed as a
/// browser would; block tags become line breaks, with a blank line after paragraphs and headings.
struct HTMLText {
  private let b: [UInt8]
  private let end: Int
  private var out: AnchoredText
  private var pendingBreak = 0
  private var breakAt = 0
  private var pendingSpace = false
  private var spaceAt = 0
  private var preDepth = 0
  /// Once a search for a quote or `>` has reached the end, later searches need not look again.
  private var misses: [UInt8: Int] = [:]
  /// Likewise for the end tags of skipped elements, by name.
  private var unclosed: [String: Int] = [:]

  /// The text and anchors of the HTML in `bytes[range]`.
  static func extract(_ bytes: [UInt8], _ range: Range<Int>) -> AnchoredText {
    var p = HTMLText(bytes: bytes, range: range)
    p.run(from: range.lowerBound)
    return p.out
  }

  private init(bytes: [UInt8], range: Range<Int>) {
    b = bytes
    end = range.upperBound
    out = AnchoredText(reservingCapacity: range.count)
  }

  private mutating func run(from start: Int) {
    var i = start
    while i < end {
      let c = b[i]
      if c == UInt8(ascii: "<") {
        i = markup(at: i)
      } else if c == UInt8(ascii: "&"), let (scalar, next) = HTMLEntities.decode(b, at: i, end: end) {
        if scalar < 0x80, Self.isSpace(UInt8(scalar)), preDepth == 0 {
          space(at: i)
        } else {
          flush()
          out.generate(scalar: scalar, for: i..<next)
        }
        i = next
      } else if Self.isSpace(c) && preDepth == 0 {
        space(at: i)
        i += 1
      } else {
        flush()
        out.copy(c, from: i)
        i += 1
      }
    }
  }

  private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }

  private static func isLetter(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }

  private mutating func space(at i: Int) {
    if !pendingSpace {
      pendingSpace = true
      spaceAt = i
    }
  }

  private mutating func lineBreak(_ level: Int, at i: Int) {
    if pendingBreak < level {
      pendingBreak = level
      breakAt = i
    }
  }

  /// Writes the pending space or line breaks before visible text (none at the very start).
  private mutating func flush() {
    if !out.bytes.isEmpty {
      if pendingBreak > 0 {
        out.generate(Array(repeating: 0x0A, count: pendingBreak), for: breakAt..<(breakAt + 1))
      } else if pendingSpace {
        out.generate([0x20], for: spaceAt..<(spaceAt + 1))
      }
    }
    pendingBreak = 0
    pendingSpace = false
  }

  /// Handles the markup starting with `<` at `i`; returns where text resumes.
  private mutating func markup(at i: Int) -> Int {
    let n = i + 1
    guard n < end else {
      flush()
      out.copy(b[i], from: i)
      return n
    }
    let c = b[n]
    if c == UInt8(ascii: "!") {
      if n + 2 < end, b[n + 1] == UInt8(ascii: "-"), b[n + 2] == UInt8(ascii: "-") {
        return commentEnd(from: n + 3)
      }
      return afterGreater(from: n)
    }
    if c == UInt8(ascii: "?") { return afterGreater(from: n) }
    if c == UInt8(ascii: "/") {
      guard n + 1 < end, Self.isLetter(b[n + 1]) else { return afterGreater(from: n) }
      let (name, j) = tagName(from: n + 1)
      endTag(name, at: i)
      return afterGreater(from: j)
    }
    guard Self.isLetter(c) else {
      flush()
      out.copy(b[i], from: i)
      return n
    }
    let (name, j) = tagName(from: n)
    let (next, selfClosing) = tagEnd(from: j)
    startTag(name, at: i)
    if !selfClosing, let mode = Self.skipped[name], next < end {
      return skipContents(of: name, from: next, toEndWhenUnclosed: mode)
    }
    return next
  }

  /// Elements whose contents are not report text; true when an unclosed one swallows the rest of the page. A
  /// page's navigation and its asides ("Read also" boxes of related links, whose headlines carry other events'
  /// figures) are not the report either.
  private static let skipped: [String: Bool] = [
    "script": true, "style": true, "noscript": false, "template": false, "title": false, "textarea": false,
    "iframe": false, "noembed": false, "noframes": false, "xmp": false, "svg": false, "math": false,
    "object": false, "select": false, "nav": false, "aside": false,
  ]

  private static let paragraphTags: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "blockquote", "section", "article", "header", "footer", "nav",
    "aside", "main", "pre", "figure", "hr", "table", "ul", "ol", "dl", "address", "form", "fieldset", "details",
    "center", "hgroup", "listing", "dialog", "menu",
  ]

  private static let lineTags: Set<String> = [
    "li", "dt", "dd", "tr", "figcaption", "caption", "summary", "legend", "option", "thead", "tbody", "tfoot",
    "body", "html", "head",
  ]

  private mutating func startTag(_ name: String, at i: Int) {
    if name == "br" {
      pendingBreak = min(2, pendingBreak + 1)
      if pendingBreak == 1 { breakAt = i }
    } else {
      blockEffect(name, at: i)
    }
    if name == "pre" || name == "listing" { preDepth += 1 }
  }

  private mutating func endTag(_ name: String, at i: Int) {
    blockEffect(name, at: i)
    if (name == "pre" || name == "listing") && preDepth > 0 { preDepth -= 1 }
  }

  private mutating func blockEffect(_ name: String, at i: Int) {
    if Self.paragraphTags.contains(name) {
      lineBreak(2, at: i)
    } else if Self.lineTags.contains(name) {
      lineBreak(1, at: i)
    } else if name == "td" || name == "th" {
      space(at: i)
    }
  }

  /// The lower-cased tag name starting at `i`, and where it ends.
  private func tagName(from i: Int) -> (String, Int) {
    var j = i
    while j < end, j - i < 64 {
      let c = b[j]
      guard Self.isLetter(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: ":")
      else { break }
      j += 1
    }
    let name = String(decoding: b[i..<j].map { Self.isLetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    return (name, j)
  }

  /// Skips a start tag's attributes: returns the offset after its `>` and whether it ends with `/>`. A quoted
  /// attribute value may hold `>`; an unterminated quote falls back to the first `>` after it.
  private mutating func tagEnd(from start: Int) -> (Int, Bool) {
    var j = start
    var last: UInt8 = 0
    while j < end {
      let c = b[j]
      if c == UInt8(ascii: ">") { return (j + 1, last == UInt8(ascii: "/")) }
      if (c == UInt8(ascii: "\"") || c == UInt8(ascii: "'")) && last == UInt8(ascii: "=") {
        if let close = find(c, from: j + 1) {
          j = close + 1
          last = c
          continue
        }
        return (afterGreater(from: j + 1), false)
      }
      if !Self.isSpace(c) { last = c }
      j += 1
    }
    return (end, false)
  }

  /// The offset of the next byte `c` at or after `i`, remembering a miss so that no later search repeats it.
  private mutating func find(_ c: UInt8, from i: Int) -> Int? {
    if let miss = misses[c], i >= miss { return nil }
    var j = i
    while j < end {
      if b[j] == c { return j }
      j += 1
    }
    misses[c] = i
    return nil
  }

  /// The offset after the next `>` (the end when there is none: the rest is inside the tag).
  private mutating func afterGreater(from i: Int) -> Int {
    find(UInt8(ascii: ">"), from: i).map { $0 + 1 } ?? end
  }

  /// The offset after the `-->` closing a comment whose body starts at `i` (the end when unterminated).
  private func commentEnd(from i: Int) -> Int {
    if i < end, b[i] == UInt8(ascii: ">") { return i + 1 }  // <!-->
    if i + 1 < end, b[i] == UInt8(ascii: "-"), b[i + 1] == UInt8(ascii: ">") { return i + 2 }  // <!--->
    var j = i
    while j + 2 < end {
      if b[j] == UInt8(ascii: "-"), b[j + 1] == UInt8(ascii: "-"), b[j + 2] == UInt8(ascii: ">") { return j + 3 }
      j += 1
    }
    return end
  }

  /// Where the end tag `</name` closing a skipped element starts, searching from `i`; when there is none, the end
  /// of the page or `i` (the contents are then read as text).
  private mutating func skipContents(of name: String, from i: Int, toEndWhenUnclosed: Bool) -> Int {
    if let miss = unclosed[name], i >= miss { return toEndWhenUnclosed ? end : i }
    let n = Array(name.utf8)
    var j = i
    while j + 1 + n.count < end {
      if b[j] == UInt8(ascii: "<"), b[j + 1] == UInt8(ascii: "/") {
        var k = 0
        while k < n.count, b[j + 2 + k] | 0x20 == n[k] { k += 1 }
        if k == n.count {
          let after = j + 2 + k
          if after >= end || !(Self.isLetter(b[after]) || (b[after] >= 0x30 && b[after] <= 0x39)) { return j }
        }
      }
      j += 1
    }
    unclosed[name] = i
    return toEndWhenUnclosed ? end : i
  }
}
