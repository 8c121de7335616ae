/// English number words ICU's spellout does not produce.
enum EnglishNumberWords {
  static let extras: [(String, Double, NumberWordRole)] = [
    ("dozen", 12, .standalone),
    ("thousand", 1e3, .scale), ("million", 1e6, .scale), ("billion", 1e9, .scale), ("trillion", 1e12, .scale),
  ]
}
