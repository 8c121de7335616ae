import FactDiffModel

/// JSON Lines reports: one object per line with `id`, `text` and optional `outlet`, `language`, `published`,
/// `timezone`. A bad line is an error for that line only.
enum JSONLReader {
  /// One report read from a line: its decoded text with anchors into the whole file.
  struct Entry {
    var id: String
    var text: AnchoredText
    var metadata: SourceMetadata
  }

  /// The reports and line errors of the JSONL file `bytes` (NUL bytes already excluded).
  static func read(_ bytes: [UInt8], path: String) -> (entries: [Entry], errors: [SourceError]) {
    var entries: [Entry] = []
    var errors: [SourceError] = []
    var lineStart = 0
    var lineNumber = 0
    while lineStart < bytes.count {
      lineNumber += 1
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      let next = lineEnd + 1
      if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
      if !ByteCheck.isBlank(bytes, lineStart..<lineEnd) {
        switch entry(bytes, lineStart..<lineEnd, line: lineNumber, path: path) {
        case .success(let e): entries.append(e)
        case .failure(let e): errors.append(e)
        }
      }
      lineStart = next
    }
    return (entries, errors)
  }

  private static func entry(_ b: [UInt8], _ line: Range<Int>, line number: Int, path: String)
    -> Result<Entry, SourceError>
  {
    func fail(_ reason: SourceError.Reason, _ message: String, at offset: Int? = nil)
      -> Result<Entry, SourceError>
    {
      let column = offset.map { o in 1 + (line.lowerBound..<o).filter { b[$0] & 0xC0 != 0x80 }.count }
      return .failure(
        SourceError(path: path, reason: reason, message: message, line: number, column: column, byteOffset: offset))
    }
    if let bad = ByteCheck.firstInvalidUTF8(in: b, line) {
      return fail(.invalidUTF8, "invalid UTF-8: byte 0x\(ByteCheck.hex(b[bad])) at byte offset \(bad)", at: bad)
    }
    var parser = JSONParser(bytes: b, range: line)
    let value: JSONValue
    do {
      value = try parser.parse()
    } catch {
      return fail(.jsonl, "malformed JSONL line: \(error.message)", at: min(error.offset, line.upperBound))
    }
    guard case .object(let members) = value else {
      return fail(.jsonl, "malformed JSONL line: expected a JSON object", at: line.lowerBound)
    }
    func field(_ key: String) -> JSONValue? { members.last { $0.0 == key }?.1 }
    func string(_ key: String, required: Bool) -> Result<String?, SourceError> {
      switch field(key) {
      case .string(let s): return .success(s)
      case nil where required:
        return .failure(
          SourceError(
            path: path, reason: .jsonl, message: "malformed JSONL line: missing \"\(key)\"",
            line: number))
      case nil, .some(.null): return .success(nil)
      default:
        return .failure(
          SourceError(
            path: path, reason: .jsonl,
            message: "malformed JSONL line: \"\(key)\" must be a string", line: number))
      }
    }
    func start(_ key: String) -> Int? { parser.topLevelStringRanges[key].map { $0.lowerBound - 1 } }
    var meta = SourceMetadata()
    let id: String
    do throws(SourceError) {
      id = try string("id", required: true).get() ?? ""
      _ = try string("text", required: true).get()
      meta.outlet = try string("outlet", required: false).get()
      meta.timezone = try string("timezone", required: false).get()
      if let lang = try string("language", required: false).get() {
        guard let l = SourceMetadata.language(named: lang) else {
          return fail(
            .jsonl, "malformed JSONL line: " + SourceMetadata.unknownLanguageMessage(lang),
            at: start("language"))
        }
        meta.language = l
      }
      if let stamp = try string("published", required: false).get() {
        guard let p = Published.parse(stamp) else {
          return fail(
            .jsonl, "malformed JSONL line: " + SourceMetadata.badPublishedMessage(stamp),
            at: start("published"))
        }
        meta.published = p
      }
    } catch {
      return .failure(error)
    }
    guard !id.trimmingASCIIWhitespace().isEmpty else {
      return fail(.jsonl, "malformed JSONL line: \"id\" is empty", at: start("id"))
    }
    guard let raw = parser.topLevelStringRanges["text"] else {
      return fail(.jsonl, "malformed JSONL line: missing \"text\"")
    }
    let text = unescape(b, raw)
    if ByteCheck.isBlank(text.bytes, text.bytes.indices) {
      return fail(.empty, "empty report: \"text\" of \"\(id)\" is blank", at: raw.lowerBound - 1)
    }
    return .success(Entry(id: id, text: text, metadata: meta))
  }

  /// The decoded JSON string whose raw content is `raw`, each escape anchored at its backslash.
  static func unescape(_ b: [UInt8], _ raw: Range<Int>) -> AnchoredText {
    var t = AnchoredText(reservingCapacity: raw.count)
    var i = raw.lowerBound
    let end = raw.upperBound
    while i < end {
      let c = b[i]
      guard c == UInt8(ascii: "\\"), i + 1 < end else {
        t.copy(c, from: i)
        i += 1
        continue
      }
      let at = i
      let e = b[i + 1]
      i += 2
      switch e {
      case UInt8(ascii: "n"): t.generate([0x0A], for: at..<i)
      case UInt8(ascii: "r"): t.generate([0x0D], for: at..<i)
      case UInt8(ascii: "t"): t.generate([0x09], for: at..<i)
      case UInt8(ascii: "b"): t.generate([0x08], for: at..<i)
      case UInt8(ascii: "f"): t.generate([0x0C], for: at..<i)
      case UInt8(ascii: "u"):
        var code = hex4(b, i, end) ?? 0xFFFD
        i = min(end, i + 4)
        if (0xD800..<0xDC00).contains(code), i + 5 < end, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u"),
          let low = hex4(b, i + 2, end), (0xDC00..<0xE000).contains(low)
        {
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          i += 6
        }
        t.generate(scalar: code, for: at..<i)
      default: t.generate([e], for: at..<i)  // \" \\ \/
      }
    }
    return t
  }

  private static func hex4(_ b: [UInt8], _ i: Int, _ end: Int) -> UInt32? {
    guard i + 4 <= end else { return nil }
    var v: UInt32 = 0
    for k in i..<(i + 4) {
      let c = b[k]
      switch c {
      case 0x30...0x39: v = v << 4 | UInt32(c - 0x30)
      case 0x41...0x46: v = v << 4 | UInt32(c - 0x41 + 10)
      case 0x61...0x66: v = v << 4 | UInt32(c - 0x61 + 10)
      default: return nil
      }
    }
    return v
  }
}
