import FactDiffModel

/// Words that end with a full stop without ending the sentence, per language (lower case, without the stop).
enum Abbreviations {
  static let english: WordSet = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "rep", "sen", "gov", "pres",
    "st", "mt", "ft", "no", "nos", "vol", "inc", "corp", "ltd", "co", "jr", "sr", "vs", "etc", "approx", "est",
    "dept", "univ", "ave", "blvd", "rd", "fig", "cf", "al",
  ]
  static let russian: WordSet = [
    "г", "гг", "т", "д", "им", "ул", "пр", "просп", "пер", "пл", "обл", "р", "руб", "долл", "коп", "тыс", "млн",
    "млрд", "трлн", "св", "ст", "проф", "акад", "доц", "канд", "см", "рис", "стр", "янв", "фев", "февр", "мар",
    "апр", "авг", "сент", "сен", "окт", "нояб", "ноя", "дек", "пн", "вт", "ср", "чт", "пт", "сб", "вс", "мин",
    "сек", "др", "пр", "тел", "ген", "зам", "нач", "гос", "рф",
  ]
  static let ukrainian: WordSet = [
    "р", "рр", "м", "ім", "вул", "просп", "пров", "пл", "обл", "грн", "коп", "тис", "млн", "млрд", "трлн", "св",
    "ст", "проф", "акад", "доц", "див", "рис", "стор", "січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп",
    "вер", "жовт", "лист", "груд", "пн", "вт", "ср", "чт", "пт", "сб", "нд", "хв", "сек", "ін", "тел", "ген",
  ]

  static func words(_ language: Language) -> WordSet {
    switch language {
    case .en: return english
    case .ru: return russian
    case .uk: return ukrainian
    }
  }

  /// Words that usually open a sentence; after an abbreviation, one of them means the sentence did end.
  static let sentenceOpeners: WordSet = [
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "there", "his", "her",
    "their", "its", "in", "on", "at", "after", "before", "but", "and", "officials", "talks", "both", "no", "one",
    "встреча", "он", "она", "они", "это", "в", "на", "по", "после", "перед", "но", "и", "стороны",
    "зустріч", "він", "вона", "вони", "це", "у", "після", "але", "і", "сторони",
  ]
}
