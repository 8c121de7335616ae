import FactDiffCheck
import FactDiffModel
import Synchronization

/// The analysed texts of a large run's reports, set aside in a temporary file from the moment a report is analysed
/// until a check reads it again (Docs/Performance.md, "`check`: texts set aside").
///
/// A `check` run holds every report's facts at once; it used to hold every text as well (a text is about as large
/// as its file), although after extraction only a few checks read a report's words around its facts, one event
/// group at a time. Each text is written to a `ScratchFile` (a file with no name) and read back, byte for byte, for
/// the reports a part of the checks works on.
///
/// A locator that reads the text's own storage (`SourceLocator.readsText`) is set aside with it (its original
/// head, the front matter's bytes, goes first) and made again from them; any other locator is kept in the source.
/// Reading back a text that was set aside gives the same bytes, so the checks see the same source. When the file
/// cannot be made or written (no temporary directory, a full disk), the texts concerned stay in memory.
///
/// The facts of a report set aside read their words from here too (`ShelvedTexts`, `Fact.readingTheirWords`): the
/// texts read last are kept for the next words asked of them (`recentCount`), since facts are read report by report.
public final class TextsAside: ReportTexts, ShelvedTexts {
  /// Where one report's bytes are: `headCount` bytes of original head, then `textCount` bytes of text.
  struct Ticket: Sendable {
    var offset: Int64
    var headCount: UInt32
    var textCount: UInt32
    var remakeLocator: Bool
  }

  private let file: ScratchFile
  private let tickets: Mutex<[Ticket?]>
  /// The texts read back last for their words, newest first (at most `recentCount`).
  private let recent = Mutex<[(index: Int, text: String)]>([])
  /// The texts of the reports the running parts of the checks work on (`keepAtHand`), with how many parts hold each:
  /// the parts hold them anyway, so keeping them here too costs no memory, and their facts' words are read from them.
  private let atHand = Mutex<[Int: (text: String, holders: Int)]>([:])
  /// How many texts read back for their words are kept: one per thread reading and a few more.
  static let recentCount = 8

  /// A store for the texts of `count` reports, numbered 0..<count; nil when no temporary file can be made.
  public init?(count: Int) {
    guard let file = ScratchFile() else { return nil }
    self.file = file
    tickets = Mutex([Ticket?](repeating: nil, count: count))
  }

  /// Sets aside the text of report `index` (and its locator when that reads the text). Returns false when it could
  /// not be written: the caller then keeps the text.
  public func put(_ source: Source, index: Int) -> Bool {
    let remake = source.locator.readsText
    let head = remake ? source.locator.originalHead : []
    var text = source.text
    let textCount = text.utf8.count
    guard let h = UInt32(exactly: head.count), let t = UInt32(exactly: textCount) else { return false }
    let offset = file.reserve(head.count + textCount)
    let written =
      head.withUnsafeBytes { file.write($0, at: offset) }
      && text.withUTF8 { file.write(UnsafeRawBufferPointer($0), at: offset + Int64(head.count)) }
    guard written else { return false }
    let ticket = Ticket(offset: offset, headCount: h, textCount: t, remakeLocator: remake)
    tickets.withLock { $0[index] = ticket }
    return true
  }

  /// True when the text of report `index` is set aside.
  public func holds(_ index: Int) -> Bool {
    tickets.withLock { $0.indices.contains(index) && $0[index] != nil }
  }

  /// `source` (report `index`, its text set aside) with its text read back, and its locator made again when it
  /// read the text. `source` itself when its text is not set aside, or cannot be read back.
  public func restore(_ source: Source, index: Int) -> Source {
    guard let ticket = ticket(index) else { return source }
    var head = [UInt8](repeating: 0, count: Int(ticket.headCount))
    guard head.withUnsafeMutableBytes({ file.read(into: $0, at: ticket.offset) }), let text = text(ticket) else {
      return source
    }
    var restored = source
    restored.text = text
    if ticket.remakeLocator {
      restored.locator = head.isEmpty ? SourceLocator(text: text) : SourceLocator(text: text, originalHead: head)
    }
    return restored
  }

  /// The words at `range` of report `index`'s text, read back (or found among the texts read last); "" when the
  /// text is not set aside or cannot be read back.
  public func words(ofReport index: Int, _ range: TextRange) -> String {
    if let text = atHand.withLock({ $0[index]?.text }) ?? recent.withLock({ $0.first { $0.index == index }?.text }) {
      return Source.snippet(text, range)
    }
    guard let ticket = ticket(index), let text = text(ticket) else { return "" }
    recent.withLock {
      $0.insert((index, text), at: 0)
      if $0.count > Self.recentCount { $0.removeLast() }
    }
    return Source.snippet(text, range)
  }

  public func keepAtHand(_ texts: [(index: Int, text: String)]) {
    guard !texts.isEmpty else { return }
    atHand.withLock { held in
      for (k, text) in texts { held[k] = (held[k]?.text ?? text, (held[k]?.holders ?? 0) + 1) }
    }
  }

  public func letGo(_ indices: [Int]) {
    guard !indices.isEmpty else { return }
    atHand.withLock { held in
      for k in indices {
        guard let h = held[k] else { continue }
        held[k] = h.holders > 1 ? (h.text, h.holders - 1) : nil
      }
    }
  }

  private func ticket(_ index: Int) -> Ticket? {
    tickets.withLock { $0.indices.contains(index) ? $0[index] : nil }
  }

  /// The text a ticket stands for, read back; nil when it cannot be.
  private func text(_ ticket: Ticket) -> String? {
    let n = Int(ticket.textCount)
    var complete = true
    let text = String(unsafeUninitializedCapacity: n) { buffer in
      complete = file.read(into: UnsafeMutableRawBufferPointer(buffer), at: ticket.offset + Int64(ticket.headCount))
      return complete ? n : 0
    }
    return complete ? text : nil
  }
}
