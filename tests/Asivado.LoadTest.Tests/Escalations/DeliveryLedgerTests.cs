using Asivado.LoadTest.Escalations;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Run;

namespace Asivado.LoadTest.Tests.Escalations;

public sealed class DeliveryLedgerTests
{
    private static readonly DateTimeOffset Due = new(2026, 11, 22, 10, 0, 5, TimeSpan.Zero);
    private static readonly LoadPerson Lead0 = new("d1-lead-1", "d1-lead-1", "d1", 0, LoadPerson.LeadRole, 2, 0);
    private static readonly LoadPerson Lead1 = Lead0 with { Id = "d1-lead-2", LeadIndex = 1 };
    private static readonly LoadPerson Agent = new("d1-agent-1", "d1-agent-1", "d1", 0, LoadPerson.AgentRole, 3);

    [Fact]
    public void Every_expected_breach_must_reach_every_lead_console_of_the_department()
    {
        var ledger = new DeliveryLedger(["acknowledge"], leadsPerDepartment: 2);
        ledger.RegisterCase(Case("c1"), 0);
        ledger.RegisterCase(Case("c2"), 0);
        ledger.RegisterCase(Case("c3"), 0);
        ledger.RecordBreach(Lead0, "c1", "acknowledge");
        ledger.RecordBreach(Lead1, "c1", "acknowledge");
        ledger.RecordBreach(Lead1, "c2", "acknowledge");

        var outcome = ledger.Evaluate(Due, (_, _) => true);

        Assert.Equal(new DeliveryOutcome(Expected: 6, Missing: 3, CasesNeverEscalated: 1, NotDueInTime: 0, UnregisteredCases: 0), outcome);
    }

    [Fact]
    public void A_breach_that_arrives_before_its_case_is_registered_counts()
    {
        var ledger = new DeliveryLedger(["acknowledge"], leadsPerDepartment: 1);

        ledger.RecordBreach(Lead0, "c1", "acknowledge");
        ledger.RegisterCase(Case("c1"), 0);

        Assert.Equal(new DeliveryOutcome(1, 0, 0, 0, 0), ledger.Evaluate(Due, (_, _) => true));
    }

    [Fact]
    public void Breaches_due_too_late_leads_without_a_console_and_other_recipients_and_targets_are_not_counted()
    {
        var ledger = new DeliveryLedger(["acknowledge"], leadsPerDepartment: 2);
        ledger.RegisterCase(Case("early"), 0);
        ledger.RegisterCase(Case("late", Due.AddSeconds(1)), 0);
        ledger.RegisterCase(new CreatedCase("no-deadline", "d1", new Dictionary<string, DateTimeOffset>()), 0);
        ledger.RecordBreach(Agent, "early", "acknowledge");
        ledger.RecordBreach(Lead0, "early", "refer");
        ledger.RecordBreach(Lead0, "someone-elses", "acknowledge");

        var outcome = ledger.Evaluate(Due, (_, lead) => lead == 0);

        Assert.Equal(new DeliveryOutcome(Expected: 1, Missing: 1, CasesNeverEscalated: 1, NotDueInTime: 1, UnregisteredCases: 1), outcome);
    }

    [Fact]
    public void Several_expected_targets_are_tracked_apart()
    {
        var ledger = new DeliveryLedger(["acknowledge", "refer"], leadsPerDepartment: 1);
        ledger.RegisterCase(new CreatedCase("c1", "d1", new Dictionary<string, DateTimeOffset> { ["acknowledge"] = Due, ["refer"] = Due }), 0);
        ledger.RecordBreach(Lead0, "c1", "refer");

        Assert.Equal(new DeliveryOutcome(2, 1, 0, 0, 0), ledger.Evaluate(Due, (_, _) => true));
    }

    [Fact]
    public void Without_expected_breaches_nothing_is_kept()
    {
        var ledger = new DeliveryLedger([], leadsPerDepartment: 1);
        ledger.RegisterCase(Case("c1"), 0);
        ledger.RecordBreach(Lead0, "c1", "acknowledge");

        Assert.False(ledger.IsTracking);
        Assert.Equal(new DeliveryOutcome(0, 0, 0, 0, 0), ledger.Evaluate(Due, (_, _) => true));
    }

    private static CreatedCase Case(string id, DateTimeOffset? due = null) =>
        new(id, "d1", new Dictionary<string, DateTimeOffset> { ["acknowledge"] = due ?? Due, ["respond"] = Due.AddDays(7) });
}
