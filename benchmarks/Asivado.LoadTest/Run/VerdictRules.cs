using Asivado.LoadTest.Reports;
using Asivado.LoadTest.Scenarios;

namespace Asivado.LoadTest.Run;

/// <summary>
/// Pass or fail against the scenario's expectations: errors (intake errors, warm-up included; consoles that failed to
/// connect or dropped; malformed pushes) and lost escalations (sequence gaps plus expected breaches that never
/// reached their lead console). Never speed.
/// </summary>
public static class VerdictRules
{
    public static Verdict Evaluate(Expectations expectations, long intakeErrors, ConsoleResults consoles, EscalationResults escalations)
    {
        ArgumentNullException.ThrowIfNull(expectations);
        ArgumentNullException.ThrowIfNull(consoles);
        ArgumentNullException.ThrowIfNull(escalations);
        var failures = new List<string>();
        var errors = intakeErrors + consoles.Failed + consoles.Disconnected + consoles.Malformed;
        if (errors > expectations.MaxErrors)
        {
            failures.Add($"errors: {errors} (intake {intakeErrors}, consoles failed {consoles.Failed}, dropped {consoles.Disconnected}, malformed pushes {consoles.Malformed}) > maxErrors {expectations.MaxErrors}");
        }

        if (escalations.Lost > expectations.MaxLostEscalations)
        {
            failures.Add($"lost escalations: {escalations.Lost} (sequence gaps {escalations.SequenceGaps}, expected breaches missing {escalations.MissingDeliveries} of {escalations.ExpectedDeliveries}) > maxLostEscalations {expectations.MaxLostEscalations}");
        }

        if (expectations.Breaches.Count > 0 && escalations.ExpectedDeliveries == 0)
        {
            failures.Add("expected breaches: none could be checked (no case created, or none due before the end of the drain)");
        }

        return new Verdict(failures.Count == 0, failures);
    }
}
