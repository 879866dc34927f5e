using System.Net;
using Asivado.Gateway.Tests.Api.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Asivado.Gateway.Tests.Api.Hosting;

/// <summary>Reads of case ids nobody opened leave no activation behind (they used to stay for the two-minute collection age).</summary>
public sealed class UnknownCaseActivationTests
{
    private const int Reads = 300;
    private static readonly GrainType CaseGrainType = GrainType.Create("case");

    [Fact]
    public async Task Reading_cases_that_never_existed_keeps_no_activation()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var opened = await client.OpenEmailCaseAsync();
        var management = api.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);

        for (var i = 0; i < Reads; i++)
        {
            var id = $"C-NEVER-{i:D5}";
            using var read = await client.GetAsync($"/api/cases/{id}");
            using var history = await client.GetAsync($"/api/cases/{id}/history");
            using var acted = await client.PostJsonAsync($"/api/cases/{id}/pause", new { reason = "waiting" });
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, history.StatusCode, acted.StatusCode));
        }

        // Deactivation follows the answer; wait for it (bounded), not for the collection age.
        var active = await WhenAsync(() => management.GetActiveGrains(CaseGrainType).AsTask(), grains => grains.Count == 1);

        Assert.Equal([opened], active.Select(grain => grain.Key.ToString()));
    }

    private static async Task<T> WhenAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await read();
            if (done(value) || patience.IsCancellationRequested)
            {
                return value;
            }

            // Between two looks at the silo's catalog; the wait ends on the state asserted, not on this interval.
            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
        }
    }
}
