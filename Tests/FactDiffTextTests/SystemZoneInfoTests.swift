import FactDiffModel
import Testing

@testable import FactDiffText

/// The system zone database against offsets computed independently (Python's zoneinfo over the same tzdata):
/// including zones whose rules changed after ICU 72 was built.
@Suite struct SystemZoneInfoTests {
  @Test(arguments: [
    ("Asia/Almaty", 2026, 3, 19, 15, 18000),  // UTC+5 since 1 March 2024 (ICU 72 says +6)
    ("Africa/Cairo", 2025, 5, 6, 11, 10800),  // summer time again since 2023 (ICU 72 says +2)
    ("Africa/Cairo", 2025, 1, 6, 11, 7200),
    ("America/New_York", 2025, 2, 12, 3, -18000),
    ("America/New_York", 2025, 3, 20, 3, -14400),
    ("America/New_York", 2025, 3, 9, 2, -14400),  // skipped by the clock change: the time after the jump
    ("America/New_York", 2025, 11, 2, 1, -18000),  // happens twice: the later, standard reading
    ("Europe/Kyiv", 2025, 2, 12, 9, 7200),
    ("Europe/Kyiv", 2025, 7, 1, 9, 10800),
    ("Europe/Moscow", 2025, 2, 27, 10, 10800),
    ("Asia/Kolkata", 2025, 7, 1, 10, 19800),
    ("Australia/Sydney", 2025, 1, 15, 12, 39600),  // southern summer
    ("Australia/Sydney", 2025, 7, 15, 12, 36000),
    ("Europe/London", 2040, 7, 1, 12, 3600),  // past the last listed transition: the POSIX rule
  ])
  func offsets(_ zone: String, _ y: Int, _ m: Int, _ d: Int, _ h: Int, _ expected: Int) {
    #expect(
      TimeZones.utcOffset(zone: zone, date: CivilDate(year: y, month: m, day: d), secondsAfterMidnight: h * 3600)
        == expected)
  }

  @Test func posixRules() {
    let ny = PosixZoneRule("EST5EDT,M3.2.0,M11.1.0")
    #expect(ny?.standard == -18000)
    #expect(ny?.daylight == -14400)
    #expect(PosixZoneRule("<+05>-5")?.standard == 18000)
    #expect(PosixZoneRule("IST-5:30")?.standard == 19800)
    #expect(PosixZoneRule("EET-2EEST,M4.5.5/0,M10.5.4/24") != nil)
    #expect(PosixZoneRule("garbage") == nil)
  }

  @Test func unsafeOrUnknownIdsFallBack() {
    #expect(SystemZoneInfo.zone("../../etc/passwd") == nil)
    #expect(SystemZoneInfo.zone("Nowhere/Atlantis") == nil)
    #expect(
      TimeZones.utcOffset(
        zone: "Nowhere/Atlantis", date: CivilDate(year: 2025, month: 1, day: 1), secondsAfterMidnight: 0) == nil)
  }

  @Test func garbageFilesDoNotParse() {
    #expect(TZif([]) == nil)
    #expect(TZif(Array("TZif2".utf8) + [UInt8](repeating: 0xFF, count: 60)) == nil)
  }
}
