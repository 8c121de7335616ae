import Testing
import _FactDiffTestSupport

@testable import FactDiffCheck

/// Fires-and-quiet pairs for the within-source checks other than span-vs-duration.
@Suite struct WithinSourceChecksTests {
  func rules(_ docs: [Document], _ rule: String) -> [Finding] { runChecks(docs).findings.filter { $0.rule == rule } }

  @Test func weekdayVsDateFires() {
    var b = FactBuilder(
      id: "portal", text: "У середу, 13 березня 2025 року, в Єревані відбулося засідання.", language: .uk,
      published: "2025-03-13")
    b.date("У середу, 13 березня 2025 року", 2025, 3, 13, weekday: 3)
    let f = rules([b.document], "weekday-vs-date")
    #expect(f.count == 1)
    #expect(f.first?.severity == .error)
    #expect(f.first?.message.contains("Thursday") == true)
    #expect(f.first?.message.contains("Wednesday") == true)
  }

  @Test func weekdayVsDateQuiet() {
    var b = FactBuilder(
      id: "agency", text: "Предыдущее заседание состоялось во вторник, 15 октября 2024 года, в Сочи.", language: .ru,
      published: "2025-03-13")
    b.date("во вторник, 15 октября 2024 года", 2024, 10, 15, weekday: 2)
    #expect(rules([b.document], "weekday-vs-date").isEmpty)
  }

  @Test func relativeVsDateFires() {
    var b = FactBuilder(id: "a", text: "Talks were held yesterday, on 27 February, in Geneva.", published: "2025-03-01")
    b.date("yesterday", 2025, 2, 28, relative: "yesterday")
    b.date("27 February", 2025, 2, 27)
    let f = rules([b.document], "relative-vs-date")
    #expect(f.count == 1)
    #expect(f.first?.likelyCause != nil)
  }

  @Test func relativeVsDateQuiet() {
    var b = FactBuilder(id: "a", text: "Talks were held yesterday, on 27 February, in Geneva.", published: "2025-02-28")
    b.date("yesterday", 2025, 2, 27, relative: "yesterday")
    b.date("27 February", 2025, 2, 27)
    #expect(rules([b.document], "relative-vs-date").isEmpty)
  }

  @Test func zoneConversionFires() {
    var b = FactBuilder(
      id: "a", text: "The call began at 10:00 Moscow time (08:00 GMT) on Wednesday.", published: "2025-02-12")
    b.time("10:00 Moscow time", 10, 0, zone: .zone("Europe/Moscow"))
    b.time("08:00 GMT", 8, 0, zone: .offset(0))
    let f = rules([b.document], "zone-conversion")
    #expect(f.count == 1)
    #expect(f.first?.severity == .error)
  }

  @Test func zoneConversionQuiet() {
    var b = FactBuilder(
      id: "a", text: "The call began at 10:00 Moscow time (07:00 GMT) on Wednesday.", published: "2025-02-12")
    b.time("10:00 Moscow time", 10, 0, zone: .zone("Europe/Moscow"))
    b.time("07:00 GMT", 7, 0, zone: .offset(0))
    #expect(rules([b.document], "zone-conversion").isEmpty)
  }

  @Test func endBeforeStartFires() {
    var b = FactBuilder(id: "a", text: "Talks began at 16:00 and ended at 11:30.", published: "2025-02-12")
    b.time("16:00", 16, 0, stated: false)
    b.time("11:30", 11, 30, stated: false)
    #expect(rules([b.document], "end-before-start").count == 1)
  }

  @Test func endBeforeStartQuiet() {
    var b = FactBuilder(id: "a", text: "Talks began at 11:30 and ended at 16:00.", published: "2025-02-12")
    b.time("11:30", 11, 30, stated: false)
    b.time("16:00", 16, 0, stated: false)
    #expect(rules([b.document], "end-before-start").isEmpty)
  }

  @Test func totalVsBreakdownFires() {
    var b = FactBuilder(id: "a", text: "Twelve delegates took part, 5 Russian and 8 American.", published: "2025-02-12")
    b.number("Twelve delegates", 12, counts: "delegates")
    b.number("5", 5)
    b.number("8", 8)
    let f = rules([b.document], "total-vs-breakdown")
    #expect(f.count == 1)
    #expect(f.first?.message.contains("13") == true)
  }

  @Test func totalVsBreakdownQuiet() {
    var b = FactBuilder(id: "a", text: "Twelve delegates took part, 5 Russian and 7 American.", published: "2025-02-12")
    b.number("Twelve delegates", 12, counts: "delegates")
    b.number("5", 5)
    b.number("7", 7)
    #expect(rules([b.document], "total-vs-breakdown").isEmpty)
  }

  @Test func hiddenTextFires() {
    let b = FactBuilder(id: "a", text: "Lav\u{200B}rov met Pe\u{202E}skov in Geneva.", published: "2025-02-12")
    let f = rules([b.document], "hidden-text")
    #expect(f.count == 1)
    #expect(f.first?.severity == .info)
    #expect(f.first?.evidence.count == 2)
  }

  @Test func hiddenTextQuiet() {
    let b = FactBuilder(
      id: "a", text: "\u{FEFF}Lavrov met Peskov in Geneva; a soft\u{00AD}hyphen is fine.", published: "2025-02-12")
    #expect(rules([b.document], "hidden-text").isEmpty)
  }
}

@Suite struct BreakdownAndRoleVariantsTests {
  @Test func eachSideBreakdownFires() {
    var b = FactBuilder(
      id: "a", text: "Всего освобождены 186 человек — по 84 с каждой стороны.", language: .ru, published: "2025-10-24")
    b.number("186 человек", 186, counts: "people")
    b.number("84", 84)
    let f = runChecks([b.document]).findings.filter { $0.rule == "total-vs-breakdown" }
    #expect(f.count == 1)
    #expect(f.first?.message.contains("168") == true)
  }

  @Test func eachSideBreakdownQuiet() {
    var b = FactBuilder(
      id: "a", text: "Всего освобождены 168 человек — по 84 с каждой стороны.", language: .ru, published: "2025-10-24")
    b.number("168 человек", 168, counts: "people")
    b.number("84", 84)
    #expect(runChecks([b.document]).findings.filter { $0.rule == "total-vs-breakdown" }.isEmpty)
  }

  @Test func shortenedPortfolioIsTheSameRole() {
    let full = Role(office: "deputy-minister", portfolio: "industry-trade", text: "Deputy Industry and Trade Minister")
    let short = Role(office: "deputy-minister", portfolio: "trade", text: "deputy trade minister")
    let other = Role(office: "deputy-minister", portfolio: "energy", text: "deputy energy minister")
    #expect(!RoleCompatibility.conflict(full, short))
    #expect(RoleCompatibility.conflict(full, other))
  }
}
