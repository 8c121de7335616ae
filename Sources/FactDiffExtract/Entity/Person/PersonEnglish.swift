extension NameLexicon {
  /// Capitalised English words that never start or continue a person's name: function words, sentence openers,
  /// organisations and institutions, titles of address. (Months, weekdays, places, nationality adjectives and
  /// role words are rejected through their own tables.)
  static let englishStopWords = """
    the a an in on at by for of and but or nor as after before during since until with without from to into onto
    upon over under about above below between among amid against despite via per than then so such if when while
    where which who whom whose what why how however meanwhile moreover also both all some many most much more less
    no not one two three four five six seven eight nine ten several each every other another any few
    he she it they we i you his her its their our my your him them us me this that these those there here
    mr mrs ms dr sir madam lord lady
    officials official talks meeting meetings session delegation delegations sources source according
    last next first second third earlier later today yesterday tomorrow tonight now then still yet already
    new old early late western eastern northern southern central
    read more updated photo video watch live breaking exclusive analysis opinion editorial comment
    government ministry department council committee agency union parliament senate congress court navy army
    kremlin pentagon nato eu un osce iaea wto imf opec brics sco csto cis gazprom rosneft rosatom lukoil novatek
    turkstream
    reuters tass interfax ria novosti ap afp bloomberg bbc cnn xinhua anadolu ukrinform unian euronews dpa
    duma rada verkhovna
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    convention agreement treaty protocol summit forum corridor pipeline nord stream house bank complex group center
    centre company corporation association organization organisation institute university fund hall palace tower
    station plant port airport bridge strait ocean river lake island street square park road program programme project
    conference accord front force forces guard police times post news press radio television network media hotel
    airlines railways exchange market index oil gas grid prize award cup games olympics
    god allah christmas easter ramadan
    """

  /// Lower-case particles inside names: "Khalid al-Dosari", "Ursula von der Leyen".
  static let englishParticles = "al el ad ar as at az ash bin ibn ben abu van von der den de da di du la le dos das del"
}
