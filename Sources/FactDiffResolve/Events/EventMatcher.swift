import FactDiffExtract
import FactDiffModel

/// Matches the main events of different reports: same event when their dates are close (or unknown) and they
/// share people, the venue, or enough salient words. Reports of a different event are kept apart.
///
/// The groups are the connected parts of the "same event" relation (`sameEvent`), exactly as if every pair had
/// been compared, but no run compares every pair. Each way of being the same event is worked out by key:
/// - a person, the venue or a place shared: the reports naming that key, sorted by date, are joined to their
///   neighbours within the date window (which joins the same reports as comparing them all), and a report with
///   no date to all of them;
/// - salient words: each report proposes only the reports that share one of its rarer words (enough of its words
///   that any report sharing the required number of words shares one of them), within the date window and not
///   already in its group. A word found in more than `commonWordLimit` reports proposes nobody (it still counts
///   when two reports are compared), so that thousands of reports in one language do not all meet each other.
///
/// The work grows with the reports times the reports they share a rare word with, not with their square.
///
/// A group never spans more than `dateWindow` days of main dates (`EventSets`): a link that would stretch it further
/// is not made. Without the limit, a long run of coverage (a feed of many events, a spokesman's daily briefings, one
/// city's news) chains into one event, each report a day or two from the next. Links are made in a fixed order, so
/// the groups are the same on every run; within the limit they are those of comparing every pair.
public enum EventMatcher {
  /// The largest gap in days between two reports' main dates that can still be one event (a date conflict
  /// between reports is a finding, not a reason to split them).
  public static let dateWindow = 3
  /// A salient word in more reports than this proposes no pairs (see the type's documentation). Runs of up to this
  /// many reports are therefore matched exactly as by comparing every pair.
  public static let commonWordLimit = 256

  /// Groups of source ids (each sorted, groups in order of their first id). `words`: the reports already joined by
  /// salient words (`wordLinks`), else they are joined here.
  static func groups(_ s: [SourceEvents], words: EventSets? = nil) -> [[String]] {
    let day = s.map { $0.mainDate?.dayNumber }
    var sets = words ?? EventSets(days: day)
    // Shared people and the same venue: same event within the date window.
    var byPerson: [String: [Int]] = [:]
    var byVenue: [String: [Int]] = [:]
    var byPlace: [String: [Int]] = [:]
    for (i, e) in s.enumerated() {
      for p in e.people { byPerson[p, default: []].append(i) }
      if let v = e.venue?.entity { byVenue[v, default: []].append(i) }
      for p in e.places { byPlace[p, default: []].append(i) }
    }
    func joinWithinWindow(_ members: [Int]) {
      guard members.count > 1 else { return }
      if members.contains(where: { day[$0] == nil }) {
        // A report without a date meets every other report naming the key.
        for m in members.dropFirst() { sets.join(members[0], m) }
        return
      }
      let sorted = members.sorted { (day[$0]!, $0) < (day[$1]!, $1) }
      for k in sorted.indices.dropFirst() where day[sorted[k]]! - day[sorted[k - 1]]! <= dateWindow {
        sets.join(sorted[k - 1], sorted[k])
      }
    }
    // In a fixed order (a dictionary's own order changes from run to run): which links the span limit refuses
    // depends on the order they are made in.
    for key in byPerson.keys.sorted() { joinWithinWindow(byPerson[key]!) }
    for key in byVenue.keys.sorted() { joinWithinWindow(byVenue[key]!) }
    // A shared place: same event on the same day (or when either has no date).
    for key in byPlace.keys.sorted() {
      let members = byPlace[key]!
      guard members.count > 1 else { continue }
      if members.contains(where: { day[$0] == nil }) {
        for m in members.dropFirst() { sets.join(members[0], m) }
        continue
      }
      var firstOfDay: [Int: Int] = [:]
      for m in members {
        if let f = firstOfDay[day[m]!] { sets.join(f, m) } else { firstOfDay[day[m]!] = m }
      }
    }
    if words == nil { joinBySalientWords(SalientWords(s), day: day, &sets) }
    return sets.groups().map { $0.map { s[$0].source }.sorted() }.sorted { $0[0] < $1[0] }
  }

  /// The reports joined by salient words alone. They depend on no entity id, so that a run can join them right
  /// after annotation and free every report's words before entity resolution; `groups(_:words:)` then adds the
  /// other links, and the groups are the same as when every link is made there (a group is all that is linked,
  /// whatever the order of the links).
  static func wordLinks(_ s: [SourceEvents]) -> EventSets { wordLinks(s, words: SalientWords(s)) }

  /// `wordLinks`, with the reports' words already gathered (the summaries' own are not read).
  static func wordLinks(_ s: [SourceEvents], words: SalientWords) -> EventSets {
    let day = s.map { $0.mainDate?.dayNumber }
    var sets = EventSets(days: day)
    joinBySalientWords(words, day: day, &sets)
    return sets
  }

  /// Joins reports that share enough salient words (see `sameEvent`), proposing pairs from an index of the words.
  static func joinBySalientWords(_ s: SalientWords, day: [Int?], _ sets: inout EventSets) {
    let postings = WordPostings(s)
    // A pair is proposed by its smaller report (fewer words, then the earlier one): with `m` words it shares at
    // least t = max(4, 15 % of m) with the other, so any m - t + 1 of its words hold one of the shared ones.
    func before(_ a: Int, _ b: Int) -> Bool { (s.count(of: a), a) < (s.count(of: b), b) }
    var seen = [Int32](repeating: -1, count: s.reports)
    for a in 0..<s.reports where s.count(of: a) >= 4 {
      let m = s.count(of: a)
      let t = max(4, Int((0.15 * Double(m)).rounded(.down)))
      // Words are numbered in the order of their hashes: the order and the ties are those of the hashes.
      let words = s.words(of: a).sorted {
        let x = postings.count(of: $0)
        let y = postings.count(of: $1)
        return x != y ? x < y : $0 < $1
      }
      for w in words.prefix(m - t + 1) {
        guard let list = postings.reports(of: w) else { continue }
        for b32 in list {
          let b = Int(b32)
          guard b != a, seen[b] != Int32(a), before(a, b) else { continue }
          seen[b] = Int32(a)
          if let da = day[a], let db = day[b], abs(da - db) > dateWindow { continue }
          if sets.find(a) == sets.find(b) { continue }
          if shareEnoughWords(s.words(of: a), s.words(of: b)) { sets.join(a, b) }
        }
      }
    }
  }

  /// The reports (of 4 salient words or more) holding each salient word, in report order: one flat list of report
  /// numbers, each word's a stretch of it. (A list per word held up to twice its entries as it grew, and a header
  /// each: for 100 MB of reports, millions of entries held while every report's words are held too.) A word in
  /// more than `commonWordLimit` reports proposes nobody, so only how many hold it is kept, not which.
  struct WordPostings {
    private var counts: [Int32]
    /// Word k's reports are `flat[starts[k] ..< starts[k + 1]]` (none kept for a common word).
    private var starts: [Int32]
    private var flat: [Int32] = []

    init(_ s: SalientWords) {
      counts = [Int32](repeating: 0, count: s.wordCount)
      for k in 0..<s.reports where s.count(of: k) >= 4 {
        for w in s.words(of: k) { counts[Int(w)] += 1 }
      }
      starts = [0]
      starts.reserveCapacity(counts.count + 1)
      for c in counts { starts.append(starts[starts.count - 1] + (c <= commonWordLimit ? c : 0)) }
      var next = Array(starts.dropLast())
      flat = [Int32](repeating: 0, count: Int(starts[starts.count - 1]))
      for k in 0..<s.reports where s.count(of: k) >= 4 {
        for w in s.words(of: k) where counts[Int(w)] <= commonWordLimit {
          flat[Int(next[Int(w)])] = Int32(k)
          next[Int(w)] += 1
        }
      }
    }

    /// How many reports (of 4 words or more) hold word `w`.
    func count(of w: UInt32) -> Int { Int(counts[Int(w)]) }

    /// The reports (of 4 words or more) holding word `w`, in report order; nil for a common word.
    func reports(of w: UInt32) -> ArraySlice<Int32>? {
      counts[Int(w)] <= commonWordLimit ? flat[Int(starts[Int(w)])..<Int(starts[Int(w) + 1])] : nil
    }
  }

  /// The salient-word test of `sameEvent`.
  static func shareEnoughWords(_ a: SourceEvents, _ b: SourceEvents) -> Bool {
    shareEnoughWords(a.salient, b.salient)
  }

  static func shareEnoughWords<C: RandomAccessCollection>(_ a: C, _ b: C) -> Bool
  where C.Element: Comparable, C.Index == Int {
    let shared = sharedCount(a, b)
    return shared >= 4 && Double(shared) >= 0.15 * Double(min(a.count, b.count))
  }

  public static func sameEvent(_ a: SourceEvents, _ b: SourceEvents) -> Bool {
    if let da = a.mainDate, let db = b.mainDate, abs(da.dayNumber - db.dayNumber) > dateWindow { return false }
    if !a.people.isDisjoint(with: b.people) { return true }
    if let va = a.venue?.entity, let vb = b.venue?.entity, va == vb { return true }
    if !a.places.isDisjoint(with: b.places) && (a.mainDate == nil || b.mainDate == nil || a.mainDate == b.mainDate) {
      return true
    }
    return shareEnoughWords(a, b)
  }

  /// The size of the intersection of two sorted arrays without repeats.
  static func sharedCount<C: RandomAccessCollection>(_ x: C, _ y: C) -> Int
  where C.Element: Comparable, C.Index == Int {
    var i = x.startIndex
    var j = y.startIndex
    var n = 0
    while i < x.endIndex && j < y.endIndex {
      if x[i] < y[j] {
        i += 1
      } else if x[i] > y[j] {
        j += 1
      } else {
        n += 1
        i += 1
        j += 1
      }
    }
    return n
  }

  /// Long lower-cased words (their first six letters) and numbers, as a cheap topic signature (same-language
  /// reports only share them): sorted 64-bit hashes, so that a run keeps a few bytes per word, not strings.
  public static func salientWords(_ tokens: [Token]) -> [UInt64] {
    var out: [UInt64] = []
    out.reserveCapacity(tokens.count / 4)
    for t in tokens {
      if t.kind == .number {
        out.append(hash(t.norm.utf8))
      } else if t.kind == .word, let h = wordPrefixHash(t) {
        out.append(h)
      }
    }
    out.sort()
    // Repeats removed in place, then copied at the exact size: a run keeps every report's list until its groups
    // are made.
    var n = 0
    for k in out.indices where n == 0 || out[n - 1] != out[k] {
      out[n] = out[k]
      n += 1
    }
    return out.withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[..<n])) }
  }

  /// The hash of a word's first six characters when it has at least six; nil for shorter words.
  static func wordPrefixHash(_ t: Token) -> UInt64? {
    if t.key.isComplete {
      // Letters without combining marks: one character per scalar, read from the key's bytes.
      let simple: (UInt64, Bool)? = t.key.withBytes { p in
        var scalars = 0
        var end = 0
        var k = 0
        while k < p.count {
          let x = p[k]
          var len = 1
          if x >= 0xF0 { len = 4 } else if x >= 0xE0 { len = 3 } else if x >= 0xC0 { len = 2 }
          // U+0300 and above outside basic Cyrillic may combine: leave those words to the full path.
          if len >= 3 || (len == 2 && x >= 0xCC && x != 0xD0 && x != 0xD1) { return nil }
          if scalars < 6 { end = k + len }
          scalars += 1
          k += len
        }
        guard scalars >= 6 else { return (0, false) }
        return (hash(UnsafeRawBufferPointer(rebasing: p[0..<end])), true)
      }
      if let (h, ok) = simple { return ok ? h : nil }
    }
    let norm = t.norm
    guard norm.count >= 6 else { return nil }
    return hash(String(norm.prefix(6)).utf8)
  }

  static func hash<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return h
  }
}

/// Reports joined into groups of one event, each group's main dates spanning at most `EventMatcher.dateWindow` days
/// (see `EventMatcher`). Reports without a date join any group.
struct EventSets: Sendable {
  private var sets: UnionFind
  /// Per set (at its representative): its earliest and latest main day; `Int.max` and `Int.min` when none is dated.
  private var first: [Int]
  private var last: [Int]

  init(days: [Int?]) {
    sets = UnionFind(count: days.count)
    first = days.map { $0 ?? Int.max }
    last = days.map { $0 ?? Int.min }
  }

  mutating func find(_ i: Int) -> Int { sets.find(i) }

  /// Joins the groups of `a` and `b` unless the group made would span more than the window. True when they are
  /// one group after.
  @discardableResult
  mutating func join(_ a: Int, _ b: Int) -> Bool {
    let ra = sets.find(a)
    let rb = sets.find(b)
    if ra == rb { return true }
    let lo = min(first[ra], first[rb])
    let hi = max(last[ra], last[rb])
    if lo != Int.max && hi - lo > EventMatcher.dateWindow { return false }
    sets.union(ra, rb)
    let r = sets.find(ra)
    (first[r], last[r]) = (lo, hi)
    return true
  }

  /// The groups, each sorted, in order of their smallest member.
  mutating func groups() -> [[Int]] { sets.groups() }
}
