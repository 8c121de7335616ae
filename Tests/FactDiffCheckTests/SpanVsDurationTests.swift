import Testing
import _FactDiffTestSupport

@testable import FactDiffCheck

@Suite struct SpanVsDurationTests {
  @Test func firesOnBareHalfHourAgainstSpan() {
    var b = FactBuilder(
      id: "daily",
      text:
        "Officials met in Istanbul.\n\nThe meeting started at 10 a.m. and lasted six and a half hours, ending at 4:20 p.m.",
      published: "2025-02-28")
    b.time("10 a.m.", 10, 0, stated: false)
    b.duration("six and a half hours", 23400)
    b.time("4:20 p.m.", 16, 20, stated: false)
    let (findings, docs, _) = runChecks([b.document])
    let f = findings.filter { $0.rule == "span-vs-duration" }
    #expect(docs[0].facts.map { $0.slot?.name } == ["start", "duration", "end"])
    #expect(f.count == 1)
    #expect(f.first?.severity == .warning)
    #expect(f.first?.fact == .duration)
    #expect(f.first?.scope == .withinSource)
    #expect(f.first?.message.contains("6 h 20 min") == true)
    #expect(f.first?.message.contains("6 h 30 min") == true)
  }

  @Test func quietWhenHedgesReconcile() {
    var b = FactBuilder(
      id: "wire",
      text:
        "The session opened at 10:00 a.m. local time and broke up at about 4:20 p.m., nearly six and a half hours later.",
      published: "2025-02-27")
    b.time("10:00 a.m.", 10, 0, zone: .local)
    b.time("about 4:20 p.m.", 16, 20, zone: .local, hedge: .approximately)
    b.duration("nearly six and a half hours", 23400, hedge: .nearly)
    let (findings, docs, _) = runChecks([b.document])
    #expect(docs[0].facts.map { $0.slot?.name } == ["start", "end", "duration"])
    #expect(findings.filter { $0.rule == "span-vs-duration" }.isEmpty)
  }

  @Test func errorWhenMoreThanCannotHold() {
    var b = FactBuilder(
      id: "agency",
      text:
        "Заседание, продолжавшееся более двух часов, прошло в четверг. Встреча началась в 11:00 и завершилась в 12:25 по местному времени.",
      language: .ru, published: "2025-03-13")
    b.duration("более двух часов", 7200, hedge: .moreThan)
    b.time("11:00", 11, 0, stated: false)
    b.time("12:25", 12, 25, zone: .local)
    let (findings, _, _) = runChecks([b.document])
    let f = findings.filter { $0.rule == "span-vs-duration" }
    #expect(f.count == 1)
    #expect(f.first?.severity == .error)
    #expect(f.first?.message.contains("1 h 25 min") == true)
  }

  @Test func oneOnOneIsItsOwnPart() {
    var b = FactBuilder(
      id: "portal",
      text:
        "Вони спершу провели розмову віч-на-віч, яка тривала 90 хвилин. Засідання делегацій тривало з 10:30 до 13:00.",
      language: .uk, published: "2024-11-19")
    b.duration("90 хвилин", 5400)
    b.time("10:30", 10, 30, stated: false)
    b.time("13:00", 13, 0, stated: false)
    let (findings, docs, _) = runChecks([b.document])
    #expect(docs[0].facts[0].event == "main/one-on-one")
    #expect(docs[0].facts[1].slot == .start)
    #expect(docs[0].facts[2].slot == .end)
    #expect(findings.filter { $0.rule == "span-vs-duration" }.isEmpty)
  }
}
