import CICU
import FactDiffModel

/// Sentence and word boundaries from ICU break iterators, per language.
///
/// Sentence breaking uses the locale's abbreviation suppressions where ICU has them (`en@ss=standard`: "Mr. Smith"
/// stays one sentence), then drops breaks after initials and titles ("В. В. Путин", "проф. Иванов", "Dr. Jones").
/// A blank line always ends a sentence; a single line break inside a hard-wrapped paragraph does not (see
/// `SentenceBreaks.unwrap`).
public enum Segmentation {
  /// Sentence ranges as UTF-8 byte offsets into `s`, in order, covering the text. Each sentence keeps the spaces
  /// and blank lines that follow it.
  public static func sentences(_ s: String, language: Language) -> [Range<Int>] {
    guard
      let (bounds, _) = boundaries(
        s, breakers: sentenceBreakers[language.locale], prepare: SentenceBreaks.unwrap, statuses: false)
    else {
      return s.isEmpty ? [] : [0..<s.utf8.count]
    }
    let bytes = Array(s.utf8)
    var ranges: [Range<Int>] = []
    var start = bounds[0]
    for end in bounds.dropFirst() {
      if end < bounds[bounds.count - 1], SentenceBreaks.endsWithAbbreviation(bytes[start..<end], language: language) {
        continue  // the next sentence goes on from `start`
      }
      if let last = ranges.last, bytes[start..<end].allSatisfy(SentenceBreaks.isBlank) {
        ranges[ranges.count - 1] = last.lowerBound..<end  // blank lines belong to the sentence before them
      } else {
        ranges.append(start..<end)
      }
      start = end
    }
    return ranges
  }

  /// Word ranges (UTF-8 byte offsets) of words and numbers; spaces and punctuation are left out.
  public static func words(_ s: String, language: Language) -> [Range<Int>] {
    guard
      let (bounds, statuses) = boundaries(s, breakers: wordBreakers[language.locale], prepare: { $0 }, statuses: true)
    else {
      return []
    }
    var ranges: [Range<Int>] = []
    for k in 1..<max(1, bounds.count) where statuses[k] >= wordStatusNumber {
      ranges.append(bounds[k - 1]..<bounds[k])
    }
    return ranges
  }

  /// The words of `s` as substrings, in order (`words` applied to the text).
  public static func wordStrings(_ s: String, language: Language) -> [Substring] {
    let utf8 = s.utf8
    return words(s, language: language).map { range in
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let upper = utf8.index(lower, offsetBy: range.count)
      return s[lower..<upper]
    }
  }

  /// ICU's rule status for numbers (UBRK_WORD_NUMBER); letters, kana and ideographs are above it, spaces and
  /// punctuation (UBRK_WORD_NONE) below.
  private static let wordStatusNumber: Int32 = 100

  private static let sentenceBreakers = PerLanguage { locale in
    SharedICUHandle(
      open: {
        var status: Int32 = 0
        return cicu_break_open(CICU_BREAK_SENTENCE, "\(locale)@ss=standard", &status)
      },
      close: { cicu_break_close($0) })
  }

  private static let wordBreakers = PerLanguage { locale in
    SharedICUHandle(
      open: {
        var status: Int32 = 0
        return cicu_break_open(CICU_BREAK_WORD, locale, &status)
      },
      close: { cicu_break_close($0) })
  }

  /// The boundaries as UTF-8 offsets, with the rule status of the segment ending at each; nil for an empty text or
  /// when ICU fails.
  private static func boundaries(
    _ s: String, breakers: SharedICUHandle, prepare: ([UInt16]) -> [UInt16], statuses wantStatuses: Bool
  ) -> ([Int], [Int32])? {
    if s.isEmpty { return nil }
    let units = prepare(Array(s.utf16))
    guard units.count <= ICU.maxUnits else { return nil }
    let result: ([Int32], [Int32])?? = breakers.withHandle { breaker in
      units.withUnsafeBufferPointer { text in
        var status: Int32 = 0
        var bounds = [Int32](repeating: 0, count: text.count + 1)
        var statuses = [Int32](repeating: 0, count: wantStatuses ? text.count + 1 : 0)
        let count = statuses.withUnsafeMutableBufferPointer { statusBuffer in
          // An empty array's buffer may still have an address: pass NULL explicitly when statuses are not wanted.
          cicu_break_boundaries(
            breaker, text.baseAddress, Int32(text.count), &bounds, wantStatuses ? statusBuffer.baseAddress : nil,
            Int32(bounds.count), &status)
        }
        guard !ICU.failed(status), count >= 2 else { return nil }
        return (Array(bounds.prefix(Int(count))), wantStatuses ? Array(statuses.prefix(Int(count))) : [])
      }
    }
    guard let found = result ?? nil else { return nil }
    let utf8Offsets = s.utf8OffsetsByUTF16Index()
    let bounds = found.0.map { utf8Offsets[min(max(0, Int($0)), utf8Offsets.count - 1)] }
    return (bounds, found.1)
  }
}
