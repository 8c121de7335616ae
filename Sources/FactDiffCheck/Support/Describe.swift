import FactDiffModel

/// Numbers, times, dates and intervals in words a reader can check ("6 h 20 min", "16:20", "Thu 27 Feb 2025").
enum Describe {
  /// "6 h 20 min", "45 min", "2 h", "3 days" (see `Wording`).
  static func duration(_ seconds: Double) -> String { Wording.duration(seconds) }

  /// "16:20" for seconds after midnight (see `Wording`).
  static func clock(_ seconds: Double) -> String { Wording.clock(seconds) }

  static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
  static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// "Thu 27 Feb 2025".
  static func date(_ d: CivilDate) -> String {
    "\(weekdays[d.weekday - 1]) \(d.day) \(months[d.month - 1]) \(d.year)"
  }

  /// "12", "2.5", "2.5 billion USD", "11.5%".
  static func number(_ v: Double, unit: String? = nil) -> String {
    var text: String
    let a = abs(v)
    if a >= 1e9 && (a / 1e7).rounded() == a / 1e7 {
      text = plain(v / 1e9) + " billion"
    } else if a >= 1e6 && (a / 1e4).rounded() == a / 1e4 {
      text = plain(v / 1e6) + " million"
    } else {
      text = plain(v)
    }
    guard let unit else { return text }
    if unit == "%" { return text + "%" }
    return text + " " + unit
  }

  static func plain(_ v: Double) -> String {
    if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
    var s = String(format2(v))
    while s.contains(".") && (s.hasSuffix("0")) { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
  }

  private static func format2(_ v: Double) -> String {
    let scaled = (v * 1000).rounded() / 1000
    return "\(scaled)"
  }

  /// An interval in a value's own words: "6 h 20 min", "6 h–6 h 30 min", "more than 6 h", "at most 7 h".
  static func interval(_ i: Interval, _ f: (Double) -> String) -> String {
    switch (i.min, i.max) {
    case (let a?, let b?) where a == b: return f(a)
    case (let a?, let b?) where i.minOpen: return "more than \(f(a)), up to \(f(b))"
    case (let a?, let b?) where i.maxOpen: return "\(f(a)) to less than \(f(b))"
    case (let a?, let b?): return "\(f(a))–\(f(b))"
    case (let a?, nil): return i.minOpen ? "more than \(f(a))" : "at least \(f(a))"
    case (nil, let b?): return i.maxOpen ? "less than \(f(b))" : "at most \(f(b))"
    case (nil, nil): return "any value"
    }
  }

  /// The source's words, quoted: “six and a half hours”.
  static func quoted(_ s: String) -> String { "“\(s)”" }

  /// How many items a list in a message may hold before it is shortened, and how many it then names: a finding
  /// about thousands of reports names the first few and says how many more there are (its evidence still lists
  /// every statement). A message naming every report of a large event group is no help to a reader, and a run's
  /// messages held 43 MB of such lists.
  static let listLimit = 10
  static let listShown = 8

  /// A list joined with commas and "and"; past `listLimit` items, the first `listShown` and "and N more".
  static func list(_ items: [String]) -> String {
    if items.count > listLimit { return joined(items, separator: ", ") }
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    case 2: return "\(items[0]) and \(items[1])"
    default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
  }

  /// `items` joined with `separator`; past `listLimit` items, the first `listShown` and "and N more".
  static func joined(_ items: [String], separator: String) -> String {
    guard items.count > listLimit else { return items.joined(separator: separator) }
    return items.prefix(listShown).joined(separator: separator) + " and \(items.count - listShown) more"
  }
}
