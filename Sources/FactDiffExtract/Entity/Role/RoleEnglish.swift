extension RoleVocabulary {
  /// English titles. Columns: phrase | kind | value | declension (unused in English) | flags.
  /// Kinds: `office` (a head noun), `mod` (deputy, first…), `port` (a ministry's field), `dept` (a department's
  /// name), `topic` (what a committee regulates), `org` (`type/portfolio/affiliation`), `aff` (ISO country),
  /// `fill` (words a title may contain: of, the, and…), `who` (a clause that opens an apposition: "who heads").
  static let english = """
    minister|office|minister
    ministers|office|minister||pl
    secretary general|office|secretary-general
    secretary-general|office|secretary-general
    general secretary|office|secretary-general
    vice minister|office|deputy+minister
    vice-minister|office|deputy+minister
    deputy ministers|office|deputy+minister||pl
    foreign ministers|office|minister||pl
    prime minister|office|prime-minister
    premier|office|prime-minister
    president|office|president
    vice president|office|vice-president
    vice-president|office|vice-president
    secretary|office|secretary
    joint secretary|office|joint-secretary
    joint secretaries|office|joint-secretary||pl
    additional secretary|office|additional-secretary
    additional secretaries|office|additional-secretary||pl
    press secretary|office|spokesperson
    spokesman|office|spokesperson
    spokeswoman|office|spokesperson||f
    spokesperson|office|spokesperson
    ambassador|office|ambassador
    envoy|office|envoy
    consul|office|consul
    consul general|office|consul-general
    consul-general|office|consul-general
    director|office|director
    director general|office|director
    director-general|office|director
    head|office|head
    chief|office|head
    heads|office|head
    leader|office|head
    chair|office|chair
    chairman|office|chair
    chairwoman|office|chair||f
    chairperson|office|chair
    adviser|office|adviser
    advisor|office|adviser
    aide|office|adviser
    governor|office|governor
    mayor|office|mayor
    representative|office|representative
    negotiator|office|negotiator
    chancellor|office|chancellor
    rear admiral|office|rear-admiral
    rear-admiral|office|rear-admiral
    vice admiral|office|vice-admiral
    vice-admiral|office|vice-admiral
    admiral|office|admiral
    general|office|general
    lieutenant general|office|lieutenant-general
    lieutenant-general|office|lieutenant-general
    major general|office|major-general
    major-general|office|major-general
    colonel general|office|colonel-general
    colonel|office|colonel
    lieutenant colonel|office|lieutenant-colonel
    captain|office|captain
    commander|office|commander
    counsellor|office|adviser
    counselor|office|adviser
    chargé d'affaires|office|charge-d-affaires
    chargé d’affaires|office|charge-d-affaires
    charge d'affaires|office|charge-d-affaires
    charge d’affaires|office|charge-d-affaires
    chargé|office|charge-d-affaires
    permanent representative|office|permanent-representative
    permanent envoy|office|permanent-representative
    deputy|mod|deputy
    first|mod|first
    assistant|mod|assistant
    under|mod|under
    under-secretary|office|under-secretary
    undersecretary|office|under-secretary
    state|mod|state
    acting|mod|acting
    former|mod|former
    senior|mod|senior
    special|mod|special
    chief of staff|office|chief-of-staff
    army chief|office|army-chief
    army chief of staff|office|army-chief
    chief of army staff|office|army-chief
    chief of the army staff|office|army-chief
    army commander|office|army-chief
    foreign|port|foreign-affairs
    foreign affairs|port|foreign-affairs
    of state|port|foreign-affairs/US
    of state for|fill|
    energy affairs|port|energy
    oil|port|oil
    petroleum|port|oil
    oil and gas|port|oil
    energy|port|energy
    transport|port|transport
    transportation|port|transport
    digital development and transport|port|digital-development-transport
    digital development|port|digital-development
    economic development|port|economic-development
    development|port|development
    international development|port|development
    development cooperation|port|development
    economy|port|economy
    economic|port|economy
    industry and trade|port|industry-trade
    trade and industry|port|industry-trade
    industry|port|industry
    industry and construction|port|industry
    trade|port|trade
    finance|port|finance
    treasury|port|finance
    defence|port|defence
    defense|port|defence
    interior|port|interior
    home|port|interior
    justice|port|justice
    agriculture|port|agriculture
    agrarian policy|port|agriculture
    agrarian policy and food|port|agriculture
    agriculture and food|port|agriculture
    commerce|port|trade
    foreign trade|port|trade
    investment|port|investment
    investments|port|investment
    investment and foreign trade|port|investment
    water resources and irrigation|port|water
    water resources|port|water
    water|port|water
    irrigation|port|water
    electricity and renewable energy|port|energy
    electricity|port|energy
    ecology and natural resources|port|environment
    ecology|port|environment
    science and technology|port|science
    science and higher education|port|science
    fisheries|port|fisheries
    fishery|port|fisheries
    ports, shipping and waterways|port|transport
    shipping|port|transport
    labour and migration|port|labour
    employment|port|labour
    health|port|health
    emergency situations|port|emergency
    emergencies|port|emergency
    development of the far east and arctic|port|far-east-arctic
    far east and arctic development|port|far-east-arctic
    far east development|port|far-east-arctic
    territorial administration and infrastructure|port|territorial-infrastructure
    infrastructure|port|infrastructure
    education|port|education
    science|port|science
    culture|port|culture
    labour|port|labour
    labor|port|labour
    natural resources|port|natural-resources
    environment|port|environment
    construction|port|construction
    communications|port|communications
    tourism|port|tourism
    sport|port|sport
    european integration|port|european-integration
    north america|dept|north-america
    north american|dept|north-america
    latin america|dept|latin-america
    first european|dept|europe-1
    second european|dept|europe-2
    third european|dept|europe-3
    fourth european|dept|europe-4
    second europe|dept|europe-2
    first asian|dept|asia-1
    second asian|dept|asia-2
    cis|dept|cis
    middle east and north africa|dept|middle-east
    consular|dept|consular
    information and press|dept|information-press
    tariff|topic|tariffs
    tariffs|topic|tariffs
    business council|council|business-council
    ministry|org|ministry//
    ministry's|org|ministry//
    foreign ministry|org|ministry/foreign-affairs/
    foreign office|org|ministry/foreign-affairs/GB
    state department|org|ministry/foreign-affairs/US
    pentagon|org|ministry/defence/US
    kremlin|org|presidency/presidency/RU
    white house|org|presidency/presidency/US
    department|org|department//
    division|org|department//
    committee|org|committee//
    commission|org|committee//
    regulator|org|committee//
    agency|org|committee//
    administration|org|committee//
    authority|org|committee//
    cabinet of ministers|org|government//
    cabinet|org|government//
    service|org|committee//
    council|org|council//
    delegation|org|delegation//
    team|org|delegation//
    government|org|government//
    navy|org|military//
    navy's|org|military//
    main staff|org|military//
    general staff|org|military//
    of|fill|
    for|fill|
    the|fill|
    and|fill|
    at|fill|
    in charge of|fill|
    on|fill|
    who heads|who|head
    who chairs|who|chair
    who leads|who|head
    who is|who|
    to the international organisations|field|
    to the international organizations|field|
    to the un|field|
    to the united nations|field|
    to the eu|field|
    to nato|field|
    to the osce|field|
    to the iaea|field|
    to the wto|field|
    """
}
