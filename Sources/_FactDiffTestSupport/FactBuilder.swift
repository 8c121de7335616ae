@_exported import FactDiff

/// Builds documents with facts placed by hand at phrases of a text, so checks can be tested without extraction.
///
///     var b = FactBuilder(id: "a", text: "Talks began at 10:00 and lasted six hours.", language: .en)
///     b.time("10:00", 10, 0)
///     b.duration("six hours", 6 * 3600)
///     let doc = b.document
public struct FactBuilder {
  public let source: Source
  public var facts: [Fact] = []
  public var tolerance = ToleranceTable()
  private var cursor = 0

  public init(id: String, text: String, language: Language = .en, published: String? = nil, timezone: String? = nil) {
    source = Source(
      id: id, text: text, language: language, published: published.flatMap(Published.parse), timezone: timezone)
  }

  /// The byte range of the next occurrence of `phrase` (searching from the previous fact on, then from the start).
  mutating func locate(_ phrase: String) -> TextRange {
    let bytes = Array(source.text.utf8)
    let p = Array(phrase.utf8)
    func find(from: Int) -> Int? {
      guard p.count <= bytes.count, from <= bytes.count - p.count else { return nil }
      for i in from...(bytes.count - p.count) where bytes[i..<(i + p.count)].elementsEqual(p) { return i }
      return nil
    }
    guard let at = find(from: cursor) ?? find(from: 0) else {
      preconditionFailure("phrase not found in test text: \(phrase)")
    }
    cursor = at + p.count
    return TextRange(at, at + p.count)
  }

  mutating func add(
    _ phrase: String, _ value: FactValue, hedge: Hedge?, grain: Double?, strict: Interval?, widened: Interval?
  ) {
    let r = locate(phrase)
    let doc = Document(source: source)
    let sentence = doc.sentence(ofToken: doc.tokenIndex(atOrAfter: r.start))
    facts.append(
      Fact(
        source: source.id, value: value, text: phrase, range: r, hedge: hedge, grain: grain, bounds: strict,
        widened: widened, sentence: sentence))
  }

  public mutating func time(
    _ phrase: String, _ h: Int, _ m: Int, zone: TimeZoneRef? = nil, stated: Bool = true, hedge: Hedge? = nil
  ) {
    let v = Double(h * 3600 + m * 60)
    let g = tolerance.grain(clock: v)
    let (s, w) = tolerance.intervals(value: v, grain: g, hedge: hedge, clock: true)
    add(
      phrase, .time(ClockTime(hour: h, minute: m, zone: zone, zoneStated: zone != nil && stated)), hedge: hedge,
      grain: g, strict: s, widened: w)
  }

  public mutating func duration(_ phrase: String, _ seconds: Double, hedge: Hedge? = nil, grain: Double? = nil) {
    let g = grain ?? tolerance.grain(duration: seconds)
    let (s, w) = tolerance.intervals(value: seconds, grain: g, hedge: hedge)
    add(phrase, .duration(seconds), hedge: hedge, grain: g, strict: s, widened: w)
  }

  public mutating func date(
    _ phrase: String, _ y: Int?, _ m: Int, _ d: Int, weekday: Int? = nil, relative: String? = nil,
    inferredYear: Bool = false
  ) {
    add(
      phrase,
      .date(
        DateValue(
          year: y, month: m, day: d, weekday: weekday, relative: relative,
          resolvedFromPublished: inferredYear || relative != nil)), hedge: nil, grain: nil, strict: nil, widened: nil)
  }

  public mutating func number(
    _ phrase: String, _ v: Double, unit: String? = nil, counts: String? = nil, hedge: Hedge? = nil
  ) {
    let g = tolerance.grain(count: v)
    let (s, w) = tolerance.intervals(value: v, grain: g, hedge: hedge, count: true)
    add(phrase, .number(Quantity(value: v, unit: unit, counts: counts)), hedge: hedge, grain: g, strict: s, widened: w)
  }

  public mutating func person(
    _ phrase: String, entity: String, name: String? = nil, role: Role? = nil, attendance: Attendance? = nil
  ) {
    add(
      phrase, .person(PersonValue(name: name ?? phrase, entity: entity, role: role, attendance: attendance)),
      hedge: nil, grain: nil, strict: nil, widened: nil)
  }

  public mutating func place(
    _ phrase: String, entity: String, name: String, zone: String? = nil, country: String? = nil,
    category: String? = "city", dateline: Bool = false
  ) {
    add(
      phrase,
      .place(
        PlaceValue(name: name, entity: entity, timezone: zone, country: country, dateline: dateline, category: category)
      ), hedge: nil, grain: nil, strict: nil, widened: nil)
  }

  public mutating func quote(_ phrase: String, speaker: String?) {
    add(phrase, .quote(QuoteValue(speaker: speaker, text: phrase)), hedge: nil, grain: nil, strict: nil, widened: nil)
  }

  /// The document with its facts sorted, numbered and positioned, as extraction would leave it.
  public var document: Document {
    var doc = Document(source: source)
    doc.facts = facts.sorted { $0.range < $1.range }
    for k in doc.facts.indices {
      doc.facts[k].id = "\(source.id)#\(k + 1)"
      doc.facts[k].position = source.position(of: doc.facts[k].range)
    }
    return doc
  }
}

/// Runs resolution of events (not entities: builder facts carry their entity ids) and every check.
public func runChecks(_ docs: [Document]) -> (findings: [Finding], docs: [Document], events: EventModel) {
  var docs = docs
  let events = EventResolution.resolve(&docs)
  return (Checker.run(docs, events: events), docs, events)
}
