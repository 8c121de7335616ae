/// Russian number words ICU's spellout does not produce: fractions, dozens, half-hundreds, scale abbreviations.
enum RussianNumberWords {
  static let extras: [(String, Double, NumberWordRole)] = [
    ("полтора", 1.5, .standalone), ("полторы", 1.5, .standalone), ("полутора", 1.5, .standalone),
    ("дюжина", 12, .standalone), ("дюжины", 12, .standalone), ("дюжину", 12, .standalone),
    ("дюжиной", 12, .standalone), ("дюжине", 12, .standalone),
    ("полсотни", 50, .standalone), ("полсотня", 50, .standalone), ("полусотни", 50, .standalone),
    ("полтысячи", 500, .standalone), ("полмиллиона", 500_000, .standalone), ("полмиллиарда", 5e8, .standalone),
    ("сотня", 100, .standalone), ("сотню", 100, .standalone),
    ("тыс", 1e3, .scale), ("млн", 1e6, .scale), ("млрд", 1e9, .scale), ("трлн", 1e12, .scale),
  ]
}
