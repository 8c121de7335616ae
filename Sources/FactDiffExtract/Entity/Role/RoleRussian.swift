extension RoleVocabulary {
  /// Russian titles (columns as in `english`). Declension: `n` a noun naming a person (declined, accusative =
  /// genitive), `a` an adjective, `p` adjectives then a noun, `-` as written. Flag `f`: a feminine form.
  static let russian = """
    министр|office|minister|n
    министры|office|minister|-|pl
    министров|office|minister|-|pl
    вице-министр|office|deputy+minister|n
    заместители|mod|deputy|-|pl
    замминистры|office|deputy+minister|-|pl
    вице-премьеры|office|deputy+prime-minister|-|pl
    премьер-министр|office|prime-minister|n
    премьер|office|prime-minister|n
    вице-премьер|office|deputy-prime-minister|n
    вице-премьер-министр|office|deputy-prime-minister|n
    президент|office|president|n
    вице-президент|office|vice-president|n
    госсекретарь|office|state-secretary|n
    государственный секретарь|office|state-secretary|p
    статс-секретарь|office|state-secretary|n
    дополнительный секретарь|office|additional-secretary|p
    совместный секретарь|office|joint-secretary|p
    секретарь|office|secretary|n
    генеральный секретарь|office|secretary-general|p
    генсек|office|secretary-general|n
    пресс-секретарь|office|spokesperson|n
    официальный представитель|office|spokesperson|p
    представитель|office|representative|n
    спецпредставитель|office|envoy|n
    специальный представитель|office|envoy|p
    посол|office|ambassador|-
    посла|office|ambassador|-
    послу|office|ambassador|-
    послом|office|ambassador|-
    после|office|ambassador|-
    генконсул|office|consul-general|n
    генеральный консул|office|consul-general|p
    консул|office|consul|n
    директор|office|director|n
    гендиректор|office|director|n
    генеральный директор|office|director|p
    глава|office|head|n
    главы|office|head|-
    главе|office|head|-
    главу|office|head|-
    главой|office|head|-
    руководитель|office|head|n
    начальник|office|head|n
    председатель|office|chair|n
    председательница|office|chair|n|f
    советник|office|adviser|n
    помощник|mod|assistant|n
    помощница|mod|assistant|n|f
    губернатор|office|governor|n
    мэр|office|mayor|n
    канцлер|office|chancellor|n
    контр-адмирал|office|rear-admiral|n
    вице-адмирал|office|vice-admiral|n
    адмирал|office|admiral|n
    генерал|office|general|n
    генерал-лейтенант|office|lieutenant-general|n
    генерал-майор|office|major-general|n
    генерал-полковник|office|colonel-general|n
    полковник|office|colonel|n
    подполковник|office|lieutenant-colonel|n
    капитан|office|captain|n
    временный поверенный в делах|office|charge-d-affaires|p
    временный поверенный|office|charge-d-affaires|p
    поверенный в делах|office|charge-d-affaires|p
    постоянный представитель|office|permanent-representative|p
    постпред|office|permanent-representative|n
    заместитель|mod|deputy|n
    заместительница|mod|deputy|n|f
    замминистра|office|deputy-minister|-
    замглавы|office|deputy+head|-
    замгоссекретаря|office|deputy+state-secretary|-
    зампред|office|deputy+chair|n
    зампредседателя|office|deputy+chair|-
    первый|mod|first|a
    исполняющий обязанности|mod|acting|p
    врио|mod|acting|-
    бывший|mod|former|a
    иностранных дел|port|foreign-affairs|-
    по иностранным делам|port|foreign-affairs|-
    энергетики|port|energy|-
    по энергетике|port|energy|-
    энергетике|port|energy|-
    транспорта|port|transport|-
    по транспорту|port|transport|-
    цифрового развития и транспорта|port|digital-development-transport|-
    цифрового развития|port|digital-development|-
    цифрового развития, связи и массовых коммуникаций|port|digital-development|-
    экономического развития|port|economic-development|-
    развития|port|development|-
    по вопросам развития|port|development|-
    экономики|port|economy|-
    промышленности и торговли|port|industry-trade|-
    промышленности|port|industry|-
    торговли|port|trade|-
    финансов|port|finance|-
    обороны|port|defence|-
    внутренних дел|port|interior|-
    юстиции|port|justice|-
    сельского хозяйства|port|agriculture|-
    аграрной политики|port|agriculture|-
    аграрной политики и продовольствия|port|agriculture|-
    сельского хозяйства и продовольствия|port|agriculture|-
    коммерции|port|trade|-
    внешней торговли|port|trade|-
    инвестиций|port|investment|-
    инвестиций и внешней торговли|port|investment|-
    водных ресурсов|port|water|-
    водных ресурсов и ирригации|port|water|-
    водного хозяйства|port|water|-
    электроэнергетики|port|energy|-
    электроэнергетики и возобновляемых источников энергии|port|energy|-
    экологии|port|environment|-
    экологии и природных ресурсов|port|environment|-
    науки и технологий|port|science|-
    рыболовства|port|fisheries|-
    рыбного хозяйства|port|fisheries|-
    портов, судоходства и водных путей|port|transport|-
    судоходства|port|transport|-
    занятости|port|labour|-
    здравоохранения|port|health|-
    по чрезвычайным ситуациям|port|emergency|-
    по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных бедствий|port|emergency|-
    по развитию дальнего востока и арктики|port|far-east-arctic|-
    развития дальнего востока и арктики|port|far-east-arctic|-
    территориального управления и инфраструктуры|port|territorial-infrastructure|-
    инфраструктуры|port|infrastructure|-
    образования|port|education|-
    просвещения|port|education|-
    науки и высшего образования|port|science|-
    науки|port|science|-
    нефти|port|oil|-
    нефтяной промышленности|port|oil|-
    культуры|port|culture|-
    труда и социальной защиты|port|labour|-
    труда|port|labour|-
    природных ресурсов и экологии|port|natural-resources|-
    природных ресурсов|port|natural-resources|-
    строительства и жилищно-коммунального хозяйства|port|construction|-
    строительства|port|construction|-
    промышленности и строительства|port|industry|-
    спорта|port|sport|-
    туризма|port|tourism|-
    связи|port|communications|-
    президента|port|presidency|-
    по тарифам|topic|tariffs|-
    тарифам|topic|tariffs|-
    северной америки|dept|north-america|-
    латинской америки|dept|latin-america|-
    первого европейского|dept|europe-1|-
    второго европейского|dept|europe-2|-
    третьего европейского|dept|europe-3|-
    четвертого европейского|dept|europe-4|-
    первого азиатского|dept|asia-1|-
    второго азиатского|dept|asia-2|-
    ближнего востока и северной африки|dept|middle-east|-
    консульского|dept|consular|-
    информации и печати|dept|information-press|-
    делового совета|council|business-council|-
    деловой совет|council|business-council|-
    мид|org|ministry/foreign-affairs/
    министерство иностранных дел|org|ministry/foreign-affairs/|p
    минэнерго|org|ministry/energy/
    минтранс|org|ministry/transport/
    минтранса|org|ministry/transport/
    минфин|org|ministry/finance/
    минфина|org|ministry/finance/
    минобороны|org|ministry/defence/
    мвд|org|ministry/interior/
    минюст|org|ministry/justice/
    минюста|org|ministry/justice/
    мчс|org|ministry/emergency/
    минпромторг|org|ministry/industry-trade/
    минпромторга|org|ministry/industry-trade/
    минэкономразвития|org|ministry/economic-development/
    минцифры|org|ministry/digital-development/
    минвостокразвития|org|ministry/far-east-arctic/
    минсельхоз|org|ministry/agriculture/
    минсельхоза|org|ministry/agriculture/
    минздрав|org|ministry/health/
    минздрава|org|ministry/health/
    кремль|org|presidency/presidency/RU
    кремля|org|presidency/presidency/RU
    белого дома|org|presidency/presidency/US
    госдепартамент|org|ministry/foreign-affairs/US
    госдепартамента|org|ministry/foreign-affairs/US
    госдепа|org|ministry/foreign-affairs/US
    министерство|org|ministry//|p
    министерства|org|ministry//
    министерстве|org|ministry//
    департамент|org|department//|p
    департамента|org|department//
    департаменте|org|department//
    комитет|org|committee//|p
    комитета|org|committee//
    комиссии|org|committee//
    службы|org|committee//
    агентства|org|committee//
    управление|org|committee//|p
    управления|org|committee//
    управлении|org|committee//
    агентство|org|committee//|p
    кабинет министров|org|government//|p
    кабинета министров|org|government//
    совет|org|council//|p
    совета|org|council//
    делегации|org|delegation//
    делегация|org|delegation//
    правительства|org|government//
    главного штаба|org|military//
    генштаба|org|military//
    вмф|org|military//
    государственного|fill|
    государственный|fill|
    федерального|fill|
    федеральной|fill|
    республики|fill|
    национального|fill|
    по|fill|
    и|fill|
    по вопросам|fill|
    по делам|fill|
    при международных организациях|field|
    при оон|field|
    при ес|field|
    при нато|field|
    при обсе|field|
    при магатэ|field|
    при вто|field|
    """
}
