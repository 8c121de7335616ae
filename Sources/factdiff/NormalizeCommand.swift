import ArgumentParser
import FactDiff
import Foundation

/// `factdiff normalize`: show how factdiff folds, transliterates and skeletonises a string.
struct NormalizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "normalize",
    abstract: "Print the folded text, the Latin transliteration and the homoglyph skeleton of a string.",
    discussion: "Reads the argument, or standard input when there is none. A debugging aid for matching.")

  @Argument(help: "The text to normalise (standard input when absent).")
  var text: String?

  @Option(name: .long, help: "Language for transliteration (en, ru, uk); detected from the letters when absent.")
  var language: String?

  func run() throws {
    let input = text ?? String(decoding: readStandardInput(), as: UTF8.self)
    let lang: Language
    if let language {
      guard let l = Language(rawValue: language) else {
        throw ValidationError("unknown language '\(language)': use en, ru or uk")
      }
      lang = l
    } else {
      lang = input.unicodeScalars.contains { "іїєґІЇЄҐ".unicodeScalars.contains($0) } ? .uk : .ru
    }
    var out = ""
    for line in input.split(separator: "\n", omittingEmptySubsequences: false) {
      let s = String(line)
      if s.isEmpty && text == nil { continue }
      out += "folded:   \(Folding.key(s))\n"
      out += "latin:    \(Transliteration.toLatin(s, language: lang))\n"
      out += "skeleton: \(Skeleton.of(s))\n"
    }
    FileHandle.standardOutput.write(Data(out.utf8))
  }
}
