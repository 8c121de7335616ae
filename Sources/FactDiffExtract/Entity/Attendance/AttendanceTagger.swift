import FactDiffModel

/// Who took part, from the words around each name: led ("led by X", "возглавил X", "X represented Moscow"),
/// present ("including X", "X attended", "X held talks with Y", "signed by X and Y"), absent ("X did not attend",
/// "участия не принимал", "не брав участі"). A cue governs the people after it in its sentence up to the next cue
/// or attribution verb, or the subject before it (with the people coordinated with it). People only quoted or
/// mentioned keep no attendance.
enum AttendanceTagger {
  enum Direction: UInt8, Sendable { case forward, backward, both }

  struct Cue: Sendable {
    var value: Attendance?
    var direction: Direction
  }

  static func table(_ language: Language) -> EntityPhraseTable<Cue> {
    switch language {
    case .en: return englishTable
    case .ru: return russianTable
    case .uk: return ukrainianTable
    }
  }

  static let englishTable = build(english)
  static let russianTable = build(russian)
  static let ukrainianTable = build(ukrainian)

  private static func build(_ text: String) -> EntityPhraseTable<Cue> {
    let t = EntityPhraseTable<Cue>()
    for row in EntityTable.rows(text) where row.count >= 3 {
      let value = Attendance(rawValue: String(row[1]))
      let direction: Direction = row[2] == "fwd" ? .forward : row[2] == "back" ? .backward : .both
      t.add(EntityTable.words(String(row[0])), Cue(value: value, direction: direction))
    }
    t.seal()
    return t
  }

  static func tag(_ doc: EntityScan, _ persons: inout [PersonMention]) {
    guard !persons.isEmpty else { return }
    let tokens = doc.tokens
    let table = table(doc.language)
    // Read once (a static costs a call per use).
    let attribution = AttributionWords.table(doc.language)
    let dash = Keys.dash
    // Persons per sentence, in order: the mentions sorted by sentence (then by index) and taken a sentence at a time.
    let sentenceOf = persons.map { doc.sentence(ofToken: $0.range.lowerBound) }
    let order = persons.indices.sorted { sentenceOf[$0] != sentenceOf[$1] ? sentenceOf[$0] < sentenceOf[$1] : $0 < $1 }
    var from = 0
    // Cues and attribution verbs of the sentence at hand (one pair of lists for every sentence).
    var cues: [(start: Int, end: Int, cue: Cue)] = []
    var stops: [Int] = []
    while from < order.count {
      var to = from + 1
      while to < order.count, sentenceOf[order[to]] == sentenceOf[order[from]] { to += 1 }
      let members = order[from..<to]
      let sentence = doc.sentences[sentenceOf[order[from]]]
      from = to
      cues.removeAll(keepingCapacity: true)
      stops.removeAll(keepingCapacity: true)
      var j = sentence.tokens.lowerBound
      while j < sentence.tokens.upperBound {
        let t = tokens[j]
        if t.kind == .word, !(j > 0 && doc.keys[j - 1] == dash && t.spacing == .none) {
          if let m = table.longest(doc, at: j) {
            cues.append((j, m.end, m.value))
            j = m.end
            continue
          }
          if let a = AttributionWords.attribution(doc, at: j, table: attribution), a.end > j,
            !t.isCapitalized || j == sentence.tokens.lowerBound
          {
            stops.append(j)
            j = a.end
            continue
          }
        }
        j += 1
      }
      guard !cues.isEmpty else { continue }
      let side = mentionsSide(doc, sentence)
      func start(_ k: Int) -> Int { persons[k].titleStart ?? persons[k].range.lowerBound }
      for (c, cue) in cues.enumerated() {
        guard var value = cue.cue.value else { continue }
        if value == .present, side, doc.language != .en { value = .led }
        let nextCue = c + 1 < cues.count ? cues[c + 1].start : sentence.tokens.upperBound
        let nextStop = stops.first { $0 >= cue.end } ?? sentence.tokens.upperBound
        let limit = min(nextCue, nextStop)
        let after = members.filter { start($0) >= cue.end && start($0) < limit }
        let before = subjectGroup(
          doc, persons, members.filter { persons[$0].range.upperBound <= cue.start }, cueStart: cue.start)
        var targets: [Int] = []
        switch cue.cue.direction {
        case .forward: targets = after
        case .backward: targets = before
        case .both:
          if value == .present && !after.isEmpty {
            targets = after + before
          } else {
            targets = after.isEmpty ? before : after
          }
        }
        for k in targets { persons[k].attendance = stronger(persons[k].attendance, value) }
      }
    }
  }

  /// The subject before a cue: the nearest person before it, and the people coordinated with that one
  /// ("Ukrainian Deputy Energy Minister Andriy Kovalchuk and Moldovan State Secretary … Ion Rusu first met").
  private static func subjectGroup(_ doc: EntityScan, _ persons: [PersonMention], _ before: [Int], cueStart: Int)
    -> [Int]
  {
    guard let last = before.last else { return [] }
    var group = [last]
    var k = before.count - 1
    while k > 0 {
      let prev = before[k - 1]
      let cur = before[k]
      let from = persons[prev].range.upperBound
      let to = persons[cur].titleStart ?? persons[cur].range.lowerBound
      guard from <= to else { break }
      let gap = doc.tokens[from..<to]
      let coordinated = gap.allSatisfy { t in
        t.key == "," || ["and", "и", "і", "й", "та", "as", "well"].contains(t.norm)
      }
      guard coordinated, !gap.isEmpty else { break }
      group.append(prev)
      k -= 1
    }
    return group
  }

  /// "С российской стороны", "з білоруського боку": the people named represent a side, so taking part means
  /// leading it.
  private static func mentionsSide(_ doc: EntityScan, _ sentence: Sentence) -> Bool {
    for j in sentence.tokens where sideWords.contains(doc.keys[j]) {
      if j >= 2, sidePrepositions.contains(doc.keys[j - 2]) { return true }
    }
    return false
  }

  private static let sideWords = WordHash.set(["стороны", "боку"])
  private static let sidePrepositions = WordHash.set(["с", "со", "з", "зі", "із"])

  /// absent > led > present: a denial is the strongest statement, then leading.
  private static func stronger(_ a: Attendance?, _ b: Attendance) -> Attendance {
    guard let a else { return b }
    func rank(_ x: Attendance) -> Int { x == .absent ? 3 : x == .led ? 2 : 1 }
    return rank(a) >= rank(b) ? a : b
  }
}
