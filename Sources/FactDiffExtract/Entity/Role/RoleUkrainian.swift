extension RoleVocabulary {
  /// Ukrainian titles (columns and declension codes as in `russian`).
  static let ukrainian = """
    міністр|office|minister|n
    міністри|office|minister|-|pl
    міністрів|office|minister|-|pl
    віцеміністр|office|deputy+minister|n
    віце-міністр|office|deputy+minister|n
    заступники|mod|deputy|-|pl
    міністерка|office|minister|n|f
    прем'єр-міністр|office|prime-minister|n
    прем'єр|office|prime-minister|n
    віцепрем'єр|office|deputy-prime-minister|n
    віце-прем'єр|office|deputy-prime-minister|n
    віцепрем'єр-міністр|office|deputy-prime-minister|n
    віце-прем'єр-міністр|office|deputy-prime-minister|n
    президент|office|president|n
    віцепрезидент|office|vice-president|n
    віце-президент|office|vice-president|n
    держсекретар|office|state-secretary|n
    державний секретар|office|state-secretary|p
    статс-секретар|office|state-secretary|n
    додатковий секретар|office|additional-secretary|p
    спільний секретар|office|joint-secretary|p
    секретар|office|secretary|n
    генеральний секретар|office|secretary-general|p
    генсек|office|secretary-general|n
    прес-секретар|office|spokesperson|n
    прессекретар|office|spokesperson|n
    речник|office|spokesperson|n
    речниця|office|spokesperson|n|f
    офіційний представник|office|spokesperson|p
    представник|office|representative|n
    представниця|office|representative|n|f
    спецпредставник|office|envoy|n
    спеціальний представник|office|envoy|p
    посол|office|ambassador|-
    посла|office|ambassador|-
    послу|office|ambassador|-
    послом|office|ambassador|-
    послові|office|ambassador|-
    генконсул|office|consul-general|n
    генеральний консул|office|consul-general|p
    консул|office|consul|n
    директор|office|director|n
    директорка|office|director|n|f
    гендиректор|office|director|n
    генеральний директор|office|director|p
    голова|office|head|n
    керівник|office|head|n
    керівниця|office|head|n|f
    очільник|office|head|n
    очільниця|office|head|n|f
    начальник|office|head|n
    радник|office|adviser|n
    радниця|office|adviser|n|f
    помічник|mod|assistant|n
    помічниця|mod|assistant|n|f
    губернатор|office|governor|n
    мер|office|mayor|n
    канцлер|office|chancellor|n
    контрадмірал|office|rear-admiral|n
    контр-адмірал|office|rear-admiral|n
    віцеадмірал|office|vice-admiral|n
    віце-адмірал|office|vice-admiral|n
    адмірал|office|admiral|n
    генерал|office|general|n
    генерал-лейтенант|office|lieutenant-general|n
    генерал-майор|office|major-general|n
    генерал-полковник|office|colonel-general|n
    полковник|office|colonel|n
    підполковник|office|lieutenant-colonel|n
    капітан|office|captain|n
    тимчасовий повірений у справах|office|charge-d-affaires|p
    тимчасовий повірений|office|charge-d-affaires|p
    повірений у справах|office|charge-d-affaires|p
    постійний представник|office|permanent-representative|p
    постпред|office|permanent-representative|n
    заступник|mod|deputy|n
    заступниця|mod|deputy|n|f
    заступника|mod|deputy|-
    перший|mod|first|a
    перша|mod|first|a|f
    виконувач обов'язків|mod|acting|p
    колишній|mod|former|a
    закордонних справ|port|foreign-affairs|-
    енергетики|port|energy|-
    з питань енергетики|port|energy|-
    енергетики та вугільної промисловості|port|energy|-
    транспорту|port|transport|-
    інфраструктури|port|infrastructure|-
    цифрового розвитку та транспорту|port|digital-development-transport|-
    цифрового розвитку і транспорту|port|digital-development-transport|-
    цифрового розвитку й транспорту|port|digital-development-transport|-
    цифрової трансформації|port|digital-development|-
    цифрового розвитку|port|digital-development|-
    економічного розвитку|port|economic-development|-
    розвитку|port|development|-
    з питань розвитку|port|development|-
    економічного розвитку і торгівлі|port|economic-development|-
    економіки|port|economy|-
    промисловості й торгівлі|port|industry-trade|-
    промисловості та торгівлі|port|industry-trade|-
    промисловості і торгівлі|port|industry-trade|-
    промисловості|port|industry|-
    промисловості та будівництва|port|industry|-
    промисловості і будівництва|port|industry|-
    будівництва|port|construction|-
    торгівлі|port|trade|-
    фінансів|port|finance|-
    оборони|port|defence|-
    внутрішніх справ|port|interior|-
    юстиції|port|justice|-
    аграрної політики|port|agriculture|-
    аграрної політики та продовольства|port|agriculture|-
    сільського господарства|port|agriculture|-
    комерції|port|trade|-
    зовнішньої торгівлі|port|trade|-
    інвестицій|port|investment|-
    водних ресурсів|port|water|-
    водного господарства|port|water|-
    електроенергетики|port|energy|-
    екології|port|environment|-
    екології та природних ресурсів|port|environment|-
    науки і технологій|port|science|-
    науки та технологій|port|science|-
    рибальства|port|fisheries|-
    рибного господарства|port|fisheries|-
    судноплавства|port|transport|-
    зайнятості|port|labour|-
    охорони здоров'я|port|health|-
    надзвичайних ситуацій|port|emergency|-
    з надзвичайних ситуацій|port|emergency|-
    розвитку далекого сходу та арктики|port|far-east-arctic|-
    з розвитку далекого сходу та арктики|port|far-east-arctic|-
    розвитку далекого сходу і арктики|port|far-east-arctic|-
    територіального управління та інфраструктури|port|territorial-infrastructure|-
    освіти|port|education|-
    освіти і науки|port|education|-
    науки|port|science|-
    науки і вищої освіти|port|science|-
    науки та вищої освіти|port|science|-
    нафти|port|oil|-
    культури|port|culture|-
    соціальної політики|port|labour|-
    довкілля|port|environment|-
    захисту довкілля та природних ресурсів|port|environment|-
    спорту|port|sport|-
    молоді та спорту|port|sport|-
    президента|port|presidency|-
    з тарифів|topic|tariffs|-
    з питань тарифів|topic|tariffs|-
    північної америки|dept|north-america|-
    латинської америки|dept|latin-america|-
    першого європейського|dept|europe-1|-
    другого європейського|dept|europe-2|-
    третього європейського|dept|europe-3|-
    консульської|dept|consular|-
    ділової ради|council|business-council|-
    мзс|org|ministry/foreign-affairs/
    міністерство закордонних справ|org|ministry/foreign-affairs/|p
    міненерго|org|ministry/energy/
    мінінфраструктури|org|ministry/infrastructure/
    мінфін|org|ministry/finance/
    мінфіну|org|ministry/finance/
    міноборони|org|ministry/defence/
    мвс|org|ministry/interior/
    мін'юст|org|ministry/justice/
    мін'юсту|org|ministry/justice/
    дснс|org|ministry/emergency/
    мінекономіки|org|ministry/economy/
    мінагрополітики|org|ministry/agriculture/
    моз|org|ministry/health/
    кремль|org|presidency/presidency/RU
    кремля|org|presidency/presidency/RU
    білого дому|org|presidency/presidency/US
    держдепартамент|org|ministry/foreign-affairs/US
    держдепартаменту|org|ministry/foreign-affairs/US
    держдепу|org|ministry/foreign-affairs/US
    офісу президента|org|presidency/presidency/
    міністерство|org|ministry//|p
    міністерства|org|ministry//
    міністерстві|org|ministry//
    департамент|org|department//|p
    департаменту|org|department//
    комітет|org|committee//|p
    комітету|org|committee//
    комісії|org|committee//
    служби|org|committee//
    агентства|org|committee//
    управління|org|committee//
    агентство|org|committee//
    кабінет міністрів|org|government//|p
    кабінету міністрів|org|government//
    рада|org|council//
    ради|org|council//
    делегації|org|delegation//
    делегація|org|delegation//
    уряду|org|government//
    головного штабу|org|military//
    генштабу|org|military//
    вмф|org|military//
    вмс|org|military//
    державного|fill|
    державний|fill|
    національного|fill|
    республіки|fill|
    з питань|fill|
    з|fill|
    та|fill|
    і|fill|
    й|fill|
    у справах|fill|
    при міжнародних організаціях|field|
    при оон|field|
    при єс|field|
    при нато|field|
    при обсє|field|
    при магате|field|
    при сот|field|
    """
}
