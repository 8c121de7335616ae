import FactDiffModel
import Testing

/// `containsBytes`, the byte search the checks use around figures, finds what Foundation's `contains` found there.
@Suite struct ContainsBytesTests {
  @Test(arguments: [
    (" 46 погибших и 12 раненых", "раненых", true),
    (" 46 погибших", "раненых", false),
    ("a 300-strong delegation", "-strong ", true),
    ("a 300-strong", "-strong ", false),
    ("", "x", false),
    ("abc", "", true),
    ("ab", "abc", false),
    ("aaab", "aab", true),
    (" each side", " each", true),
    ("поранено 3 особи", "поранен", true),
  ])
  func findsTheBytes(_ haystack: String, _ needle: String, _ expected: Bool) {
    #expect(haystack.containsBytes(needle) == expected)
    #expect(Substring(haystack).containsBytes(needle) == expected)
  }
}
