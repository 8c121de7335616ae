import FactDiffModel

/// People, places, roles, quotes and attendance (Extract/Entity).
///
/// Order: titles first (they tell where names start), then names with a given name, initials or a title, then
/// places, then the remaining names (apposition, attribution, surname shape, later bare surnames); attendance and
/// quotes read the sentences around the names; venues attach to the place of their sentence.
enum EntityStage {
  static func run(_ document: inout Document) {
    guard !document.tokens.isEmpty else { return }
    // The scan keeps a copy of the document without its facts, so that the facts found are appended to the
    // document's own list in place (neither copied from a list of their own nor the shared list copied whole).
    var view = document
    view.facts = []
    facts(view, into: &document.facts, bare: &document.bareSurnames)
  }

  private static func facts(_ document: Document, into facts: inout [Fact], bare: inout [BareSurname]) {
    let doc = EntityScan(document)
    let tokens = doc.tokens
    let roles = RoleParser.scan(doc)
    var taken = [Bool](repeating: false, count: tokens.count)
    for r in roles {
      for k in r.range { taken[k] = true }
      for p in r.places { for k in p { taken[k] = false } }
    }
    PersonExtractor.markOrganisationNames(doc, &taken)
    var persons = PersonExtractor.findNamed(doc, roles: roles, taken: &taken)
    let places = PlaceExtractor.find(doc, taken: &taken)
    persons = PersonExtractor.findRest(doc, roles: roles, found: consume persons, taken: &taken)
    AttendanceTagger.tag(doc, &persons)
    // Bare surnames no name of the report explains: kept aside for entity resolution (`BareSurnames`).
    for c in BareSurnames.find(doc, persons: persons, taken: taken) {
      let m = PersonExtractor.mention(doc, c.range, nil)
      let value = PersonValue(name: doc.source.snippet(m.bytes), entity: "", role: nil, attendance: nil)
      let fact = Fact(
        origin: document.origin, value: .person(value), range: m.bytes,
        sentence: doc.sentence(ofToken: c.range.lowerBound))
      bare.append(BareSurname(fact: fact, group: c.group, strong: c.strong, partner: c.partner))
    }
    let venues = VenueFinder.find(doc, places: places)

    facts.reserveCapacity(facts.count + persons.count + places.count + 8)
    for m in persons {
      let value = PersonValue(
        name: doc.source.snippet(m.bytes), entity: "", role: m.role?.role, attendance: m.attendance)
      facts.append(
        Fact(
          origin: document.origin, value: .person(value), range: m.bytes,
          sentence: doc.sentence(ofToken: m.range.lowerBound)))
    }
    for (k, p) in places.enumerated() {
      var value: PlaceValue
      if let index = p.place {
        let g = Gazetteer.places[index]
        value = PlaceValue(
          name: g.name, entity: "", timezone: g.timezone, country: g.country, dateline: p.dateline,
          category: g.kind.rawValue)
      } else {
        value = PlaceValue(name: p.unknownName ?? doc.text(p.range), entity: "", dateline: p.dateline, category: "city")
      }
      value.venue = venues[k]
      if p.facility { value.category = "facility" }
      let bytes = PersonExtractor.nameBytes(doc, p.range)
      facts.append(
        Fact(
          origin: document.origin, value: .place(value), range: bytes,
          sentence: doc.sentence(ofToken: p.range.lowerBound)))
    }
    QuoteExtractor.find(doc, persons: persons, into: &facts)
  }
}
