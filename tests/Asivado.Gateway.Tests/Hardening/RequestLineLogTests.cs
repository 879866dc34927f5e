using System.Net;
using Asivado.Gateway.Authentication;
using Asivado.Gateway.Hardening;
using Asivado.Gateway.Tests.Hardening.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Gateway.Tests.Hardening;

/// <summary>The hub's ?access_token= (whose claims hold the person's name) never reaches the logs, even with everything at Trace.</summary>
public sealed class RequestLineLogTests
{
    [Fact]
    public async Task A_token_in_the_query_string_is_not_logged_when_the_configuration_asks_for_trace()
    {
        var logs = new CapturedLogs();
        await using var factory = new HardeningFactory().WithLogs(logs, everyCategory: false);
        using var client = factory.CreateClient();
        var token = factory.Services.GetRequiredService<TokenService>().Issue("alice", "Alice Adams", GatewayRoles.Agent, "billing").AccessToken;

        using var negotiate = await client.PostAsync($"/hubs/console/negotiate?negotiateVersion=1&access_token={token}", null);

        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
        var entries = logs.Entries.ToArray();
        Assert.Contains(entries, entry => entry.StartsWith("Debug Microsoft.AspNetCore.Routing", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, entry => entry.Contains(token[..40], StringComparison.Ordinal) || entry.Contains("Alice Adams", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, entry => entry.Contains(RequestLineLogging.Category, StringComparison.Ordinal));
    }
}
