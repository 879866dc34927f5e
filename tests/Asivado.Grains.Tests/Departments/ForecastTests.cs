using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Tests.Agents;
using Asivado.Grains.Tests.Support;
using NodaTime;
using static Asivado.Grains.Tests.Departments.Entries;

namespace Asivado.Grains.Tests.Departments;

/// <summary>
/// The department's breach forecast and its at-risk warnings. The host starts Monday 08:00 UTC, an hour before the
/// London calendar opens; each test opens at 09:00. Nobody has handled a case yet, so each case is expected to take the
/// default 30 minutes; alice (capacity 3) is the only agent available unless a test says otherwise.
/// </summary>
public sealed class ForecastTests
{
    private static readonly Instant Opening = Start.Plus(Duration.FromHours(1));

    private static QueueEntry Due(string caseId, int dueInMinutes, int warnInMinutes) =>
        Queued(caseId, Opening.Plus(Duration.FromMinutes(dueInMinutes))) with
        {
            NextTargetId = "reply-written",
            NextWarningAt = Opening.Plus(Duration.FromMinutes(warnInMinutes)),
        };

    private static async Task<(TestGrainHost Host, IDepartmentGrain Billing, RecordingConsole Lena, RecordingConsole Alice)> OpenAsync(bool aliceAvailable = true)
    {
        var host = await GrainsTestHost.StartAsync();
        await host.AdvanceAsync(TimeSpan.FromHours(1));
        var lena = new RecordingConsole();
        var alice = new RecordingConsole();
        await host.GrainFactory.GetGrain<IAgentGrain>("lena").Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(lena));
        await host.GrainFactory.GetGrain<IAgentGrain>("alice").Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(alice));
        if (aliceAvailable)
        {
            Assert.True((await host.GrainFactory.GetGrain<IAgentGrain>("alice").SetPresence(AgentPresence.Available, People.Alice)).Succeeded);
        }

        return (host, host.GrainFactory.GetGrain<IDepartmentGrain>("billing"), lena, alice);
    }

    private static List<string?> AtRisk(IEnumerable<ConsolePush> pushes) => [.. pushes.Where(p => p.Kind == ConsolePushKind.AtRisk).Select(p => p.CaseId)];

    [Fact]
    public async Task A_lead_is_warned_once_per_case_when_the_queue_exceeds_what_the_agents_can_do_in_time()
    {
        var (host, billing, lena, alice) = await OpenAsync();
        await using var _ = host;

        // Due in an hour: alice does three at a time in half an hour each, so C-7 and C-8 would finish at 10:30.
        for (var i = 1; i <= 8; i++)
        {
            await billing.TrackCase(Due($"C-{i}", 60, 30));
        }

        // One forecast 5 seconds after the first change covers alice and the eight cases.
        await host.AdvanceAsync(DepartmentGrain.ForecastInterval);
        await lena.WaitForKindAsync(ConsolePushKind.AtRisk, 2);

        // Later forecasts (another case, a presence report) still see C-7 and C-8 breach, but warn of C-9 only.
        await billing.TrackCase(Due("C-9", 75, 40));
        await host.AdvanceAsync(DepartmentGrain.ForecastInterval);
        await host.GrainFactory.GetGrain<IAgentGrain>("bob").SetPresence(AgentPresence.Away, People.Bob);
        await host.AdvanceAsync(DepartmentGrain.ForecastInterval);
        await lena.WaitForKindAsync(ConsolePushKind.AtRisk, 3);

        Assert.Equal(["C-7", "C-8", "C-9"], AtRisk(lena.Pushes));
        var first = lena.Pushes.First(p => p.Kind == ConsolePushKind.AtRisk);
        Assert.Equal(("billing", "reply-written", Opening.Plus(Duration.FromHours(1))), (first.DepartmentId, first.TargetId, first.DueAt));
        Assert.Equal(
            "At risk: 3 cases ahead, 1 agent available (0 free now), default handling 30 min (0 handled cases, fewer than 5); finishes 30 min after it is due",
            first.Text);
        // Persisted in the lead's feed (with a sequence), and sent to nobody else.
        Assert.Equal(["C-7", "C-8", "C-9"], AtRisk(await host.GrainFactory.GetGrain<IAgentGrain>("lena").GetPushesAfter(0)));
        Assert.Empty(AtRisk(alice.Pushes));
    }

    [Fact]
    public async Task The_warnings_sent_are_remembered_across_a_restart()
    {
        var (host, billing, lena, _) = await OpenAsync();
        try
        {
            for (var i = 1; i <= 8; i++)
            {
                await billing.TrackCase(Due($"C-{i}", 60, 30));
            }

            await host.AdvanceAsync(DepartmentGrain.ForecastInterval);
            await lena.WaitForKindAsync(ConsolePushKind.AtRisk, 2);

            host = await host.RestartAsync();
            var again = new RecordingConsole();
            await host.GrainFactory.GetGrain<IAgentGrain>("lena").Subscribe(host.GrainFactory.CreateObjectReference<IAgentConsoleObserver>(again));
            await host.GrainFactory.GetGrain<IDepartmentGrain>("billing").TrackCase(Due("C-9", 75, 40));
            await host.AdvanceAsync(DepartmentGrain.ForecastInterval);
            await again.WaitForKindAsync(ConsolePushKind.AtRisk);

            Assert.Equal(["C-9"], AtRisk(again.Pushes));
            Assert.Equal(["C-7", "C-8", "C-9"], AtRisk(await host.GrainFactory.GetGrain<IAgentGrain>("lena").GetPushesAfter(0)));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task No_warning_while_staffing_suffices_nor_once_the_first_escalation_step_is_past()
    {
        var (host, billing, lena, _) = await OpenAsync();
        await using var __ = host;
        await billing.TrackCase(Due("C-1", 60, 30));
        await billing.TrackCase(Due("C-2", 60, 30));
        await host.AdvanceAsync(DepartmentGrain.ForecastInterval);

        // C-3 and C-4 cannot be done in 10 minutes (alice has one slot left: 09:00 to 09:30, then 09:30 to 10:00);
        // C-3's first step is already due, so only C-4 is worth a warning.
        await billing.TrackCase(Due("C-3", 10, 0));
        await billing.TrackCase(Due("C-4", 11, 5));
        await host.AdvanceAsync(DepartmentGrain.ForecastInterval);
        await lena.WaitForKindAsync(ConsolePushKind.AtRisk);

        Assert.Equal(["C-4"], AtRisk(lena.Pushes));
        var forecast = (await billing.GetForecast(10)).Value!;
        Assert.Equal(["C-1", "C-2", "C-3", "C-4"], forecast.Cases.Select(c => c.CaseId).Order());
        Assert.Equal(["C-3", "C-4"], forecast.Cases.Where(c => c.WillBreach).Select(c => c.CaseId));
        Assert.Equal(2, forecast.PredictedBreaches);
    }

    [Fact]
    public async Task The_forecast_follows_a_presence_change()
    {
        var (host, billing, _, _) = await OpenAsync(aliceAvailable: false);
        await using var __ = host;
        await billing.TrackCase(Due("C-1", 60, 30));

        var unstaffed = (await billing.GetForecast(10)).Value!;
        Assert.Equal((0, 1, 1), (unstaffed.AvailableAgents, unstaffed.ForecastCases, unstaffed.PredictedBreaches));
        Assert.Equal((null, null, true, "0 cases ahead, no agent available"), (unstaffed.Cases[0].ExpectedStart, unstaffed.Cases[0].ExpectedFinish, unstaffed.Cases[0].WillBreach, unstaffed.Cases[0].Why));

        Assert.True((await host.GrainFactory.GetGrain<IAgentGrain>("alice").SetPresence(AgentPresence.Available, People.Alice)).Succeeded);
        await host.WhenIdleAsync();

        var staffed = (await billing.GetForecast(10)).Value!;
        var only = Assert.Single(staffed.Cases);
        Assert.Equal(("alice", Opening, Opening.Plus(Duration.FromMinutes(30)), false), (only.AssigneeId, only.ExpectedStart, only.ExpectedFinish, only.WillBreach));
        Assert.Equal((1, 0), (staffed.AvailableAgents, staffed.PredictedBreaches));
    }

    [Fact]
    public async Task Handling_time_is_measured_from_assignment_to_response_in_business_time()
    {
        var (host, billing, _, _) = await OpenAsync();
        await using var __ = host;
        await host.GrainFactory.GetGrain<IAgentGrain>("bob").SetPresence(AgentPresence.Available, People.Bob);
        var assigned = new List<QueueEntry>();
        for (var i = 1; i <= 5; i++)
        {
            var result = await billing.TrackCase(Due($"C-{i}", 120, 60));
            assigned.Add(Due($"C-{i}", 120, 60) with { AssigneeId = result.Value!.AgentId });
        }

        await host.AdvanceAsync(TimeSpan.FromMinutes(12));
        foreach (var entry in assigned.Take(4))
        {
            await billing.TrackCase(entry with { Status = CaseStatus.Responded });
        }

        await host.AdvanceAsync(TimeSpan.FromMinutes(8));
        await billing.UntrackCase("C-5");

        var forecast = (await billing.GetForecast(10)).Value!;
        Assert.Equal((Duration.FromMinutes(12), 5, "median handling 12 min (5 handled cases)"), (forecast.HandlingTime, forecast.HandledCasesMeasured, forecast.HandlingBasis));
        // Responded cases wait on the customer, not on an agent: nothing is left to forecast.
        Assert.Equal(0, forecast.ForecastCases);
    }

    [Fact]
    public async Task An_unknown_department_is_not_found_and_a_limit_out_of_range_names_the_field()
    {
        await using var host = await GrainsTestHost.StartAsync();

        var unknown = await host.GrainFactory.GetGrain<IDepartmentGrain>("nowhere").GetForecast(10);
        var zero = await host.GrainFactory.GetGrain<IDepartmentGrain>("billing").GetForecast(0);

        Assert.Equal(GrainErrorKind.NotFound, unknown.Error!.Kind);
        Assert.Equal((GrainErrorKind.InvalidArgument, "limit"), (zero.Error!.Kind, zero.Error.Field));
    }
}
