/// Durations and clock times in words a reader can check ("6 h 20 min", "16:20"), for messages and reports.
public enum Wording {
  /// "6 h 20 min", "45 min", "30 s", "3 days"; past 10^15 s (a report can say "10^17 hours"), hours as a number.
  public static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "—" }
    guard abs(seconds) < 1e15 else {
      let h = (seconds / 3600).rounded()
      return (abs(h) < 1e15 ? String(Int(h)) : "\(h)") + " h"
    }
    let s = Int(seconds.rounded())
    var a = abs(s)
    if a >= 2 * 86400 && a % 86400 == 0 { return "\(s < 0 ? "-" : "")\(a / 86400) days" }
    let h = a / 3600
    a %= 3600
    let m = a / 60
    let sec = a % 60
    var parts: [String] = []
    if h > 0 { parts.append("\(h) h") }
    if m > 0 || (h == 0 && sec == 0) { parts.append("\(m) min") }
    if sec > 0 { parts.append("\(sec) s") }
    return (s < 0 ? "-" : "") + parts.joined(separator: " ")
  }

  /// "16:20" for seconds after midnight (wrapping past midnight).
  public static func clock(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "--:--" }
    var s = Int(seconds.truncatingRemainder(dividingBy: 86400).rounded()) % 86400
    if s < 0 { s += 86400 }
    let h = s / 3600
    let m = (s % 3600) / 60
    return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
  }
}
