import FactDiffModel
import FactDiffText
import Testing

@Suite struct TimeZonesTests {
  @Test(
    "UTC offsets with DST",
    arguments: [
      ("Europe/Moscow", 2025, 2, 27, 10, 10800),
      ("America/New_York", 2025, 2, 12, 3, -18000),
      ("America/New_York", 2025, 3, 20, 3, -14400),
      ("Europe/Kyiv", 2025, 2, 12, 12, 7200),
      ("Europe/Kyiv", 2025, 7, 1, 12, 10800),
      ("Europe/Kiev", 2025, 7, 1, 12, 10800),
      ("Europe/Budapest", 2025, 11, 4, 12, 3600),
      ("Europe/Budapest", 2025, 7, 4, 12, 7200),
      ("Asia/Riyadh", 2025, 2, 12, 12, 10800),
      ("Europe/Istanbul", 2025, 5, 16, 12, 10800),
      ("UTC", 2025, 1, 1, 0, 0),
      ("America/New_York", 2025, 11, 2, 1, -18000),  // 01:30 happens twice: the later, standard offset
      ("America/New_York", 2025, 3, 9, 2, -14400),  // 02:30 does not exist: read as after the jump
    ])
  func offset(_ zone: String, _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ expected: Int) {
    let date = CivilDate(year: year, month: month, day: day)
    #expect(TimeZones.utcOffset(zone: zone, date: date, secondsAfterMidnight: hour * 3600 + 1800) == expected)
    #expect(TimeZones.isKnown(zone))
  }

  @Test("unknown zones", arguments: ["Mars/Olympus", "Europe/Atlantis", "", "Etc/Unknown", "not a zone"])
  func unknown(_ zone: String) {
    #expect(!TimeZones.isKnown(zone))
    let date = CivilDate(year: 2025, month: 1, day: 1)
    #expect(TimeZones.utcOffset(zone: zone, date: date, secondsAfterMidnight: 0) == nil)
  }

  @Test func canonicalIDs() {
    #expect(TimeZones.canonicalID("Europe/Moscow") == "Europe/Moscow")
    #expect(TimeZones.canonicalID("GMT+03:00") == "GMT+03:00")
    // ICU 72 keeps "Europe/Kiev" canonical, newer data "Europe/Kyiv": both are the same zone.
    #expect(["Europe/Kiev", "Europe/Kyiv"].contains(TimeZones.canonicalID("Europe/Kyiv")))
  }
}
