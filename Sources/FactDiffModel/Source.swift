/// One report, read and ready for analysis.
public struct Source: Sendable {
  /// The source id: the file name without its extension, or the JSONL `id` field, or `stdin`.
  public var id: String
  /// The path as the user gave it (for JSONL, the JSONL file's path).
  public var path: String
  public var language: Language
  /// True when `language` was detected from the text rather than declared.
  public var languageDetected: Bool
  public var outlet: String?
  /// The publication stamp from front matter: anchors relative dates.
  public var published: Published?
  /// The IANA zone declared for bare clock times.
  public var timezone: String?
  /// The text to analyse. Byte offsets into it (`TextRange`) map to the file through `locator`.
  public var text: String
  public var locator: SourceLocator

  public init(
    id: String, path: String, language: Language, languageDetected: Bool = false, outlet: String? = nil,
    published: Published? = nil, timezone: String? = nil, text: String, locator: SourceLocator
  ) {
    self.id = id
    self.path = path
    self.language = language
    self.languageDetected = languageDetected
    self.outlet = outlet
    self.published = published
    self.timezone = timezone
    self.text = text
    self.locator = locator
  }

  /// A source whose text is its own original (tests, library users). The text is held once, in storage of its
  /// own size (a string built by appending can hold up to twice its bytes), and the locator reads it in place.
  public init(id: String, text: String, language: Language, published: Published? = nil, timezone: String? = nil) {
    let text = Self.compact(text)
    self.init(
      id: id, path: id, language: language, published: published, timezone: timezone, text: text,
      locator: SourceLocator(text: text))
  }

  /// `text` in storage of its own size (a copy).
  static func compact(_ text: String) -> String {
    let n = text.utf8.count
    guard n > 15 else { return text }  // held in the string value itself, no storage
    if let copy = text.utf8.withContiguousStorageIfAvailable({ bytes in
      String(unsafeUninitializedCapacity: n) {
        UnsafeMutableBufferPointer(rebasing: $0[..<n]).initialize(from: bytes).1
      }
    }) {
      return copy
    }
    return String(decoding: Array(text.utf8), as: UTF8.self)
  }

  /// The position in the original file of a range of `text`.
  public func position(of range: TextRange) -> Position { locator.position(of: range) }

  /// The words of `text` in a range.
  public func snippet(_ range: TextRange) -> String { Self.snippet(text, range) }

  /// The words of `text` in a range (`snippet` of a source with that text).
  public static func snippet(_ text: String, _ range: TextRange) -> String {
    let u = text.utf8
    let s = u.index(u.startIndex, offsetBy: max(0, min(range.start, u.count)))
    let e = u.index(u.startIndex, offsetBy: max(0, min(range.end, u.count)))
    return String(decoding: text.utf8[s..<e], as: UTF8.self)
  }
}

/// When a report was published: a day, and a time of day when the front matter gives one.
public struct Published: Hashable, Sendable {
  public var date: CivilDate
  /// Seconds after midnight, when given.
  public var time: Int?
  /// The UTC offset written in the stamp (`+03:00`, `Z`), in seconds, when given.
  public var utcOffset: Int?

  public init(date: CivilDate, time: Int? = nil, utcOffset: Int? = nil) {
    self.date = date
    self.time = time
    self.utcOffset = utcOffset
  }

  /// Parses an ISO date or date-time (`2025-02-27`, `2025-02-27T17:42`, `2025-02-27T17:42:00+03:00`).
  public static func parse(_ s: String) -> Published? {
    let trimmed = s.trimmingASCIIWhitespace()
    guard let date = CivilDate.parseISO(trimmed) else { return nil }
    let u = Array(trimmed.utf8)
    if u.count == 10 { return Published(date: date) }
    guard u.count >= 16, u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " ") else { return nil }
    func digits(_ a: Int, _ n: Int) -> Int? {
      guard a + n <= u.count else { return nil }
      var v = 0
      for i in a..<(a + n) {
        guard u[i] >= 0x30, u[i] <= 0x39 else { return nil }
        v = v * 10 + Int(u[i] - 0x30)
      }
      return v
    }
    guard let h = digits(11, 2), u[13] == UInt8(ascii: ":"), let m = digits(14, 2), h < 24, m < 60 else {
      return nil
    }
    var i = 16
    var sec = 0
    if i + 2 < u.count + 0, i < u.count, u[i] == UInt8(ascii: ":") {
      guard let s2 = digits(i + 1, 2), s2 < 61 else { return nil }
      sec = s2
      i += 3
      if i < u.count, u[i] == UInt8(ascii: ".") {
        i += 1
        while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { i += 1 }
      }
    }
    var offset: Int? = nil
    if i < u.count {
      if u[i] == UInt8(ascii: "Z") && i == u.count - 1 {
        offset = 0
      } else if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") {
        let sign = u[i] == UInt8(ascii: "-") ? -1 : 1
        guard let oh = digits(i + 1, 2) else { return nil }
        var om = 0
        if i + 3 < u.count {
          let j = u[i + 3] == UInt8(ascii: ":") ? i + 4 : i + 3
          guard let v = digits(j, 2), j + 2 == u.count else { return nil }
          om = v
        } else if i + 3 != u.count {
          return nil
        }
        offset = sign * (oh * 3600 + om * 60)
      } else {
        return nil
      }
    }
    return Published(date: date, time: h * 3600 + m * 60 + sec, utcOffset: offset)
  }
}

extension String {
  /// The string without leading and trailing ASCII spaces, tabs and line breaks.
  public func trimmingASCIIWhitespace() -> String {
    let u = Array(utf8)
    var a = 0
    var b = u.count
    func ws(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
    while a < b, ws(u[a]) { a += 1 }
    while b > a, ws(u[b - 1]) { b -= 1 }
    return String(decoding: u[a..<b], as: UTF8.self)
  }
}
