extension VenueFinder {
  /// English venue nouns: a phrase "at/in the … <noun> …" naming a building or an institution's premises.
  static let englishNouns = """
    residence embassy consulate ministry headquarters building palace hotel centre center office mansion villa
    kremlin hall complex compound airport base house chancellery secretariat
    """

  /// Russian venue nouns in the locative (after в / на).
  static let russianNouns = """
    резиденции посольстве консульстве генконсульстве здании доме министерстве мид штаб-квартире отеле гостинице
    дворце офисе центре особняке кремле зале комплексе аэропорту базе администрации правительстве
    """

  /// Ukrainian venue nouns in the locative (after в / у / на).
  static let ukrainianNouns = """
    резиденції посольстві консульстві генконсульстві будівлі будинку міністерстві мзс штаб-квартирі готелі
    палаці офісі центрі особняку кремлі залі комплексі аеропорту базі адміністрації уряді
    """
}
