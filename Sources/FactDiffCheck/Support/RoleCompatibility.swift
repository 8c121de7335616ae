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
    "joint-secretary", "additional-secretary", "charge-d-affaires", "army-chief",
  ]

  /// The prefix of a post held before ("former-minister").
  static let former = "former-"

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

  /// Offices that are posts when held at a ministry (the field is known): a ministry's secretary general is its
  /// senior civil servant, who is not also its minister. A secretary general of a party or an organisation can
  /// hold other posts, so without a field these stay out.
  static let ministryPosts: Set<String> = ["secretary-general", "deputy-secretary-general"]

  static func isPost(_ r: Role) -> Bool {
    posts.contains(r.office) || (ministryPosts.contains(r.office) && r.portfolio != nil)
  }

  /// True when office `a` is the deputy (or first deputy) of office `b`: "deputy-chair" of "chair".
  /// (Not the delegation's roles: who led and who seconded is the attendance check's matter.)
  static func isDeputy(_ a: String, of b: String) -> Bool {
    b != "head-of-delegation" && (a == "deputy-" + b || a == "first-deputy-" + b)
  }

  /// True when one person cannot hold both titles.
  static func conflict(_ a: Role, _ b: Role) -> Bool {
    // A post held before against the same post now ("former health minister" and "acting Health Minister"):
    // one person is not both. A former post beside another post now is no conflict (ministers become envoys).
    let formerA = a.office.hasPrefix(Self.former)
    let formerB = b.office.hasPrefix(Self.former)
    if formerA || formerB {
      guard formerA != formerB else { return false }
      let now = formerA ? b : a
      let before = formerA ? a : b
      guard String(before.office.dropFirst(Self.former.count)) == now.office else { return false }
      if let pa = before.portfolio, let pb = now.portfolio { return portfoliosCompatible(pa, pb) }
      return true
    }
    if a.office == b.office {
      if let pa = a.portfolio, let pb = b.portfolio, !portfoliosCompatible(pa, pb) { return true }
      return false
    }
    // The head of a body and its deputy ("chair" and "deputy chair", "director" and "deputy director"), in the
    // same field or where either leaves the field out: one person is not both. (In two different fields they can
    // be: chair of one committee, deputy chair of another.)
    if isDeputy(a.office, of: b.office) || isDeputy(b.office, of: a.office) {
      let otherFields = a.portfolio.flatMap { pa in b.portfolio.map { !portfoliosCompatible(pa, $0) } } ?? false
      if !otherFields { return true }
    }
    guard isPost(a), isPost(b) else { return false }
    if ministryPosts.contains(a.office) || ministryPosts.contains(b.office) {
      // A ministry's civil servant against a post in another field is no claim about the same ministry.
      if let pa = a.portfolio, let pb = b.portfolio, !portfoliosCompatible(pa, pb) { return false }
    }
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
