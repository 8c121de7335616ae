import FactDiffModel

/// `--format json`: the contract's schema version 1 (CONTRACT.md), keys in a fixed order.
public enum JSONPrinter {
  /// The contract's schema version.
  public static let schemaVersion = 1

  /// The `check` document: sources, facts and findings.
  public static func check(_ r: Report) -> String {
    var out = ""
    check(r) { out += $0 }
    return out
  }

  /// The `check` document handed out in pieces, in order (`write` joined gives `check(r)` byte for byte): the
  /// facts and findings are written one at a time, so that the document is never held whole, nor its tree.
  public static func check(_ r: Report, write: (String) -> Void) {
    var members = header(r)
    members.append(.value("groups", .array(r.groups.map { .array($0.map(JSONValue.string)) })))
    members.append(.list("facts", isEmpty: r.facts.isEmpty) { item in for f in r.facts { item(fact(f)) } })
    members.append(.list("findings", isEmpty: r.findings.isEmpty) { item in for f in r.findings { item(finding(f)) } })
    if let hidden = r.baselineHidden { members.append(.value("baseline", .object([("hidden", .int(hidden))]))) }
    if !r.errors.isEmpty { members.append(.value("errors", .array(r.errors.map(error)))) }
    PrettyStream.object(members, write: write)
  }

  /// The `extract` document: sources and facts.
  public static func extract(_ r: Report) -> String {
    var out = ""
    extract(r) { out += $0 }
    return out
  }

  /// The `extract` document handed out in pieces, in order (`write` joined gives `extract(r)` byte for byte): the
  /// facts are written one at a time, so that the document is never held whole, nor its tree.
  public static func extract(_ r: Report, write: (String) -> Void) {
    var members = header(r)
    members.append(.list("facts", isEmpty: r.facts.isEmpty) { item in for f in r.facts { item(fact(f)) } })
    if !r.errors.isEmpty { members.append(.value("errors", .array(r.errors.map(error)))) }
    PrettyStream.object(members, write: write)
  }

  /// The members both documents open with: the schema version, the tool and the sources.
  private static func header(_ r: Report) -> [PrettyStream.Member] {
    [
      .value("schemaVersion", .int(schemaVersion)),
      .value("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
      // One source at a time, as the facts: a run of 100,000 reports would otherwise hold their tree (about 30 MB).
      .list("sources", isEmpty: r.sources.isEmpty) { item in for s in r.sources { item(source(s)) } },
    ]
  }

  static func source(_ s: Report.SourceInfo) -> JSONValue {
    var o: [(String, JSONValue)] = [
      ("id", .string(s.id)), ("path", .string(s.path)), ("language", .string(s.language.rawValue)),
    ]
    if let outlet = s.outlet { o.append(("outlet", .string(outlet))) }
    return .object(o)
  }

  static func error(_ e: SourceError) -> JSONValue {
    var o: [(String, JSONValue)] = [("path", .string(e.path)), ("reason", .string(e.reason.rawValue))]
    if let l = e.line { o.append(("line", .int(l))) }
    if let c = e.column { o.append(("column", .int(c))) }
    if let b = e.byteOffset { o.append(("byteOffset", .int(b))) }
    o.append(("message", .string(e.message)))
    return .object(o)
  }

  /// One fact, as CONTRACT.md shows it.
  public static func fact(_ f: Fact) -> JSONValue {
    var o: [(String, JSONValue)] = [
      ("id", .string(f.id)), ("source", .string(f.source)), ("kind", .string(f.kind.rawValue)),
      ("text", .string(f.text)), ("line", .int(f.position.line)), ("column", .int(f.position.column)),
      ("offset", .int(f.position.offset)), ("length", .int(f.position.length)),
      ("value", value(f.value)),
    ]
    if let h = f.hedge { o.append(("hedge", .string(h.rawValue))) }
    if let b = f.bounds { o.append(("bounds", interval(b))) }
    if let w = f.widened { o.append(("widened", interval(w))) }
    if let e = f.event { o.append(("event", .string(e))) }
    if let s = f.slot { o.append(("slot", .string(s.name))) }
    return .object(o)
  }

  static func interval(_ i: Interval) -> JSONValue {
    .object([("min", i.min.map(JSONValue.number) ?? .null), ("max", i.max.map(JSONValue.number) ?? .null)])
  }

  static func time(_ t: ClockTime) -> JSONValue {
    var o: [(String, JSONValue)] = [("hour", .int(t.hour)), ("minute", .int(t.minute))]
    if let z = t.zone { o.append(("timezone", .string(z.json))) }
    return .object(o)
  }

  /// The `value` object of a fact, by kind.
  public static func value(_ v: FactValue) -> JSONValue {
    switch v {
    case .time(let t): return time(t)
    case .date(let d):
      var o: [(String, JSONValue)] = []
      if let y = d.year { o.append(("year", .int(y))) }
      o.append(("month", .int(d.month)))
      o.append(("day", .int(d.day)))
      if let w = d.weekday { o.append(("weekday", .int(w))) }
      if let r = d.relative { o.append(("relative", .string(r))) }
      return .object(o)
    case .duration(let s): return .object([("seconds", .number(s))])
    case .span(let a, let b):
      var secs = b.seconds - a.seconds
      if secs < 0 { secs += 86400 }
      return .object([("start", time(a)), ("end", time(b)), ("seconds", .int(secs))])
    case .number(let q):
      var o: [(String, JSONValue)] = [("value", .number(q.value))]
      if let m = q.rangeMax { o.append(("max", .number(m))) }
      if let u = q.unit { o.append(("unit", .string(u))) }
      if let c = q.counts { o.append(("counts", .string(c))) }
      return .object(o)
    case .person(let p):
      var o: [(String, JSONValue)] = [("name", .string(p.name)), ("entity", .string(p.entity))]
      if let r = p.role { o.append(("role", .string(r.canonical))) }
      if let a = p.attendance { o.append(("attendance", .string(a.rawValue))) }
      return .object(o)
    case .place(let p):
      var o: [(String, JSONValue)] = [("name", .string(p.name)), ("entity", .string(p.entity))]
      if let z = p.timezone { o.append(("timezone", .string(z))) }
      if p.dateline { o.append(("dateline", .bool(true))) }
      if let v = p.venue { o.append(("venue", .string(v))) }
      return .object(o)
    case .quote(let q):
      var o: [(String, JSONValue)] = []
      if let s = q.speaker { o.append(("speaker", .string(s))) }
      o.append(("text", .string(q.text)))
      return .object(o)
    }
  }

  /// One finding, as CONTRACT.md shows it.
  public static func finding(_ f: Finding) -> JSONValue {
    var o: [(String, JSONValue)] = [
      ("id", .string(f.id)), ("rule", .string(f.rule)), ("fact", .string(f.fact.rawValue)),
      ("scope", .string(f.scope.rawValue)), ("severity", .string(f.severity.rawValue)),
      ("sources", .array(f.sources.map(JSONValue.string))), ("message", .string(f.message)),
    ]
    if let e = f.event { o.append(("event", .string(e))) }
    if let s = f.slot { o.append(("slot", .string(s))) }
    if let c = f.likelyCause { o.append(("likelyCause", .string(c))) }
    o.append(
      (
        "evidence",
        .array(
          f.evidence.map { e in
            var eo: [(String, JSONValue)] = [("source", .string(e.source))]
            if let id = e.fact { eo.append(("fact", .string(id))) }
            eo.append(("line", .int(e.position.line)))
            eo.append(("column", .int(e.position.column)))
            eo.append(("text", .string(e.text)))
            if let r = e.reading { eo.append(("reading", .string(r))) }
            return .object(eo)
          })
      ))
    o.append(("fingerprint", .string(f.fingerprint)))
    return .object(o)
  }
}

/// A top-level JSON object written as `JSONValue.object(members).pretty() + "\n"` would write it, byte for byte,
/// with the items of its long lists made and written one at a time, and the text handed out in pieces of about
/// 64 KB.
enum PrettyStream {
  /// A member of the object: a value, or a list whose items `each` makes one after the other.
  enum Member {
    case value(String, JSONValue)
    case list(String, isEmpty: Bool, each: ((JSONValue) -> Void) -> Void)
  }

  static let chunk = 1 << 16

  static func object(_ members: [Member], write: (String) -> Void) {
    var out = "{"
    func flush() {
      if out.utf8.count >= chunk {
        write(out)
        out = ""
      }
    }
    for (i, member) in members.enumerated() {
      if i > 0 { out += "," }
      out += "\n  "
      switch member {
      case .value(let key, let value):
        JSONValue.escape(key, into: &out)
        out += ": "
        value.writePretty(to: &out, level: 1)
      case .list(let key, let isEmpty, let each):
        JSONValue.escape(key, into: &out)
        out += ": "
        if isEmpty {
          out += "[]"
          break
        }
        out += "["
        var first = true
        each { item in
          out += first ? "\n    " : ",\n    "
          first = false
          item.writePretty(to: &out, level: 2)
          flush()
        }
        out += "\n  ]"
      }
      flush()
    }
    out += members.isEmpty ? "}\n" : "\n}\n"
    write(out)
  }
}
