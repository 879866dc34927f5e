using Asivado.Domain.Acknowledgements;
using Asivado.Domain.Cases;
using Asivado.Grains.Agents;
using Asivado.Grains.Cases;
using Asivado.Grains.Common;
using Asivado.Grains.Organisation.Demo;
using Asivado.Grains.Tests.Telephony;
using NodaTime;
using Xunit;
using static Asivado.Grains.Tests.Telephony.CallTestHost;

namespace Asivado.Grains.Tests.Organisation;

/// <summary>
/// Who takes a department's work, by role (<see cref="Grains.Organisation.CaseWorkers"/>), on the demo organisation,
/// whose departments list every person of the department, its manager maria and admin ines included: agents and leads
/// get call alerts, automatic assignments and cases; managers and admins, whatever presence they set, get none.
/// </summary>
public sealed class CaseWorkersByRoleTests
{
    private static readonly Actor Admin = new("ines", ActorRole.Admin);

    [Fact]
    public async Task A_waiting_call_alerts_available_agents_and_leads_but_not_an_available_manager_or_admin()
    {
        await using var t = await StartAsync(DemoOrganisation.Load());
        await t.SetPresenceAsync(AgentPresence.Available, "ada", "maria", "ines");
        await t.OfferAsync("c1", "customer-care");

        await t.AdvanceAsync(ThreeRings);

        Assert.Single(await t.PushesAsync("ada", ConsolePushKind.CallWaiting));
        Assert.Single(await t.PushesAsync("lena", ConsolePushKind.CallWaiting));
        Assert.Empty(await t.PushesAsync("maria", ConsolePushKind.CallWaiting));
        Assert.Empty(await t.PushesAsync("ines", ConsolePushKind.CallWaiting));
    }

    [Fact]
    public void The_queue_is_watched_by_the_departments_agents_and_leads_not_its_manager_or_admin()
    {
        var directory = DemoOrganisation.Load();
        var department = directory.FindDepartment("customer-care")!;
        Assert.Contains("maria", department.MemberIds);
        Assert.Contains("ines", department.MemberIds);

        var watchers = Grains.Organisation.CaseWorkers.QueueWatchers(department, directory.FindPerson).ToList();

        Assert.Contains("ada", watchers);
        Assert.Contains("lena", watchers);
        Assert.DoesNotContain("maria", watchers);
        Assert.DoesNotContain("ines", watchers);
        Assert.Equal(watchers.Distinct().Count(), watchers.Count);
    }

    [Fact]
    public async Task A_manager_or_admin_of_the_department_may_not_take_its_ringing_call()
    {
        await using var t = await StartAsync(DemoOrganisation.Load());
        await t.OfferAsync("c1", "customer-care");

        foreach (var by in new[] { new Actor("maria", ActorRole.Manager), Admin })
        {
            Assert.Equal(GrainErrorKind.Forbidden, (await t.Call("c1").Take(by)).Error!.Kind);
        }

        Assert.Equal(Asivado.Grains.Telephony.CallStatus.Ringing, (await t.Call("c1").Get())!.Status);
        Assert.Equal("lena", (await t.ExpectAsync(t.Call("c1").Take(new Actor("lena", ActorRole.Lead, "customer-care")))).AgentId);
    }

    [Fact]
    public async Task An_available_manager_is_not_given_queued_cases_an_agent_is()
    {
        await using var t = await StartAsync(DemoOrganisation.Load());
        await t.SetPresenceAsync(AgentPresence.Available, "maria");

        var queued = await OpenAsync(t, "case-1");
        await t.SetPresenceAsync(AgentPresence.Available, "ada");
        var assigned = (await t.Host.GrainFactory.GetGrain<ICaseGrain>("case-1").Get())!;

        Assert.Null(queued.AssigneeId);
        Assert.Equal("ada", assigned.AssigneeId);
    }

    [Theory]
    [InlineData("maria", "'maria' is a manager: managers and admins supervise and own no case.")]
    [InlineData("ines", "'ines' is an admin: managers and admins supervise and own no case.")]
    public async Task A_lead_cannot_reassign_a_case_to_a_manager_or_admin_and_the_case_keeps_its_owner(string to, string message)
    {
        await using var t = await StartAsync(DemoOrganisation.Load());
        await OpenAsync(t, "case-1");
        var grain = t.Host.GrainFactory.GetGrain<ICaseGrain>("case-1");
        Assert.True((await grain.Execute(new AssignCase(t.Now, "ada"), Admin)).Succeeded);

        var refused = await grain.Execute(new ReassignCase(t.Now, to), new Actor("lena", ActorRole.Lead, "customer-care"));
        var reassigned = await grain.Execute(new ReassignCase(t.Now, "ben"), new Actor("lena", ActorRole.Lead, "customer-care"));

        Assert.Equal((GrainErrorKind.InvalidArgument, "agentId", message), (refused.Error!.Kind, refused.Error.Field, refused.Error.Message));
        Assert.Equal("ben", reassigned.Value!.AssigneeId);
    }

    private static async Task<CaseView> OpenAsync(CallTestHost t, string caseId)
    {
        var intake = new CaseIntake(
            Channel.Email,
            CaseKind.Question,
            "customer-care",
            new CustomerDetails("Test Customer", new ContactDetails(Email: "customer@example.org")),
            "Invoice question",
            "The customer asks about an invoice.");
        var result = await t.Host.GrainFactory.GetGrain<ICaseGrain>(caseId).Open(intake, new Actor("mail-integration", ActorRole.Integration));
        Assert.True(result.Succeeded, result.Error?.Message);
        await t.Host.WhenIdleAsync();
        return result.Value;
    }
}
