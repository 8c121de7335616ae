import FactDiffModel
import FactDiffSources
import Testing

@Suite struct HTMLTests {
  func text(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let result = read(text: html, name: "page.html")
    #expect(result.errors.isEmpty, "\(describe(result))", sourceLocation: sourceLocation)
    return result.sources.first?.text ?? ""
  }

  @Test func namedEntities() {
    #expect(
      text("&amp; &lt;&gt; &quot;&apos; a&nbsp;b &ndash; &mdash; &laquo;x&raquo; &ldquo;y&rdquo; &lsquo;z&rsquo;")
        == "& <> \"' a\u{A0}b – — «x» “y” ‘z’")
    #expect(text("wait&hellip; co&shy;operate 10&thinsp;000") == "wait… co\u{AD}operate 10\u{2009}000")
  }

  @Test func numericEntities() {
    #expect(text("&#1057;&#x43e;&#X43B;&#1100; &#8212; &#39;") == "Соль — '")
    #expect(text("&#151; &#0; &#x110000; &#xD800;") == "— \u{FFFD} \u{FFFD} \u{FFFD}")
    #expect(text("&#65 &#x42") == "A B")
  }

  @Test func notEntities() {
    #expect(text("AT&T & co &unknown; &amp &#; &#x;") == "AT&T & co &unknown; &amp &#; &#x;")
  }

  @Test func scriptsStylesAndCommentsAreDropped() {
    let html = """
      <head><title>Page title</title><style>p { content: "<p>hidden</p>" }</style>
      <script type="text/javascript">if (a < b && c > d) { document.write("<p>no</p>") }</script></head>
      <body><!-- a comment <p>not text</p> --><noscript>Enable JS</noscript>
      <template><p>later</p></template><p>Visible</p><SCRIPT>x()</SCRIPT ><p>Also</p></body>
      """
    #expect(text(html) == "Visible\n\nAlso")
  }

  @Test func navigationAndAsidesAreDropped() {
    // A "Read also" box and a menu carry other stories' figures: not the report.
    let html = """
      <nav><a href="/">Home</a> <a href="/news">News</a></nav><article><p>Greece and Ukraine agreed on a pool.</p>
      <aside><h2>Read also</h2><ul><li><a href="/a/1">Ports took in 400 ships a month</a></li></ul></aside>
      <p>Shipowners will add 21 bulk carriers.</p></article>
      """
    #expect(text(html) == "Greece and Ukraine agreed on a pool.\n\nShipowners will add 21 bulk carriers.")
    // An aside left open does not swallow the page: its contents are read as text.
    #expect(text("<p>Before</p><aside>Open box") == "Before\n\nOpen box")
  }

  @Test func blockTagsBreakLines() {
    let html = "<h1>Title</h1><p>One</p><p>Two<br>Three<br/><br>Four</p><ul><li>a</li><li>b</li></ul><div>c</div>"
    #expect(text(html) == "Title\n\nOne\n\nTwo\nThree\n\nFour\n\na\nb\n\nc")
    #expect(text("<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>") == "1 2\n3")
    #expect(text("<blockquote>Quote</blockquote>After<section>S</section>") == "Quote\n\nAfter\n\nS")
  }

  @Test func whiteSpaceCollapses() {
    #expect(
      text("<p>  The\n   talks \t lasted</p>\n\n<p>\n six <b>hours</b> . </p>") == "The talks lasted\n\nsix hours .")
    #expect(text("a&#32;&#10; b") == "a b")
    #expect(text("<pre>line 1\n  line 2</pre>after") == "line 1\n  line 2\n\nafter")
  }

  @Test func inlineTagsJoinWords() {
    #expect(text("<p>Pes<b>kov</b> said <a href=\"/x?a=1&amp;b=2\" title='a > b'>this</a>.</p>") == "Peskov said this.")
  }

  @Test func malformedMarkup() {
    #expect(text("<p>unclosed <b>bold <i>italic") == "unclosed bold italic")
    #expect(text("a < b and 3<4") == "a < b and 3<4")
    #expect(text("<p>x</p><!-- never closed <p>lost</p>") == "x")
    #expect(text("<p>y</p><a href=\"x>text</a> more") == "y\n\ntext more")
    #expect(text("before<script>never closed") == "before")
    #expect(text("before<title>never closed") == "beforenever closed")
    #expect(text("<!DOCTYPE html><?xml version='1.0'?>text</ p>more<!---->end<!-->") == "textmoreend")
    #expect(text("x<svg/>y<svg><text>z</text></svg>w") == "xyw")
    #expect(text("<p class=\"a\"b='c' d=e>ok</p  >") == "ok")
  }

  @Test(.timeLimit(.minutes(1))) func pathologicalInputsStayLinear() {
    let n = 200_000
    let nested = String(repeating: "<div>", count: n) + "deep" + String(repeating: "</div>", count: n)
    #expect(text(nested) == "deep")
    let opens = "<p>start</p>" + String(repeating: "<a ", count: n)
    #expect(text(opens) == "start")
    let quotes = "<p>q</p>" + String(repeating: "<a href=\"x>", count: n)
    #expect(text(quotes) == "q")
    let titles = String(repeating: "<title>t ", count: n)
    #expect(text(titles).utf8.count == 2 * n - 1)
    let comments = "<p>c</p>" + String(repeating: "<!-- ", count: n)
    #expect(text(comments) == "c")
    let amps = String(repeating: "&#", count: n) + String(repeating: "&abcdefghij", count: n)
    #expect(text(amps).utf8.count == 2 * n + 11 * n)
  }
}
