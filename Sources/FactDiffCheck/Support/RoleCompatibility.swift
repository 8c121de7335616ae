import FactDiffModel
import FactDiffResolve

/// Which titles cannot belong to the same person at once ("Foreign Minister" and "Deputy Foreign Minister").
enum RoleCompatibility {
  /// Posts a person holds one at a time; two different ones conflict unless listed as compatible.
  static let posts: Set<String> = [
    "president", "vice-president", "prime-minister", "first-deputy-prime-minister", "deputy-prime-minister",
    "minister", "first-deputy-minister", "deputy-minister", "state-secretary", "secretary-of-state",
    "under-secretary", "deputy-under-secretary", "assistant-secretary", "deputy-assistant-secretary",
    "spokesperson", "ambassador", "consul-general", "department-director", "chair", "governor", "mayor",
    "joint-secretary", "additional-secretary",
  ]

  /// Pairs of posts one person can hold together.
  static let compatible: Set<[String]> = [
    ["deputy-minister", "state-secretary"], ["first-deputy-minister", "state-secretary"],
    ["deputy-prime-minister", "minister"], ["first-deputy-prime-minister", "minister"],
    ["department-director", "spokesperson"], ["ambassador", "department-director"],
  ]

  /// Portfolios agree when one names part of the other: "trade" is a shortening of "industry-trade",
  /// "transport" of "digital-development-transport".
  static func portfoliosCompatible(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let x = Set(a.split(separator: "-"))
    let y = Set(b.split(separator: "-"))
    return x.isSubset(of: y) || y.isSubset(of: x)
  }

  /// True when one person cannot hold both titles.
  static func conflict(_ a: Role, _ b: Role) -> Bool {
    if a.office == b.office {
      if let pa = a.portfolio, let pb = b.portfolio, !portfoliosCompatible(pa, pb) { return true }
      return false
    }
    guard posts.contains(a.office), posts.contains(b.office) else { return false }
    return !compatible.contains([a.office, b.office].sorted())
  }
}

/// How alike two quotes are, 0…1, and the threshold above which they are the same sentence.
enum QuoteSimilarity {
  static let threshold = QuoteMatcher.threshold

  static func score(_ a: String, _ la: Language, _ b: String, _ lb: Language) -> Double {
    QuoteMatcher.similarity(a, la, b, lb)
  }
}
