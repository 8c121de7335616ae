/// How a feed is cut into clusters (`factdiff cluster`, Docs/CLI.md).
public struct FeedClusterOptions: Sendable, Hashable {
  /// Days: two articles can be one event when their days lie at most this far apart, and a cluster closes once
  /// the feed's clock (the latest `published` day seen) is more than this many days past its latest day.
  public var windowDays: Int
  /// The score an article needs against some member of a cluster to join it (see `FeedClusterer.score`).
  public var joinScore: Int
  /// The score an article needs against two clusters to merge them (it bridges both).
  public var mergeScore: Int
  /// A key shared by more open clusters than this is too common to find candidates by (a stop key).
  public var maxClustersPerKey: Int
  /// How many of a cluster's most recent members an article is scored against.
  public var membersScored: Int
  /// Days: a published day further than this ahead of the feed's clock moves it only when the next dated article
  /// confirms the jump.
  public var maxClockJump: Int

  public init(
    windowDays: Int = 3, joinScore: Int = 4, mergeScore: Int = 6, maxClustersPerKey: Int = 64,
    membersScored: Int = 64, maxClockJump: Int = 31
  ) {
    self.maxClockJump = maxClockJump
    self.windowDays = windowDays
    self.joinScore = joinScore
    self.mergeScore = mergeScore
    self.maxClustersPerKey = maxClustersPerKey
    self.membersScored = membersScored
  }
}

/// A cluster that can no longer grow: its members in feed order, with what the caller attached to each.
public struct ClosedCluster<Payload> {
  /// 1, 2, … in the order clusters were opened (a merged cluster keeps the smaller number).
  public var number: Int
  public var members: [ArticleSignature]
  public var payloads: [Payload]
  /// Ids of the members that arrived after the feed's clock had passed their day by more than the window.
  public var late: [String]
  /// A cluster made elsewhere (for instance by a distributed job, Docs/Scaling.md), to be checked.
  public init(number: Int, members: [ArticleSignature], payloads: [Payload], late: [String] = []) {
    self.number = number
    self.members = members
    self.payloads = payloads
    self.late = late
  }

  /// The cluster id printed: `c1`, `c2`, …
  public var id: String { "c\(number)" }
  /// The earliest and latest day of its members, when any is dated.
  public var days: ClosedRange<Int>? {
    let d = members.compactMap(\.day)
    guard let lo = d.min(), let hi = d.max() else { return nil }
    return lo...hi
  }
}

extension ClosedCluster: Sendable where Payload: Sendable {}

/// The clustering core: articles go in one at a time, in feed order; clusters come out as soon as they can no
/// longer grow. Deterministic: the same feed gives the same clusters, numbered the same way.
///
/// Blocking: an article is compared only with the open clusters that share one of its keys (a person, a place, a
/// number, a salient word) and lie within the date window, never with the whole feed. Per open cluster it keeps
/// the members' signatures and payloads; a closed cluster is handed back and forgotten.
public struct FeedClusterer<Payload> {
  public let options: FeedClusterOptions

  struct Open {
    var number: Int
    var members: [ArticleSignature] = []
    var payloads: [Payload] = []
    var seq: [Int] = []
    var late: [String] = []
    var keys: Set<UInt64> = []
    var maxDay: Int?
  }

  var clusters: [Int: Open] = [:]
  /// Blocking index: key → the open clusters whose members have it.
  var index: [UInt64: Set<Int>] = [:]
  /// Closing index: latest day → the open clusters whose latest day it is (undated clusters under `Int.max`).
  var byDay: [Int: Set<Int>] = [:]
  var nextNumber = 1
  var seq = 0
  /// Ids of the open articles.
  public private(set) var openIDs: Set<String> = []
  /// The feed's clock: the latest `published` day seen (a far jump ahead needs a second article to confirm it).
  public private(set) var watermark: Int?
  var pendingJump: Int?

  public init(options: FeedClusterOptions = FeedClusterOptions()) { self.options = options }

  /// How many clusters are open.
  public var openClusters: Int { clusters.count }
  /// How many articles the open clusters hold.
  public var openArticles: Int { openIDs.count }

  /// Adds the next article of the feed; returns the clusters this arrival closed (sorted by number).
  public mutating func add(_ signature: ArticleSignature, payload: Payload) -> [ClosedCluster<Payload>] {
    var a = signature
    if let p = a.published { advanceClock(to: p) }
    if a.day == nil { a.day = watermark }
    let isLate = a.day != nil && watermark != nil && a.day! < watermark! - options.windowDays

    // Candidates through the blocking index, in a fixed order.
    var candidates: Set<Int> = []
    for k in a.blockingKeys {
      if let list = index[k], list.count <= options.maxClustersPerKey { candidates.formUnion(list) }
    }
    var scored: [(number: Int, score: Int)] = []
    for n in candidates.sorted() {
      let c = clusters[n]!
      var best = Int.min
      for m in c.members.suffix(options.membersScored) {
        if let s = score(a, m), s > best { best = s }
      }
      if best >= options.joinScore { scored.append((n, best)) }
    }
    seq += 1
    var target: Int
    if let top = scored.max(by: { $0.score != $1.score ? $0.score < $1.score : $0.number > $1.number }) {
      target = top.number
      // A bridge: the article matches other clusters strongly too; they are one event.
      let merged = scored.filter { $0.number != top.number && $0.score >= options.mergeScore }.map(\.number)
      if !merged.isEmpty {
        let all = ([target] + merged).sorted()
        target = all[0]
        for n in all.dropFirst() { merge(n, into: target) }
      }
    } else {
      target = nextNumber
      nextNumber += 1
      clusters[target] = Open(number: target)
    }
    var c = clusters.removeValue(forKey: target)!
    unfile(c.number, day: c.maxDay)
    c.members.append(a)
    c.payloads.append(payload)
    c.seq.append(seq)
    if isLate { c.late.append(a.id) }
    if let d = a.day { c.maxDay = max(c.maxDay ?? d, d) }
    for k in a.indexedKeys where c.keys.insert(k).inserted { index[k, default: []].insert(c.number) }
    file(c.number, day: c.maxDay)
    clusters[target] = c
    openIDs.insert(a.id)
    return closeExpired()
  }

  /// Moves the feed's clock to a published day. A day more than `maxClockJump` days ahead of the clock moves it
  /// only once a second article confirms the jump (the nearer of the two is taken): one stray date ("2099-01-01")
  /// must not close every open cluster and make the rest of the feed late.
  private mutating func advanceClock(to p: Int) {
    guard let w = watermark else {
      watermark = p
      return
    }
    guard p > w else { return }
    if p - w <= options.maxClockJump {
      watermark = p
      pendingJump = nil
    } else if let j = pendingJump {
      watermark = min(j, p)
      pendingJump = nil
    } else {
      pendingJump = p
    }
  }

  /// Closes every open cluster: the end of the feed.
  public mutating func finish() -> [ClosedCluster<Payload>] {
    close(clusters.keys.sorted())
  }

  /// How well an article matches a member, nil when their days are too far apart. Points: 2 per shared person
  /// (at most 2), 2 for a shared place or venue, 1 per shared number, time or duration (at most 3), 1 per 3 shared
  /// salient words (at most 2, and only when they are 15 % of the shorter list); minus 3 when both name a venue
  /// and the venues differ, minus 3 when both name people and share none, minus 1 when both dates come from the
  /// text and lie 2 or more days apart. Numbers and words shared by many open clusters do not count.
  public func score(_ a: ArticleSignature, _ b: ArticleSignature) -> Int? {
    var gap = 0
    if let da = a.day, let db = b.day {
      gap = abs(da - db)
      if gap > options.windowDays { return nil }
    }
    let common = max(4, clusters.count / 10)
    let salient: (UInt64) -> Bool = { (self.index[$0]?.count ?? 0) <= common }
    let p = ArticleSignature.sharedPeople(a.people, b.people)
    let sameVenue = a.venue != nil && a.venue == b.venue
    let l = sameVenue || sharedCount(a.places, b.places) > 0 ? 1 : 0
    let n = sharedCount(a.facts, b.facts, where: salient)
    let w = sharedCount(a.words, b.words, where: salient)
    var s = 2 * min(p, 2) + 2 * l + min(n, 3)
    let shorter = min(a.words.count, b.words.count)
    if shorter > 0, Double(w) >= 0.15 * Double(shorter) { s += min(w / 3, 2) }
    if let va = a.venue, let vb = b.venue, va != vb { s -= 3 }
    if !a.people.isEmpty && !b.people.isEmpty && p == 0 { s -= 3 }
    if gap >= 2 && a.dayFromText && b.dayFromText { s -= 1 }
    return s
  }

  // MARK: Bookkeeping

  private mutating func file(_ number: Int, day: Int?) { byDay[day ?? Int.max, default: []].insert(number) }

  private mutating func unfile(_ number: Int, day: Int?) {
    let d = day ?? Int.max
    byDay[d]?.remove(number)
    if byDay[d]?.isEmpty == true { byDay[d] = nil }
  }

  private mutating func unindex(_ c: Open) {
    for k in c.keys {
      index[k]?.remove(c.number)
      if index[k]?.isEmpty == true { index[k] = nil }
    }
  }

  private mutating func merge(_ n: Int, into target: Int) {
    guard let from = clusters.removeValue(forKey: n), var into = clusters.removeValue(forKey: target) else { return }
    unindex(from)
    unfile(from.number, day: from.maxDay)
    unfile(into.number, day: into.maxDay)
    var rows: [(Int, ArticleSignature, Payload)] = []
    for k in into.members.indices { rows.append((into.seq[k], into.members[k], into.payloads[k])) }
    for k in from.members.indices { rows.append((from.seq[k], from.members[k], from.payloads[k])) }
    rows.sort { $0.0 < $1.0 }
    into.seq = rows.map(\.0)
    into.members = rows.map(\.1)
    into.payloads = rows.map(\.2)
    let lateSet = Set(into.late + from.late)
    into.late = into.members.map(\.id).filter { lateSet.contains($0) }
    if let d = from.maxDay { into.maxDay = max(into.maxDay ?? d, d) }
    for k in from.keys where into.keys.insert(k).inserted { index[k, default: []].insert(into.number) }
    file(into.number, day: into.maxDay)
    clusters[target] = into
  }

  /// Closes the clusters whose latest day the feed's clock has left behind by more than the window.
  private mutating func closeExpired() -> [ClosedCluster<Payload>] {
    guard let w = watermark else { return [] }
    let cutoff = w - options.windowDays
    var due: [Int] = []
    for (d, set) in byDay where d < cutoff { due += set }
    return due.isEmpty ? [] : close(due.sorted())
  }

  private mutating func close(_ numbers: [Int]) -> [ClosedCluster<Payload>] {
    var out: [ClosedCluster<Payload>] = []
    for n in numbers {
      guard let c = clusters.removeValue(forKey: n) else { continue }
      unindex(c)
      unfile(n, day: c.maxDay)
      for m in c.members { openIDs.remove(m.id) }
      out.append(ClosedCluster(number: n, members: c.members, payloads: c.payloads, late: c.late))
    }
    return out
  }
}
