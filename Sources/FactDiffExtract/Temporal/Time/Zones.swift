import FactDiffModel

/// Zone words written next to a clock time ("Moscow time", "по московскому времени", "GMT", "UTC+3", "local time"),
/// matched after the time, bare or in parentheses.
final class ZoneLexicon: Sendable {
  let phrases: PhraseTable<TimeZoneRef>

  static let shared = PerLanguageTable { ZoneLexicon(language: $0) }
  static func forLanguage(_ language: Language) -> ZoneLexicon { shared[language] }

  init(language: Language) {
    var rows: [(String, TimeZoneRef)] = ZoneNames.abbreviations
    switch language {
    case .en:
      rows += EnglishTimeWords.zones
      for (city, zone) in ZoneNames.englishCities { rows.append(("\(city) time", .zone(zone))) }
    case .ru:
      rows += RussianTimeWords.zones
      for (city, zone) in ZoneNames.russianCityGenitives {
        rows.append(("по времени \(city)", .zone(zone)))
      }
      for (stem, zone) in ZoneNames.russianAdjectives {
        rows.append(("по \(stem)ому времени", .zone(zone)))
        rows.append(("по \(stem)ому", .zone(zone)))
        rows.append(("\(stem)ого времени", .zone(zone)))
        rows.append(("время совпадает с \(stem)им", .zone(zone)))
      }
    case .uk:
      rows += UkrainianTimeWords.zones
      for (city, zone) in ZoneNames.ukrainianCityGenitives { rows.append(("за часом \(city)", .zone(zone))) }
      for (stem, zone) in ZoneNames.ukrainianAdjectives {
        rows.append(("за \(stem)им часом", .zone(zone)))
        rows.append(("за \(stem)им", .zone(zone)))
        rows.append(("по \(stem)ому часу", .zone(zone)))
        rows.append(("\(stem)ого часу", .zone(zone)))
        rows.append(("час збігається з \(stem)им", .zone(zone)))
      }
    }
    phrases = PhraseTable(rows)
  }

  /// The zone written from token `i` on: its value and the end (exclusive). Handles "(…)" around it and an offset
  /// after GMT/UTC ("UTC+3", "GMT+03:00").
  func zone(_ tokens: [Token], at i: Int) -> (TimeZoneRef, Int)? {
    guard i < tokens.count, tokens[i].spacing <= .narrow else { return nil }
    if tokens[i].isPunct("("), let (z, e) = bare(tokens, at: i + 1), e < tokens.count, tokens[e].isPunct(")") {
      return (z, e + 1)
    }
    return bare(tokens, at: i)
  }

  private func bare(_ tokens: [Token], at i: Int) -> (TimeZoneRef, Int)? {
    guard i < tokens.count, tokens[i].kind == .word, let m = phrases.match(tokens, at: i) else { return nil }
    var zone = m.value
    var end = m.end
    // "UTC+3", "GMT +03:00", "UTC-5".
    if case .offset(0) = zone, tokens[i].key == "utc" || tokens[i].key == "gmt", end + 1 < tokens.count,
      tokens[end].kind == .punct, tokens[end].key == "+" || tokens[end].key == "-", tokens[end + 1].kind == .number,
      tokens[end + 1].spacing == .none, let h = tokens[end + 1].intValue
    {
      let sign = tokens[end].key == "-" ? -1 : 1
      var minutes = 0
      var e = end + 2
      var hours = h
      if tokens[end + 1].normLength == 4 {
        hours = h / 100
        minutes = h % 100
      } else if e + 1 < tokens.count, tokens[e].isPunct(":"), tokens[e].spacing == .none,
        tokens[e + 1].kind == .number, tokens[e + 1].spacing == .none, let m = tokens[e + 1].intValue
      {
        minutes = m
        e += 2
      }
      if hours <= 14, minutes < 60 {
        zone = .offset(sign * (hours * 3600 + minutes * 60))
        end = e
      }
    }
    return (zone, end)
  }
}

/// Zone names shared by all languages, and the city and adjective tables.
enum ZoneNames {
  /// Written abbreviations. A literal "EST" is UTC−5 even in summer ("9 a.m. EST" in July is a real error).
  static let abbreviations: [(String, TimeZoneRef)] = [
    ("gmt", .offset(0)), ("utc", .offset(0)), ("msk", .zone("Europe/Moscow")), ("мск", .zone("Europe/Moscow")),
    ("est", .offset(-18000)), ("edt", .offset(-14400)), ("cst", .offset(-21600)), ("cdt", .offset(-18000)),
    ("pst", .offset(-28800)), ("pdt", .offset(-25200)), ("cet", .offset(3600)), ("cest", .offset(7200)),
    ("eet", .offset(7200)), ("eest", .offset(10800)), ("bst", .offset(3600)), ("wet", .offset(0)),
    ("west", .offset(3600)), ("trt", .offset(10800)),
  ]

  /// "<City> time" in English, for capitals and cities that make news.
  static let englishCities: [(String, String)] = [
    ("moscow", "Europe/Moscow"), ("kyiv", "Europe/Kyiv"), ("kiev", "Europe/Kyiv"), ("minsk", "Europe/Minsk"),
    ("istanbul", "Europe/Istanbul"), ("ankara", "Europe/Istanbul"), ("turkish", "Europe/Istanbul"),
    ("baku", "Asia/Baku"), ("yerevan", "Asia/Yerevan"), ("tbilisi", "Asia/Tbilisi"), ("almaty", "Asia/Almaty"),
    ("astana", "Asia/Almaty"), ("tashkent", "Asia/Tashkent"), ("bishkek", "Asia/Bishkek"),
    ("dushanbe", "Asia/Dushanbe"), ("ashgabat", "Asia/Ashgabat"), ("chisinau", "Europe/Chisinau"),
    ("beijing", "Asia/Shanghai"), ("tokyo", "Asia/Tokyo"), ("london", "Europe/London"), ("paris", "Europe/Paris"),
    ("berlin", "Europe/Berlin"), ("brussels", "Europe/Brussels"), ("warsaw", "Europe/Warsaw"),
    ("vienna", "Europe/Vienna"), ("geneva", "Europe/Zurich"), ("washington", "America/New_York"),
    ("new york", "America/New_York"), ("riyadh", "Asia/Riyadh"), ("tehran", "Asia/Tehran"),
    ("dubai", "Asia/Dubai"), ("abu dhabi", "Asia/Dubai"), ("doha", "Asia/Qatar"), ("jerusalem", "Asia/Jerusalem"),
    ("cairo", "Africa/Cairo"), ("budapest", "Europe/Budapest"), ("belgrade", "Europe/Belgrade"),
    ("bucharest", "Europe/Bucharest"), ("sofia", "Europe/Sofia"), ("athens", "Europe/Athens"),
    ("helsinki", "Europe/Helsinki"), ("riga", "Europe/Riga"), ("vilnius", "Europe/Vilnius"),
    ("tallinn", "Europe/Tallinn"), ("delhi", "Asia/Kolkata"), ("new delhi", "Asia/Kolkata"),
    ("singapore", "Asia/Singapore"), ("seoul", "Asia/Seoul"), ("pyongyang", "Asia/Pyongyang"),
    ("havana", "America/Havana"), ("caracas", "America/Caracas"), ("beirut", "Asia/Beirut"),
    ("damascus", "Asia/Damascus"), ("baghdad", "Asia/Baghdad"), ("islamabad", "Asia/Karachi"),
    ("kabul", "Asia/Kabul"), ("hong kong", "Asia/Hong_Kong"), ("kaliningrad", "Europe/Kaliningrad"),
    ("vladivostok", "Asia/Vladivostok"), ("rome", "Europe/Rome"), ("madrid", "Europe/Madrid"),
    ("stockholm", "Europe/Stockholm"), ("oslo", "Europe/Oslo"), ("copenhagen", "Europe/Copenhagen"),
    ("prague", "Europe/Prague"), ("bratislava", "Europe/Bratislava"), ("ulaanbaatar", "Asia/Ulaanbaatar"),
    ("bangkok", "Asia/Bangkok"), ("jakarta", "Asia/Jakarta"), ("tel aviv", "Asia/Jerusalem"),
    ("amman", "Asia/Amman"), ("hanoi", "Asia/Ho_Chi_Minh"), ("muscat", "Asia/Muscat"),
  ]

  /// Russian city names in the genitive, for "по времени Дели", "по времени Пекина".
  static let russianCityGenitives: [(String, String)] = [
    ("москвы", "Europe/Moscow"), ("киева", "Europe/Kyiv"), ("минска", "Europe/Minsk"), ("стамбула", "Europe/Istanbul"),
    ("анкары", "Europe/Istanbul"), ("баку", "Asia/Baku"), ("еревана", "Asia/Yerevan"), ("тбилиси", "Asia/Tbilisi"),
    ("алматы", "Asia/Almaty"), ("астаны", "Asia/Almaty"), ("ташкента", "Asia/Tashkent"), ("бишкека", "Asia/Bishkek"),
    ("душанбе", "Asia/Dushanbe"), ("ашхабада", "Asia/Ashgabat"), ("кишинева", "Europe/Chisinau"),
    ("пекина", "Asia/Shanghai"), ("токио", "Asia/Tokyo"), ("сеула", "Asia/Seoul"), ("дели", "Asia/Kolkata"),
    ("нью-дели", "Asia/Kolkata"), ("ханоя", "Asia/Ho_Chi_Minh"), ("улан-батора", "Asia/Ulaanbaatar"),
    ("лондона", "Europe/London"), ("парижа", "Europe/Paris"), ("берлина", "Europe/Berlin"),
    ("брюсселя", "Europe/Brussels"), ("варшавы", "Europe/Warsaw"), ("вены", "Europe/Vienna"),
    ("женевы", "Europe/Zurich"), ("братиславы", "Europe/Bratislava"), ("осло", "Europe/Oslo"),
    ("вашингтона", "America/New_York"), ("нью-йорка", "America/New_York"), ("тегерана", "Asia/Tehran"),
    ("дубая", "Asia/Dubai"), ("абу-даби", "Asia/Dubai"), ("эр-рияда", "Asia/Riyadh"), ("маската", "Asia/Muscat"),
    ("аммана", "Asia/Amman"), ("дохи", "Asia/Qatar"), ("каира", "Africa/Cairo"),
  ]

  /// Ukrainian city names in the genitive, for "за часом Делі", "за часом Пекіна".
  static let ukrainianCityGenitives: [(String, String)] = [
    ("москви", "Europe/Moscow"), ("києва", "Europe/Kyiv"), ("мінська", "Europe/Minsk"),
    ("стамбула", "Europe/Istanbul"), ("анкари", "Europe/Istanbul"), ("баку", "Asia/Baku"),
    ("єревана", "Asia/Yerevan"), ("тбілісі", "Asia/Tbilisi"), ("алмати", "Asia/Almaty"), ("астани", "Asia/Almaty"),
    ("ташкента", "Asia/Tashkent"), ("бішкека", "Asia/Bishkek"), ("душанбе", "Asia/Dushanbe"),
    ("ашгабата", "Asia/Ashgabat"), ("кишинева", "Europe/Chisinau"), ("пекіна", "Asia/Shanghai"),
    ("токіо", "Asia/Tokyo"), ("сеула", "Asia/Seoul"), ("делі", "Asia/Kolkata"), ("нью-делі", "Asia/Kolkata"),
    ("ханоя", "Asia/Ho_Chi_Minh"), ("улан-батора", "Asia/Ulaanbaatar"), ("лондона", "Europe/London"),
    ("парижа", "Europe/Paris"), ("берліна", "Europe/Berlin"), ("брюсселя", "Europe/Brussels"),
    ("варшави", "Europe/Warsaw"), ("відня", "Europe/Vienna"), ("женеви", "Europe/Zurich"),
    ("братислави", "Europe/Bratislava"), ("осло", "Europe/Oslo"), ("вашингтона", "America/New_York"),
    ("нью-йорка", "America/New_York"), ("тегерана", "Asia/Tehran"), ("дубая", "Asia/Dubai"),
    ("ер-ріяда", "Asia/Riyadh"), ("маската", "Asia/Muscat"), ("аммана", "Asia/Amman"), ("дохи", "Asia/Qatar"),
    ("каїра", "Africa/Cairo"),
  ]

  /// Russian place adjective stems ("московск" + "ому времени").
  static let russianAdjectives: [(String, String)] = [
    ("московск", "Europe/Moscow"), ("киевск", "Europe/Kyiv"), ("минск", "Europe/Minsk"),
    ("стамбульск", "Europe/Istanbul"), ("анкарск", "Europe/Istanbul"), ("турецк", "Europe/Istanbul"),
    ("бакинск", "Asia/Baku"), ("ереванск", "Asia/Yerevan"), ("армянск", "Asia/Yerevan"),
    ("тбилисск", "Asia/Tbilisi"), ("грузинск", "Asia/Tbilisi"), ("алматинск", "Asia/Almaty"),
    ("астанинск", "Asia/Almaty"), ("ташкентск", "Asia/Tashkent"), ("кишиневск", "Europe/Chisinau"),
    ("пекинск", "Asia/Shanghai"), ("токийск", "Asia/Tokyo"), ("лондонск", "Europe/London"),
    ("парижск", "Europe/Paris"), ("берлинск", "Europe/Berlin"), ("брюссельск", "Europe/Brussels"),
    ("варшавск", "Europe/Warsaw"), ("венск", "Europe/Vienna"), ("женевск", "Europe/Zurich"),
    ("вашингтонск", "America/New_York"), ("нью-йоркск", "America/New_York"), ("восточн", "America/New_York"),
    ("тегеранск", "Asia/Tehran"), ("дубайск", "Asia/Dubai"), ("будапештск", "Europe/Budapest"),
    ("белградск", "Europe/Belgrade"), ("рижск", "Europe/Riga"), ("вильнюсск", "Europe/Vilnius"),
    ("таллинск", "Europe/Tallinn"), ("калининградск", "Europe/Kaliningrad"),
    ("екатеринбургск", "Asia/Yekaterinburg"), ("новосибирск", "Asia/Novosibirsk"), ("омск", "Asia/Omsk"),
    ("красноярск", "Asia/Krasnoyarsk"), ("иркутск", "Asia/Irkutsk"), ("якутск", "Asia/Yakutsk"),
    ("владивостокск", "Asia/Vladivostok"), ("хабаровск", "Asia/Vladivostok"), ("магаданск", "Asia/Magadan"),
    ("камчатск", "Asia/Kamchatka"), ("самарск", "Europe/Samara"), ("саудовск", "Asia/Riyadh"),
    ("эр-риядск", "Asia/Riyadh"), ("бишкекск", "Asia/Bishkek"), ("душанбинск", "Asia/Dushanbe"),
    ("ашхабадск", "Asia/Ashgabat"), ("делийск", "Asia/Kolkata"), ("индийск", "Asia/Kolkata"),
    ("японск", "Asia/Tokyo"), ("китайск", "Asia/Shanghai"), ("сеульск", "Asia/Seoul"),
    ("ханойск", "Asia/Ho_Chi_Minh"), ("вьетнамск", "Asia/Ho_Chi_Minh"), ("улан-баторск", "Asia/Ulaanbaatar"),
    ("монгольск", "Asia/Ulaanbaatar"), ("маскатск", "Asia/Muscat"), ("оманск", "Asia/Muscat"),
    ("амманск", "Asia/Amman"), ("иорданск", "Asia/Amman"), ("норвежск", "Europe/Oslo"),
    ("братиславск", "Europe/Bratislava"), ("словацк", "Europe/Bratislava"),
  ]

  /// Ukrainian place adjective stems ("київськ" + "им часом").
  static let ukrainianAdjectives: [(String, String)] = [
    ("київськ", "Europe/Kyiv"), ("московськ", "Europe/Moscow"), ("мінськ", "Europe/Minsk"),
    ("стамбульськ", "Europe/Istanbul"), ("анкарськ", "Europe/Istanbul"), ("турецьк", "Europe/Istanbul"),
    ("бакинськ", "Asia/Baku"), ("єреванськ", "Asia/Yerevan"), ("тбіліськ", "Asia/Tbilisi"),
    ("алматинськ", "Asia/Almaty"), ("астанинськ", "Asia/Almaty"), ("ташкентськ", "Asia/Tashkent"),
    ("кишинівськ", "Europe/Chisinau"), ("пекінськ", "Asia/Shanghai"), ("токійськ", "Asia/Tokyo"),
    ("лондонськ", "Europe/London"), ("паризьк", "Europe/Paris"), ("берлінськ", "Europe/Berlin"),
    ("брюссельськ", "Europe/Brussels"), ("варшавськ", "Europe/Warsaw"), ("віденськ", "Europe/Vienna"),
    ("женевськ", "Europe/Zurich"), ("вашингтонськ", "America/New_York"), ("нью-йоркськ", "America/New_York"),
    ("східн", "America/New_York"), ("тегеранськ", "Asia/Tehran"), ("будапештськ", "Europe/Budapest"),
    ("белградськ", "Europe/Belgrade"), ("ризьк", "Europe/Riga"), ("вільнюськ", "Europe/Vilnius"),
    ("таллінськ", "Europe/Tallinn"), ("саудівськ", "Asia/Riyadh"), ("ер-ріядськ", "Asia/Riyadh"),
    ("бішкекськ", "Asia/Bishkek"), ("душанбинськ", "Asia/Dushanbe"), ("ашгабатськ", "Asia/Ashgabat"),
    ("делійськ", "Asia/Kolkata"), ("індійськ", "Asia/Kolkata"), ("японськ", "Asia/Tokyo"),
    ("китайськ", "Asia/Shanghai"), ("сеульськ", "Asia/Seoul"), ("ханойськ", "Asia/Ho_Chi_Minh"),
    ("в'єтнамськ", "Asia/Ho_Chi_Minh"), ("улан-баторськ", "Asia/Ulaanbaatar"), ("монгольськ", "Asia/Ulaanbaatar"),
    ("маскатськ", "Asia/Muscat"), ("оманськ", "Asia/Muscat"), ("амманськ", "Asia/Amman"),
    ("йорданськ", "Asia/Amman"), ("норвезьк", "Europe/Oslo"), ("братиславськ", "Europe/Bratislava"),
    ("словацьк", "Europe/Bratislava"),
  ]
}
