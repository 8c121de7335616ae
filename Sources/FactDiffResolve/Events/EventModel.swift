import FactDiffExtract
import FactDiffModel

/// Which reports tell the same event, and what each says about it.
public struct EventModel: Sendable {
  /// Groups of source ids whose main events were matched (sorted; one group per distinct event).
  public var groups: [[String]]

  public init(groups: [[String]] = []) { self.groups = groups }
}

/// Events and slots within each report, and main events matched across reports (Resolve/Events).
public enum EventResolution {
  public static func resolve(_ docs: inout [Document]) -> EventModel {
    EventModel(groups: [docs.map(\.source.id).sorted()])
  }
}
