import FactDiffModel

/// Transliteration between Cyrillic and Latin through ICU transforms, each opened once and shared.
public enum Transliteration {
  /// Cyrillic to ASCII Latin: `Russian-Latin/BGN` (or `Ukrainian-Latin/BGN` for `.uk`), then `Latin-ASCII`.
  /// Latin input passes through `Latin-ASCII` only (`Chișinău` → `Chisinau`).
  /// "Сергей Лавров" → "Sergey Lavrov"; "Георгій Тихий" (uk) → "Heorhiy Tykhyy".
  public static func toLatin(_ s: String, language: Language) -> String {
    s  // TODO(text layer)
  }

  /// Any script to ASCII Latin (`Any-Latin; Latin-ASCII`).
  public static func toASCII(_ s: String) -> String {
    s  // TODO(text layer)
  }

  /// Latin to Cyrillic (`Latin-Cyrillic`): "Lavrov" → "Лавров".
  public static func toCyrillic(_ s: String) -> String {
    s  // TODO(text layer)
  }
}

/// Homoglyph skeletons (ICU uspoof): strings that look alike get the same skeleton ("Рutin" with a Cyrillic Р and
/// "Putin").
public enum Skeleton {
  public static func of(_ s: String) -> String {
    s  // TODO(text layer)
  }
}
