/// English cue words (folded: lower case). `word*` matches as a prefix; phrases are space-separated words.
enum EnglishCues {
  static let table = """
    start: began, begun, begin, begins, beginning, started, start, starts, starting, opened, opens, opening, commenced, commence, commences, kicked off, kicks off, kick off, got under way, got underway, get under way, gets under way, resumed, convened
    end: ended, ends, ending, finished, finishes, finishing, concluded, concludes, concluding, broke up, break up, breaks up, wrapped up, wraps up, adjourned, came to an end, closed, closing, until, till, ran until
    lasting: lasted, lasting, lasts, last for, sat for, ran for, runs for, running for, went on for, go on for, spent, spending, took, continued for, dragged on for, later, marathon
    arrival: arrived, arrive, arrives, arriving, arrival, landed, reached
    departure: left, leaves, leaving, departed, departs, departure, drove off, walked out
    planned: will, would, is expected, are expected, was expected, were expected, expected to, scheduled, planned, plans, plan to, is due, are due, was due, were due, due to, is set to, are set to, could, may, might, upcoming, is to, are to, preview, forecast
    otherEvent: previously, earlier, last met, last year, last year's, last time, ago, back in, followed, follow-up, before the talks, before the meeting, ahead of the talks, ahead of the meeting, a year earlier, the day before, the previous day, since the invasion, since the full-scale invasion, since the russian invasion, since russia's invasion, since russia's full-scale invasion, since the war began, since the start of the war, since the beginning of the war, since the outbreak of the war, since the start of the year, since the beginning of the year, so far this year
    otherModifier: previous, last, next, following, prior, upcoming, first, second, third, another
    timeNoun: year, years, year's, month, months, month's, week, weeks, week's, time, day, days, spring, spring's, summer, summer's, autumn, autumn's, fall, winter, winter's
    speech: said, says, say, told, tells, stated, states, announced, announces, noted, notes, added, adds, remarked, warned, warns, according to, declared, explained, stressed, insisted, argued, wrote, tweeted, confirmed, welcomed, praised, criticised, criticized, reacted
    oneOnOne: one-on-one, one on one, alone, tete-a-tete, tête-à-tête, in private, privately, narrow format, restricted format, private talks
    signing: signing ceremony, signing, ceremony
    press: press conference, news conference, briefing, press briefing, joint press conference
    meal: working lunch, lunch, dinner, working dinner, breakfast
    total: in all, in total, altogether, all told, overall
    net: not counting breaks, excluding breaks, without breaks, net of breaks, of pure negotiating time, of actual negotiating time, not counting the lunch break, excluding the lunch break, excluding lunch, not counting lunch, not counting a lunch break, not counting a dinner break, not counting the dinner break, excluding a dinner break, not counting a break, not counting the break, excluding breaks and meals, not including breaks
    caption: photo, file photo, pictured, caption, updated, published, posted
    previousValue: up from, down from, rising from, falling from, compared with, compared to, versus, instead of, from a previous, from last year's
    nextDay: the next day, the following day, next morning, the next morning, overnight, after midnight, past midnight, into the night
    rate: a day, per day, each day, a week, per week, a month, per month, a year, per year, daily
    boundary: since, from, until, till, by, before, after, as of, starting, effective, through
    locative: in, at, to
    goods: money, funds, fund, aid, assistance, grant, grants, loan, loans, supplies, deliveries, shipments, shipment, exports, cargo, cargoes, investment, investments, financing, proceeds, donations
    happened: met, meet, meets, meeting, held, hold, holds, signed, sign, signs, took place, take place, takes place, talked, spoke, gathered, convened, opened talks, was held, were held, took part, attended
    eventNoun: talks, meeting, meetings, consultations, negotiations, session, call, summit, forum, round, visit, conference, discussion, discussions, video call, videoconference, working group
    """
}
