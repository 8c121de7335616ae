import FactDiffExtract
import FactDiffModel
import Testing

/// An English title in apposition after a lower-case body with a possessive (", the port's chief executive,")
/// goes with the name before it, as one after a capitalised one (", the IAEA's deputy director general") does.
@Suite struct AppositionRoleTests {
  func people(_ text: String) -> [(name: String, office: String?)] {
    Extraction.analyze(Source(id: "t", text: text, language: .en)).facts.compactMap { f in
      if case .person(let p) = f.value { return (f.text, p.role?.office) }
      return nil
    }
  }

  @Test func aTitleAfterTheBodysPossessiveIsThePersons() {
    let a = people("Andris Kalnins, the port's chief executive, said the terminal would reopen on Monday.")
    #expect(a.count == 1 && a[0].name == "Andris Kalnins" && a[0].office == "head", "\(a)")
    let b = people("Andris Kalnins, the port's director, said the terminal would reopen on Monday.")
    #expect(b.count == 1 && b[0].office == "director", "\(b)")
  }

  @Test func aPossessiveBeforeNoTitleGivesNoRole() {
    let a = people("Andris Kalnins, the port's oldest pilot, said the terminal would reopen on Monday.")
    #expect(a.allSatisfy { $0.office == nil }, "\(a)")
    let b = people("Officials met on Tuesday in Riga, the city's mayor said.")
    #expect(b.isEmpty, "\(b)")
  }
}
