/// English counted nouns: concept → forms (space-separated).
enum EnglishCountNouns {
  static let rows: [(String, String)] = [
    (
      "agreements",
      """
      agreement agreements deal deals document documents memorandum memoranda memorandums accord accords contract
      contracts treaty treaties pact pacts
      """
    ),
    ("companies", "company companies firm firms business businesses enterprise enterprises"),
    ("people", "people person persons individuals individual"),
    ("residents", "resident residents inhabitants"),
    ("delegates", "delegate delegates"),
    ("participants", "participant participants attendees"),
    ("members", "member members"),
    ("rounds", "round rounds"),
    ("meetings", "meeting meetings session sessions"),
    ("talks", "talks"),
    ("countries", "country countries nations states"),
    ("prisoners", "prisoner prisoners detainees captives pows"),
    ("soldiers", "soldier soldiers servicemen"),
    ("troops", "troops"),
    ("civilians", "civilian civilians"),
    ("citizens", "citizen citizens nationals"),
    ("casualties", "casualties"),
    ("killed", "killed dead deaths fatalities"),
    ("wounded", "wounded injured injuries"),
    ("children", "child children kids"),
    ("journalists", "journalist journalists reporters"),
    ("drones", "drone drones uavs"),
    ("missiles", "missile missiles rockets"),
    (
      "ships",
      "ship ships vessels vessel tankers tanker bulkers bulker freighters freighter trawler trawlers barge barges"
    ),
    ("convoys", "convoy convoys"),
    ("shipments", "shipment shipments consignment consignments batch batches"),
    ("aircraft", "aircraft aircrafts planes plane jets helicopters"),
    ("trucks", "truck trucks lorries lorry"),
    ("households", "household households homes"),
    ("jobs", "job jobs"),
    ("votes", "vote votes"),
    ("seats", "seat seats"),
    ("officials", "official officials"),
    ("diplomats", "diplomat diplomats"),
    ("experts", "expert experts"),
    ("ministers", "minister ministers"),
    ("projects", "project projects"),
    ("contacts", "contact contacts"),
    ("proposals", "proposal proposals"),
    ("points", "point points items"),
    ("sanctions", "sanctions"),
    ("refugees", "refugee refugees"),
    ("migrants", "migrant migrants"),
    ("hostages", "hostage hostages"),
    ("victims", "victim victims"),
    ("workers", "worker workers employees staff"),
    ("students", "student students"),
    ("visitors", "visitor visitors tourists hikers climbers skier skiers snowboarders"),
    ("satellites", "satellite satellites"),
    ("cities", "city cities town towns villages settlements"),
    ("crossings", "crossings crossing checkpoints checkpoint"),
    ("regions", "region regions provinces"),
    ("embassies", "embassy embassies consulates"),
    ("reporters", "correspondents"),
    ("banks", "bank banks"),
    ("tanks", "tank tanks"),
    ("weapons", "weapons guns"),
    ("containers", "container containers"),
    ("wagons", "wagon wagons railcars"),
    ("flights", "flight flights"),
    ("buildings", "building buildings"),
    ("schools", "school schools"),
    ("hospitals", "hospital hospitals"),
    ("bodies", "bodies"),
    ("units", "units"),
    ("questions", "question questions issues"),
    ("statements", "statement statements"),
    ("plants", "plant plants factories factory"),
    ("delegations", "delegation delegations"),
    ("sailors", "sailor sailors seafarer seafarers seamen crewmen"),
    ("patients", "patient patients"),
    ("drivers", "driver drivers"),
    ("vehicles", "trolleybus trolleybuses bus buses tram trams locomotive locomotives"),
    ("transformers", "transformer transformers"),
    ("generators", "generator generators"),
    ("turbines", "turbine turbines"),
    ("deminers", "deminer deminers sapper sappers"),
    ("specialists", "specialist specialists"),
    ("engineers", "engineer engineers"),
    ("doctors", "doctor doctors physician physicians medic medics"),
    ("rescuers", "rescuer rescuers firefighter firefighters"),
    ("teachers", "teacher teachers"),
    ("passengers", "passenger passengers"),
  ]

  /// Nouns of two words, looked at before the single words ("bulk carriers" are ships, "border crossings").
  static let compounds: [(String, String)] = [
    ("bulk carriers", "ships"), ("bulk carrier", "ships"), ("ore carriers", "ships"), ("lng carriers", "ships"),
    ("gas carriers", "ships"), ("border crossings", "crossings"), ("border crossing", "crossings"),
    ("crossing points", "crossings"), ("checkpoints", "crossings"), ("barge convoys", "convoys"),
    ("barge convoy", "convoys"), ("crew members", "crew"), ("crew member", "crew"), ("crewmembers", "crew"),
  ]
  /// Words right before a count that make it the number of a group's members: "the delegation of 14", "a
  /// delegation of 18 officials".
  static let membersOf: [(String, String)] = [
    ("delegation of", "delegates"), ("delegations of", "delegates"), ("crew of", "crew"),
  ]
  /// Groups whose size "N-strong" gives: "a 41-strong Russian delegation".
  static let strongGroups: [(String, String)] = [("delegations", "delegates")]
}
