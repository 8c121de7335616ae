import Testing
import _FactDiffTestSupport

@testable import FactDiffCheck

/// Fires-and-quiet pairs for the checks that compare reports.
@Suite struct AcrossSourcesChecksTests {
  func rules(_ docs: [Document], _ rule: String) -> [Finding] { runChecks(docs).findings.filter { $0.rule == rule } }

  /// Two reports of one meeting in Istanbul, each naming Darchiev (shared entity P1), with extra text.
  func pair(
    _ a: String, _ b: String, la: Language = .en, lb: Language = .en, pa: String = "2025-02-27",
    pb: String = "2025-02-27"
  )
    -> (FactBuilder, FactBuilder)
  {
    var x = FactBuilder(id: "a", text: a, language: la, published: pa)
    var y = FactBuilder(id: "b", text: b, language: lb, published: pb)
    x.person(la == .en ? "Darchiev" : "Дарчиев", entity: "P1", name: "Alexander Darchiev", attendance: .led)
    y.person(lb == .en ? "Darchiev" : "Дарчиев", entity: "P1", name: "Alexander Darchiev", attendance: .led)
    return (x, y)
  }

  @Test func dateMismatchFires() {
    var (a, b) = pair(
      "Darchiev led the talks held in Istanbul on Thursday, February 27.",
      "Darchiev led the talks held in Istanbul on Wednesday, February 26.", pb: "2025-02-26")
    a.date("Thursday, February 27", 2025, 2, 27, weekday: 4)
    b.date("Wednesday, February 26", 2025, 2, 26, weekday: 3)
    let f = rules([a.document, b.document], "date-mismatch")
    #expect(f.count == 1)
    #expect(f.first?.severity == .error)
    #expect(f.first?.sources == ["a", "b"])
  }

  /// `n` reports of the Istanbul meeting, even ones dating it Thursday 27 February and odd ones Wednesday 26.
  func splitOnTheDay(_ n: Int) -> [Document] {
    (0..<n).map { k in
      let id = "r" + (k < 10 ? "0" : "") + String(k)
      let words = k % 2 == 0 ? "Thursday, February 27" : "Wednesday, February 26"
      var x = FactBuilder(
        id: id, text: "Darchiev led the talks held in Istanbul on \(words).", language: .en,
        published: k % 2 == 0 ? "2025-02-27" : "2025-02-26")
      x.person("Darchiev", entity: "P1", name: "Alexander Darchiev", attendance: .led)
      if k % 2 == 0 { x.date(words, 2025, 2, 27, weekday: 4) } else { x.date(words, 2025, 2, 26, weekday: 3) }
      return x.document
    }
  }

  /// Past ten reports a side, a message names the first eight and counts the others; the evidence keeps every
  /// statement. Ten a side are all named.
  @Test func largeGroupsShortenTheMessageNotTheEvidence() {
    let large = rules(splitOnTheDay(24), "date-mismatch")
    #expect(large.count == 1)
    let message = large.first?.message ?? ""
    #expect(message.contains("r00") && message.contains("r14") && !message.contains("r16"))
    #expect(message.contains("r01") && message.contains("r15") && !message.contains("r17"))
    #expect(message.components(separatedBy: " and 4 more").count == 3)
    #expect(large.first?.evidence.count == 24)
    #expect(large.first?.sources.count == 24)
    let small = rules(splitOnTheDay(20), "date-mismatch")
    #expect(small.count == 1)
    #expect(
      small.first.map { m in (0..<20).allSatisfy { m.message.contains("r" + ($0 < 10 ? "0" : "") + String($0)) } }
        == true)
    #expect(small.first?.message.contains("more") == false)
  }

  @Test func describedListsAreShortenedPastTheLimit() {
    let ten = (1...10).map { "s\($0)" }
    #expect(Describe.list(ten) == "s1, s2, s3, s4, s5, s6, s7, s8, s9 and s10")
    #expect(Describe.list(ten + ["s11"]) == "s1, s2, s3, s4, s5, s6, s7, s8 and 3 more")
    #expect(Describe.joined(ten, separator: ", ") == ten.joined(separator: ", "))
    #expect(Describe.joined(ten + ["s11", "s12"], separator: "; ") == "s1; s2; s3; s4; s5; s6; s7; s8 and 4 more")
  }

  @Test func dateMismatchQuietForOtherEventsAndRelativeDates() {
    var (a, b) = pair(
      "Darchiev led the talks held in Istanbul yesterday. The previous round was held on February 18.",
      "Darchiev led the talks held in Istanbul on Thursday.", pa: "2025-02-28", pb: "2025-02-27")
    a.date("yesterday", 2025, 2, 27, relative: "yesterday")
    a.date("February 18", 2025, 2, 18)
    b.date("Thursday", 2025, 2, 27, relative: "on Thursday")
    let r = runChecks([a.document, b.document])
    #expect(r.findings.filter { $0.rule == "date-mismatch" }.isEmpty)
    #expect(r.docs[0].facts.first { $0.text == "February 18" }?.event != "main")
  }

  @Test func dateMismatchNamesRelativeCause() {
    var (a, b) = pair(
      "Darchiev signed the protocol in Minsk yesterday.", "Darchiev signed the protocol in Minsk on Wednesday.",
      pa: "2025-05-16", pb: "2025-05-14")
    a.date("yesterday", 2025, 5, 15, relative: "yesterday")
    b.date("Wednesday", 2025, 5, 14, weekday: 3, relative: "on Wednesday")
    let f = rules([a.document, b.document], "date-mismatch")
    #expect(f.count == 1)
    #expect(f.first?.severity == .warning)
    #expect(f.first?.likelyCause?.contains("published") == true)
  }

  @Test func timeMismatchFiresOnWrongDaylightOffset() {
    var (a, b) = pair(
      "Darchiev's call began at 07:00 GMT on Wednesday.",
      "Darchiev's call started at 3 a.m. Eastern time on Wednesday.",
      pa: "2025-02-12", pb: "2025-02-12")
    a.date("Wednesday", 2025, 2, 12, relative: "on Wednesday")
    a.time("07:00 GMT", 7, 0, zone: .offset(0))
    b.date("Wednesday", 2025, 2, 12, relative: "on Wednesday")
    b.time("3 a.m. Eastern time", 3, 0, zone: .zone("America/New_York"))
    let f = rules([a.document, b.document], "time-mismatch")
    #expect(f.count == 1)
    #expect(f.first?.likelyCause?.contains("daylight") == true)
  }

  @Test func timeMismatchQuietAcrossZones() {
    var (a, b) = pair(
      "Darchiev's talks began at 07:00 GMT on Thursday.",
      "Darchiev's talks started at 3 a.m. Eastern time on Thursday.",
      pa: "2025-03-20", pb: "2025-03-20")
    a.date("Thursday", 2025, 3, 20, relative: "on Thursday")
    a.time("07:00 GMT", 7, 0, zone: .offset(0))
    b.date("Thursday", 2025, 3, 20, relative: "on Thursday")
    b.time("3 a.m. Eastern time", 3, 0, zone: .zone("America/New_York"))
    #expect(rules([a.document, b.document], "time-mismatch").isEmpty)
  }

  @Test func durationMismatchFiresForOneOnOne() {
    var (a, b) = pair(
      "Darchiev first met his counterpart one-on-one for half an hour.",
      "Darchiev and his counterpart spent an hour and a half alone together.")
    a.duration("half an hour", 1800)
    b.duration("an hour and a half", 5400)
    let f = rules([a.document, b.document], "duration-mismatch")
    #expect(f.count == 1)
    #expect(f.first?.severity == .error)
    #expect(f.first?.event == "main/one-on-one")
  }

  @Test func durationMismatchQuietWhenHedgesOverlap() {
    var (a, b) = pair("Darchiev's talks lasted about three hours.", "Darchiev's talks ran for roughly three hours.")
    a.duration("about three hours", 10800, hedge: .approximately)
    b.duration("roughly three hours", 10800, hedge: .approximately)
    #expect(rules([a.document, b.document], "duration-mismatch").isEmpty)
  }

  @Test func countMismatchFires() {
    var (a, b) = pair(
      "Darchiev's forum saw companies sign 15 agreements.", "Darchiev's forum saw companies sign twelve agreements.")
    a.number("15 agreements", 15, counts: "agreements")
    b.number("twelve agreements", 12, counts: "agreements")
    let f = rules([a.document, b.document], "count-mismatch")
    #expect(f.count == 1)
    #expect(f.first?.severity == .error)
  }

  @Test func countMismatchQuietForHedgesAndOtherEvents() {
    var (a, b) = pair(
      "Darchiev's forum saw companies sign at least 12 agreements. Last year's forum ended with nine agreements.",
      "Darchiev's forum saw companies sign 15 agreements.")
    a.number("at least 12 agreements", 12, counts: "agreements", hedge: .atLeast)
    a.number("nine agreements", 9, counts: "agreements")
    b.number("15 agreements", 15, counts: "agreements")
    #expect(rules([a.document, b.document], "count-mismatch").isEmpty)
  }

  @Test func placeMismatchFires() {
    var (a, b) = pair("Darchiev held talks in Riyadh on Thursday.", "Darchiev opened talks in Jeddah on Thursday.")
    a.place("Riyadh", entity: "L1", name: "Riyadh", zone: "Asia/Riyadh", country: "SA")
    b.place("Jeddah", entity: "L2", name: "Jeddah", zone: "Asia/Riyadh", country: "SA")
    let f = rules([a.document, b.document], "place-mismatch")
    #expect(f.count == 1)
    #expect(f.first?.fact == .location)
  }

  @Test func placeMismatchQuietForDatelinesAndEarlierMeetings() {
    var (a, b) = pair(
      "MOSCOW, Feb 12 — Darchiev held talks in Riyadh on Thursday. The two sides last met in Jeddah in January.",
      "Darchiev held talks in Riyadh on Thursday.")
    a.place("MOSCOW", entity: "L3", name: "Moscow", zone: "Europe/Moscow", country: "RU", dateline: true)
    a.place("Riyadh", entity: "L1", name: "Riyadh", zone: "Asia/Riyadh", country: "SA")
    a.place("Jeddah", entity: "L2", name: "Jeddah", zone: "Asia/Riyadh", country: "SA")
    b.place("Riyadh", entity: "L1", name: "Riyadh", zone: "Asia/Riyadh", country: "SA")
    #expect(rules([a.document, b.document], "place-mismatch").isEmpty)
  }

  @Test func roleMismatchFires() {
    var (a, b) = pair(
      "Darchiev met Foreign Minister Pavel Rudakov.", "Darchiev met Deputy Foreign Minister Pavel Rudakov.")
    a.person(
      "Pavel Rudakov", entity: "P2",
      role: Role(office: "minister", portfolio: "foreign-affairs", text: "Foreign Minister"))
    b.person(
      "Pavel Rudakov", entity: "P2",
      role: Role(office: "deputy-minister", portfolio: "foreign-affairs", text: "Deputy Foreign Minister"))
    let f = rules([a.document, b.document], "role-mismatch")
    #expect(f.count == 1)
    #expect(f.first?.fact == .role)
  }

  @Test func roleMismatchQuietForSameRoleAndNamesakes() {
    var (a, b) = pair(
      "Darchiev met Deputy Foreign Minister Pavel Rudakov and Sergei Rudakov, a business leader.",
      "Darchiev met Deputy Foreign Minister Pavel Rudakov.")
    a.person(
      "Pavel Rudakov", entity: "P2",
      role: Role(office: "deputy-minister", portfolio: "foreign-affairs", text: "Deputy Foreign Minister"))
    a.person(
      "Sergei Rudakov", entity: "P3",
      role: Role(office: "chair", portfolio: "business-council", text: "business leader"))
    b.person(
      "Pavel Rudakov", entity: "P2",
      role: Role(office: "deputy-minister", portfolio: "foreign-affairs", text: "заместитель министра иностранных дел"))
    #expect(rules([a.document, b.document], "role-mismatch").isEmpty)
  }

  @Test func quoteAttributionFires() {
    var (a, b) = pair(
      "Darchiev said: \"Supplies will continue in full throughout the winter months\".",
      "Darchiev met Halmai, who said: \"Supplies will continue in full throughout the winter months\".")
    a.quote("Supplies will continue in full throughout the winter months", speaker: "P1")
    b.quote("Supplies will continue in full throughout the winter months", speaker: "P9")
    b.person("Halmai", entity: "P9", name: "Peter Halmai")
    let f = rules([a.document, b.document], "quote-attribution")
    #expect(f.count == 1)
    #expect(f.first?.sources == ["a", "b"])
  }

  @Test func quoteAttributionQuietForDifferentSentences() {
    var (a, b) = pair(
      "Darchiev said: \"Supplies will continue in full throughout the winter months\".",
      "Darchiev met Halmai, who said: \"We will not let households pay for a political dispute\".")
    a.quote("Supplies will continue in full throughout the winter months", speaker: "P1")
    b.quote("We will not let households pay for a political dispute", speaker: "P9")
    #expect(rules([a.document, b.document], "quote-attribution").isEmpty)
  }

  @Test func attendanceConflictFires() {
    var (a, b) = pair(
      "Darchiev's team included Rear Admiral Kirill Vorontsov.", "Darchiev led the talks; Vorontsov did not take part.")
    a.person("Kirill Vorontsov", entity: "P5", attendance: .present)
    b.person("Vorontsov", entity: "P5", name: "Kirill Vorontsov", attendance: .absent)
    let f = rules([a.document, b.document], "attendance-conflict")
    #expect(f.count == 1)
    #expect(f.first?.severity == .error)
  }

  @Test func attendeeOmittedIsInfoOnly() {
    var (a, b) = pair("Darchiev led the talks; Rear Admiral Cem Yildiz also attended.", "Darchiev led the talks.")
    a.person("Cem Yildiz", entity: "P6", attendance: .present)
    let all = runChecks([a.document, b.document]).findings
    #expect(all.filter { $0.rule == "attendance-conflict" }.isEmpty)
    let info = all.filter { $0.rule == "attendee-omitted" }
    #expect(info.count == 1)
    #expect(info.first?.severity == .info)
    #expect(info.first?.sources == ["a"])
  }

  @Test func differentEventsAreNotCompared() {
    var a = FactBuilder(
      id: "a", text: "Officials met in Riyadh on March 20 for talks that lasted two hours.", published: "2025-03-20")
    var b = FactBuilder(
      id: "b", text: "Ministers met in Oslo on June 2 for talks that lasted five hours.", published: "2025-06-02")
    a.date("March 20", 2025, 3, 20)
    a.duration("two hours", 7200)
    b.date("June 2", 2025, 6, 2)
    b.duration("five hours", 18000)
    let r = runChecks([a.document, b.document])
    #expect(r.events.groups == [["a"], ["b"]])
    #expect(r.findings.filter { $0.severity != .info }.isEmpty)
  }
}
