/// Facts in order, held as the lists they came in (one per report) without copying them into one array: a report
/// of a run reads the documents' own fact lists, so that a run holds each fact once.
public struct FactList: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
  /// The lists, empty ones left out.
  private var parts: [[Fact]]
  /// The index just past each part.
  private var ends: [Int]

  /// The facts of `lists`, one after the other.
  public init(lists: [[Fact]]) {
    parts = []
    ends = []
    var n = 0
    for list in lists where !list.isEmpty {
      parts.append(list)
      n += list.count
      ends.append(n)
    }
  }

  public init(_ facts: [Fact]) { self.init(lists: [facts]) }

  public init(arrayLiteral facts: Fact...) { self.init(facts) }

  public var startIndex: Int { 0 }
  public var endIndex: Int { ends.last ?? 0 }

  public subscript(position: Int) -> Fact {
    precondition(position >= 0 && position < endIndex, "index out of range")
    // The first part that ends after `position`.
    var lo = 0
    var hi = ends.count - 1
    while lo < hi {
      let mid = (lo + hi) / 2
      if ends[mid] > position { hi = mid } else { lo = mid + 1 }
    }
    return parts[lo][position - (lo == 0 ? 0 : ends[lo - 1])]
  }

  public func makeIterator() -> Iterator { Iterator(parts: parts) }

  /// Walks the parts in order.
  public struct Iterator: IteratorProtocol {
    let parts: [[Fact]]
    var part = 0
    var index = 0

    init(parts: [[Fact]]) { self.parts = parts }

    public mutating func next() -> Fact? {
      while part < parts.count {
        if index < parts[part].count {
          defer { index += 1 }
          return parts[part][index]
        }
        part += 1
        index = 0
      }
      return nil
    }
  }

  public static func == (a: FactList, b: FactList) -> Bool { a.elementsEqual(b) }

  public func hash(into h: inout Hasher) {
    h.combine(count)
    for f in self { h.combine(f) }
  }
}
