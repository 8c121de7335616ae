import FactDiffModel

/// Turns chosen candidates into facts: hedges attached, spans joined, zones and years resolved, grains and
/// intervals from the tolerance table.
final class TemporalResolver {
  let doc: Document
  let tokens: [Token]
  let hedges: HedgeLexicon
  let tolerance: ToleranceTable

  init(_ doc: Document) {
    self.doc = doc
    tokens = doc.tokens
    hedges = HedgeLexicon.forLanguage(doc.language)
    tolerance = doc.options.tolerance
  }

  /// A candidate with its hedge and the token bounds including the hedge words.
  struct Hedged {
    var candidate: TemporalCandidate
    var hedge: Hedge?
    var start: Int
    var end: Int
  }

  func facts(_ chosen: [TemporalCandidate]) -> [Fact] {
    var items: [Hedged] = []
    items.reserveCapacity(chosen.count)
    for c in chosen where !c.silent {
      let factTokens = c.factTokens ?? c.tokens
      var h = Hedged(candidate: c, hedge: c.innerHedge, start: factTokens.lowerBound, end: factTokens.upperBound)
      let scope: HedgeScope?
      switch c.payload {
      case .time: scope = .time
      case .duration(let d): scope = d.upper == nil ? .duration : nil
      case .date: scope = nil
      }
      if let scope, h.hedge == nil {
        let lower = items.last.map { $0.end } ?? 0
        if let (hedge, s) = hedges.hedge(tokens, before: h.start, scope: scope, lowerLimit: lower) {
          h.hedge = hedge
          h.start = s
        } else if let (hedge, e) = hedges.hedge(tokens, after: h.end, scope: scope) {
          h.hedge = hedge
          h.end = e
        }
      }
      items.append(h)
    }
    var times: [(index: Int, start: Int, end: Int, time: ParsedTime)] = []
    // By index: `for it in items` copies each item, a retain and a release of each of its references.
    for k in items.indices {
      if case .time(let t) = items[k].candidate.payload { times.append((k, items[k].start, items[k].end, t)) }
    }
    readTwelveHourDials(&times)
    let spans = SpanBuilder.spans(doc, times: times)
    assignZones(&times, spans: spans)
    var out: [Fact] = []
    out.reserveCapacity(items.count + items.count / 2 + 1)
    var timeFacts: [Int: Fact] = [:]
    for t in times {
      let f = timeFact(t.time, start: t.start, end: t.end, hedge: items[t.index].hedge)
      timeFacts[t.index] = f
      out.append(f)
    }
    for s in spans {
      guard let a = timeFacts[s.first], let b = timeFacts[s.second], case .time(var ta) = a.value,
        case .time(var tb) = b.value
      else { continue }
      // One zone for both ends.
      if ta.zoneStated && !tb.zoneStated { tb.zone = ta.zone; tb.zoneStated = true }
      if tb.zoneStated && !ta.zoneStated { ta.zone = tb.zone; ta.zoneStated = true }
      let shift = s.nextDay ? 86400.0 : 0
      var bounds: Interval?
      var widened: Interval?
      if let sa = a.bounds, let sb = b.bounds { bounds = sb.shifted(by: shift).minus(sa) }
      if let wa = a.widened, let wb = b.widened { widened = wb.shifted(by: shift).minus(wa) }
      out.append(
        doc.fact(
          .span(start: ta, end: tb), tokens: s.start..<s.end, grain: max(a.grain ?? 0, b.grain ?? 0), bounds: bounds,
          widened: widened))
    }
    var lastDate: DateValue? = nil
    for k in items.indices {
      switch items[k].candidate.payload {
      case .time: continue
      case .duration(let d):
        out.append(durationFact(d, start: items[k].start, end: items[k].end, hedge: items[k].hedge))
      case .date(var v):
        let it = items[k]
        if it.candidate.contextual, let last = lastDate, last.precision == .day {
          guard CivilDate.valid(year: last.year ?? 2024, month: last.month, day: v.day) != nil else { continue }
          v.month = last.month
          v.year = last.year
          v.resolvedFromPublished = last.resolvedFromPublished
        }
        out.append(doc.fact(.date(v), tokens: it.start..<it.end))
        lastDate = v
        for (r, p) in it.candidate.extra {
          if case .date(let v2) = p {
            out.append(doc.fact(.date(v2), tokens: r))
            lastDate = v2
          }
        }
      }
    }
    return out
  }

  /// Zones of clock times without one written next to them. A zone word belongs to the time it follows, and to the
  /// start of the span it closes ("from 9:30 to 15:20 local time"). It carries forward to later bare times of the
  /// same sentence ("began at 10:00 Moscow time and ended at 16:20") until a time with its own zone, but never
  /// backwards, and never into or out of parentheses: in "began at 10 a.m. (0200 GMT)" the GMT is the parenthesis'
  /// own, and "10 a.m." keeps no zone.
  func assignZones(_ times: inout [(index: Int, start: Int, end: Int, time: ParsedTime)], spans: [SpanMatch]) {
    guard !times.isEmpty else { return }
    if !spans.isEmpty {
      var position: [Int: Int] = [:]
      for (q, t) in times.enumerated() { position[t.index] = q }
      for s in spans {
        guard let a = position[s.first], let b = position[s.second] else { continue }
        if times[a].time.zone == nil, let z = times[b].time.zone { times[a].time.zone = z }
      }
    }
    // Per time: its sentence and the parentheses it is in, then each bare time takes the zone of the nearest
    // earlier time in the same sentence and the same parentheses.
    var groups: [(sentence: Int, bracket: Int)] = []
    groups.reserveCapacity(times.count)
    for t in times {
      let sentence = doc.sentence(ofToken: t.start)
      groups.append((sentence, bracket(around: t.start, sentence: sentence)))
    }
    for q in times.indices where times[q].time.zone == nil {
      var r = q - 1
      while r >= 0, groups[r].sentence == groups[q].sentence {
        if groups[r].bracket == groups[q].bracket {
          times[q].time.zone = times[r].time.zone
          break
        }
        r -= 1
      }
    }
  }

  /// A time said on a 12-hour dial with nothing to tell the half of the day ("half past one", "в половине второго",
  /// "о пів на третю", "two o'clock") takes the afternoon when the time said before it is later in the morning and
  /// the afternoon reading comes after that one: "began at 10:00 and ended at half past one" is 13:30. The time
  /// before is the nearest one in the same sentence and the same parentheses, or with none, the last one outside
  /// parentheses in the sentence before ("(18:00 мск)" restates a start in another zone and is not compared). Times
  /// with two different zones written are not compared.
  func readTwelveHourDials(_ times: inout [(index: Int, start: Int, end: Int, time: ParsedTime)]) {
    guard times.contains(where: { $0.time.twelveHour }) else { return }
    for q in times.indices where times[q].time.twelveHour && times[q].time.hour < 12 {
      let sentence = doc.sentence(ofToken: times[q].start)
      let own = bracket(around: times[q].start, sentence: sentence)
      var before: ParsedTime? = nil
      var r = q - 1
      while r >= 0 {
        let s = doc.sentence(ofToken: times[r].start)
        if s + 1 < sentence { break }
        let b = bracket(around: times[r].start, sentence: s)
        if s == sentence ? b == own : b == -1 {
          before = times[r].time
          break
        }
        r -= 1
      }
      guard let before else { continue }
      if let a = before.zone, let b = times[q].time.zone, a != b { continue }
      let t = times[q].time.seconds
      if before.seconds > t && t + 43200 >= before.seconds { times[q].time.hour += 12 }
    }
  }

  /// The opening bracket of the innermost parentheses around token `t` in its sentence, or -1 outside any.
  func bracket(around t: Int, sentence: Int) -> Int {
    let lower = doc.sentences[sentence].tokens.lowerBound
    var depth = 0
    var k = t - 1
    while k >= lower {
      let x = tokens[k]
      if x.kind == .punct {
        if x.scalar == ")" || x.scalar == "]" {
          depth += 1
        } else if x.scalar == "(" || x.scalar == "[" {
          if depth == 0 { return k }
          depth -= 1
        }
      }
      k -= 1
    }
    return -1
  }

  /// A clock time with its zone (written, else the source's), grain and intervals.
  func timeFact(_ t: ParsedTime, start: Int, end: Int, hedge: Hedge?) -> Fact {
    var clock = ClockTime(hour: t.hour, minute: t.minute)
    if let z = t.zone {
      clock.zone = z
      clock.zoneStated = true
    } else if let tz = doc.source.timezone {
      clock.zone = .zone(tz)
    }
    let v = Double(t.seconds)
    let g = tolerance.grain(clock: v)
    let (s, w) = tolerance.intervals(value: v, grain: g, hedge: hedge, clock: true)
    return doc.fact(.time(clock), tokens: start..<end, hedge: hedge, grain: g, bounds: s, widened: w)
  }

  /// A duration with its grain and intervals; vague and ranged durations keep their range.
  func durationFact(_ d: ParsedDuration, start: Int, end: Int, hedge: Hedge?) -> Fact {
    let value = FactValue.duration(d.seconds)
    if let upper = d.upper {
      let g = d.vague ? d.unit : tolerance.grain(duration: upper, writtenInDays: d.writtenInDays)
      if d.vague {
        let r = Interval(min: d.seconds, max: upper)
        return doc.fact(value, tokens: start..<end, hedge: hedge, grain: g, bounds: r, widened: r)
      }
      let (s, w) = tolerance.intervals(from: d.seconds, to: upper, grain: g)
      return doc.fact(value, tokens: start..<end, hedge: hedge, grain: g, bounds: s, widened: w)
    }
    let g = tolerance.grain(duration: d.seconds, writtenInDays: d.writtenInDays)
    let (s, w) = tolerance.intervals(value: d.seconds, grain: g, hedge: hedge)
    return doc.fact(value, tokens: start..<end, hedge: hedge, grain: g, bounds: s, widened: w)
  }
}
