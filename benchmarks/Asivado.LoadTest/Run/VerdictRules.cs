using Asivado.LoadTest.Reports;
using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Run;

/// <summary>Pass or fail against the scenario's expectations: errors (intake errors plus consoles that failed or dropped) and lost escalations. Never speed.</summary>
public static class VerdictRules
{
    public static Verdict Evaluate(Expectations expectations, long intakeErrors, ConsoleResults consoles, long lostEscalations)
    {
        var failures = new List<string>();
        var errors = intakeErrors + consoles.Failed + consoles.Disconnected;
        if (errors > expectations.MaxErrors)
        {
            failures.Add($"errors: {errors} (intake {intakeErrors}, consoles failed {consoles.Failed}, dropped {consoles.Disconnected}) > maxErrors {expectations.MaxErrors}");
        }

        if (lostEscalations > expectations.MaxLostEscalations)
        {
            failures.Add($"lost escalations: {lostEscalations} > maxLostEscalations {expectations.MaxLostEscalations}");
        }

        return new Verdict(failures.Count == 0, failures);
    }
}
