import Yams

extension Configuration {
  /// The tolerance entries a file may set: the names of `ToleranceTable` (Docs/Tolerance.md), in camelCase.
  public static let toleranceKeys = [
    "roundWidenFraction", "hedgeFraction", "clockHedgeMin", "clockHedgeMax", "clockRoundWiden", "exactCountLimit",
    "roundSteps", "minuteLadder", "vagueCounts",
  ]

  /// Applies the `tolerance:` mapping to the configuration's table, checking every value's type and range.
  static func tolerance(_ node: Node, _ reader: NodeReader, into config: inout Configuration) throws(ConfigurationError)
  {
    var t = config.tolerance
    for (key, value) in try reader.mapping(node, what: "tolerance", known: toleranceKeys, noun: "tolerance") {
      switch key {
      case "roundWidenFraction": t.roundWidenFraction = try fraction(value, key, reader)
      case "hedgeFraction": t.hedgeFraction = try fraction(value, key, reader)
      case "clockHedgeMin": t.clockHedgeMin = try seconds(value, key, reader)
      case "clockHedgeMax": t.clockHedgeMax = try seconds(value, key, reader)
      case "clockRoundWiden": t.clockRoundWiden = try seconds(value, key, reader)
      case "exactCountLimit": t.exactCountLimit = try seconds(value, key, reader)
      case "roundSteps": t.roundSteps = try steps(value, key, reader)
      case "minuteLadder": t.minuteLadder = try steps(value, key, reader)
      default: t.vagueCounts = try vague(value, reader, merging: t.vagueCounts)
      }
      config.toleranceSet.append(key)
    }
    if t.clockHedgeMin > t.clockHedgeMax {
      throw reader.error(node, "clockHedgeMin (\(t.clockHedgeMin)) is larger than clockHedgeMax (\(t.clockHedgeMax))")
    }
    config.tolerance = t
  }

  static func fraction(_ node: Node, _ key: String, _ reader: NodeReader) throws(ConfigurationError) -> Double {
    let v = try reader.number(node, what: key)
    guard v >= 0 && v <= 1 else { throw reader.error(node, "\(key) is a fraction between 0 and 1, not \(v)") }
    return v
  }

  static func seconds(_ node: Node, _ key: String, _ reader: NodeReader) throws(ConfigurationError) -> Double {
    let v = try reader.number(node, what: key)
    guard v >= 0 else { throw reader.error(node, "\(key) cannot be negative") }
    return v
  }

  static func steps(_ node: Node, _ key: String, _ reader: NodeReader) throws(ConfigurationError) -> [Double] {
    let v = try reader.numbers(node, what: key)
    guard !v.isEmpty, v.allSatisfy({ $0 > 0 }) else {
      throw reader.error(node, "\(key) must be a non-empty list of positive numbers")
    }
    return v
  }

  /// `vagueCounts`: a mapping from concept to `[min, max]`; the file's entries replace or add to the defaults.
  static func vague(_ node: Node, _ reader: NodeReader, merging old: [String: ClosedRange<Double>])
    throws(ConfigurationError) -> [String: ClosedRange<Double>]
  {
    guard let mapping = node.mapping else {
      throw reader.error(node, "vagueCounts must map a concept to [min, max], such as 'several: [3, 9]'")
    }
    var out = old
    for (keyNode, value) in mapping {
      guard let concept = keyNode.scalar?.string, !concept.isEmpty else {
        throw reader.error(keyNode, "a vagueCounts key must be a plain name")
      }
      let pair = try reader.numbers(value, what: "vagueCounts.\(concept)")
      guard pair.count == 2, pair[0] <= pair[1], pair[0] >= 0 else {
        throw reader.error(value, "vagueCounts.\(concept) must be [min, max] with 0 ≤ min ≤ max")
      }
      out[concept] = pair[0]...pair[1]
    }
    return out
  }
}
