import Testing
import _FactDiffTestSupport

@Suite struct ExitPolicyTests {
  @Test func failOnThreshold() {
    let warning = [Fixtures.finding(.warning)]
    #expect(ExitPolicy().fails(warning))
    #expect(!ExitPolicy(failOn: .error).fails(warning))
    #expect(ExitPolicy(failOn: .info).fails([Fixtures.finding(.info)]))
    #expect(!ExitPolicy(failOn: .warning).fails([Fixtures.finding(.info)]))
    #expect(!ExitPolicy(failOn: nil).fails([Fixtures.finding(.error)]))
    #expect(!ExitPolicy().fails([]))
  }

  @Test func maxWarningsFailsEvenWhenOnlyErrorsWould() {
    let two = [Fixtures.finding(.warning), Fixtures.finding(.warning)]
    #expect(ExitPolicy(failOn: .error, maxWarnings: 1).fails(two))
    #expect(!ExitPolicy(failOn: .error, maxWarnings: 2).fails(two))
    #expect(ExitPolicy(failOn: nil, maxWarnings: 0).fails([Fixtures.finding(.warning)]))
    #expect(!ExitPolicy(failOn: nil, maxWarnings: 0).fails([Fixtures.finding(.info)]))
  }

  @Test func unreadableReportsWin() {
    var r = Fixtures.report([])
    #expect(ExitPolicy().status(r) == 0)
    r.findings = [Fixtures.finding(.error)]
    #expect(ExitPolicy().status(r) == 1)
    r.errors = [SourceError(path: "x.txt", reason: .notFound, message: "no such file")]
    #expect(ExitPolicy().status(r) == 2)
  }
}
