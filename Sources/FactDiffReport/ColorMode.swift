/// When the terminal format uses colour (`--color`).
public enum ColorMode: String, CaseIterable, Sendable {
  /// Colour when standard output is a terminal and `NO_COLOR` is not set (to any value, even empty).
  case auto
  /// Always colour, whatever the output and `NO_COLOR` say (an explicit request wins, as no-color.org advises).
  case always
  /// Never colour.
  case never

  /// Whether to colour, given whether the output is a terminal and the environment.
  public func enabled(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto: return outputIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
  }
}
