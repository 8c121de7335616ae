import FactDiffModel
import Foundation
import Synchronization

/// Time-zone rules from the operating system's zone database (`/usr/share/zoneinfo`, or `$TZDIR`), read from the
/// compiled TZif files, with their POSIX rule string for dates past the last listed transition.
///
/// ICU carries its own copy of the zone database, frozen when the library was built (ICU 72 dates from 2022 and
/// misses, for instance, Egypt's return to summer time in 2023 and Kazakhstan's move to UTC+5 in 2024). The
/// system's `tzdata` package is updated with the operating system, so `TimeZones` asks it first and falls back to
/// ICU when a zone file is missing.
enum SystemZoneInfo {
  private static let cache = Mutex<[String: TZif?]>([:])

  static var directory: String { ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo" }

  /// The rules of a zone, or nil when the system has no readable file for it.
  static func zone(_ id: String) -> TZif? {
    if let hit = cache.withLock({ $0[id] }) { return hit }
    var parsed: TZif? = nil
    let safe =
      !id.isEmpty && !id.hasPrefix("/") && !id.contains("..") && id.utf8.count < 128
      && id.unicodeScalars.allSatisfy {
        $0.isASCII && ($0.properties.isAlphabetic || "/_-+0123456789".unicodeScalars.contains($0))
      }
    if safe, let data = FileManager.default.contents(atPath: directory + "/" + id), data.count < 1 << 20 {
      parsed = TZif(Array(data))
    }
    cache.withLock { $0[id] = parsed }
    return parsed
  }

  /// The UTC offset (seconds east) of a zone at a local wall-clock time, or nil when the system has no rules.
  static func utcOffset(zone id: String, date: CivilDate, secondsAfterMidnight: Int) -> Int? {
    guard let z = zone(id) else { return nil }
    let local = Int64(date.dayNumber) * 86400 + Int64(secondsAfterMidnight)
    // The offsets in force a day before and a day after; a reading is valid when the offset at the instant it
    // gives is itself. Both valid (clocks went back): the later one; neither (clocks went forward): the later
    // one too, the time after the jump — ICU's choices, so both sources agree.
    let before = z.offset(atUTC: local - 86400)
    let after = z.offset(atUTC: local + 86400)
    func valid(_ o: Int) -> Bool { z.offset(atUTC: local - Int64(o)) == o }
    if before == after { return valid(before) ? before : after }
    if valid(after) { return after }
    if valid(before) { return before }
    return after
  }
}

/// One compiled zone file: transitions, the local-time types they switch to, and the rule for later dates.
struct TZif: Sendable {
  let transitions: [Int64]
  let typeOfTransition: [UInt8]
  let offsets: [Int32]
  let isDST: [Bool]
  let footer: PosixZoneRule?

  init?(_ b: [UInt8]) {
    guard b.count >= 44, b[0] == 0x54, b[1] == 0x5A, b[2] == 0x69, b[3] == 0x66 else { return nil }
    func u32(_ i: Int) -> Int? {
      guard i + 4 <= b.count else { return nil }
      return Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
    }
    func i64(_ i: Int) -> Int64? {
      guard i + 8 <= b.count else { return nil }
      var v: UInt64 = 0
      for k in 0..<8 { v = v << 8 | UInt64(b[i + k]) }
      return Int64(bitPattern: v)
    }
    let version = b[4]
    guard var isut = u32(20), var isstd = u32(24), var leap = u32(28), var timecnt = u32(32), var typecnt = u32(36),
      var charcnt = u32(40)
    else { return nil }
    var p = 44
    var timeSize = 4
    if version >= 0x32 {
      // Skip the version-1 block; read the 64-bit one that follows.
      p += timecnt * 4 + timecnt + typecnt * 6 + charcnt + leap * 8 + isstd + isut
      guard p + 44 <= b.count, b[p] == 0x54, b[p + 1] == 0x5A, b[p + 2] == 0x69, b[p + 3] == 0x66,
        let a = u32(p + 20), let s = u32(p + 24), let l = u32(p + 28), let t = u32(p + 32), let ty = u32(p + 36),
        let c = u32(p + 40)
      else { return nil }
      (isut, isstd, leap, timecnt, typecnt, charcnt) = (a, s, l, t, ty, c)
      p += 44
      timeSize = 8
    }
    guard typecnt > 0, timecnt < 100_000, typecnt < 1000 else { return nil }
    var transitions: [Int64] = []
    transitions.reserveCapacity(timecnt)
    for k in 0..<timecnt {
      if timeSize == 8 {
        guard let v = i64(p + k * 8) else { return nil }
        transitions.append(v)
      } else {
        guard let v = u32(p + k * 4) else { return nil }
        transitions.append(Int64(Int32(truncatingIfNeeded: v)))
      }
    }
    p += timecnt * timeSize
    guard p + timecnt + typecnt * 6 <= b.count else { return nil }
    let kinds = Array(b[p..<(p + timecnt)])
    p += timecnt
    var offsets: [Int32] = []
    var dst: [Bool] = []
    for k in 0..<typecnt {
      guard let v = u32(p + k * 6) else { return nil }
      offsets.append(Int32(truncatingIfNeeded: v))
      dst.append(b[p + k * 6 + 4] != 0)
    }
    p += typecnt * 6 + charcnt + leap * (timeSize + 4) + isstd + isut
    guard kinds.allSatisfy({ Int($0) < typecnt }) else { return nil }
    self.transitions = transitions
    self.typeOfTransition = kinds
    self.offsets = offsets
    self.isDST = dst
    var footer: PosixZoneRule? = nil
    if timeSize == 8, p < b.count, b[p] == 0x0A, let end = b[(p + 1)...].firstIndex(of: 0x0A) {
      footer = PosixZoneRule(String(decoding: b[(p + 1)..<end], as: UTF8.self))
    }
    self.footer = footer
  }

  /// The offset (seconds east of UTC) in force at a UTC instant.
  func offset(atUTC t: Int64) -> Int {
    if let last = transitions.last, t >= last, let footer { return footer.offset(atUTC: t) }
    guard let first = transitions.first, t >= first else {
      // Before the first transition: the first standard-time type.
      let k = isDST.firstIndex(of: false) ?? 0
      return Int(offsets[k])
    }
    var lo = 0
    var hi = transitions.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if transitions[mid] <= t { lo = mid } else { hi = mid - 1 }
    }
    return Int(offsets[Int(typeOfTransition[lo])])
  }
}

/// A POSIX TZ rule such as `EST5EDT,M3.2.0,M11.1.0` or `<+05>-5`: standard and daylight offsets and when
/// daylight time starts and ends each year.
struct PosixZoneRule: Sendable {
  /// Seconds east of UTC.
  let standard: Int
  let daylight: Int?
  let start: Change?
  let end: Change?

  /// A change date: month, week (1…5, 5 = last) and weekday (0 = Sunday) — or a Julian day — and the local time.
  struct Change: Sendable {
    enum Day: Sendable {
      case monthWeekDay(month: Int, week: Int, weekday: Int)
      case julianNoLeap(Int)
      case zeroBased(Int)
    }
    let day: Day
    let time: Int

    /// The change's local date-time in `year`, as seconds since 1970 of that wall clock.
    func local(in year: Int) -> Int64 {
      let dayNumber: Int
      switch day {
      case .monthWeekDay(let m, let w, let d):
        let first = CivilDate(year: year, month: m, day: 1)
        let firstWeekday = first.weekday % 7  // ISO 7 (Sunday) → 0
        var dayOfMonth = 1 + (d - firstWeekday + 7) % 7 + (w - 1) * 7
        let length = CivilDate.daysIn(month: m, year: year)
        while dayOfMonth > length { dayOfMonth -= 7 }
        dayNumber = CivilDate(year: year, month: m, day: dayOfMonth).dayNumber
      case .julianNoLeap(let n):
        var k = n - 1
        if CivilDate.isLeap(year) && n >= 60 { k += 1 }
        dayNumber = CivilDate(year: year, month: 1, day: 1).dayNumber + k
      case .zeroBased(let n):
        dayNumber = CivilDate(year: year, month: 1, day: 1).dayNumber + n
      }
      return Int64(dayNumber) * 86400 + Int64(time)
    }
  }

  init?(_ s: String) {
    var u = Array(s.utf8)[...]
    func name() -> Bool {
      if u.first == UInt8(ascii: "<") {
        guard let close = u.firstIndex(of: UInt8(ascii: ">")) else { return false }
        u = u[(close + 1)...]
        return true
      }
      var n = 0
      while let c = u.first, (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A {
        u = u.dropFirst()
        n += 1
      }
      return n >= 3
    }
    func number() -> Int? {
      var v = 0
      var any = false
      while let c = u.first, c >= 0x30 && c <= 0x39 {
        v = v * 10 + Int(c - 0x30)
        u = u.dropFirst()
        any = true
      }
      return any ? v : nil
    }
    /// [+-]hh[:mm[:ss]] in seconds.
    func duration() -> Int? {
      var sign = 1
      if u.first == UInt8(ascii: "+") {
        u = u.dropFirst()
      } else if u.first == UInt8(ascii: "-") {
        sign = -1
        u = u.dropFirst()
      }
      guard let h = number() else { return nil }
      var total = h * 3600
      if u.first == UInt8(ascii: ":") {
        u = u.dropFirst()
        total += (number() ?? 0) * 60
        if u.first == UInt8(ascii: ":") {
          u = u.dropFirst()
          total += number() ?? 0
        }
      }
      return sign * total
    }
    func change() -> Change? {
      let day: Change.Day
      if u.first == UInt8(ascii: "M") {
        u = u.dropFirst()
        guard let m = number(), u.first == UInt8(ascii: ".") else { return nil }
        u = u.dropFirst()
        guard let w = number(), u.first == UInt8(ascii: ".") else { return nil }
        u = u.dropFirst()
        guard let d = number(), (1...12).contains(m), (1...5).contains(w), (0...6).contains(d) else { return nil }
        day = .monthWeekDay(month: m, week: w, weekday: d)
      } else if u.first == UInt8(ascii: "J") {
        u = u.dropFirst()
        guard let n = number(), (1...365).contains(n) else { return nil }
        day = .julianNoLeap(n)
      } else {
        guard let n = number(), (0...365).contains(n) else { return nil }
        day = .zeroBased(n)
      }
      var time = 7200
      if u.first == UInt8(ascii: "/") {
        u = u.dropFirst()
        guard let t = duration() else { return nil }
        time = t
      }
      return Change(day: day, time: time)
    }
    guard name(), let std = duration() else { return nil }
    standard = -std
    if u.isEmpty {
      daylight = nil
      start = nil
      end = nil
      return
    }
    guard name() else { return nil }
    if let first = u.first, first != UInt8(ascii: ",") {
      guard let d = duration() else { return nil }
      daylight = -d
    } else {
      daylight = standard + 3600
    }
    guard u.first == UInt8(ascii: ","), case _ = u.popFirst(), let a = change(), u.first == UInt8(ascii: ","),
      case _ = u.popFirst(), let b = change(), u.isEmpty
    else { return nil }
    start = a
    end = b
  }

  /// The offset (seconds east) at a UTC instant.
  func offset(atUTC t: Int64) -> Int {
    guard let daylight, let start, let end else { return standard }
    let year = CivilDate(
      dayNumber: Int(
        (t + Int64(standard)) >= 0 ? (t + Int64(standard)) / 86400 : ((t + Int64(standard)) - 86399) / 86400)
    ).year
    let startUTC = start.local(in: year) - Int64(standard)
    let endUTC = end.local(in: year) - Int64(daylight)
    let inDaylight = startUTC < endUTC ? (t >= startUTC && t < endUTC) : (t >= startUTC || t < endUTC)
    return inDaylight ? daylight : standard
  }
}
