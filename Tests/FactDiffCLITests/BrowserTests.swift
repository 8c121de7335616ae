import Foundation
import Testing
import _FactDiffTestSupport

/// The HTML report in a real headless browser (Debian's `chromium`): a screenshot is taken, and no script from a
/// hostile report runs. CI installs chromium and sets FACTDIFF_REQUIRE_BROWSER=1, so there the tests cannot be
/// skipped; elsewhere they run when a browser is installed.
@Suite(.serialized) struct BrowserTests {
  static let browser: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      for name in ["chromium", "chromium-browser", "google-chrome"] {
        let p = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: p) { return p }
      }
    }
    return nil
  }()
  static let required = ProcessInfo.processInfo.environment["FACTDIFF_REQUIRE_BROWSER"] != nil
  static let enabled = browser != nil || required

  /// Where screenshots go: FACTDIFF_SCREENSHOT_DIR, else a temporary folder.
  static let shots: URL = {
    if let dir = ProcessInfo.processInfo.environment["FACTDIFF_SCREENSHOT_DIR"] { return URL(fileURLWithPath: dir) }
    return FileManager.default.temporaryDirectory.appendingPathComponent("factdiff-screenshots")
  }()

  /// Runs chromium headless on a file with extra flags; a fresh profile each time.
  func chromium(_ flags: [String], _ page: URL) throws -> CLI.Run {
    let browser = try #require(Self.browser, "chromium is required (FACTDIFF_REQUIRE_BROWSER is set) but not installed")
    let profile = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: profile) }
    let args =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--user-data-dir=\(profile.path)", "--virtual-time-budget=3000",
      ] + flags + [page.absoluteString]
    return try CLI.run(executable: URL(fileURLWithPath: browser), args, timeout: 90)
  }

  /// The DOM after the page has loaded and any script has had its chance.
  func dom(_ html: String) throws -> String {
    let dir = try CLI.temporaryDirectory()
    let page = dir.appendingPathComponent("page.html")
    try Data(html.utf8).write(to: page)
    let run = try chromium(["--dump-dom"], page)
    try #require(run.stdout.contains("</html>"), "chromium printed no DOM: \(run.stderr.suffix(500))")
    return run.stdout
  }

  /// The page without its Content-Security-Policy, so escaping alone is put to the test.
  func withoutPolicy(_ html: String) -> String {
    html.replacingOccurrences(
      of: "<meta http-equiv=\"Content-Security-Policy\" content=\"\(HTMLPrinter.contentSecurityPolicy)\">\n", with: "")
  }

  @Test(.enabled(if: BrowserTests.enabled)) func detectionWorks() throws {
    // A control: the same check on a page whose script does run must see the marker.
    let dom = try dom("<!DOCTYPE html><html><body><p>x</p><script>document.body.dataset.pwned=1</script></body></html>")
    #expect(dom.contains("data-pwned=\"1\""))
  }

  @Test(.enabled(if: BrowserTests.enabled)) func hostileReportRunsNoScript() throws {
    let run = try CLI.run(["check", "--no-config", "--format", "html", "Tests/Fixtures/hostile"])
    #expect(run.status != 2)
    let html = run.stdout
    #expect(html.contains(HTMLPrinter.contentSecurityPolicy))
    for page in [html, withoutPolicy(html)] {
      let dom = try dom(page)
      #expect(!dom.contains("data-pwned"), "a script from the report ran")
      #expect(!dom.contains("<script"))
      #expect(!dom.contains("<img"))
      #expect(!dom.contains("<a href=\"javascript"))
      // The hostile words are on the page as text.
      #expect(dom.contains("&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt;"))
      #expect(dom.contains("[here](javascript:alert("))
      #expect(dom.contains("&lt;img src=x onerror=\""))
    }
  }

  @Test(.enabled(if: BrowserTests.enabled)) func screenshotOfEverySample() throws {
    try FileManager.default.createDirectory(at: Self.shots, withIntermediateDirectories: true)
    let folders = GoldenTests.folders
    #expect(!folders.isEmpty)
    for folder in folders {
      let name = folder.split(separator: "/").last.map(String.init) ?? "report"
      let page = Self.shots.appendingPathComponent("\(name).html")
      let run = try CLI.run(["check", "--no-config", "--format", "html", "--output", page.path, folder])
      #expect(run.status != 2, "\(folder): \(run.stderr)")
      let png = Self.shots.appendingPathComponent("\(name).png")
      try? FileManager.default.removeItem(at: png)
      let shot = try chromium(["--screenshot=\(png.path)", "--window-size=1400,1800", "--hide-scrollbars"], page)
      let data = try #require(
        FileManager.default.contents(atPath: png.path), "no screenshot of \(folder): \(shot.stderr.suffix(500))")
      #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(png.path) is not a PNG")
      #expect(data.count > 20_000, "\(png.path) looks blank (\(data.count) bytes)")
    }
  }
}
