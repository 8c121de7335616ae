import FactDiffExtract
import FactDiffModel
import Testing

/// What one entity corpus phrase must produce.
enum EntityExpectation: Sendable, CustomStringConvertible {
  /// Exactly these person mentions (texts as written), in order.
  case people([String])
  /// A person mention with this text and role (office, portfolio; affiliation checked when given).
  case role(person: String, office: String, portfolio: String?, affiliation: String? = nil)
  /// A place mention with this text standing for this gazetteer place; `dateline` checked when given.
  case place(text: String, name: String, dateline: Bool? = nil)
  /// No place facts at all.
  case noPlace
  /// A quote with this text whose speaker is the mention with this text (nil: no speaker).
  case quote(text: String, speaker: String?)
  /// No quote facts.
  case noQuote
  /// The mention with this text has this attendance (nil: none).
  case attendance(person: String, Attendance?)
  /// A place fact carries this venue phrase.
  case venue(String)

  var description: String {
    switch self {
    case .people(let p): return "people \(p)"
    case .role(let p, let o, let f, let a): return "role \(p): \(o) \(f ?? "-") \(a ?? "")"
    case .place(let t, let n, let d): return "place \(t) = \(n) \(d.map { $0 ? "dateline" : "" } ?? "")"
    case .noPlace: return "no place"
    case .quote(let t, let s): return "quote «\(t)» by \(s ?? "nobody")"
    case .noQuote: return "no quote"
    case .attendance(let p, let a): return "attendance \(p): \(a?.rawValue ?? "none")"
    case .venue(let v): return "venue \(v)"
    }
  }

  /// Nil when the facts satisfy the expectation, else what went wrong.
  func failure(in facts: [Fact]) -> String? {
    let persons = facts.filter { $0.kind == .person }
    switch self {
    case .people(let expected):
      let got = persons.map(\.text)
      return got == expected ? nil : "expected people \(expected), got \(got)"
    case .role(let name, let office, let portfolio, let affiliation):
      guard let f = persons.first(where: { $0.text == name }), case .person(let p) = f.value else {
        return "no person “\(name)” in \(persons.map(\.text))"
      }
      guard let r = p.role else { return "“\(name)” has no role" }
      if r.office != office || r.portfolio != portfolio { return "“\(name)”: got \(r.office) \(r.portfolio ?? "-")" }
      if let affiliation, r.affiliation != affiliation { return "“\(name)”: affiliation \(r.affiliation ?? "-")" }
      return nil
    case .place(let text, let name, let dateline):
      for f in facts {
        guard case .place(let p) = f.value, f.text == text else { continue }
        if p.name != name { return "“\(text)” is \(p.name), not \(name)" }
        if let dateline, p.dateline != dateline { return "“\(text)” dateline \(p.dateline)" }
        return nil
      }
      return "no place “\(text)”; places: \(facts.filter { $0.kind == .place }.map(\.text))"
    case .noPlace:
      let places = facts.filter { $0.kind == .place }.map(\.text)
      return places.isEmpty ? nil : "unexpected places \(places)"
    case .quote(let text, let speaker):
      for f in facts {
        guard case .quote(let q) = f.value, q.text == text else { continue }
        let who = q.speakerRange.flatMap { r in persons.first { $0.range == r }?.text }
        return who == speaker ? nil : "quote speaker \(who ?? "none"), expected \(speaker ?? "none")"
      }
      return "no quote «\(text)»; quotes: \(facts.filter { $0.kind == .quote }.map(\.text))"
    case .noQuote:
      let quotes = facts.filter { $0.kind == .quote }.map(\.text)
      return quotes.isEmpty ? nil : "unexpected quotes \(quotes)"
    case .attendance(let name, let expected):
      guard let f = persons.first(where: { $0.text == name }), case .person(let p) = f.value else {
        return "no person “\(name)” in \(persons.map(\.text))"
      }
      return p.attendance == expected ? nil : "“\(name)”: attendance \(p.attendance?.rawValue ?? "none")"
    case .venue(let v):
      let venues = facts.compactMap { f -> String? in
        if case .place(let p) = f.value { return p.venue }
        return nil
      }
      return venues.contains(v) ? nil : "venues \(venues)"
    }
  }
}

/// A corpus of one entity kind in one language: expectations with the texts that must meet them.
struct EntityCorpus: Sendable {
  var name: String
  var language: Language
  var entries: [(EntityExpectation, [String])]

  var cases: [EntityCase] {
    entries.flatMap { e in e.1.map { EntityCase(corpus: name, language: language, text: $0, expected: e.0) } }
  }
}

/// One text of a corpus with its expectation.
struct EntityCase: Sendable, CustomTestStringConvertible {
  var corpus: String
  var language: Language
  var text: String
  var expected: EntityExpectation

  var testDescription: String { "\(corpus): \(text.prefix(60))" }

  func facts() -> [Fact] {
    Extraction.analyze(Source(id: "t", text: text, language: language)).facts
  }
}
