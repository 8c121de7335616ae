/// English date words ICU's calendar names leave out.
enum EnglishDateWords {
  static let table = DateTable(
    extraMonths: [("sept", 9), ("febr", 2), ("janv", 1)],
    monthsAlone: [],
    monthPrepositions: [
      "in", "since", "by", "until", "till", "through", "during", "from", "early", "late", "mid",
      "for", "of", "before", "after",
    ],
    extraWeekdays: [("tues", 2), ("thur", 4), ("thurs", 4), ("weds", 3)],
    relativeDays: [
      ("yesterday", -1), ("yesterday's", -1), ("today", 0), ("today's", 0), ("tomorrow", 1), ("tomorrow's", 1),
      ("the day before yesterday", -2), ("the day after tomorrow", 2), ("last night", -1), ("last night's", -1),
      ("tonight", 0), ("tonight's", 0), ("this morning", 0), ("this afternoon", 0), ("this evening", 0),
    ],
    relativeWeeks: [
      ("last week", -1), ("last week's", -1), ("this week", 0), ("this week's", 0), ("next week", 1),
      ("next week's", 1), ("earlier this week", 0), ("later this week", 0), ("the previous week", -1),
    ],
    relativeMonths: [
      ("last month", -1), ("last month's", -1), ("this month", 0), ("next month", 1), ("earlier this month", 0),
      ("later this month", 0),
    ],
    weekdayModifiers: [
      ("last", .past), ("this past", .past), ("past", .past), ("next", .future), ("this coming", .future),
      ("coming", .future), ("on", .plain), ("early", .plain), ("late", .plain), ("this", .nearest),
      ("on last", .past), ("on next", .future),
    ],
    yearWords: [],
    yearPrepositions: [
      "in", "since", "by", "until", "till", "of", "from", "before", "after", "during", "through",
      "early", "late", "mid", "back", "to",
    ],
    futureStems: [
      "will", "next", "plan", "plans", "planned", "planning", "expected", "scheduled", "due", "upcoming",
      "forthcoming", "intends", "intend", "shall",
    ],
    clauseBreaks: [
      "which", "that", "who", "whom", "whose", "under", "when", "where", "while", "after", "before",
      "because", "although", "though", "since", ";",
    ],
    ordinalSuffixes: ["th", "st", "nd", "rd"],
    notDayAfterOrdinal: ["century", "anniversary", "floor", "round", "time", "place"],
    dayRangeJoiners: ["to", "through", "thru", "until", "till"],
    dayRangeJoinersAfterOpener: ["and"],
    dayRangeOpeners: ["from", "between"],
    ordinalDays: [
      // "the twelfth of March", "the twenty-first of May": read only before "of" and a month (`dayFirst`).
      .init(
        units: ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"],
        teens: [
          "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth",
        ],
        twentieth: "twentieth", thirtieth: "thirtieth", twenty: "twenty-", thirty: "thirty-")
    ]
  )
}
