import FactDiffExtract
import FactDiffModel

/// What a cue word says about the facts near it.
public enum Cue: String, Sendable, Hashable, CaseIterable {
  /// The event began ("began", "началась", "почалася").
  case start
  /// The event ended ("broke up", "завершились", "завершилася").
  case end
  /// A length of the event follows or precedes ("lasted", "продолжались", "тривала", "ran for").
  case lasting
  /// Somebody arrived: not the start ("arrived at 08:45", "прибыла").
  case arrival
  /// Somebody left: not always the end ("the motorcade left at 15:10", "покинули").
  case departure
  /// What is planned or expected, not what happened ("is expected to", "намечена", "планують").
  case planned
  /// Another event, said outright: "earlier", "ago", "back in", "ранее", "накануне", "торік".
  case otherEvent
  /// Another event when an event or time noun follows: "previous round", "next month", "предыдущая встреча".
  case otherModifier
  /// Time nouns a modifier can govern ("year", "month", "года", "тижня").
  case timeNoun
  /// A statement: its date is the day of the statement ("said on Monday", "заявил").
  case speech
  /// A one-on-one part of the meeting ("one-on-one", "один на один", "віч-на-віч").
  case oneOnOne
  /// A signing ceremony: its own part of the event ("signing ceremony", "церемония подписания").
  case signing
  /// A press conference or briefing after the talks.
  case press
  /// A working lunch or dinner.
  case meal
  /// A duration before it is the event's total length ("in all", "в общей сложности", "загалом").
  case total
  /// A length without breaks: its own slot ("not counting breaks", "без учета перерывов").
  case net
  /// The end falls on the next day ("until 2 a.m. the next day", "до 02:00 наступного дня", "overnight").
  case nextDay
  /// A rate, not a length ("three hours a day", "в сутки", "на добу").
  case rate
  /// A number after it is an earlier or compared value, not the event's: "up from 7m tonnes", "против 7 млн".
  case previousValue
  /// A photo caption or a publication stamp: not the story ("Photo:", "Updated", "Фото:").
  case caption
  /// A date after this is a boundary, not the event's date ("since", "from", "until", "с", "до", "з").
  case boundary
  /// A place after this is where something is ("in", "at", "в", "у").
  case locative
  /// Money, aid or goods: a place they go to is their destination, not where the event is ("the money will go to
  /// the Zhytomyr region", "средства пойдут на ремонт школ в…", "поставки в…").
  case goods
  /// The event itself happened: "met", "held talks", "прошли", "відбулися".
  case happened
  /// Words naming the meeting ("talks", "meeting", "переговоры", "зустріч").
  case eventNoun
}

/// One cue entry: a sequence of folded words (each matched exactly, or as a prefix when it ends with `*`).
struct CueEntry: Sendable {
  let words: [WordKey]
  let cue: Cue
  /// The first word is a stem: it matches any word that starts with it.
  let firstIsPrefix: Bool
}

/// Cue words for one language, indexed by their first word for quick lookup.
struct CueLexicon: Sendable {
  /// Entries by exact first word.
  let exact: [WordKey: [CueEntry]]
  /// Entries whose first word is a prefix (stems of inflected verbs), checked longest first.
  let prefixes: [(WordKey, [CueEntry])]
  /// Prefix entries by the word's first two bytes, so a word is checked only against stems that can match it.
  let prefixesByLead: [UInt16: [(WordKey, [CueEntry])]]

  init(table: String) {
    var exact: [WordKey: [CueEntry]] = [:]
    var prefix: [WordKey: [CueEntry]] = [:]
    for raw in table.split(separator: "\n") {
      let line = trimSpaces(raw)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let parts = line.split(separator: ":", maxSplits: 1)
      guard parts.count == 2, let cue = Cue(rawValue: trimSpaces(parts[0])) else { continue }
      for phrase in parts[1].split(separator: ",") {
        // Phrases go through the tokenizer, so "one-on-one" matches the tokens the text gives.
        var text = trimSpaces(phrase)
        var isPrefix = false
        if let star = text.firstIndex(of: "*") {
          isPrefix = true
          text.remove(at: star)
        }
        let words = Tokenizer.tokenize(text).map(\.key)
        guard let first = words.first else { continue }
        let entry = CueEntry(words: words, cue: cue, firstIsPrefix: isPrefix)
        if isPrefix {
          prefix[first, default: []].append(entry)
        } else {
          exact[first, default: []].append(entry)
        }
      }
    }
    self.exact = exact
    let sorted = prefix.sorted { $0.key.length != $1.key.length ? $0.key.length > $1.key.length : $0.key < $1.key }
    self.prefixes = sorted
    var byLead: [UInt16: [(WordKey, [CueEntry])]] = [:]
    for (k, entries) in sorted { byLead[CueLexicon.lead(k), default: []].append((k, entries)) }
    prefixesByLead = byLead
  }

  /// The first two bytes of a key (every stem here is at least two bytes long).
  static func lead(_ k: WordKey) -> UInt16 { UInt16(truncatingIfNeeded: k.a) }

  /// The entries whose first word matches `word`.
  func candidates(_ word: WordKey) -> [CueEntry] {
    var out = exact[word] ?? []
    if word.length >= 2, let list = prefixesByLead[CueLexicon.lead(word)] {
      for (p, entries) in list where word.hasPrefix(p) { out += entries }
    }
    return out
  }

  static func of(_ language: Language) -> CueLexicon {
    switch language {
    case .en: return english
    case .ru: return russian
    case .uk: return ukrainian
    }
  }

  static let english = CueLexicon(table: EnglishCues.table)
  static let russian = CueLexicon(table: RussianCues.table)
  static let ukrainian = CueLexicon(table: UkrainianCues.table)
}

/// The string without leading and trailing spaces.
func trimSpaces(_ s: some StringProtocol) -> String {
  var sub = Substring(s)
  while sub.first == " " { sub = sub.dropFirst() }
  while sub.last == " " { sub = sub.dropLast() }
  return String(sub)
}
