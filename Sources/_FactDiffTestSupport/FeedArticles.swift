import FactDiff

/// A small news feed for the clustering tests: four events told in English, Russian and Ukrainian, interleaved
/// and partly out of order, one late report and one broken line. The reports are this project's own.
///
/// - Event A, Baku, Tue 4 Mar 2025: ferry-line talks; the Russian report's "six hours" contradicts 10:00–14:30.
/// - Event B, Geneva, same day: grain consultations; hedged durations that agree (must stay quiet), a previous
///   round mentioned in passing.
/// - Event C, Baku, same day: a carpet exhibition: same city and day as A, other people, other subject.
/// - Event D, Vilnius, Sun 9 Mar 2025: rail freight talks (moves the feed's clock past A, B and C).
/// - A late report of B, published 10 Mar.
public enum FeedArticles {
  public struct Article: Sendable {
    public var id: String
    public var language: String
    public var published: String
    public var text: String
    /// The event it tells: "A", "B", "C", "D".
    public var event: String

    /// The JSONL line of the article.
    public var line: String {
      JSONValue.object([
        ("id", .string(id)), ("language", .string(language)), ("published", .string(published)),
        ("text", .string(text)),
      ]).serialized()
    }
  }

  public static let aEn = Article(
    id: "a-en", language: "en", published: "2025-03-04T12:10:00Z",
    text: """
      BAKU, March 4 — Russian and Azerbaijani transport officials held talks in Baku on Tuesday on a new ferry \
      line across the Caspian Sea. The talks began at 10:00 and ended at 14:30, Deputy Transport Minister Igor \
      Semyonov told reporters. "We agreed on a timetable for the first twelve crossings," Semyonov said. The line \
      is expected to carry up to 40,000 lorries a year.
      """, event: "A")

  public static let aRu = Article(
    id: "a-ru", language: "ru", published: "2025-03-04T15:40:00+03:00",
    text: """
      БАКУ, 4 марта. Переговоры о новой паромной линии через Каспийское море прошли во вторник в Баку. Встреча \
      началась в 10:00 и продолжалась шесть часов, сообщил заместитель министра транспорта Игорь Семёнов. По его \
      словам, стороны согласовали расписание первых двенадцати рейсов. Паромная линия сможет перевозить до 40 \
      тысяч грузовиков в год.
      """, event: "A")

  public static let aUk = Article(
    id: "a-uk", language: "uk", published: "2025-03-05T09:05:00+02:00",
    text: """
      БАКУ, 4 березня. Переговори щодо нової поромної лінії через Каспійське море відбулися у вівторок у Баку. \
      Заступник міністра транспорту Ігор Семенов повідомив, що зустріч тривала чотири з половиною години. Пором \
      зможе перевозити до 40 тисяч вантажівок на рік.
      """, event: "A")

  public static let bEn = Article(
    id: "b-en", language: "en", published: "2025-03-04T16:00:00Z",
    text: """
      GENEVA, March 4 — Consultations on grain shipments across the Black Sea were held in Geneva on Tuesday \
      under United Nations auspices. The delegations were led by Vadim Yershov and Marta Kowalska. The meeting \
      ran from 11:00 to 13:50 and lasted nearly three hours, a UN spokesperson said. The previous round, held in \
      January, lasted six hours.
      """, event: "B")

  public static let bRu = Article(
    id: "b-ru", language: "ru", published: "2025-03-05T08:30:00+03:00",
    text: """
      ЖЕНЕВА, 4 марта. Консультации по экспорту зерна через Черное море прошли во вторник в Женеве при \
      посредничестве ООН. Делегации возглавили Вадим Ершов и Марта Ковальская. Встреча продолжалась около трех \
      часов.
      """, event: "B")

  public static let bUk = Article(
    id: "b-uk", language: "uk", published: "2025-03-04T19:20:00+02:00",
    text: """
      ЖЕНЕВА, 4 березня. Консультації щодо експорту зерна через Чорне море відбулися у вівторок у Женеві за \
      посередництва ООН. Делегації очолили Вадим Єршов і Марта Ковальська. Зустріч тривала майже три години.
      """, event: "B")

  public static let cEn = Article(
    id: "c-en", language: "en", published: "2025-03-04T13:00:00Z",
    text: """
      BAKU, March 4 — An exhibition of old carpets from private collections opened at the national carpet museum \
      in Baku on Tuesday. Curator Leyla Mammadova said more than 300 carpets were on show. The exhibition will \
      stay open until the end of April.
      """, event: "C")

  public static let cRu = Article(
    id: "c-ru", language: "ru", published: "2025-03-04T18:45:00+03:00",
    text: """
      БАКУ, 4 марта. Во вторник в национальном музее ковра в Баку открылась выставка старинных ковров из частных \
      собраний. По словам куратора Лейлы Мамедовой, в экспозиции представлено более 300 ковров.
      """, event: "C")

  public static let dEn = Article(
    id: "d-en", language: "en", published: "2025-03-09T14:00:00Z",
    text: """
      VILNIUS, March 9 — Lithuanian and Polish railway managers met in Vilnius on Sunday to discuss freight \
      traffic on the Rail Baltica line. Tomas Petraitis, who led the Lithuanian side, said 18 freight trains a \
      week could use the line from next year.
      """, event: "D")

  public static let dRu = Article(
    id: "d-ru", language: "ru", published: "2025-03-09T19:10:00+03:00",
    text: """
      ВИЛЬНЮС, 9 марта. Руководители железных дорог Литвы и Польши в воскресенье обсудили в Вильнюсе грузовые \
      перевозки по линии Rail Baltica. Глава литовской делегации Томас Петрайтис заявил, что по линии смогут \
      ходить 18 грузовых поездов в неделю.
      """, event: "D")

  public static let bLate = Article(
    id: "b-late", language: "en", published: "2025-03-10T10:00:00Z",
    text: """
      Consultations on grain shipments across the Black Sea were held in Geneva on March 4, Vadim Yershov \
      recalled in an interview. The meeting lasted nearly three hours.
      """, event: "B")

  /// The feed in order: A, B and C interleaved, two articles out of publication order (c-ru and b-uk arrive after
  /// a report published on 5 March), then D, then the late report of B, then a broken line.
  public static let feed: [Article] = [aEn, bEn, cEn, aRu, bRu, cRu, bUk, aUk, dEn, dRu, bLate]

  /// The feed's lines, with the broken line last (line 12).
  public static var lines: [String] { feed.map(\.line) + [#"{"id": "broken", "text": "#] }

  /// The feed as one JSONL text.
  public static var jsonl: String { lines.joined(separator: "\n") + "\n" }
}
