using Asivado.Domain.Escalation;
using Asivado.Grains.Tests.Support;
using Asivado.Orleans.Deadlines;
using static Asivado.Grains.Tests.Cases.CaseTestKit;

namespace Asivado.Grains.Tests.Cases;

/// <summary>
/// A deadline delivered again (its silo was lost after the case stored the step and before the pushes went out)
/// sends that step's escalations again; an agent who had them gets nothing twice.
/// </summary>
public sealed class CaseEscalationRedeliveryTests
{
    private const string CaseId = "C-260105-TEST000001";

    [Fact]
    public async Task A_step_whose_push_was_lost_goes_out_when_its_deadline_is_delivered_again()
    {
        var escalationLost = 1;
        await using var host = await GrainsTestHost.StartAsync(configure: options => options.ConfigureSilo = silo =>
            silo.AddOutgoingGrainCallFilter(async call =>
            {
                if (call.InterfaceMethod?.Name == "Escalate" && Interlocked.Exchange(ref escalationLost, 0) == 1)
                {
                    throw new InvalidOperationException("The agent's silo was lost with the call.");
                }

                await call.Invoke();
            }));
        await CaseEscalationTests.OpenWithOnlyRespondRunningAsync(host);
        var firstStep = (await host.DeadlineRowsAsync(CaseId))["sla:respond"];
        await host.AdvanceToAsync(Jan(8, 13));
        Assert.Empty(await host.EscalationsAsync("alice", CaseId, "respond"));

        await host.Case(CaseId).ReceiveDeadline(new DeadlineFiring("sla:respond", firstStep.ToDateTimeOffset(), Jan(8, 13, 0, 5).ToDateTimeOffset()));
        await host.Case(CaseId).ReceiveDeadline(new DeadlineFiring("sla:respond", firstStep.ToDateTimeOffset(), Jan(8, 13, 0, 9).ToDateTimeOffset()));

        var alice = Assert.Single(await host.EscalationsAsync("alice", CaseId, "respond"));
        Assert.Equal((EscalationLevel.Warning, 50, Jan(8, 13)), (alice.Level!.Value, alice.PercentOfBudget!.Value, alice.At));
        Assert.Single(await host.HistoryAsync(CaseId), h => h.Action == "escalation");
    }

    [Fact]
    public async Task A_step_that_did_not_reach_its_recipient_fails_the_firing_and_the_deadline_service_sends_it_again()
    {
        var escalationFails = 1;
        await using var host = await GrainsTestHost.StartAsync(configure: options => options.ConfigureSilo = silo =>
            silo.AddOutgoingGrainCallFilter(async call =>
            {
                if (call.InterfaceMethod?.Name == "Escalate" && Interlocked.Exchange(ref escalationFails, 0) == 1)
                {
                    throw new TimeoutException("The agent grain did not answer in time.");
                }

                await call.Invoke();
            }));
        await CaseEscalationTests.OpenWithOnlyRespondRunningAsync(host);
        var firstStep = (await host.DeadlineRowsAsync(CaseId))["sla:respond"];
        await host.AdvanceToAsync(Jan(8, 13));
        Assert.Empty(await host.EscalationsAsync("alice", CaseId, "respond"));
        Assert.Equal(firstStep, (await host.DeadlineRowsAsync(CaseId))["sla:respond"]);

        // The service's first retry comes a second later.
        await host.AdvanceAsync(TimeSpan.FromSeconds(2));

        var alice = Assert.Single(await host.EscalationsAsync("alice", CaseId, "respond"));
        Assert.Equal((EscalationLevel.Warning, 50), (alice.Level!.Value, alice.PercentOfBudget!.Value));
        Assert.Single(await host.HistoryAsync(CaseId), h => h.Action == "escalation");
        Assert.True((await host.DeadlineRowsAsync(CaseId))["sla:respond"] > firstStep, "The deadline did not move on to its next step.");
    }
}
