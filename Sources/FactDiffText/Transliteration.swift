import CICU
import FactDiffModel

/// Transliteration between Cyrillic and Latin through ICU transforms, each opened once and shared.
public enum Transliteration {
  /// Cyrillic to ASCII Latin: `Russian-Latin/BGN` (or `Ukrainian-Latin/BGN` for `.uk`), then `Latin-ASCII`.
  /// Latin input passes through `Latin-ASCII` only (`Chișinău` → `Chisinau`).
  /// "Сергей Лавров" → "Sergey Lavrov"; "Георгій Тихий" (uk) → "Heorhiy Tykhyy".
  ///
  /// The result is plain ASCII letters where the input had letters: the marks BGN writes for ь, ъ and for
  /// disambiguation (`ʹ ʺ ·`) are dropped ("Игорь" → "Igor", "Тсой" → "Tsoy"), and so is an apostrophe between two
  /// Cyrillic letters ("Мар’яна" → "Maryana"). Cyrillic letters the language's table lacks (Ukrainian і in Russian
  /// mode, ы in Ukrainian mode) go through `Any-Latin`.
  public static func toLatin(_ s: String, language: Language) -> String {
    let transform = language == .uk ? Transform.ukrainianLatin : Transform.russianLatin
    return transform.apply(dropCyrillicApostrophes(s))
  }

  /// Any script to ASCII Latin (`Any-Latin; Latin-ASCII`), with the soft and hard sign marks dropped
  /// ("Игорь" → "Igor", "Αθήνα" → "Athena").
  public static func toASCII(_ s: String) -> String {
    Transform.anyASCII.apply(s)
  }

  /// Latin to Cyrillic (`Latin-Cyrillic`): "Lavrov" → "Лавров". This is ICU's letter-by-letter table, so
  /// digraphs stay apart ("Shcherbakov" → "Схцхербаков"); `toRussian` reads them.
  public static func toCyrillic(_ s: String) -> String {
    Transform.latinCyrillic.apply(s)
  }

  /// Undoes a Russian BGN romanisation (`Latin-Russian/BGN`, then `Latin-Cyrillic` for the letters BGN leaves):
  /// "Shcherbakov" → "Щербаков", "Yershov" → "Ершов", "Halmai" → "Халмаи".
  public static func toRussian(_ s: String) -> String {
    Transform.latinRussian.apply(s)
  }

  /// The input with `'`, `’` and `ʼ` removed where both neighbours are Cyrillic letters (the Ukrainian apostrophe
  /// and the rare Russian one), so that BGN does not turn them into `ʺ` or keep them.
  static func dropCyrillicApostrophes(_ s: String) -> String {
    let scalars = Array(s.unicodeScalars)
    guard scalars.contains(where: isApostrophe) else { return s }
    var out = String.UnicodeScalarView()
    for (i, scalar) in scalars.enumerated() {
      if isApostrophe(scalar), i > 0, i + 1 < scalars.count, isCyrillicLetter(scalars[i - 1]),
        isCyrillicLetter(scalars[i + 1])
      {
        continue
      }
      out.append(scalar)
    }
    return String(out)
  }

  private static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
    c == "'" || c == "\u{2019}" || c == "\u{02BC}" || c == "\u{2018}"
  }

  private static func isCyrillicLetter(_ c: Unicode.Scalar) -> Bool {
    (0x0400...0x04FF).contains(c.value) && c.properties.isAlphabetic
  }
}

/// Homoglyph skeletons (ICU uspoof): strings that look alike get the same skeleton ("Рutin" with a Cyrillic Р and
/// "Putin").
public enum Skeleton {
  private static let checker = SharedICUHandle(
    open: {
      var status: Int32 = 0
      return cicu_spoof_open(&status)
    },
    close: { cicu_spoof_close($0) })

  /// The UTS #39 confusable skeleton of `s` (not meant for display: "Putin" → "Putin", "Рutin" → "Putin",
  /// "Lavrov" and "Lаvrоv" with Cyrillic а, о agree). Returns `s` if ICU cannot compute it.
  public static func of(_ s: String) -> String {
    if s.isEmpty { return s }
    let units = Array(s.utf16)
    guard units.count <= ICU.maxUnits else { return s }
    let skeleton = checker.withHandle { spoof in
      units.withUnsafeBufferPointer { input in
        ICU.stringOutput(capacity: input.count * 2 + 8) { buffer, capacity, status in
          cicu_spoof_skeleton(spoof, input.baseAddress, Int32(input.count), buffer, capacity, &status)
        }
      }
    }
    return (skeleton ?? nil) ?? s
  }
}

/// An ICU transform, opened on first use and shared behind a lock.
final class Transform: Sendable {
  /// BGN marks (ʹ for ь, ʺ for ъ, · between letters that would read as a digraph) removed before Latin-ASCII.
  private static let dropMarks = "[\\u02B9\\u02BA\\u00B7] Remove"

  static let russianLatin = Transform("Russian-Latin/BGN; Any-Latin; \(dropMarks); Latin-ASCII")
  static let ukrainianLatin = Transform("Ukrainian-Latin/BGN; Any-Latin; \(dropMarks); Latin-ASCII")
  static let anyASCII = Transform("Any-Latin; \(dropMarks); Latin-ASCII")
  static let latinCyrillic = Transform("Latin-Cyrillic")
  static let latinRussian = Transform("Latin-Russian/BGN; Latin-Cyrillic")

  /// The ICU transform id.
  let id: String
  private let handle: SharedICUHandle

  init(_ id: String) {
    self.id = id
    let units = Array(id.utf16)
    handle = SharedICUHandle(
      open: {
        var status: Int32 = 0
        return units.withUnsafeBufferPointer { cicu_translit_open($0.baseAddress, Int32($0.count), &status) }
      },
      close: { cicu_translit_close($0) })
  }

  /// The transformed text; the input unchanged if ICU cannot open the transform.
  func apply(_ s: String) -> String {
    if s.isEmpty { return s }
    let units = Array(s.utf16)
    guard units.count <= ICU.maxUnits else { return s }
    let result = handle.withHandle { translit in
      units.withUnsafeBufferPointer { input in
        // Cyrillic to Latin grows (щ → shch); a longer result is retried with the length ICU reports.
        ICU.stringOutput(capacity: input.count * 2 + 16) { buffer, capacity, status in
          cicu_translit_run(translit, input.baseAddress, Int32(input.count), buffer, capacity, &status)
        }
      }
    }
    return (result ?? nil) ?? s
  }
}
