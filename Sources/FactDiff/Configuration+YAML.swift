extension Configuration {
  /// The effective configuration as YAML (`factdiff config`): every setting, defaults included, with a comment
  /// naming the file it came from. The output is itself a valid configuration file.
  public func yaml(rules catalogue: [RuleInfo] = Checker.rules) -> String {
    var out = ""
    if let path {
      out += "# effective configuration: the defaults merged with \(oneLine(path))\n"
    } else {
      out += "# effective configuration: the defaults (no \(Self.fileName) found)\n"
    }
    out += "version: \(Self.version)\n"
    out +=
      "language: \(language.map { quoted($0.rawValue) } ?? "null")\(language == nil ? "  # detected per report" : "")\n"
    out += "timezone: \(timezone.map(quoted) ?? "null")\(timezone == nil ? "  # times stay local" : "")\n"
    out += "fail-on: \((failOn ?? .warning).rawValue)\n"
    out += "max-bytes: \(maxBytes ?? ReadOptions.defaultMaxBytes)\(maxBytes == nil ? "  # 50 MB" : "")\n"
    if aliases.isEmpty {
      out += "aliases: []\n"
    } else {
      out += "aliases:\n"
      for group in aliases { out += "  - [" + group.map(quoted).joined(separator: ", ") + "]\n" }
    }
    out += "rules:\n"
    for r in catalogue {
      let setting = rules[r.id]?.name ?? r.severity.rawValue
      out += "  \(r.id): \(setting)\(rules[r.id] == nil ? "" : "  # set in the file")\n"
    }
    out += "tolerance:\n"
    let t = tolerance
    let scalars: [(String, Double)] = [
      ("roundWidenFraction", t.roundWidenFraction), ("hedgeFraction", t.hedgeFraction),
      ("clockHedgeMin", t.clockHedgeMin), ("clockHedgeMax", t.clockHedgeMax), ("clockRoundWiden", t.clockRoundWiden),
      ("exactCountLimit", t.exactCountLimit),
    ]
    for (k, v) in scalars { out += "  \(k): \(number(v))\(mark(k))\n" }
    out += "  roundSteps: [\(t.roundSteps.map(number).joined(separator: ", "))]\(mark("roundSteps"))\n"
    out += "  minuteLadder: [\(t.minuteLadder.map(number).joined(separator: ", "))]\(mark("minuteLadder"))\n"
    out += "  vagueCounts:\(mark("vagueCounts"))\n"
    for (k, r) in t.vagueCounts.sorted(by: {
      $0.value.lowerBound != $1.value.lowerBound ? $0.value.lowerBound < $1.value.lowerBound : $0.key < $1.key
    }) {
      out += "    \(quoted(k)): [\(number(r.lowerBound)), \(number(r.upperBound))]\n"
    }
    return out
  }

  private func mark(_ key: String) -> String { toleranceSet.contains(key) ? "  # set in the file" : "" }

  private func number(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
  }

  /// A double-quoted YAML string (JSON escapes are valid YAML).
  private func quoted(_ s: String) -> String {
    var out = ""
    JSONValue.escape(s, into: &out)
    return out
  }

  private func oneLine(_ s: String) -> String {
    String(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
  }
}
