/// Ukrainian number words ICU's spellout (with the project's supplementary rules) does not produce.
enum UkrainianNumberWords {
  static let extras: [(String, Double, NumberWordRole)] = [
    ("півтора", 1.5, .standalone), ("півтори", 1.5, .standalone), ("півтору", 1.5, .standalone),
    ("дюжина", 12, .standalone), ("дюжини", 12, .standalone), ("дюжину", 12, .standalone),
    ("півсотні", 50, .standalone), ("півсотня", 50, .standalone),
    ("півтисячі", 500, .standalone), ("півмільйона", 500_000, .standalone), ("півмільярда", 5e8, .standalone),
    ("сотня", 100, .standalone), ("сотню", 100, .standalone),
    ("тис", 1e3, .scale), ("млн", 1e6, .scale), ("млрд", 1e9, .scale), ("трлн", 1e12, .scale),
    ("одну", 1, .unit),
  ]
}
