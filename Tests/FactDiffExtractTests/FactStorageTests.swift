import Testing

@testable import FactDiffExtract
@testable import FactDiffModel

#if canImport(Glibc)
  import Glibc
#endif

/// The compact storage of `Fact` (its text read from the source by range, its id as a number, its event and slot as
/// codes, its values in shared boxes) reads back exactly what was stored.
@Suite struct FactStorageTests {
  static let value = FactValue.number(Quantity(value: 3, counts: "agreements"))

  func fact(
    id: String = "", source: String = "wire", text: String = "three agreements",
    range: TextRange = TextRange(4, 20)
  ) -> Fact {
    Fact(id: id, source: source, value: Self.value, text: text, range: range)
  }

  @Test func everyPropertyReadsBackAsGiven() {
    let position = Position(line: 3, column: 7, offset: 120, length: 16)
    let bounds = Interval(min: 3, max: 3)
    let widened = Interval(min: 2.5, max: nil, minOpen: true)
    let f = Fact(
      id: "wire#12", source: "wire", value: Self.value, text: "about three agreements", range: TextRange(4, 26),
      position: position, hedge: .approximately, grain: 1, bounds: bounds, widened: widened, event: "main/talks",
      slot: .count("agreements"), sentence: 5)
    #expect(f.id == "wire#12")
    #expect(f.source == "wire")
    #expect(f.value == Self.value)
    #expect(f.kind == .number)
    #expect(f.text == "about three agreements")
    #expect(f.range == TextRange(4, 26))
    #expect(f.position == position)
    #expect(f.hedge == .approximately)
    #expect(f.grain == 1)
    #expect(f.bounds == bounds)
    #expect(f.widened == widened)
    #expect(f.event == "main/talks")
    #expect(f.slot == Slot("count:agreements"))
    #expect(f.sentence == 5)
  }

  @Test func defaultsAreEmpty() {
    let f = fact()
    #expect(f.id == "")
    #expect(f.position == Position(line: 0, column: 0, offset: 0, length: 0))
    #expect(f.hedge == nil && f.grain == nil && f.bounds == nil && f.widened == nil)
    #expect(f.event == nil && f.slot == nil && f.sentence == 0)
  }

  @Test(arguments: [
    ("wire", "wire#1"), ("wire", "wire#65534"), ("wire", "wire#65535"), ("wire", "wire#65536"),
    ("wire", "wire#2147483647"), ("wire", "wire#01"), ("wire", "wire#0"), ("wire", "wire#"),
    ("wire", "wire#2147483648"), ("wire", "wire#-3"), ("wire", "wire#+3"), ("wire", "agency#3"),
    ("wire", "wir#3"), ("wire", "wire#3a"), ("wire", "f1"), ("", "#4"), ("", "4"), ("café", "café#7"),
    ("cafe\u{301}", "café#7"), ("tass-ru", "tass-ru#10"), ("wire", "wire#٣"),
  ])
  func idsReadBackExactly(source: String, id: String) {
    var f = fact(source: source)
    f.id = id
    #expect(Array(f.id.utf8) == Array(id.utf8))
    #expect(f.source == source)
    f.id = ""
    #expect(f.id == "")
  }

  @Test func idFollowsItsTextWhenTheSourceChanges() {
    var f = fact(id: "wire#3")
    f.source = "agency"
    #expect(f.id == "wire#3")
    #expect(f.source == "agency")
    #expect(f.text == "three agreements")
    f.id = "agency#4"
    #expect(f.id == "agency#4")
    f.source = "wire"
    #expect(f.id == "agency#4")
  }

  @Test(arguments: [
    Int.max, Int.min, Int(Int32.max), Int(Int32.min), Int(Int32.min) + 1, -1, 1 << 40, 65_534, 65_535, 65_536,
  ])
  func integersOutside32BitsReadBack(n: Int) {
    var f = fact()
    f.range = TextRange(n, n)
    #expect(f.range == TextRange(n, n))
    f.position = Position(line: n, column: 1, offset: 2, length: 3)
    #expect(f.position == Position(line: n, column: 1, offset: 2, length: 3))
    f.position = Position(line: 1, column: n, offset: n, length: n)
    #expect(f.position == Position(line: 1, column: n, offset: n, length: n))
    f.sentence = n
    #expect(f.sentence == n)
    // Back into 32 bits: the wide copy goes.
    f.range = TextRange(1, 2)
    f.position = Position(line: 1, column: 2, offset: 3, length: 4)
    f.sentence = 6
    #expect(f.range == TextRange(1, 2))
    #expect(f.position == Position(line: 1, column: 2, offset: 3, length: 4))
    #expect(f.sentence == 6)
    #expect(f.extra == nil)
  }

  @Test func eventAndSlotNamesReadBackByteForByte() {
    var f = fact()
    for name in ["main", "e2", "dateline", "main/talks", "café", "cafe\u{301}", "", "count:соглашений"] {
      f.event = name
      f.slot = Slot(name)
      #expect(Array(f.event!.utf8) == Array(name.utf8))
      #expect(Array(f.slot!.name.utf8) == Array(name.utf8))
    }
    f.event = nil
    f.slot = nil
    #expect(f.event == nil && f.slot == nil)
  }

  @Test func numbersReadBackAndClear() {
    var f = fact()
    f.grain = 0.5
    #expect(f.grain == 0.5 && f.bounds == nil && f.widened == nil)
    f.bounds = Interval(min: -0.0, max: .infinity, maxOpen: true)
    #expect(f.bounds!.min!.sign == .minus && f.bounds!.max == .infinity && f.bounds!.maxOpen)
    f.widened = .everything
    #expect(f.widened == .everything)
    f.grain = nil
    f.bounds = nil
    f.widened = nil
    #expect(f.side == nil)
  }

  @Test func textIsReadFromTheSourceByRange() {
    let source = Source(id: "wire", text: "The two sides signed «три соглашения» in Istanbul.", language: .en)
    let origin = FactOrigin(source)
    let range = TextRange(25, 52)
    let f = Fact(origin: origin, value: Self.value, range: range, hedge: .exactly, sentence: 2)
    #expect(f.text == source.snippet(range))
    #expect(f.source == "wire")
    #expect(f.hedge == .exactly && f.sentence == 2)
    // The same fact made with its words given is equal, and hashes alike.
    let g = Fact(
      source: "wire", value: Self.value, text: source.snippet(range), range: range, hedge: .exactly, sentence: 2)
    #expect(f == g)
    #expect(Set([f, g]).count == 1)
    // Moving the range keeps the words; so does a new source id.
    var h = f
    h.range = TextRange(0, 3)
    #expect(h.text == source.snippet(range))
    var k = f
    k.source = "agency"
    #expect(k.text == source.snippet(range))
    k.text = "new words"
    #expect(k.text == "new words" && k.range == range)
    // A range past the text reads as the snippet does.
    let past = Fact(origin: origin, value: Self.value, range: TextRange(40, 400))
    #expect(past.text == source.snippet(TextRange(40, 400)))
  }

  /// A fact made with its tolerance is the fact made without and then given it by `setTolerance`, including when
  /// its range or sentence does not fit the compact fields (they then share the numbers box with the tolerance).
  @Test(arguments: [(TextRange(4, 20), 2), (TextRange(4, Int(Int32.max) + 9), 2), (TextRange(4, 20), 70_000)])
  func factMadeWithItsToleranceEqualsOneGivenItAfter(range: TextRange, sentence: Int) {
    let source = Source(id: "wire", text: "The two sides signed three agreements.", language: .en)
    let origin = FactOrigin(source)
    let tolerances: [(Double?, Interval?, Interval?)] = [
      (nil, nil, nil), (1, Interval(min: 3, max: 3), Interval(min: 2.5, max: 3.5)), (0, nil, .everything),
      (60, Interval(min: 0, max: 60), nil),
    ]
    for (g, b, w) in tolerances {
      let made = Fact(
        origin: origin, value: Self.value, range: range, hedge: .approximately, sentence: sentence, grain: g,
        bounds: b, widened: w)
      var given = Fact(origin: origin, value: Self.value, range: range, hedge: .approximately, sentence: sentence)
      given.setTolerance(grain: g, bounds: b, widened: w)
      #expect(made == given)
      #expect(made.hashValue == given.hashValue)
      #expect(made.grain == g && made.bounds == b && made.widened == w)
      #expect(made.range == range && made.sentence == sentence && made.hedge == .approximately)
    }
  }

  @Test func factsKeepingOnlyTheirWordsReadTheSame() {
    // Overlapping, touching, empty, past-the-end and split-scalar ranges, and a fact with words of its own.
    let text = "The two sides signed «три соглашения» in Istanbul on Tuesday, after talks."
    let source = Source(id: "wire", text: text, language: .en)
    let origin = FactOrigin(source)
    let ranges = [
      TextRange(4, 13), TextRange(8, 20), TextRange(20, 25), TextRange(25, 52), TextRange(26, 27), TextRange(30, 30),
      TextRange(55, 63), TextRange(70, 400), TextRange(500, 600),
    ]
    var facts = ranges.map { Fact(origin: origin, value: Self.value, range: $0) }
    facts.append(Fact(source: "wire", value: Self.value, text: "own words", range: TextRange(0, 3)))
    let before = facts
    Fact.keepingOnlyTheirWords(&facts)
    #expect(facts == before)
    for (a, b) in zip(facts, before) { #expect(Array(a.text.utf8) == Array(b.text.utf8)) }
    // The kept words outlive the text, and a moved range keeps them.
    var moved = facts[3]
    moved.range = TextRange(0, 1)
    #expect(moved.text == before[3].text)
    let e = Evidence(facts[0], path: "p")
    #expect(e.text == "two sides")
  }

  @Test(arguments: [0, 70_000])
  func factsKeepingOnlyTheirWordsReadTheSameInLongTexts(padding: Int) {
    // Ranges a few bytes apart (kept as one stretch), far apart, at the end; a text past 64 KB keeps 32-bit marks.
    let head = String(repeating: "x", count: padding)
    let text = head + "Talks began at 10:00, ended at 16:20 and ran «шесть с половиной часов» in all; no more."
    let source = Source(id: "wire", text: text, language: .en)
    let origin = FactOrigin(source)
    let n = text.utf8.count
    let ranges = [
      TextRange(padding, padding + 5), TextRange(padding + 15, padding + 20), TextRange(padding + 22, padding + 25),
      TextRange(padding + 31, padding + 36), TextRange(padding + 45, padding + 70), TextRange(n - 8, n),
      TextRange(n - 3, n + 10), TextRange(1, 2),
    ]
    var facts = ranges.map { Fact(origin: origin, value: Self.value, range: $0) }
    let before = facts
    Fact.keepingOnlyTheirWords(&facts)
    for (a, b) in zip(facts, before) { #expect(Array(a.text.utf8) == Array(b.text.utf8)) }
    #expect(facts[1].text == "10:00" && facts[2].text == "end")
    #expect(facts[5].text == "no more.")
  }

  /// A shelf that hands out the words of its texts and counts what it was asked.
  final class Shelf: ShelvedTexts, @unchecked Sendable {
    let texts: [Int: String]
    var asked: [Int] = []
    init(_ texts: [Int: String]) { self.texts = texts }
    func words(ofReport index: Int, _ range: TextRange) -> String {
      asked.append(index)
      return texts[index].map { Source.snippet($0, range) } ?? ""
    }
  }

  @Test(arguments: [0, 7, Int(Int32.max)])
  func factsReadingTheirWordsFromAShelfReadTheSame(index: Int) {
    let text = "Talks began at 10:00 in Istanbul and ran «шесть часов»."
    let source = Source(id: "wire", text: text, language: .en)
    let origin = FactOrigin(source)
    let ranges = [TextRange(15, 20), TextRange(24, 32), TextRange(42, 66), TextRange(60, 400)]
    var facts = ranges.map { Fact(origin: origin, value: Self.value, range: $0) }
    facts.append(fact(text: "own words"))
    let before = facts
    let shelf = Shelf([index: text])
    let kept = Fact.readingTheirWords(&facts, from: shelf, index: index)
    #expect(kept != nil && kept !== origin)
    for (a, b) in zip(facts, before) { #expect(Array(a.text.utf8) == Array(b.text.utf8)) }
    #expect(facts == before)
    // The words came from the shelf, by the report's number; the fact with words of its own did not ask.
    #expect(shelf.asked.count == 2 * ranges.count && shelf.asked.allSatisfy { $0 == index })
    // Once on a shelf, facts stay there.
    #expect(Fact.readingTheirWords(&facts, from: Shelf([:]), index: 0) == nil)
    #expect(facts[0].text == "10:00")
  }

  @Test func aReportNumberPastThirtyTwoBitsLeavesTheFactsAsTheyAre() {
    let source = Source(id: "wire", text: "Talks began at 10:00.", language: .en)
    var facts = [Fact(origin: FactOrigin(source), value: Self.value, range: TextRange(15, 20))]
    let shelf = Shelf([:])
    #expect(Fact.readingTheirWords(&facts, from: shelf, index: Int(Int32.max) + 1) == nil)
    #expect(facts[0].text == "10:00" && shelf.asked.isEmpty)
  }

  #if canImport(Glibc)
    /// Every report of a run holds its origin for the whole run: the id, the path and one reference or string for
    /// where the words are (72 bytes, in an allocation of 80).
    @Test func anOriginIsSmall() {
      let source = Source(id: "wire", text: "Talks began at 10:00.", language: .en)
      let origins = [FactOrigin(source), FactOrigin(source: "wire", text: "own words")]
      // `malloc_usable_size` (in <malloc.h>, which the Glibc module leaves out): the room the object was given.
      typealias Usable = @convention(c) (UnsafeMutableRawPointer?) -> Int
      guard let symbol = dlsym(nil, "malloc_usable_size") else { return }
      let usable = unsafeBitCast(symbol, to: Usable.self)
      for origin in origins {
        #expect(usable(Unmanaged.passUnretained(origin).toOpaque()) <= 72)
      }
    }
  #endif

  @Test func evidenceReadsAFactsWordsFromItsReport() {
    let source = Source(id: "wire", text: "Talks began at 10:00 in Istanbul.", language: .en)
    var f = Fact(origin: FactOrigin(source), value: .duration(1), range: TextRange(15, 20))
    f.id = "wire#2"
    f.position = Position(line: 1, column: 16, offset: 15, length: 5)
    let e = Evidence(f, path: "in/wire.md", reading: "10:00", group: 1)
    let written = Evidence(
      source: "wire", fact: "wire#2", path: "in/wire.md", position: f.position, text: "10:00", reading: "10:00",
      group: 1)
    #expect(e.text == "10:00")
    #expect(e == written)
    #expect(e.hashValue == written.hashValue)
    var changed = e
    changed.text = "ten"
    #expect(changed.text == "ten" && changed != e)
    // A fact with words of its own gives them.
    let own = Evidence(fact(id: "wire#1"), path: "p")
    #expect(own.text == "three agreements" && own.fact == "wire#1" && own.source == "wire")
  }

  @Test func equalityIsThatOfTheProperties() {
    #expect(fact() == fact())
    #expect(fact() != fact(text: "3 agreements"))
    #expect(fact() != fact(range: TextRange(4, 21)))
    var a = fact()
    a.event = "main"
    var b = fact()
    #expect(a != b)
    b.event = "main"
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
  }

  @Test func everyValueKindRoundTrips() {
    let clock = ClockTime(hour: 14, minute: 30, zone: .zone("Europe/Istanbul"), zoneStated: true)
    let values: [FactValue] = [
      .time(clock),
      .date(DateValue(year: 2025, month: 2, day: 27, weekday: 4, relative: "yesterday", resolvedFromPublished: true)),
      .duration(-0.0),
      .span(start: clock, end: ClockTime(hour: 16, minute: 0, zone: .offset(10800))),
      .number(Quantity(value: 1.5e9, unit: "USD", counts: nil, rangeMax: 2e9)),
      .person(
        PersonValue(
          name: "Sergei Lavrov", entity: "P1",
          role: Role(office: "minister", portfolio: "foreign-affairs", affiliation: "RU", text: "Foreign Minister"),
          attendance: .led)),
      .place(
        PlaceValue(
          name: "Istanbul", entity: "L1", timezone: "Europe/Istanbul", country: "TR", dateline: true, venue: "palace",
          category: "city")),
      .quote(QuoteValue(speaker: "P1", text: "We agreed", speakerRange: TextRange(1, 5))),
    ]
    for v in values {
      var f = fact()
      f.value = v
      #expect(f.value == v)
      #expect(f.kind == v.kind)
    }
  }
}

/// `FactSharing` lets equal values share one box, and only values equal to the byte.
@Suite struct FactSharingTests {
  func fact(_ value: FactValue, bounds: Interval? = nil) -> Fact {
    Fact(source: "wire", value: value, text: "x", range: TextRange(0, 1), bounds: bounds)
  }

  /// True when the two facts' values sit in one box (the enum's payload reference is the same).
  func sameBox(_ a: Fact, _ b: Fact) -> Bool {
    withUnsafeBytes(of: a.packed) { x in withUnsafeBytes(of: b.packed) { y in x.elementsEqual(y) } }
  }

  @Test func equalValuesShareOneBox() {
    let place = FactValue.place(PlaceValue(name: "Istanbul", entity: "L1", country: "TR"))
    var a = fact(place, bounds: Interval(min: 1, max: 2))
    var b = fact(place, bounds: Interval(min: 1, max: 2))
    #expect(!sameBox(a, b))
    var sharing = FactSharing()
    sharing.share(&a)
    sharing.share(&b)
    #expect(sameBox(a, b))
    #expect(a.side === b.side)
    #expect(b.value == place && b.bounds == Interval(min: 1, max: 2))
    #expect(sharing.count.values == 1 && sharing.count.numbers == 1)
  }

  @Test func equalValuesWithOtherNumbersKeepTheirOwn() {
    var a = fact(.duration(3600), bounds: Interval(min: 3000, max: 4200))
    var b = fact(.duration(3600), bounds: Interval(min: 3300, max: 3900))
    var c = fact(.duration(3600))
    var sharing = FactSharing()
    for k in 0..<2 {
      sharing.share(&a)
      sharing.share(&b)
      sharing.share(&c)
      #expect(!sameBox(a, b) && !sameBox(a, c), "round \(k)")
    }
    #expect(a.bounds == Interval(min: 3000, max: 4200) && b.bounds == Interval(min: 3300, max: 3900))
    #expect(c.bounds == nil && c.side == nil)
    #expect(sharing.count.values == 3 && sharing.count.numbers == 2)
    // The numbers stay with the fact when its value changes, and the value when its numbers change.
    a.value = .duration(7200)
    #expect(a.bounds == Interval(min: 3000, max: 4200) && a.value == .duration(7200))
    b.grain = 60
    #expect(b.value == .duration(3600) && b.grain == 60 && b.bounds == Interval(min: 3300, max: 3900))
    // The value and its numbers take one reference in the fact.
    #expect(MemoryLayout<Fact>.stride <= 48)
  }

  @Test func valuesEqualOnlyByUnicodeOrSignAreNotShared() {
    var sharing = FactSharing()
    var composed = fact(.place(PlaceValue(name: "Café", entity: "L1")))
    var decomposed = fact(.place(PlaceValue(name: "Cafe\u{301}", entity: "L1")))
    #expect(composed.value == decomposed.value)  // equal as Swift strings…
    sharing.share(&composed)
    sharing.share(&decomposed)
    guard case .place(let p) = decomposed.value else { return }
    #expect(Array(p.name.utf8) == Array("Cafe\u{301}".utf8))  // …but each keeps its bytes
    var zero = fact(.duration(0), bounds: Interval(min: 0, max: 0))
    var minusZero = fact(.duration(-0.0), bounds: Interval(min: -0.0, max: 0))
    sharing.share(&zero)
    sharing.share(&minusZero)
    guard case .duration(let d) = minusZero.value else { return }
    #expect(d.sign == .minus)
    #expect(minusZero.bounds!.min!.sign == .minus)
    #expect(sharing.count.values == 4 && sharing.count.numbers == 2)
  }

  /// `Exact.same` compares every field of every payload; a field added to one of them must be added there too.
  @Test func exactComparisonCoversEveryField() {
    #expect(Mirror(reflecting: ClockTime(hour: 1, minute: 2)).children.count == 4)
    #expect(Mirror(reflecting: DateValue(month: 1, day: 2)).children.count == 7)
    #expect(Mirror(reflecting: Quantity(value: 1)).children.count == 4)
    #expect(Mirror(reflecting: Role(office: "o", text: "t")).children.count == 4)
    #expect(Mirror(reflecting: PersonValue(name: "n", entity: "P1")).children.count == 4)
    #expect(Mirror(reflecting: PlaceValue(name: "n", entity: "L1")).children.count == 7)
    #expect(Mirror(reflecting: QuoteValue(text: "t")).children.count == 3)
    #expect(Mirror(reflecting: Interval.everything).children.count == 4)
  }
}

/// Places in boxes that equal places share (`PlaceSharing`), as the event summaries keep them.
@Suite struct PlaceSharingTests {
  @Test func equalPlacesShareOneBox() {
    var sharing = PlaceSharing()
    let cairo = PlaceValue(name: "Cairo", entity: "", timezone: "Africa/Cairo", country: "EG", dateline: true)
    let a = sharing.share(SharedPlace(cairo))
    let b = sharing.share(SharedPlace(cairo))
    #expect(a === b && b.value == cairo)
    // Any field that differs keeps a box of its own.
    var venue = cairo
    venue.dateline = false
    var other = cairo
    other.entity = "L4"
    let c = sharing.share(SharedPlace(venue))
    let d = sharing.share(SharedPlace(other))
    #expect(c !== a && d !== a && c !== d)
    #expect(sharing.count == 3)
  }

  @Test func placesEqualOnlyByUnicodeAreNotShared() {
    var sharing = PlaceSharing()
    let composed = sharing.share(SharedPlace(PlaceValue(name: "Café", entity: "L1")))
    let decomposed = sharing.share(SharedPlace(PlaceValue(name: "Cafe\u{301}", entity: "L1")))
    #expect(composed.value == decomposed.value)  // equal as Swift strings…
    #expect(composed !== decomposed)
    #expect(Array(decomposed.value.name.utf8) == Array("Cafe\u{301}".utf8))  // …but each keeps its bytes
    #expect(sharing.count == 2)
  }
}

/// `FactList` reads several fact lists as one.
@Suite struct FactListTests {
  func facts(_ source: String, _ n: Int) -> [Fact] {
    (0..<n).map {
      Fact(
        id: "\(source)#\($0 + 1)", source: source, value: .duration(Double($0)), text: "t", range: TextRange($0, $0 + 1)
      )
    }
  }

  @Test func readsTheListsInOrder() {
    let a = facts("a", 3)
    let b = facts("b", 2)
    let list = FactList(lists: [a, [], b, []])
    #expect(list.count == 5)
    #expect(Array(list) == a + b)
    #expect(list.map(\.id) == ["a#1", "a#2", "a#3", "b#1", "b#2"])
    for k in 0..<5 { #expect(list[k] == (a + b)[k]) }
    #expect(list.filter { $0.source == "b" } == b)
    #expect(list == FactList(a + b))
    #expect(list != FactList(a))
    #expect(list.last == b[1])
  }

  @Test func emptyLists() {
    #expect(FactList(lists: []).isEmpty)
    #expect(FactList(lists: [[], []]).isEmpty)
    let empty: FactList = []
    #expect(empty.count == 0 && empty.first == nil)
    #expect(Array(empty) == [])
  }
}
