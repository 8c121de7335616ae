import FactDiffModel
import FactDiffText
import Testing

@Suite struct CalendarNamesTests {
  @Test(
    "month names in every form",
    arguments: [
      (Language.en, "january", 1), (.en, "february", 2), (.en, "feb", 2), (.en, "may", 5), (.en, "sep", 9),
      (.en, "december", 12),
      (.ru, "февраля", 2), (.ru, "февраль", 2), (.ru, "февр", 2), (.ru, "мая", 5), (.ru, "май", 5),
      (.ru, "сент", 9), (.ru, "декабря", 12), (.ru, "января", 1),
      (.uk, "лютого", 2), (.uk, "лютий", 2), (.uk, "лют", 2), (.uk, "травня", 5), (.uk, "листопада", 11),
      (.uk, "листопад", 11), (.uk, "груд", 12), (.uk, "січня", 1),
    ])
  func month(_ language: Language, _ name: String, _ month: Int) {
    #expect(CalendarNames.months(language).contains { $0.name == name && $0.month == month })
    #expect(CalendarNames.month(named: name, language: language) == month)
  }

  @Test(
    "weekday names with ISO numbers",
    arguments: [
      (Language.en, "thursday", 4), (.en, "thu", 4), (.en, "sunday", 7), (.en, "monday", 1), (.en, "sat", 6),
      (.ru, "четверг", 4), (.ru, "чт", 4), (.ru, "воскресенье", 7), (.ru, "понедельник", 1), (.ru, "среда", 3),
      (.uk, "четвер", 4), (.uk, "чт", 4), (.uk, "неділя", 7), (.uk, "понеділок", 1), (.uk, "пʼятниця", 5),
    ])
  func weekday(_ language: Language, _ name: String, _ weekday: Int) {
    #expect(CalendarNames.weekdays(language).contains { $0.name == name && $0.weekday == weekday })
    #expect(CalendarNames.weekday(named: name, language: language) == weekday)
  }

  @Test("lookups fold case and the dot", arguments: [("Февр.", 2), ("ФЕВРАЛЯ", 2), ("Feb.", nil), ("март", 3)])
  func lookup(_ name: String, _ month: Int?) {
    #expect(CalendarNames.month(named: name, language: .ru) == month)
  }

  @Test("tables are lower-case, dot-free and without duplicates", arguments: Language.allCases)
  func clean(_ language: Language) {
    let months = CalendarNames.months(language)
    let weekdays = CalendarNames.weekdays(language)
    #expect(Set(months.map(\.month)) == Set(1...12))
    #expect(Set(weekdays.map(\.weekday)) == Set(1...7))
    for name in months.map(\.name) + weekdays.map(\.name) {
      #expect(name == name.lowercased() && !name.hasSuffix(".") && !name.isEmpty)
    }
    #expect(Set(months.map(\.name)).count == months.count)
    #expect(Set(weekdays.map(\.name)).count == weekdays.count)
    // Wide format names come first.
    #expect(months.first?.month == 1 && weekdays.first?.weekday == 7)
  }
}
