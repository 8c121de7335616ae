import FactDiff
import Testing

/// Bare surnames linked at entity resolution: `extract` (facts only, each report's text let go once analysed) and
/// `check` (texts kept, or set aside) give the same facts and findings, on one thread or two.
@Suite struct BareSurnamePipelineTests {
  static let sources = [
    Source(
      id: "wire",
      text: """
        OTTAWA, April 14 — International Trade Minister Marie Tremblay and Ukraine's First Deputy Economy Minister \
        Olena Kravets signed three agreements on Tuesday at 10 a.m.
        """,
      language: .en, published: Published.parse("2026-04-14")),
    Source(
      id: "daily",
      text: """
        Tremblay and Kravets met at 10 a.m. on Tuesday. "Both of us know who we do not want to depend on," Kravets \
        said.
        """,
      language: .en, published: Published.parse("2026-04-15")),
    Source(
      id: "portal",
      text: "Трамбле і Кравець зустрілися у вівторок о 17:00 за київським часом.",
      language: .uk, published: Published.parse("2026-04-15")),
  ]

  /// Every fact of a run as id, text and value.
  static func facts(_ r: PipelineResult) -> [String] {
    r.report.facts.map { "\($0.id) \($0.text) \($0.value) \($0.position)" }
  }

  @Test func extractAndCheckGiveTheSameFacts() async {
    let check = await Pipeline.run(sources: Self.sources, options: PipelineOptions(parallelism: 1))
    let extract = await Pipeline.run(
      sources: Self.sources, options: PipelineOptions(parallelism: 2), checks: false, factsOnly: true)
    let aside = await Pipeline.run(
      sources: Self.sources, options: PipelineOptions(parallelism: 2, textsAsideOver: 0))
    #expect(Self.facts(check) == Self.facts(extract))
    #expect(Self.facts(check) == Self.facts(aside))
    #expect(check.report.findings.map(\.message) == aside.report.findings.map(\.message))
    let people = check.documents.flatMap { d in
      d.facts.compactMap { f -> String? in
        if case .person(let p) = f.value { return "\(f.source) \(f.text) \(p.entity)" } else { return nil }
      }
    }
    #expect(people.contains("daily Tremblay P1"), "\(people)")
    #expect(people.contains("daily Kravets P2"), "\(people)")
    #expect(people.contains("portal Трамбле P1"), "\(people)")
    #expect(people.contains("portal Кравець P2"), "\(people)")
  }
}
