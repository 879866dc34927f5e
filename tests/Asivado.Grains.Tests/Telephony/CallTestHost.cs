using System.Text.Json;
using Asivado.Domain.Serialization;
using Asivado.Grains.Agents;
using Asivado.Grains.Common;
using Asivado.Grains.Departments;
using Asivado.Grains.Organisation;
using Asivado.Grains.Telephony;
using Asivado.Grains.Tests.Support;
using NodaTime;
using Xunit;

namespace Asivado.Grains.Tests.Telephony;

/// <summary>The grains host with the test organisation (or another), plus the few steps call tests repeat.</summary>
internal sealed class CallTestHost : IAsyncDisposable
{
    public static readonly Actor Cti = new("cti", ActorRole.Integration);
    public static readonly Duration ThreeRings = Duration.FromSeconds(18);
    public static readonly Duration OneMinute = Duration.FromMinutes(1);
    public static readonly Duration OneTick = Duration.FromTicks(1);

    private CallTestHost(TestGrainHost host) => Host = host;

    public TestGrainHost Host { get; private set; }

    public Instant Now => Instant.FromDateTimeOffset(Host.Time.GetUtcNow());

    public static async Task<CallTestHost> StartAsync(IOrganisationDirectory? directory = null, Action<TestGrainHostOptions>? configure = null) =>
        new(await GrainsTestHost.StartAsync(directory, configure));

    public ICallGrain Call(string callId) => Host.GrainFactory.GetGrain<ICallGrain>(callId);

    public IAgentGrain Agent(string agentId) => Host.GrainFactory.GetGrain<IAgentGrain>(agentId);

    public IDepartmentGrain Department(string departmentId) => Host.GrainFactory.GetGrain<IDepartmentGrain>(departmentId);

    public async Task SetPresenceAsync(AgentPresence presence, params string[] agentIds)
    {
        foreach (var agentId in agentIds)
        {
            var result = await Agent(agentId).SetPresence(presence, new Actor(agentId, ActorRole.Agent));
            Assert.True(result.Succeeded, result.Error?.Message);
        }

        await Host.WhenIdleAsync();
    }

    public async Task<IReadOnlyList<ConsolePush>> PushesAsync(string agentId, string kind) =>
        [.. (await Agent(agentId).GetPushesAfter(0)).Where(p => p.Kind == kind)];

    public async Task<CallView> OfferAsync(string callId, string departmentId = "billing")
    {
        var result = await Call(callId).Offer(new CallOffer(departmentId, "+44 20 7946 0000"), Cti);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    public async Task<CallView> AnswerAsync(string callId, string agentId)
    {
        var result = await Call(callId).Answer(agentId, Cti);
        Assert.True(result.Succeeded, result.Error?.Message);
        await Host.WhenIdleAsync();
        return result.Value;
    }

    public async Task<CallView> ExpectAsync(Task<GrainResult<CallView>> call)
    {
        var result = await call;
        Assert.True(result.Succeeded, result.Error?.Message);
        await Host.WhenIdleAsync();
        return result.Value;
    }

    public Task AdvanceAsync(Duration duration) => Host.AdvanceAsync(duration.ToTimeSpan());

    /// <summary>Met and breached counts of a target in the department's report for today.</summary>
    public async Task<(int Met, int Breached)> ComplianceAsync(string departmentId, string targetId)
    {
        var today = Now.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
        var report = await Department(departmentId).GetCompliance(today, today);
        Assert.True(report.Succeeded, report.Error?.Message);
        var target = report.Value.Targets.SingleOrDefault(t => t.TargetId == targetId);
        return (target?.Met ?? 0, target?.Breached ?? 0);
    }

    public async Task RestartAsync() => Host = await Host.RestartAsync();

    public static string Json(CallView? view) => JsonSerializer.Serialize(view, DomainJson.Options);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
