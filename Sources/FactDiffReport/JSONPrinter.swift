import FactDiffModel

/// `--format json`: the contract's schema version 1 (CONTRACT.md), keys in a fixed order.
public enum JSONPrinter {
  /// The contract's schema version.
  public static let schemaVersion = 1

  /// The `check` document: sources, facts and findings.
  public static func check(_ r: Report) -> String {
    var top: [(String, JSONValue)] = [
      ("schemaVersion", .int(schemaVersion)),
      ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
      ("sources", .array(r.sources.map(source))),
    ]
    top.append(("groups", .array(r.groups.map { .array($0.map(JSONValue.string)) })))
    top.append(("facts", .array(r.facts.map(fact))))
    top.append(("findings", .array(r.findings.map(finding))))
    if let hidden = r.baselineHidden { top.append(("baseline", .object([("hidden", .int(hidden))]))) }
    if !r.errors.isEmpty { top.append(("errors", .array(r.errors.map(error)))) }
    return JSONValue.object(top).pretty() + "\n"
  }

  /// The `extract` document: sources and facts.
  public static func extract(_ r: Report) -> String {
    var top: [(String, JSONValue)] = [
      ("schemaVersion", .int(schemaVersion)),
      ("tool", .object([("name", .string(Tool.name)), ("version", .string(Tool.version))])),
      ("sources", .array(r.sources.map(source))),
      ("facts", .array(r.facts.map(fact))),
    ]
    if !r.errors.isEmpty { top.append(("errors", .array(r.errors.map(error)))) }
    return JSONValue.object(top).pretty() + "\n"
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
