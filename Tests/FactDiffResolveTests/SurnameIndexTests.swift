import FactDiffExtract
import FactDiffModel
import Testing

@testable import FactDiffResolve

/// The surname index finds every person whose surname key `NameKey.matches` a name's, and few others.
@Suite struct SurnameIndexTests {
  /// Random keys over a small alphabet (so that near misses are common) and their neighbours by one and two edits of
  /// every kind: each key's candidates hold every filed key it matches.
  @Test func candidatesHoldEveryMatchingKey() {
    var rng = SplitMix64(seed: 20_261_127)
    let letters = Array("kcaeorstnv").map(String.init)
    func randomKey() -> String {
      (0..<Int.random(in: 3...11, using: &rng)).map { _ in letters.randomElement(using: &rng)! }.joined()
    }
    func edited(_ key: String) -> String {
      var c = Array(key)
      for _ in 0..<Int.random(in: 1...2, using: &rng) where c.count > 1 {
        let i = Int.random(in: 0..<c.count, using: &rng)
        switch Int.random(in: 0...3, using: &rng) {
        case 0: c[i] = Character(letters.randomElement(using: &rng)!)
        case 1: c.remove(at: i)
        case 2: c.insert(Character(letters.randomElement(using: &rng)!), at: i)
        default: if i + 1 < c.count { c.swapAt(i, i + 1) }
        }
      }
      return String(c)
    }
    var keys: [String] = []
    for _ in 0..<300 {
      let k = randomKey()
      keys += [k, edited(k), edited(k)]
    }
    var index = SurnameIndex()
    for (p, k) in keys.enumerated() { index.insert([k], for: p) }
    var matched = 0
    for k in keys {
      let found = Set(index.candidates([k]))
      for (p, other) in keys.enumerated() where NameKey.matches(k, other) {
        matched += 1
        #expect(found.contains(p), "\(k) matches \(other) but the index does not offer it")
      }
    }
    // Every key matches itself; the edited neighbours add more.
    #expect(matched > keys.count)
  }

  /// Keys far apart are not offered: the index narrows the comparison.
  @Test func distantSurnamesAreNotCandidates() {
    var index = SurnameIndex()
    let names = ["lavrov", "peskov", "kuleba", "stefanishyna", "nebenzya", "ryabkov"]
    for (p, n) in names.enumerated() { index.insert([NameKey.phonetic(n)], for: p) }
    #expect(index.candidates([NameKey.phonetic("lavrov")]) == [0])
    #expect(index.candidates([NameKey.phonetic("nebenzia")]) == [4])
    #expect(index.candidates([NameKey.phonetic("shoigu")]).isEmpty)
    // A person filed twice (two spellings) comes back once.
    index.insert([NameKey.phonetic("lavrof")], for: 0)
    #expect(index.candidates([NameKey.phonetic("lavrov"), NameKey.phonetic("lavrof")]) == [0])
  }

  /// Entity resolution with thousands of different people gives each their own id, and still joins a name's
  /// spellings across scripts and cases (the index must not lose a candidate the full comparison found).
  @Test func manyPeopleKeepTheirOwnIdsAndSpellingsJoin() {
    let given = [("Sergei", "Сергей"), ("Igor", "Игорь"), ("Pavel", "Павел"), ("Oleg", "Олег")]
    let stems = [
      ("Бел", "Bel"), ("Вор", "Vor"), ("Гром", "Grom"), ("Дуб", "Dub"), ("Жар", "Zhar"), ("Зим", "Zim"), ("Лес", "Les"),
      ("Нос", "Nos"), ("Рог", "Rog"), ("Сом", "Som"), ("Тур", "Tur"),
    ]
    let endings = [("ов", "ov"), ("енко", "enko"), ("ский", "sky"), ("ук", "uk")]
    var docs: [Document] = []
    var expected: [String] = []
    for (g, (en, ru)) in given.enumerated() {
      for stem in stems {
        for ending in endings {
          let surname = stem.0 + ending.0
          let latin = stem.1 + ending.1
          let k = docs.count
          docs.append(
            Extraction.analyze(
              Source(id: "en\(k)", text: "Deputy minister \(en) \(latin) said the talks went well.", language: .en)))
          docs.append(
            Extraction.analyze(
              Source(
                id: "ru\(k)", text: "Заместитель министра \(ru) \(surname) заявил, что переговоры прошли хорошо.",
                language: .ru)))
          expected.append("\(g)|\(surname)")
        }
      }
    }
    EntityResolution.resolve(&docs)
    func entity(_ d: Document) -> String? {
      for f in d.facts { if case .person(let p) = f.value { return p.entity } }
      return nil
    }
    var idOf: [String: String] = [:]
    for k in expected.indices {
      let en = entity(docs[2 * k])
      let ru = entity(docs[2 * k + 1])
      #expect(en != nil && en == ru, "\(expected[k]): \(en ?? "-") against \(ru ?? "-")")
      if let en { idOf[expected[k]] = en }
    }
    // The surnames are two letters apart or more, so each name is a person of its own.
    #expect(Set(idOf.values).count == expected.count)
  }
}

extension SplitMix64: RandomNumberGenerator {}
