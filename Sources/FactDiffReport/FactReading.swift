import FactDiffModel

/// A fact's value in a reader's words ("5 h 30 min", "10:00", "2025-03-04"), for titles and timelines.
enum FactReading {
  /// "6 h 20 min", "45 min", "3 days" (see `Wording`).
  static func duration(_ seconds: Double) -> String { Wording.duration(seconds) }

  /// "16:20" for seconds after midnight (see `Wording`).
  static func clock(_ seconds: Double) -> String { Wording.clock(seconds) }

  /// "10:00", "10:00 Europe/Moscow", "10:00 UTC+03:00".
  static func time(_ t: ClockTime) -> String {
    var s = clock(Double(t.seconds))
    if let z = t.zone, z != .local { s += " " + z.json }
    return s
  }

  /// The value of a fact, briefly.
  static func describe(_ f: Fact) -> String {
    switch f.value {
    case .time(let t): return time(t)
    case .date(let d):
      let y = d.year.map { String($0) } ?? "????"
      return "\(y)-\(d.month < 10 ? "0" : "")\(d.month)-\(d.day < 10 ? "0" : "")\(d.day)"
    case .duration(let s): return duration(s)
    case .span(let a, let b): return "\(time(a))–\(time(b))"
    case .number(let q):
      var s = number(q.value)
      if let m = q.rangeMax { s += "–" + number(m) }
      if let u = q.unit { s += " " + u }
      if let c = q.counts { s += " " + c }
      return s
    case .person(let p): return p.role.map { "\(p.name), \($0.canonical)" } ?? p.name
    case .place(let p): return p.name
    case .quote: return "quote"
    }
  }

  static func number(_ v: Double) -> String {
    if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
    return String((v * 1000).rounded() / 1000)
  }
}
