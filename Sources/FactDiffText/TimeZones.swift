import FactDiffModel

/// IANA time zones through ICU calendars.
public enum TimeZones {
  /// The UTC offset in seconds (DST included) of `zone` at the given local wall-clock time, or nil for an unknown
  /// zone. `Europe/Moscow` on 2025-02-27 10:00 → 10800; `America/New_York` on 2025-03-20 03:00 → -14400.
  public static func utcOffset(zone: String, date: CivilDate, secondsAfterMidnight: Int) -> Int? {
    nil  // TODO(text layer)
  }

  /// True when ICU knows the zone id.
  public static func isKnown(_ zone: String) -> Bool {
    false  // TODO(text layer)
  }
}
