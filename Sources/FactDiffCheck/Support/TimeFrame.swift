import FactDiffModel
import FactDiffResolve
import FactDiffText

/// A clock time placed on the UTC time line of a given day.
struct PlacedTime {
  /// Seconds after midnight UTC of the reference day (may fall outside 0…86400).
  let strict: Interval
  let widened: Interval
  /// The offset used, in seconds.
  let offset: Int
  /// How the zone was decided.
  let basis: Basis
  /// The zone id or label used.
  let zoneLabel: String

  enum Basis: Equatable {
    /// A zone written next to the time, or "local time" with a known place.
    case stated
    /// The source's front matter.
    case declared
    /// Nothing said: read as the local time of the event's place (an assumption).
    case assumed
  }
}

enum TimeFrame {
  /// Places a time fact on the UTC line of `date`, or nil when no zone can be found.
  static func place(_ f: Fact, date: CivilDate, eventZone: String?) -> PlacedTime? {
    guard case .time(let t) = f.value, let strict = f.bounds, let widened = f.widened else { return nil }
    let local = t.seconds
    // An end past midnight keeps its clock reading but lies on a later day ("broke up at 05:00 on Sunday"): its
    // offset is that day's, which differs from the first day's on the night the clocks change.
    let days = ((strict.min ?? Double(local)) - Double(local)) / 86400
    let date = days.isFinite && abs(days) >= 0.5 && abs(days) < 10 ? date.adding(days: Int(days.rounded())) : date
    var basis: PlacedTime.Basis = t.zoneStated ? .stated : .declared
    let offset: Int
    let label: String
    switch t.zone {
    case .zone(let id)?:
      guard let o = TimeZones.utcOffset(zone: id, date: date, secondsAfterMidnight: local) else { return nil }
      offset = o
      label = id
    case .offset(let o)?:
      offset = o
      label = ClockTime.offsetLabel(o)
    case .local?:
      guard let z = eventZone, let o = TimeZones.utcOffset(zone: z, date: date, secondsAfterMidnight: local) else {
        return nil
      }
      offset = o
      label = z
      basis = .stated
    case nil:
      guard let z = eventZone, let o = TimeZones.utcOffset(zone: z, date: date, secondsAfterMidnight: local) else {
        return nil
      }
      offset = o
      label = z
      basis = .assumed
    }
    let shift = Double(-offset)
    return PlacedTime(
      strict: strict.shifted(by: shift), widened: widened.shifted(by: shift), offset: offset, basis: basis,
      zoneLabel: label)
  }
}

extension ClockTime {
  /// "UTC+03:00".
  static func offsetLabel(_ o: Int) -> String { TimeZoneRef.offset(o).json }
}
