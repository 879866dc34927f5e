using Asivado.LoadTest.Consoles;
using Asivado.LoadTest.Escalations;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Run;

namespace Asivado.LoadTest.Tests.Escalations;

public sealed class EscalationTrackerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly LoadPerson Lead = new("d1-lead-1", "d1-lead-1", "d1", 0, LoadPerson.LeadRole, 2, 0);

    [Fact]
    public void Lateness_is_arrival_minus_the_steps_due_instant_by_arrival_time()
    {
        var ledger = new DeliveryLedger(["acknowledge"], 1);
        var tracker = new EscalationTracker(Start, ledger);

        tracker.OnPush(Lead, Escalation("c1", "Breach", due: Start.AddSeconds(9.75)), Start.AddSeconds(10));
        tracker.OnPush(Lead, Escalation("c2", "Warning", due: Start.AddSeconds(20), stepDue: Start.AddSeconds(10.5)), Start.AddSeconds(11));
        tracker.OnPush(Lead, Escalation("c2", "Warning", due: Start.AddSeconds(20)), Start.AddSeconds(12));
        tracker.OnPush(Lead, new ConsolePushMessage(9, "queue-changed", "c3", null, null, null, null), Start.AddSeconds(12));

        Assert.Equal(3, tracker.Received);
        Assert.Equal(2, tracker.CasesEscalated);
        Assert.Equal(1, tracker.WithoutDueInstant);
        Assert.Equal(2, tracker.Lateness.Overall.TotalCount);
        Assert.Equal(500_000, tracker.Lateness.Overall.Max);
        Assert.Equal(250_000, tracker.Lateness.Overall.Min);
        Assert.Equal(3, tracker.PushesByKind["escalation"]);
        Assert.Equal(1, tracker.PushesByKind["queue-changed"]);
        Assert.Equal(2, tracker.ByLevel["Warning"]);
        Assert.Equal([10, 11], tracker.Lateness.Complete(TimeSpan.FromSeconds(12)).Where(interval => interval.Count > 0).Select(interval => interval.Index));
    }

    [Fact]
    public void Breaches_go_to_the_ledger_and_early_arrivals_are_counted()
    {
        var ledger = new DeliveryLedger(["acknowledge"], 1);
        var tracker = new EscalationTracker(Start, ledger);
        ledger.RegisterCase(new CreatedCase("c1", "d1", new Dictionary<string, DateTimeOffset> { ["acknowledge"] = Start.AddSeconds(5) }), 0);

        tracker.OnPush(Lead, Escalation("c1", "Breach", due: Start.AddSeconds(5)), Start.AddSeconds(4));

        Assert.Equal(1, tracker.Early);
        Assert.Equal(new DeliveryOutcome(1, 0, 0, 0, 0), ledger.Evaluate(Start.AddSeconds(5), (_, _) => true));
    }

    private static ConsolePushMessage Escalation(string caseId, string level, DateTimeOffset due, DateTimeOffset? stepDue = null) =>
        new(1, WireContract.EscalationKind, caseId, "acknowledge", level, due, stepDue);
}
