import CICU
import FactDiffModel

/// IANA time zones through ICU calendars.
public enum TimeZones {
  /// The UTC offset in seconds (DST included) of `zone` at the given local wall-clock time, or nil for an unknown
  /// zone. `Europe/Moscow` on 2025-02-27 10:00 → 10800; `America/New_York` on 2025-03-20 03:00 → -14400.
  ///
  /// ICU's defaults decide the two odd cases: a wall time that occurs twice (clocks going back) gets the later,
  /// standard offset (New York 2025-11-02 01:30 → -18000); one that does not exist (clocks going forward) is read
  /// as the time after the jump and gets the daylight offset (New York 2025-03-09 02:30 → -14400).
  public static func utcOffset(zone: String, date: CivilDate, secondsAfterMidnight: Int) -> Int? {
    // The system's zone database first: it is updated with the OS, ICU's copy is frozen with the library.
    if let system = SystemZoneInfo.utcOffset(zone: zone, date: date, secondsAfterMidnight: secondsAfterMidnight) {
      return system
    }
    guard isKnown(zone) else { return nil }
    let seconds = min(max(secondsAfterMidnight, 0), 86_400)
    let units = Array(zone.utf16)
    var status: Int32 = 0
    let millis = units.withUnsafeBufferPointer { id in
      cicu_zone_offset(
        id.baseAddress, Int32(id.count), Int32(clamping: date.year), Int32(clamping: date.month),
        Int32(clamping: date.day), Int32(seconds / 3600), Int32(seconds / 60 % 60), Int32(seconds % 60), &status)
    }
    return ICU.failed(status) ? nil : Int(millis) / 1000
  }

  /// True when ICU knows the zone id (an IANA name or alias such as `Europe/Kiev`, or a custom `GMT+03:00`).
  public static func isKnown(_ zone: String) -> Bool {
    canonicalID(zone) != nil
  }

  /// ICU's canonical id for a zone (`Europe/Kiev` → `Europe/Kyiv` with recent data), or nil for an unknown zone.
  public static func canonicalID(_ zone: String) -> String? {
    guard !zone.isEmpty, zone.utf16.count < 256 else { return nil }
    let units = Array(zone.utf16)
    var isSystem: Int32 = 0
    let canonical = units.withUnsafeBufferPointer { id in
      ICU.stringOutput(capacity: 64) { buffer, capacity, status in
        cicu_zone_canonical(id.baseAddress, Int32(id.count), buffer, capacity, &isSystem, &status)
      }
    }
    guard let canonical, canonical != "Etc/Unknown" else { return nil }
    // Custom ids ("GMT+03:00") are not system zones but are well defined; anything else ICU would not map.
    return isSystem != 0 || canonical.hasPrefix("GMT") ? canonical : nil
  }
}
