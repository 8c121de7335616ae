import FactDiff
import Foundation
import Testing

/// A large `check` run sets its reports' texts aside in a temporary file and reads them back for the checks
/// (`TextsAside`): the output must be the one of a run that kept them, byte for byte, whatever the kind of source
/// (plain text, front matter, HTML, JSONL, hidden characters).
@Suite struct TextsAsideTests {
  /// Folders with every kind of source: Samples, held-out cases with HTML and JSONL reports, hidden characters.
  static let folders: [String] =
    DeterminismTests.folders.filter { $0.hasPrefix("Samples/") } + [
      "Tests/Cases2/ashgabat-gas-contract-html/reports", "Tests/Cases2/tashkent-labour-migration-jsonl/reports",
      "Tests/Cases6/reykjavik-geothermal-jsonl-quotes/reports",
      "Tests/Cases6/athens-grain-insurance-html-patronymic/reports",
      "Tests/Cases8/bucharest-danube-line-two-day-html/reports", "Tests/Fixtures/hidden", "Tests/Fixtures/hostile",
    ]

  static func outputs(_ folder: String, aside: Int?, parallelism: Int) async -> [String] {
    let path = Hostile.root.appendingPathComponent(folder).path
    let result = await Pipeline.run(
      paths: [path], options: PipelineOptions(parallelism: parallelism, textsAsideOver: aside))
    return [ReportFormat.json, .text, .sarif].map { ReportRenderer.render(result.report, as: $0) }
  }

  @Test(arguments: folders)
  func sameOutputWithTextsSetAside(_ folder: String) async {
    let kept = await Self.outputs(folder, aside: nil, parallelism: 2)
    #expect(kept[0].contains("\"findings\""))
    for parallelism in [1, 2] {
      let aside = await Self.outputs(folder, aside: 0, parallelism: parallelism)
      #expect(aside == kept, "output differs with the texts set aside (\(parallelism) threads): \(folder)")
    }
  }

  /// The documents of a run that set its texts aside hold none; under the limit they keep them.
  @Test func textsSetAsideOnlyPastTheLimit() async {
    let path = Hostile.root.appendingPathComponent("Samples/astana-ferry-talks").path
    let aside = await Pipeline.run(paths: [path], options: PipelineOptions(textsAsideOver: 0))
    #expect(!aside.documents.isEmpty)
    #expect(aside.documents.allSatisfy { $0.source.text.isEmpty })
    let under = await Pipeline.run(paths: [path], options: PipelineOptions(textsAsideOver: 1 << 30))
    #expect(under.documents.allSatisfy { !$0.source.text.isEmpty })
    #expect(ReportRenderer.render(aside.report, as: .json) == ReportRenderer.render(under.report, as: .json))
  }

  /// A text read back is the text set aside, and a locator that read the text is made again with the same
  /// positions (front matter kept apart as the original's head); one that did not is left as it was.
  @Test func readBackIsTheSame() throws {
    let store = try #require(TextsAside(count: 3))
    let plain = Source(id: "plain", text: "Talks began at 10:00 in Astana.\nThey ended at 16:20.", language: .en)
    let head = Array("---\nid: x\n---\n".utf8)
    let body = String(repeating: " ", count: head.count) + "Переговоры начались в 10:00.\nОни закончились в 16:20."
    var fronted = Source(id: "fronted", text: body, language: .ru)
    fronted.locator = SourceLocator(text: body, originalHead: head)
    var html = Source(id: "page", text: "Talks began", language: .en)
    html.locator = SourceLocator(original: Array("<p>Talks began</p>".utf8), anchors: [(0, 3)])
    for (k, s) in [plain, fronted, html].enumerated() {
      #expect(store.put(s, index: k))
      #expect(store.holds(k))
      var light = s
      light.text = ""
      if s.locator.readsText { light.locator = .empty }
      let back = store.restore(light, index: k)
      #expect(back.text == s.text)
      #expect(back.locator.readsText == s.locator.readsText)
      #expect(back.locator.original == s.locator.original)
      for r in [TextRange(0, 5), TextRange(20, 30), TextRange(s.text.utf8.count - 3, s.text.utf8.count)] {
        #expect(back.position(of: r) == s.position(of: r), "\(s.id) \(r)")
      }
    }
    #expect(!store.holds(3))
    #expect(store.words(ofReport: 3, TextRange(0, 5)) == "")
    // A report never set aside comes back as it was given.
    let other = Source(id: "other", text: "", language: .en)
    #expect(store.restore(other, index: 5).id == "other")
  }

  /// The words of a report set aside read as `Source.snippet` reads them from its text (ranges clamped the same
  /// way), whichever reports were read before and however many (more than the texts kept at hand).
  @Test func wordsReadBackAsFromTheText() throws {
    let texts = (0..<20).map { k in
      "Report \(k): переговоры в Астане длились \(k + 3) часа, «сказал» Тихий. Talks ran 10:00–16:\(10 + k)."
    }
    let store = try #require(TextsAside(count: texts.count))
    for (k, t) in texts.enumerated() {
      #expect(store.put(Source(id: "r\(k)", text: t, language: .ru), index: k))
    }
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<400 {
      let k = Int.random(in: 0..<texts.count, using: &rng)
      let n = texts[k].utf8.count
      let a = Int.random(in: -3...(n + 3), using: &rng)
      let b = Int.random(in: -3...(n + 6), using: &rng)
      let r = TextRange(a, b)
      #expect(store.words(ofReport: k, r) == Source.snippet(texts[k], r), "report \(k) \(r)")
    }
  }

  /// A run with its texts set aside gives facts whose words are those of a run that kept the texts, and its
  /// documents hold no copy of them.
  @Test func factsReadTheirWordsFromTheTextsSetAside() async {
    let path = Hostile.root.appendingPathComponent("Samples/astana-ferry-talks").path
    let aside = await Pipeline.run(paths: [path], options: PipelineOptions(textsAsideOver: 0))
    let kept = await Pipeline.run(paths: [path], options: PipelineOptions())
    #expect(aside.documents.count == kept.documents.count)
    for (a, b) in zip(aside.documents, kept.documents) {
      #expect(a.source.text.isEmpty)
      #expect(!a.facts.isEmpty)
      #expect(a.facts.map(\.text) == b.facts.map(\.text))
      #expect(a.facts.map(\.range) == b.facts.map(\.range))
    }
  }

  /// Texts kept at hand by the parts of the checks are read for words while a part holds them (two parts may hold
  /// one report), and the file again once every part let them go.
  @Test func textsAtHandServeWordsUntilLetGo() throws {
    let store = try #require(TextsAside(count: 2))
    let text = "Talks began at 10:00 in Astana."
    #expect(store.put(Source(id: "a", text: text, language: .en), index: 0))
    // A stand-in of the same length, to tell where the words come from.
    let stand = "TALKS BEGAN AT 10:00 IN ASTANA."
    let r = TextRange(0, 5)
    store.keepAtHand([(0, stand)])
    store.keepAtHand([(0, stand)])
    #expect(store.words(ofReport: 0, r) == "TALKS")
    store.letGo([0])
    #expect(store.words(ofReport: 0, r) == "TALKS")
    store.letGo([0])
    store.letGo([0, 1])  // letting go of what is not held changes nothing
    #expect(store.words(ofReport: 0, r) == "Talks")
  }
}
