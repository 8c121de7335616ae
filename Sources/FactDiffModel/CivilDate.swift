/// A proleptic Gregorian calendar day, with the arithmetic factdiff needs (weekday, adding days).
///
/// Kept free of Foundation so that dates compare and hash as plain numbers.
public struct CivilDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// A date only when it exists (no February 30).
  public static func valid(year: Int, month: Int, day: Int) -> CivilDate? {
    guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), (1...9999).contains(year)
    else { return nil }
    return CivilDate(year: year, month: month, day: day)
  }

  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (Howard Hinnant's algorithm).
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  public init(dayNumber z0: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  /// ISO weekday: Monday = 1 … Sunday = 7.
  public var weekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
    return (w < 0 ? w + 7 : w) + 1
  }

  public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// `YYYY-MM-DD`.
  public var description: String {
    func pad(_ v: Int, _ n: Int) -> String {
      let s = String(v)
      return String(repeating: "0", count: max(0, n - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

  /// Parses `YYYY-MM-DD` (the first ten characters of an ISO date or date-time).
  public static func parseISO(_ s: String) -> CivilDate? {
    let u = Array(s.utf8)
    guard u.count >= 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
    func num(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        guard u[i] >= 0x30, u[i] <= 0x39 else { return nil }
        v = v * 10 + Int(u[i] - 0x30)
      }
      return v
    }
    guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
    return valid(year: y, month: m, day: d)
  }
}
