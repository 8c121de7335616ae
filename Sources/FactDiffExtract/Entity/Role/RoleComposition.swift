import FactDiffModel

extension RoleParser {
  /// The parts of a vocabulary value joined by "+" ("deputy+minister"); most values are one part.
  private static func plusParts(_ value: String) -> [String] {
    value.utf8.contains(UInt8(ascii: "+")) ? value.split(separator: "+").map(String.init) : [value]
  }

  /// Turns the words of a title into a normalised role, or nil when they name no office.
  ///
  /// The head office is the last office word that is not a dependent genitive of another (in "заместитель министра"
  /// the head is "заместитель", a modifier, and "министра" the office it modifies); modifiers before it make
  /// "deputy-minister", "first-deputy-prime-minister", "deputy-assistant-secretary".
  static func compose(_ items: [RoleItem], text: String) -> Role? {
    var mods: Set<String> = []
    var head: String?
    var headIndex = -1
    var clauseOffice: String?
    var dependentPortfolio: String?
    for (k, item) in items.enumerated() {
      switch item.kind {
      case .office:
        var parts = plusParts(item.value)
        let office = parts.removeLast()
        // In Russian and Ukrainian an office in the genitive after another office depends on it
        // ("пресс-секретарь президента"); the first one stays the head unless it is a modifier.
        if let h = head, headIndex >= 0, !items[headIndex].cases.isDisjoint(with: .nom),
          item.cases.isDisjoint(with: .nom), h != "head"
        {
          // "пресс-секретарь президента", "помощник президента": the president's office.
          if office == "president" { dependentPortfolio = "presidency" }
          continue
        }
        head = office
        headIndex = k
        mods.formUnion(parts)
      case .modifier:
        let parts = plusParts(item.value)
        if parts.last == "head" {
          mods.formUnion(parts.dropLast())
          head = "head"
          headIndex = k
        } else {
          mods.formUnion(parts)
        }
      case .clause:
        if !item.value.isEmpty { clauseOffice = item.value }
      default: break
      }
    }
    let orgs = items.filter { $0.kind == .organisation }.map(\.value)
    let ministryPortfolio =
      items.first { $0.kind == .portfolio && $0.portfolio != "presidency" }?.portfolio
      ?? items.first { $0.kind == .organisation && $0.portfolio != nil }?.portfolio
      ?? items.first { $0.kind == .portfolio }?.portfolio
      ?? dependentPortfolio
    let department = items.first { $0.kind == .department && !$0.value.isEmpty }?.value
    let topic = items.first { $0.kind == .topic }?.value ?? items.first { $0.kind == .council }?.value
    let affiliation =
      items.first { $0.kind == .affiliation }?.value
      ?? items.first { ($0.kind == .organisation || $0.kind == .portfolio) && $0.affiliation != nil }?.affiliation
    if head == nil { head = clauseOffice }
    if head == nil, mods.contains("assistant"), ministryPortfolio == "presidency" { head = "adviser" }
    guard let headOffice = head else { return nil }

    var office = headOffice
    var portfolio: String? = ministryPortfolio
    var assistantUsed = false
    switch headOffice {
    case "secretary":
      if mods.contains("assistant") {
        office = "assistant-secretary"
        assistantUsed = true
      } else if mods.contains("under") {
        office = "under-secretary"
      } else if mods.contains("state") {
        office = "state-secretary"
      } else if ministryPortfolio == "foreign-affairs", affiliation == "US" {
        office = "secretary-of-state"
      } else if let p = ministryPortfolio, p != "presidency" {
        office = "minister"
        portfolio = p
      }
    case "state-secretary":
      if mods.contains("assistant") {
        office = "assistant-secretary"
        assistantUsed = true
        portfolio = portfolio ?? "foreign-affairs"
      } else if affiliation == "US", ministryPortfolio == nil {
        office = "secretary-of-state"
        portfolio = "foreign-affairs"
      }
    case "head":
      if orgs.contains("department") {
        office = "department-director"
      } else if orgs.contains("committee") || orgs.contains("council") || topic != nil {
        office = "chair"
      } else if orgs.contains("delegation") {
        office = "head-of-delegation"
      } else if orgs.contains("government") {
        office = "prime-minister"
      } else if orgs.contains("ministry") {
        office = "minister"
      }
    case "director":
      if orgs.contains("department") { office = "department-director" }
    case "chair":
      if orgs.contains("government") { office = "prime-minister" }
    case "president":
      if mods.contains("assistant") {
        office = "adviser"
        portfolio = "presidency"
        assistantUsed = true
      }
    default: break
    }
    switch office {
    case "department-director": portfolio = department
    case "chair": portfolio = topic ?? ministryPortfolio
    case "head-of-delegation", "president", "vice-president", "prime-minister", "governor", "mayor", "chancellor":
      portfolio = nil
    case "rear-admiral", "vice-admiral", "admiral", "general", "lieutenant-general", "major-general",
      "colonel-general", "colonel", "lieutenant-colonel", "captain", "commander":
      portfolio = nil
    case "secretary-of-state": portfolio = "foreign-affairs"
    default: break
    }
    if mods.contains("assistant"), !assistantUsed { office = "assistant-" + office }
    if mods.contains("deputy") { office = "deputy-" + office }
    if mods.contains("first"), office.hasPrefix("deputy-") { office = "first-" + office }
    // "former health minister", "бывший министр обороны": a post held before, not now.
    if mods.contains("former") { office = "former-" + office }
    return Role(office: office, portfolio: portfolio, affiliation: affiliation, text: text)
  }
}
