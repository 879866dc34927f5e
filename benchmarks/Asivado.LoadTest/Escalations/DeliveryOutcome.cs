namespace Asivado.LoadTest.Escalations;

/// <summary>What the <see cref="DeliveryLedger"/> found at the end of the drain.</summary>
/// <param name="Expected">Expected deliveries checked (case × target × lead console).</param>
/// <param name="Missing">Of those, never received.</param>
/// <param name="CasesNeverEscalated">Checked cases of which no lead console received any expected breach.</param>
/// <param name="NotDueInTime">Expected breaches (case × target) due too late to check.</param>
/// <param name="UnregisteredCases">Cases escalated that this run did not see created (a timed-out intake the host completed, or an earlier run's).</param>
public sealed record DeliveryOutcome(long Expected, long Missing, long CasesNeverEscalated, long NotDueInTime, long UnregisteredCases);
