extension QuoteConcepts {
  /// More concepts of diplomatic, security and economic news (columns as in `politics`).
  static let more = """
  ceasefire|ceasefire;truce|перемири;прекращение огня|перемир'я;припинення вогню
  prisoner|prisoner;captive|пленн;заключен|полонен;ув'язнен
  exchange|exchang;swap|обмен|обмін
  humanitarian|humanitarian|гуманитарн|гуманітарн
  refugee|refugee|беженц|біженц
  civilian|civilian|мирн жител;гражданск|цивільн
  weapon|weapon;arms|оруж;вооружен|зброї;зброя;озброєн
  missile|missile;rocket|ракет|ракет
  drone|drone|беспилотн;дрон|безпілотн;дрон
  attack|attack;strike|атак;удар|атак;удар
  troops|troops;soldier|войск;солдат|військ;солдат
  withdraw|withdraw;pull out|вывод;отвод|виведен;відвед
  occupy|occup|оккуп|окуп
  territory|territor|территори|територі
  sovereignty|sovereign|суверенитет|суверенітет
  independence|independen|независим|незалежн
  integrity|integrity|целостност|цілісн
  election|election;vote;poll|выбор;голосова|вибор;голосува
  parliament|parliament;legislat|парламент;дума|парламент;рада
  referendum|referendum|референдум|референдум
  constitution|constitution|конституц|конституц
  law-bill|bill;draft law|законопроект|законопроект
  court|court;judge|суд|суд
  investigation|investigat;probe|расследова;следстви|розслідува;слідств
  accuse|accus;charge|обвин|звинува
  arrest|arrest;detain|арест;задерж|арешт;затрим
  visa|visa|виз;=визы|віз;=візи
  citizen|citizen|граждан|громадян
  staff-embassy|diplomatic staff|дипломатическ персонал|дипломатичн персонал
  expel|expel;expuls|высыл;высла|вислан;вислал
  banking|banking|банковск|банківськ
  payment|payment|платеж;расчет|платіж;розрахун
  currency|currency|валют|валют
  inflation|inflation|инфляц|інфляц
  growth|growth|рост|зростан
  loan|loan;credit|кредит;заем;займ|кредит;позик
  reserve|reserve|резерв|резерв
  asset|asset|актив|актив
  freeze|freez;frozen|замороз|замороз
  unfreeze|unfreez|разморо|розморо
  property|property|собственност;имуществ|власніст;майн
  embargo|embargo;ban|эмбарго;запрет|ембарго;заборон
  restriction|restrict|ограничен|обмежен
  lift|lift;remov|сня;отмен|зня;скасув
  quota|quota|квот|квот
  ferry|ferr|паром|пором
  crossing|crossing|переход;переправ|перехід;переправ
  cod-fish|fish;cod|рыб;треск|риб;тріск
  catch|catch|улов;вылов|улов;вилов
  harvest|harvest|урожа|урожа
  fertile-land|land|земл|земл
  ammonia|ammonia|аммиак|аміак
  corridor-grain|grain corridor|зерновой коридор|зерновий коридор
  airport-air|flight;aviation;air|авиа;рейс;полет|авіа;рейс;політ
  tourism-tourist|tourist|турист|турист
  student|student|студент|студент
  school|school|школ|школ
  hospital|hospital|больниц;госпитал|лікарн;шпитал
  medicine|medicine;drug;vaccine|лекарств;вакцин|лік;вакцин
  disease|disease;epidemic|болезн;эпидеми|хвороб;епідемі
  damage|damage;destroy|ущерб;поврежд;разруш|шкод;пошкодж;зруйн
  restore|restor;reconstruct;rebuild|восстанов|віднов
  repair-grid|blackout|отключен;блэкаут|відключен;блекаут
  temperature|temperature;cold|температур;холод;мороз|температур;холод;мороз
  storage|storage|хранилищ;хранен|сховищ;зберіган
  volume-cubic|cubic;metres;meters|кубометр;кубическ|кубометр;кубічн
  tonne|tonne;ton|тонн|тонн
  barrel|barrel|баррел|барел
  kilometre|kilometre;kilometer;km|километр;=км|кілометр;=км
  capacity|capacity|мощност;пропускн|потужн;пропускн
  route-sea|shipping lane|судоходн|судноплавн
  insurance|insurance|страхов|страхув
  inspection|inspect|досмотр;инспекц;проверк|огляд;інспекц;перевірк
  incident|incident|инцидент|інцидент
  explanation|explanation;explain|объяснен;пояснен|пояснен
  transparent|transparen|прозрачн|прозор
  fair|fair;just|справедлив|справедлив
  mutual|mutual;reciproc|взаимн|взаємн
  benefit|benefit;advantage|выгод;польз|вигод;користь
  loss|loss|потер;убыт|втрат;збит
  priority|priorit|приоритет|пріоритет
  strategy|strateg|стратег|стратег
  long-term|long-term|долгосроч|довгостроков
  short-term|short-term|краткосроч|короткостроков
  key|key|ключев|ключов
  main|main;principal|главн;основн|головн;основн
  serious|serious|серьезн|серйозн
  difficult|difficult;hard;tough|сложн;трудн|складн;важк
  easy|easy|легк;прост|легк;прост
  constructive|constructive|конструктивн|конструктивн
  useful|useful;productive|полезн;продуктивн|корисн;продуктивн
  frank|frank;candid|откровенн|відверт
  cautious|cautio|осторожн|обережн
  optimistic|optimis|оптимист|оптиміст
  concern|concern;worr|обеспокоен;озабочен;беспокой|занепокоєн;стурбован
  regret|regret|сожал|шкоду
  welcome|welcom|приветств|вітаю;вітає;привіта
  condemn|condemn|осужда;осуди|засуджу;засуди
  reject-firm|categorically|категорическ|категорично
  soon-near|near;upcoming|ближайш|найближч
  month-count|months|месяцев|місяців
  """
}
