import FactDiffExtract
import FactDiffModel

/// Cross-source resolution: events and slots within each report, entity ids for people and places across them,
/// then main events matched across reports.
public enum Resolution {
  /// Annotates events in each document, resolves entities across all of them, then matches main events.
  public static func resolve(_ docs: inout [Document], aliases: [[String]] = []) -> EventModel {
    var summaries = docs.indices.map { EventResolution.annotate(&docs[$0]) }
    return resolve(&docs, summaries: &summaries, aliases: aliases)
  }

  /// Entities and event groups for documents already annotated one by one (`EventResolution.annotate`, for
  /// example in parallel right after extraction, and then compacted). `parallelism`: threads for the entity work
  /// done report by report (`EntityResolution.resolve`); the result does not depend on it.
  public static func resolve(
    _ docs: inout [Document], summaries: inout [SourceEvents], aliases: [[String]] = [], parallelism: Int = 1
  ) -> EventModel {
    // Reports sharing salient words are joined first and their words freed: the links depend on no entity, and
    // entity resolution then does not hold every report's words as well as its own working set.
    let words = EventMatcher.wordLinks(summaries)
    for k in summaries.indices { summaries[k].salient = [] }
    EntityResolution.resolve(&docs, aliases: aliases, parallelism: parallelism).apply(to: &summaries)
    return EventResolution.match(&summaries, docs, words: words)
  }

  /// `resolve(_:summaries:aliases:parallelism:)`, with every report's people already found and placed
  /// (`EntityResolution.People`, which holds the aliases), and with `salient`, the reports' salient words already
  /// gathered (`SalientWords`, finished), the summaries' own words are not read.
  public static func resolve(
    _ docs: inout [Document], summaries: inout [SourceEvents], people: consuming EntityResolution.People,
    salient: consuming SalientWords? = nil, parallelism: Int = 1
  ) -> EventModel {
    let words = EventMatcher.wordLinks(summaries, words: salient ?? SalientWords(summaries))
    salient = nil
    for k in summaries.indices { summaries[k].salient = [] }
    // What each stage frees is handed back before the next one runs: it lies between what the run keeps, and the
    // next stage would otherwise grow the memory in use past it (Docs/Performance.md).
    FreeMemory.release()
    EntityResolution.resolve(&docs, people: consume people, parallelism: parallelism).apply(to: &summaries)
    FreeMemory.release()
    return EventResolution.match(&summaries, docs, words: words)
  }
}
