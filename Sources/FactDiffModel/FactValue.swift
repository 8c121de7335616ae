/// The kind of a fact, as the contract spells it.
public enum FactKind: String, Sendable, Hashable, Codable, CaseIterable {
  case time, date, duration, span, number, person, place, quote
}

/// Where a clock time is read.
public enum TimeZoneRef: Hashable, Sendable {
  /// An IANA zone ("Europe/Moscow").
  case zone(String)
  /// A fixed offset from UTC, in seconds ("UTC+3", "GMT" = 0).
  case offset(Int)
  /// Local time of the place of the event ("local time", or no zone at all).
  case local

  /// The contract's JSON spelling: the zone id, `UTC+03:00`, or `local`.
  public var json: String {
    switch self {
    case .zone(let id): return id
    case .local: return "local"
    case .offset(let s):
      let a = abs(s)
      let h = a / 3600
      let m = (a % 3600) / 60
      return "UTC\(s < 0 ? "-" : "+")\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }
  }
}

/// A clock time as written: hour and minute on a 24-hour clock, and the zone it is read in.
public struct ClockTime: Hashable, Sendable {
  public var hour: Int
  public var minute: Int
  /// The zone written next to it or declared for the source; nil when nothing says.
  public var zone: TimeZoneRef?
  /// True when the zone comes from the words next to the time (not from front matter).
  public var zoneStated: Bool

  public init(hour: Int, minute: Int, zone: TimeZoneRef? = nil, zoneStated: Bool = false) {
    self.hour = hour
    self.minute = minute
    self.zone = zone
    self.zoneStated = zoneStated
  }

  /// Seconds after midnight.
  public var seconds: Int { hour * 3600 + minute * 60 }
}

/// A calendar date as written: the year may be missing ("27 февраля"); a relative date keeps its words.
public struct DateValue: Hashable, Sendable {
  public var year: Int?
  public var month: Int
  public var day: Int
  /// ISO weekday written next to the date (Monday = 1), if any.
  public var weekday: Int?
  /// The words of a relative date ("yesterday", "вчера", "on Tuesday").
  public var relative: String?
  /// True when year, month or day was filled in from the source's `published` date.
  public var resolvedFromPublished: Bool
  /// How much time the words cover: a day ("27 February", "yesterday"), a week ("last week": `day` is its Monday)
  /// or a month ("in January": `day` is 1).
  public var precision: DatePrecision

  public init(
    year: Int? = nil, month: Int, day: Int, weekday: Int? = nil, relative: String? = nil,
    resolvedFromPublished: Bool = false, precision: DatePrecision = .day
  ) {
    self.year = year
    self.month = month
    self.day = day
    self.weekday = weekday
    self.relative = relative
    self.resolvedFromPublished = resolvedFromPublished
    self.precision = precision
  }

  /// The day, when the year is known and the date exists.
  public var civil: CivilDate? { year.flatMap { CivilDate.valid(year: $0, month: month, day: day) } }
}

/// How much time a date's words cover.
public enum DatePrecision: String, Hashable, Sendable {
  case day, week, month
}

/// A count, an amount of money or another quantity, as the full amount.
public struct Quantity: Hashable, Sendable {
  public var value: Double
  /// ISO 4217 code for money, `%` for percentages, or a unit word ("m3"); nil for a plain count.
  public var unit: String?
  /// A normalised name of what is counted ("agreements", "companies"), when the text says.
  public var counts: String?
  /// Upper end of a vague count ("dozens" = 24…99, `value` holding the lower end) or of a range ("10–12").
  public var rangeMax: Double?

  public init(value: Double, unit: String? = nil, counts: String? = nil, rangeMax: Double? = nil) {
    self.value = value
    self.unit = unit
    self.counts = counts
    self.rangeMax = rangeMax
  }
}

/// A normalised title: the office held and its portfolio ("deputy-minister" of "foreign-affairs").
public struct Role: Hashable, Sendable {
  /// The office, from the role vocabulary (Docs/FactModel.md): "minister", "deputy-minister", "spokesperson"…
  public var office: String
  /// The field or department, from the vocabulary ("foreign-affairs", "energy"), if any.
  public var portfolio: String?
  /// The country or body the office belongs to (ISO 3166 alpha-2 or an organisation id), if said.
  public var affiliation: String?
  /// The title as written.
  public var text: String

  public init(office: String, portfolio: String? = nil, affiliation: String? = nil, text: String) {
    self.office = office
    self.portfolio = portfolio
    self.affiliation = affiliation
    self.text = text
  }

  /// The canonical English name used in JSON and messages ("deputy minister (foreign affairs)").
  public var canonical: String {
    let o = office.replacingDashes()
    if let portfolio { return "\(o) (\(portfolio.replacingDashes()))" }
    return o
  }
}

/// What a report says about a person's part in the event.
public enum Attendance: String, Hashable, Sendable {
  /// Led a delegation or a side.
  case led
  /// Took part, attended, was in the delegation, met or signed.
  case present
  /// Explicitly did not take part.
  case absent
}

public struct PersonValue: Hashable, Sendable {
  /// The entity's canonical name (Latin script).
  public var name: String
  /// The entity id shared across sources ("P1").
  public var entity: String
  public var role: Role?
  public var attendance: Attendance?

  public init(name: String, entity: String, role: Role? = nil, attendance: Attendance? = nil) {
    self.name = name
    self.entity = entity
    self.role = role
    self.attendance = attendance
  }
}

public struct PlaceValue: Hashable, Sendable {
  /// The canonical English name ("Istanbul").
  public var name: String
  /// The entity id shared across sources ("L1").
  public var entity: String
  /// The IANA zone of the place, where one fits.
  public var timezone: String?
  /// The ISO country code of the place (for a country, itself).
  public var country: String?
  /// True for a dateline ("ISTANBUL, Feb 27 —"): where the report was filed.
  public var dateline: Bool
  /// A venue phrase attached to the place ("the U.S. consul general's residence").
  public var venue: String?
  /// What kind of place: "city", "country", "region" or "water"; nil when unknown.
  public var category: String?

  public init(
    name: String, entity: String, timezone: String? = nil, country: String? = nil, dateline: Bool = false,
    venue: String? = nil, category: String? = nil
  ) {
    self.category = category
    self.name = name
    self.entity = entity
    self.timezone = timezone
    self.country = country
    self.dateline = dateline
    self.venue = venue
  }
}

public struct QuoteValue: Hashable, Sendable {
  /// The speaker's entity id, when the attribution names one.
  public var speaker: String?
  public var text: String
  /// Byte range of the person mention the attribution names (set by extraction; resolution turns it into
  /// `speaker`).
  public var speakerRange: TextRange? = nil

  public init(speaker: String? = nil, text: String, speakerRange: TextRange? = nil) {
    self.speaker = speaker
    self.text = text
    self.speakerRange = speakerRange
  }
}

/// The value of a fact, one case per kind.
public enum FactValue: Hashable, Sendable {
  case time(ClockTime)
  case date(DateValue)
  /// A length of time in seconds.
  case duration(Double)
  case span(start: ClockTime, end: ClockTime)
  case number(Quantity)
  case person(PersonValue)
  case place(PlaceValue)
  case quote(QuoteValue)

  public var kind: FactKind {
    switch self {
    case .time: return .time
    case .date: return .date
    case .duration: return .duration
    case .span: return .span
    case .number: return .number
    case .person: return .person
    case .place: return .place
    case .quote: return .quote
    }
  }
}

extension String {
  /// The string with every `-` replaced by a space ("deputy-minister" → "deputy minister").
  func replacingDashes() -> String { String(map { $0 == "-" ? " " : $0 }) }
}
