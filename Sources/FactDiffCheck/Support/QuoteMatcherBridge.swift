import FactDiffExtract
import FactDiffModel

/// Same-language word overlap on stems, until the cross-language quote matcher lands.
enum QuoteMatcherBridge {
  static func similarity(_ a: String, _ la: Language, _ b: String, _ lb: Language) -> Double {
    guard la == lb else { return 0 }
    func stems(_ s: String) -> Set<String> {
      Set(Tokenizer.tokenize(s).filter { $0.kind == .word && $0.norm.count >= 3 }.map { String($0.norm.prefix(5)) })
    }
    let x = stems(a)
    let y = stems(b)
    guard !x.isEmpty, !y.isEmpty else { return 0 }
    return Double(x.intersection(y).count) / Double(x.union(y).count)
  }
}
