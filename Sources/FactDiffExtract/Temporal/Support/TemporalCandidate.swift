import FactDiffModel

/// A clock time as parsed, before the zone of the source is filled in.
struct ParsedTime: Sendable {
  var hour: Int
  var minute: Int
  /// The zone written next to it.
  var zone: TimeZoneRef?
  /// "p.m." → true, "a.m." → false, nil when not written.
  var pm: Bool?
  /// Said on a 12-hour dial with nothing to tell the half of the day ("half past one", "в половине второго", "two
  /// o'clock"): `hour` is the dial's, and the times around it may decide (`TemporalResolver.readTwelveHourDials`).
  var twelveHour = false
  var seconds: Int { hour * 3600 + minute * 60 }
}

/// A duration as parsed: seconds, or a range of them for vague and "three to four hours" forms.
struct ParsedDuration: Sendable {
  var seconds: Double
  /// Upper end for vague ("several hours") and ranged durations.
  var upper: Double?
  /// The unit of the last number (seconds), for the grain of vague forms.
  var unit: Double
  var writtenInDays: Bool
  var vague: Bool = false
}

/// What a temporal candidate is.
enum TemporalPayload: Sendable {
  case time(ParsedTime)
  indirect case date(DateValue)
  case duration(ParsedDuration)
}

/// A temporal expression found at some tokens, before overlaps are settled and hedges attached.
struct TemporalCandidate: Sendable {
  var tokens: Range<Int>
  var payload: TemporalPayload
  /// Among candidates of equal length, the higher wins (times over durations: "в 10 часов").
  var priority: Int
  /// The tokens of the fact itself when they differ from `tokens` ("26" of "26–28 February").
  var factTokens: Range<Int>? = nil
  /// Further values found with this one ("28 February" of "26–28 February").
  var extra: [(tokens: Range<Int>, payload: TemporalPayload)] = []
  /// A hedge written inside the expression ("три с лишним часа").
  var innerHedge: Hedge? = nil
  /// A day whose month and year come from the nearest date written before it ("19-го").
  var contextual: Bool = false
  /// Tokens consumed without a fact of their own (a year in "in 2021"), kept from the number stage.
  var silent: Bool = false

  init(tokens: Range<Int>, payload: TemporalPayload, priority: Int) {
    self.tokens = tokens
    self.payload = payload
    self.priority = priority
  }

  var isTime: Bool {
    if case .time = payload { return true }
    return false
  }
}

/// Token tests shared by the temporal and number extractors.
enum TokenTests {
  /// True when the number at `i` is glued to something that makes it part of a code: a word before it ("G20",
  /// "A320"), a word and a hyphen ("COVID-19", "Su-35"), a slash, a plus, or digits and a dot ("10.4.2").
  static func isGluedCode(_ tokens: [Token], _ i: Int) -> Bool {
    let t = tokens[i]
    guard i > 0, t.spacing == .none else { return false }
    let p = tokens[i - 1]
    // A currency code or sign glued to its figure is an amount: "DKK1.5bn", "zł1.2bn".
    if p.kind == .word { return !AmountWords.codeKeysBefore.contains(p.key) }
    if p.kind == .punct {
      // Punctuation keys are one scalar: compared by value, not by building keys from literals.
      guard p.key.length <= 3 else { return false }
      switch p.key.length == 1 ? Unicode.Scalar(UInt8(truncatingIfNeeded: p.key.a)) : p.scalar {
      case "-":
        return i >= 2 && p.spacing == .none && tokens[i - 2].kind == .word && !p.flags.contains(.longDash)
      case "/", "+", "#", "№", "@", "_", "\\", "=": return true
      case ".", ",", ":":
        return i >= 2 && p.spacing == .none && (tokens[i - 2].kind == .number || tokens[i - 2].kind == .word)
      default: return false
      }
    }
    return false
  }

  /// True when the token at `end` is a word glued to what is before it ("5G", "3D").
  static func gluedWordAfter(_ tokens: [Token], _ end: Int) -> Bool {
    end < tokens.count && tokens[end].spacing == .none && tokens[end].kind == .word
  }

  /// True when the token at `end` continues a number-like code glued to it: ":5", ".4", "-67", "/2".
  static func gluedDigitsAfter(_ tokens: [Token], _ end: Int) -> Bool {
    end + 1 < tokens.count && tokens[end].spacing == .none && tokens[end].kind == .punct
      && tokens[end + 1].spacing == .none && tokens[end + 1].kind == .number
      && (tokens[end].key == ":" || tokens[end].key == "." || tokens[end].key == "/"
        || (tokens[end].key == "-" && !tokens[end].flags.contains(.longDash)))
  }
}
