import FactDiff

/// The UTC offsets of the main event's clock times, for the HTML timeline (`RenderOptions.utcOffsets`).
///
/// A time's zone is the one written next to it, or the report's declared zone; "local time" and a time with no
/// zone are read in the zone of the event's place, as the checks read them. The day is the event's, else the
/// report's published day (daylight saving depends on it). Times whose zone cannot be found get no offset.
enum ClockOffsets {
  static func of(_ result: PipelineResult) -> [String: Int] {
    var out: [String: Int] = [:]
    for doc in result.documents {
      let id = doc.source.id
      guard let day = result.events.sources[id]?.mainDate ?? doc.source.published?.date else { continue }
      let eventZone = result.events.eventZone(of: id)
      func offset(_ t: ClockTime) -> Int? {
        switch t.zone {
        case .offset(let o)?: return o
        case .zone(let z)?: return TimeZones.utcOffset(zone: z, date: day, secondsAfterMidnight: t.seconds)
        case .local?, nil:
          return eventZone.flatMap { TimeZones.utcOffset(zone: $0, date: day, secondsAfterMidnight: t.seconds) }
        }
      }
      for f in doc.facts where f.event == "main" {
        switch f.value {
        case .time(let t): out[f.id] = offset(t)
        case .span(let a, let b):
          out[f.id + "/start"] = offset(a)
          out[f.id + "/end"] = offset(b)
        default: break
        }
      }
    }
    return out
  }
}
