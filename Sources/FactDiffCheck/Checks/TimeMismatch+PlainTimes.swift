import FactDiffExtract
import FactDiffModel
import FactDiffResolve

extension TimeMismatch {
  /// The one clock time a report gives the event apart from its start and end ("signed the loan at 11:40 a.m.
  /// after talks that began at 10 a.m."; "The signing took place at 11:40 p.m."), compared with the other reports'
  /// one such time. Only reports whose plain times all name one moment take part, and none told in a sentence
  /// about a part of the event or a statement. When no report of the event states a start or an end, the start
  /// comparison has already read these times as the event's own and this pass stays out.
  func plainTimeFinding(_ group: [String], date: CivilDate, _ context: CheckContext) -> Finding? {
    let stated = group.contains { s in
      !context.facts(s, slot: .start).isEmpty || !context.facts(s, slot: .end).isEmpty
    }
    guard stated else { return nil }
    var statements: [Statement] = []
    for s in group {
      let plain = context.facts(s, slot: Slot("time")).filter { !context.flagged.contains($0.id) }
      guard !plain.isEmpty, let doc = context.doc(s) else { continue }
      if plain.contains(where: { Self.partOfTheEvent($0, in: doc) }) { continue }
      var times = placed(plain, of: s, date: date, context)
      // Two plain times of one report that are not one moment are two moments of the day: none is the event's.
      guard times.count == plain.count else { continue }
      // A time after the report's own end, in a sentence that does not say the event happened then, is another
      // moment of the day ("fought the fire from 02:10 to 09:40 … a smaller fire on the quay at 11:20"); "signed
      // at 14:30" after talks that ended at 14:00 is still the event's, and so is a time before a stated start
      // (the grounding at 05:40 before an evacuation from 7:00 to 13:00).
      let ends = placed(context.facts(s, slot: .end), of: s, date: date, context)
      if let hi = ends.compactMap(\.strict.max).max(), times.contains(where: { ($0.strict.min ?? hi) > hi }) {
        let cues = CueIndex(doc)
        times.removeAll { t in
          guard let lo = t.strict.min, lo > hi, let f = t.facts.first, f.sentence < doc.sentences.count else {
            return false
          }
          return !cues.hits(in: doc.sentences[f.sentence].tokens).contains { $0.cue == .happened }
        }
      }
      guard let m = Comparison.merge(times) else { continue }
      statements.append(m)
    }
    statements = Self.alignedToOneDay(statements)
    guard statements.count >= 2, let d = Comparison.compare(statements) else { return nil }
    return finding(d, about: "the clock time they give the event", slot: "time", date: date, context)
  }
}
