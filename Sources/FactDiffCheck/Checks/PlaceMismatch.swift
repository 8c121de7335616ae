import FactDiffModel

/// Reports of one event put it in different places.
struct PlaceMismatch: Check {
  static let info = RuleInfo(
    id: "place-mismatch", fact: .location, scope: .acrossSources, severity: .error,
    summary: "Reports of one event put it in different places.",
    documentation: """
      Each report's venue is the first place of its lead named after "in", "at", "в", "у" in a clause about the \
      event — not a dateline (where the report was filed: a video call reported from MOSCOW and from WASHINGTON \
      has no single venue), not a place in another event's clause ("the previous meeting in Jeddah"), not where a \
      commentator spoke ("diplomats in Ankara said"), not where money, aid or goods go ("most of the money would \
      go to the Zhytomyr region", "поставки в Германию", "a €120 million programme at Reni"); but a dateline is \
      the venue when the report's venue \
      phrase names no city of its own ("SEOUL — The talks at the Ministry of Trade …"), before any city of a later \
      sentence ("assembled at a shipyard near Baku") and when the report names no other, unless the phrase names \
      another country than the dateline's ("MOSCOW — … talks at Mongolia's Ministry of Road"). Places are resolved across scripts and case forms \
      (Riyadh = Эр-Рияде = Ер-Ріяді). A city and the country it lies in do not conflict; two cities do, unless \
      the report whose venue differs also names the other city in a clause about the event ("low water in the \
      Toktogul reservoir … after talks in Bishkek"): then which place is the venue is not certain. A place inside \
      a quote is the speaker's, never a venue.
      """,
    example: "wire: \"held talks in Riyadh\"; daily: \"opened talks … in Jeddah\"",
    quietExample: "wire: \"met in Istanbul\"; agency: \"в Стамбуле\"; daily: \"in Turkey\"")
  static let unit = CheckUnit.groups

  func run(_ context: CheckContext, _ part: Range<Int>) -> [Finding] {
    var out: [Finding] = []
    for group in context.comparableGroups[part] {
      var venues: [(source: String, place: PlaceValue, fact: Fact)] = []
      for s in group {
        guard let e = context.events.sources[s], let v = e.venue, let id = e.venueFact,
          let doc = context.doc(s), let f = doc.facts.first(where: { $0.id == id })
        else { continue }
        // A place inside a quote ("bread in Soweto and oranges in Lviv") is the speaker's words, not the venue.
        if doc.facts.contains(where: {
          $0.kind == .quote && $0.range.start <= f.range.start && f.range.end <= $0.range.end
        }) {
          continue
        }
        venues.append((s, v, f))
      }
      // Two reports conflict when their venues do and neither names the other's venue in its main event. The
      // venues are compared once per distinct place (what `conflict` reads of it), each report's named places
      // found once: reports of one event name a handful of places, however many reports there are.
      var named: [String: Set<String>] = [:]
      var members: [PlaceKey: [String]] = [:]
      var keys: [PlaceKey] = []
      for v in venues {
        if named[v.source] == nil { named[v.source] = namedPlaces(v.source, context) }
        let key = PlaceKey(entity: v.place.entity, country: v.place.country, category: v.place.category)
        if members[key] == nil { keys.append(key) }
        members[key, default: []].append(v.source)
      }
      var conflicting: Set<String> = []
      for (i, a) in keys.enumerated() {
        for b in keys[(i + 1)...] where conflict(a.place, b.place) {
          let inA = members[a]!.filter { !named[$0]!.contains(b.entity) }
          let inB = members[b]!.filter { !named[$0]!.contains(a.entity) }
          guard !inA.isEmpty && !inB.isEmpty else { continue }
          conflicting.formUnion(inA)
          conflicting.formUnion(inB)
        }
      }
      guard !conflicting.isEmpty else { continue }
      let involved = venues.filter { conflicting.contains($0.source) }
      let byPlace = Dictionary(grouping: involved, by: { $0.place.entity }).sorted {
        $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
      }
      var parts: [String] = []
      var evidence: [Evidence] = []
      for (g, (_, items)) in byPlace.enumerated() {
        parts.append(
          "\(items[0].place.name) in \(Describe.list(items.map { "\($0.source) (\(Describe.quoted($0.fact.text)))" }))")
        evidence += items.map { context.evidence($0.fact, reading: $0.place.name, group: g) }
      }
      out.append(
        Finding(
          rule: Self.info.id, fact: .location, scope: .acrossSources, severity: .error,
          sources: conflicting.sorted(),
          message: "reports put the event in different places: " + parts.joined(separator: "; against "),
          evidence: evidence, event: "main", slot: "venue"))
    }
    return out
  }

  /// What `conflict` reads of a place.
  struct PlaceKey: Hashable {
    let entity: String
    let country: String?
    let category: String?

    var place: PlaceValue { PlaceValue(name: "", entity: entity, country: country, category: category) }
  }

  /// The places a report names in its main event (not in its dateline), after "in", "at"…: "… low water in the
  /// Toktogul reservoir … after talks in Bishkek" does not put the talks anywhere but Bishkek for certain, so it
  /// does not contradict a report that says Bishkek.
  func namedPlaces(_ source: String, _ context: CheckContext) -> Set<String> {
    guard let doc = context.doc(source) else { return [] }
    var out: Set<String> = []
    for f in doc.facts where f.event == "main" {
      guard case .place(let p) = f.value, !p.dateline, !out.contains(p.entity), Self.afterLocative(f, doc.source)
      else { continue }
      out.insert(p.entity)
    }
    return out
  }

  /// Prepositions that put an event somewhere ("in Bishkek", "в Каире", "у Бішкеку").
  static let locatives: Set<String> = ["in", "at", "в", "во", "у"]

  /// True when the word before a place is a locative preposition: "talks in Bishkek" names a venue, "the ports
  /// of Duqm and Salalah" does not.
  static func afterLocative(_ f: Fact, _ source: Source) -> Bool {
    let before = source.snippet(TextRange(max(0, f.range.start - 16), f.range.start))
    let words = before.split(whereSeparator: { $0.isWhitespace })
    guard before.last?.isWhitespace == true, let last = words.last else { return false }
    return locatives.contains(last.lowercased())
  }

  /// Two places conflict when they are different cities, or lie in different countries.
  func conflict(_ a: PlaceValue, _ b: PlaceValue) -> Bool {
    if a.entity == b.entity { return false }
    guard let ca = a.country, let cb = b.country else { return false }
    if a.category == "country" || b.category == "country" { return ca != cb }
    if a.category == "region" || b.category == "region" || a.category == "water" || b.category == "water" {
      return false
    }
    return true
  }
}
