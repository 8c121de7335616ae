/// English amount words.
enum EnglishAmountWords {
  static let table = AmountTable(
    scales: [
      ("bn", 1e9), ("mn", 1e6), ("mln", 1e6), ("tn", 1e12), ("trn", 1e12), ("bln", 1e9),
      // Indian numbering: a lakh is 100,000 and a crore ten million ("15 lakh tonnes", "₹12,600 crore").
      ("lakh", 1e5), ("lakhs", 1e5), ("lac", 1e5), ("lacs", 1e5), ("crore", 1e7), ("crores", 1e7),
    ],
    currencyScales: [("m", 1e6), ("k", 1e3), ("b", 1e9), ("cr", 1e7)],
    currencyBefore: [
      ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("rub", "RUB"), ("uah", "UAH"), ("inr", "INR"), ("rs", "INR"),
      ("rs.", "INR"),
    ],
    currencyAfter: [
      ("zlotys", "PLN"), ("zloty", "PLN"), ("zlotych", "PLN"), ("złoty", "PLN"), ("złotys", "PLN"), ("zł", "PLN"),
      ("danish kroner", "DKK"), ("danish krone", "DKK"), ("norwegian kroner", "NOK"), ("norwegian krone", "NOK"),
      ("swedish kronor", "SEK"), ("swedish krona", "SEK"), ("czech korunas", "CZK"), ("czech koruna", "CZK"),
      ("czech crowns", "CZK"), ("dollars", "USD"), ("dollar", "USD"), ("us dollars", "USD"), ("euros", "EUR"),
      ("euro", "EUR"),
      ("roubles", "RUB"), ("rubles", "RUB"), ("rouble", "RUB"), ("ruble", "RUB"), ("hryvnias", "UAH"),
      ("hryvnia", "UAH"), ("hryvnas", "UAH"), ("pounds sterling", "GBP"), ("pounds", "GBP"), ("yuan", "CNY"),
      ("renminbi", "CNY"), ("lira", "TRY"), ("liras", "TRY"), ("lire", "TRY"), ("turkish lira", "TRY"),
      ("manat", "AZN"), ("manats", "AZN"), ("drams", "AMD"), ("dram", "AMD"), ("tenge", "KZT"), ("lari", "GEL"),
      ("lei", "MDL"), ("forints", "HUF"), ("forint", "HUF"), ("dinars", "RSD"), ("riyals", "SAR"),
      ("rials", "IRR"), ("yen", "JPY"), ("swiss francs", "CHF"), ("francs", "CHF"), ("rupees", "INR"), ("rupee", "INR"),
      ("dirhams", "AED"), ("belarusian roubles", "BYN"),
    ],
    percent: ["%", "percent", "per cent", "pct", "per cent."],
    units: [
      ("cubic metres", "m3"), ("cubic meters", "m3"), ("cubic metre", "m3"), ("cubic meter", "m3"),
      ("cu m", "m3"), ("bcm", "bcm"), ("tonnes", "t"), ("tons", "t"), ("tonne", "t"), ("metric tons", "t"),
      ("barrels", "bbl"), ("barrel", "bbl"), ("kilometres", "km"), ("kilometers", "km"), ("km", "km"),
      ("megawatts", "MW"), ("mw", "MW"), ("gigawatts", "GW"), ("gw", "GW"), ("kilowatt-hours", "kWh"),
      ("kwh", "kWh"), ("hectares", "ha"),
      // A change of a percentage, not a percentage: a unit of its own ("by 5 percentage points, to 10%").
      ("percentage points", "pp"), ("percentage point", "pp"), ("pct points", "pp"), ("pct point", "pp"),
      ("pp", "pp"),
    ],
    vague: [
      ("dozens", "dozens"), ("scores", "scores"), ("hundreds", "hundreds"), ("thousands", "thousands"),
      ("tens of thousands", "tens-of-thousands"), ("hundreds of thousands", "hundreds-of-thousands"),
      ("millions", "millions"), ("several", "several"), ("a few", "a-few"), ("a couple of", "a-few"),
      ("a dozen", "dozen"), ("a handful of", "a-few"),
    ],
    dozen: ["dozen"],
    rangeJoiners: ["-", "to", "and", "or"],
    rangeOpeners: ["between", "from"],
    breakdownLeads: ["including", "among them", "of them", "of whom", "of which", "namely"],
    listJoiners: ["and", "plus"],
    partitive: ["of"]
  )
}
