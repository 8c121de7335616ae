/// The word that loosens or tightens a stated value ("about", "more than", "почти").
///
/// Raw values are the contract's JSON spellings.
public enum Hedge: String, Sendable, Hashable, Codable, CaseIterable {
  case approximately
  case nearly
  case moreThan = "more-than"
  case lessThan = "less-than"
  case atLeast = "at-least"
  case atMost = "at-most"
  case exactly
}
