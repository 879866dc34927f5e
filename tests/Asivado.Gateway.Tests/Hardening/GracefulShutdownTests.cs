using System.Net;
using Asivado.Gateway.Tests.Api.Support;
using Asivado.Gateway.Tests.Hardening.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Tests.Hardening;

public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task A_change_made_before_stop_is_seen_by_a_host_restarted_on_the_same_storage()
    {
        var stores = new SharedGrainStores();
        string caseId;
        await using (var first = new HardeningFactory().WithStores(stores))
        {
            using var client = first.CreateClientFor("integration-crm");
            caseId = await client.OpenEmailCaseAsync();
            await client.ActAsync(caseId, "assign", new { agentId = "alice" });
            await first.StopHostAsync();
        }

        await using var second = new HardeningFactory().WithStores(stores);
        using var again = second.CreateClientFor("integration-crm");
        var view = await again.GetJsonAsync($"/api/cases/{caseId}");
        var agent = await again.GetJsonAsync("/api/agents/alice");

        Assert.Equal("alice", view["assigneeId"].Text());
        Assert.Contains(agent["assignments"]!.AsArray(), assignment => assignment!["workId"].Text() == caseId);
    }

    [Theory]
    [InlineData(null, 30)]
    [InlineData("00:00:05", 5)]
    public async Task The_shutdown_timeout_is_configurable(string? configured, int expectedSeconds)
    {
        await using var factory = new HardeningFactory().WithSetting("Hosting:ShutdownTimeout", configured);
        using var client = factory.CreateClient();

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }
}
