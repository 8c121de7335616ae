import Testing
import _FactDiffTestSupport

/// Look-alikes from the twelfth held-out set: a signing that "took place" is no departure, the day a clause of the
/// event ends on before ", officials said", a moment after the event's end, money going to a place, "local time"
/// of a place named without a venue, satellites and hikers counted, and the hospitalised among a group.
extension LookAlikeTests {
  func facts(_ reports: [Report]) async -> [Fact] {
    let sources = reports.map {
      Source(
        id: $0.id, text: $0.text, language: $0.language, published: Published.parse($0.published), timezone: $0.zone)
    }
    return Array(await Pipeline.run(sources: sources).report.facts)
  }

  // MARK: slots: Ukrainian "відбулося" (took place) is not "відбула" (left)

  @Test func aUkrainianSigningThatTookPlaceIsNoDeparture() async {
    let portal: Report = (
      "portal", "У середу у Варшаві міністри підписали угоду. Підписання відбулося о 16:00 за київським часом.",
      .uk, "2026-06-03", nil
    )
    let f = await facts([portal]).filter { $0.kind == .time }
    #expect(f.count == 1 && f.allSatisfy { $0.slot?.name != "departure" }, "\(f.map { $0.slot?.name })")
  }

  @Test func aUkrainianDelegationThatLeftDeparted() async {
    let portal: Report = (
      "portal", "У середу у Варшаві міністри підписали угоду. Делегація відбула о 18:00 за київським часом.",
      .uk, "2026-06-03", nil
    )
    let f = await facts([portal]).filter { $0.kind == .time }
    #expect(f.count == 1 && f.allSatisfy { $0.slot?.name == "departure" }, "\(f.map { $0.slot?.name })")
  }
}
