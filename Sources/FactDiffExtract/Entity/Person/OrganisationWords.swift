import FactDiffModel

/// Words that tell that capitalised words near them name an organisation or a place, not a person.
enum OrganisationWords {
  /// Capitalised head words of English organisation names ("… Energy Institute", "… Plants Authority",
  /// "Ministry of …").
  static let heads = WordHash.set(
    """
    ministry ministries department institute university authority administration agency office bureau board \
    directorate inspectorate secretariat chamber commission committee council corporation company group bank \
    fund service centre center academy federation union association organisation organization court tribunal \
    assembly parliament senate congress foundation school college museum library hospital exchange \
    programme program initiative forum summit conference partnership alliance consortium holding holdings \
    railways railway airlines airline shipyard shipyards port plant station ltd inc plc llc \
    building buildings palace hotel residence complex airport stadium arena pavilion mansion embassy consulate
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Heads of buildings and institutions named after a person ("the Lester B. Pearson Building", "John F. Kennedy
  /// Airport", "the Rockefeller Foundation"): a run of name words ending in one is the name of the place.
  static let namedAfterHeads = WordHash.set([
    "building", "buildings", "palace", "hotel", "airport", "stadium", "arena", "pavilion", "centre", "center",
    "museum", "library", "foundation", "institute", "university", "embassy", "residence", "mansion", "complex",
  ])

  /// English heads that take "of"/"for" and a name made of capitalised words ("Ministry of Ports, Shipping and
  /// Waterways", "Department of Pharmaceuticals", "Federal Agency for Fishery").
  static let ofHeads = WordHash.set([
    "ministry", "department", "institute", "university", "authority", "administration", "agency", "office",
    "bureau", "board", "directorate", "commission", "committee", "council", "bank", "fund", "service", "centre",
    "center", "academy", "federation", "union", "association", "organisation", "organization", "court", "chamber",
    "secretariat", "inspectorate", "school", "college", "museum", "foundation",
  ])

  /// Lower-case nouns naming a kind of organisation or place, per language, in every case form.
  static func classNouns(_ language: Language) -> KeyIndex {
    switch language {
    case .en: return english
    case .ru: return russian
    case .uk: return ukrainian
    }
  }

  private static let english = WordHash.set(
    """
    company firm corporation conglomerate operator carrier airline shipper shipyard producer maker exporter \
    importer supplier holding group bank lender insurer fund broadcaster newspaper daily weekly magazine outlet \
    channel broadcaster agency regulator watchdog province region city town village district county prefecture \
    oblast krai emirate governorate municipality port terminal plant refinery mine deposit field station airport \
    reservoir river lake island strait sea bay gulf peninsula mountains valley resort vessel ship tanker freighter \
    icebreaker satellite rocket programme program project initiative operation platform app
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  private static let russian = declined(
    """
    компания корпорация госкорпорация концерн холдинг группа банк фонд оператор перевозчик авиакомпания верфь \
    производитель экспортер импортер поставщик газета издание журнал телеканал агентство регулятор провинция \
    область регион город поселок село деревня район округ префектура край эмират мухафаза муниципалитет порт \
    терминал завод комбинат месторождение станция аэропорт водохранилище река озеро остров пролив залив \
    полуостров курорт судно корабль танкер ледокол спутник ракета программа проект инициатива операция платформа \
    площадка АЭС ТЭС ГЭС
    """, .ru)

  private static let ukrainian = declined(
    """
    компанія корпорація держкорпорація концерн холдинг група банк фонд оператор перевізник авіакомпанія верф \
    виробник експортер імпортер постачальник газета видання журнал телеканал агентство регулятор провінція \
    область регіон місто селище село район округ префектура край емірат мухафаза муніципалітет порт термінал \
    завод комбінат родовище станція аеропорт водосховище річка озеро острів протока затока півострів курорт судно \
    корабель танкер криголам супутник ракета програма проєкт проект ініціатива операція платформа майданчик
    """, .uk)

  private static func declined(_ text: String, _ language: Language) -> KeyIndex {
    var forms: [String] = []
    for w in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }) {
      let word = String(w).lowercased()
      for f in EntityDeclension.noun(word, language, animate: false) { forms.append(f.form) }
    }
    return WordHash.set(forms)
  }
}
