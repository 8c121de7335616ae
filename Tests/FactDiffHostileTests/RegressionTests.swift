import FactDiff
import FactDiffFuzzing
import Testing
import _FactDiffTestSupport

@testable import FactDiffCheck
@testable import FactDiffReport

/// Crashes and hangs the hostile inputs found, each with the input that found it.
@Suite struct RegressionTests {
  /// Found by `ByteLevelTests.randomPieces`: "February 30, 2025" followed by "1000000000000 hours" reads as
  /// "20251000000000000 hours", 7.3 × 10^19 s, past `Int.max`; `FactReading.duration` (the HTML report pane) and
  /// `Describe.duration` (finding messages) converted it with `Int(_:)` and trapped. Both now go through
  /// `Wording.duration`, which writes such a length in hours.
  @Test func durationPastIntMaxThroughTheWholePipeline() throws {
    let o = Hostile.run(
      Array("The talks were held on February 30, 20251000000000000 hours after they began.".utf8), path: "huge.txt")
    #expect(
      o.hostileFacts.contains { f in
        if case .duration(let s) = f.value { return s > 7e19 }
        return false
      })
    Hostile.expectSafeOutput(o)
    let input: [UInt8] = [0x01] + Array("February 30, 20251000000000000 hours\u{1E}<p>1000000000000 hours".utf8)
    #expect(FuzzHarness.problems(input).isEmpty)
  }

  @Test func readingsOfHugeAndOddValues() {
    #expect(FactReading.duration(7.29e19) == "2.025e+16 h")
    #expect(FactReading.duration(3.6e15) == "1000000000000 h")
    #expect(FactReading.duration(-1e300).hasSuffix(" h") && !FactReading.duration(.nan).isEmpty)
    #expect(FactReading.duration(6 * 3600 + 20 * 60) == "6 h 20 min")
    #expect(FactReading.clock(1e300) == FactReading.clock(1e300))
    #expect(FactReading.clock(.infinity) == "--:--")
    #expect(FactReading.clock(16 * 3600 + 20 * 60 + 86400 * 3) == "16:20")
    #expect(Describe.duration(7.29e19).hasSuffix(" h"))
    #expect(!Describe.duration(.infinity).isEmpty && !Describe.duration(-.infinity).isEmpty)
    #expect(Describe.duration(6 * 3600 + 20 * 60) == "6 h 20 min")
    #expect(Describe.clock(-1e20).count == 5)
    #expect(svgNumber(1e300) == "1e+300")
  }

  /// A hand-built report whose main event lasts 2 × 10^16 hours, in every format: the HTML timeline drew a tick a
  /// day (8 × 10^14 ticks, a hang), and the checks' messages trapped on the conversion.
  @Test func timelineAndChecksWithAnEnormousDuration() {
    func doc(_ id: String, _ hours: Double) -> Document {
      var b = FactBuilder(id: id, text: "The talks began at 10:00 and lasted \(Int(hours)) hours.")
      b.time("10:00", 10, 0)
      b.duration("\(Int(hours)) hours", hours * 3600)
      var d = b.document
      for k in d.facts.indices {
        d.facts[k].event = "main"
        d.facts[k].slot = d.facts[k].kind == .time ? Slot.start : Slot.duration
      }
      return d
    }
    let docs = [doc("a", 20_251_000_000_000_000), doc("b", 6)]
    let findings = Checker.run(docs, events: EventModel(groups: [["a", "b"]]))
    #expect(!findings.isEmpty)
    let report = Report(
      sources: docs.map { .init(id: $0.source.id, path: $0.source.id + ".txt", language: .en) },
      facts: docs.flatMap(\.facts), findings: findings, groups: [["a", "b"]])
    for format in ReportFormat.allCases {
      let out = ReportRenderer.render(report, as: format, options: RenderOptions(sources: docs.map(\.source)))
      #expect(OutputSafety.problem(in: out, format: format) == nil, "\(format)")
      if format == .html { #expect(out.components(separatedBy: "class=\"tick\"").count < 40) }
    }
  }
}
