using Asivado.LoadTest.Measurement;
using Asivado.LoadTest.Reports;
using Asivado.LoadTest.Run;
using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Tests.Run;

public sealed class VerdictRulesTests
{
    [Fact]
    public void Within_expectations_passes()
    {
        var verdict = VerdictRules.Evaluate(new Expectations { MaxErrors = 2, Breaches = ["acknowledge"] }, 1, Consoles(failed: 1), Escalations(expected: 40));

        Assert.True(verdict.Passed);
        Assert.Empty(verdict.Failures);
    }

    [Fact]
    public void Errors_include_failed_and_dropped_consoles_and_malformed_pushes_and_lost_escalations_fail_separately()
    {
        var verdict = VerdictRules.Evaluate(new Expectations { MaxErrors = 1, MaxLostEscalations = 0 }, 1, Consoles(failed: 1, dropped: 1, malformed: 2), Escalations(expected: 40, missing: 2, gaps: 1));

        Assert.False(verdict.Passed);
        Assert.Equal(
            [
                "errors: 5 (intake 1, consoles failed 1, dropped 1, malformed pushes 2) > maxErrors 1",
                "lost escalations: 3 (sequence gaps 1, expected breaches missing 2 of 40) > maxLostEscalations 0",
            ],
            verdict.Failures);
    }

    [Fact]
    public void Expected_breaches_of_which_none_could_be_checked_fail()
    {
        var verdict = VerdictRules.Evaluate(new Expectations { Breaches = ["acknowledge"] }, 0, Consoles(), Escalations(expected: 0));

        Assert.Equal(["expected breaches: none could be checked (no case created, or none due before the end of the drain)"], verdict.Failures);
    }

    private static ConsoleResults Consoles(int failed = 0, int dropped = 0, long malformed = 0) =>
        new(20, 20 - failed, failed, dropped, 0, 1, LatencySummary.Empty, new Dictionary<string, long>(), 0, new Dictionary<string, long>(), 0, 0, malformed, 0, 0);

    private static EscalationResults Escalations(long expected, long missing = 0, long gaps = 0) =>
        new(expected - missing, expected, new Dictionary<string, long>(), expected, missing, gaps, missing + gaps, 0, 0, 0, 0, LatencySummary.Empty, [], []);
}
