using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Departments;

/// <summary>GET /api/departments/{id}/forecast against the real grains (the clock starts Monday 08:00 UTC, before opening).</summary>
public sealed class ForecastApiTests
{
    [Fact]
    public async Task The_forecast_shows_each_case_with_its_expected_start_finish_and_why_and_follows_staffing()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var first = await client.OpenEmailCaseAsync();
        var second = await client.OpenEmailCaseAsync();

        var closed = await client.GetJsonAsync("/api/departments/billing/forecast");
        await api.AdvanceAsync(TimeSpan.FromHours(1));
        var unstaffed = await client.GetJsonAsync("/api/departments/billing/forecast");
        await client.PutJsonAsync("/api/agents/alice/presence", new { presence = "Available" }).ExpectAsync(HttpStatusCode.OK);
        await api.WhenIdleAsync();
        var staffed = await client.GetJsonAsync("/api/departments/billing/forecast");

        // Before opening nobody is on: nothing is predicted yet.
        Assert.Equal(("billing", 2, 0), (closed["departmentId"].Text(), closed["forecastCases"]!.GetValue<int>(), closed["predictedBreaches"]!.GetValue<int>()));
        Assert.Contains("closed", closed["cases"]![0]!["why"].Text(), StringComparison.Ordinal);

        // Open, and still nobody available: both e-mails will miss their two-hour reply.
        var waiting = unstaffed["cases"]!.AsArray();
        // Same deadline, same arrival: the queue's order falls back to the case id.
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), waiting.Select(c => c!["caseId"].Text()));
        Assert.Equal(["reply-written", "reply-written"], waiting.Select(c => c!["targetId"].Text()));
        Assert.Equal(["2026-01-05T11:00:00Z", "2026-01-05T11:00:00Z"], waiting.Select(c => c!["dueAt"].Text()));
        Assert.Equal([1, 2], waiting.Select(c => c!["position"]!.GetValue<int>()));
        Assert.All(waiting, c => Assert.Null(c!["expectedStart"]));
        Assert.All(waiting, c => Assert.True(c!["willBreach"]!.GetValue<bool>()));
        Assert.Equal(["0 cases ahead, no agent available", "1 case ahead, no agent available"], waiting.Select(c => c!["why"].Text()));
        Assert.Equal((0, 2), (unstaffed["availableAgents"]!.GetValue<int>(), unstaffed["predictedBreaches"]!.GetValue<int>()));

        // alice takes both at 09:00 and is expected to finish each in the default half hour.
        Assert.Equal(("0:00:30:00", "default handling 30 min (0 handled cases, fewer than 5)"), (staffed["handlingTime"].Text(), staffed["handlingBasis"].Text()));
        Assert.Equal((1, 1, 0), (staffed["availableAgents"]!.GetValue<int>(), staffed["freeSlots"]!.GetValue<int>(), staffed["predictedBreaches"]!.GetValue<int>()));
        var taken = staffed["cases"]!.AsArray();
        Assert.All(taken, c => Assert.Equal(("alice", "2026-01-05T09:00:00Z", "2026-01-05T09:30:00Z", false), (c!["assigneeId"].Text(), c["expectedStart"].Text(), c["expectedFinish"].Text(), c["willBreach"]!.GetValue<bool>())));
        Assert.All(taken, c => Assert.Null(c!["position"]));
        Assert.Equal("with its agent, default handling 30 min (0 handled cases, fewer than 5); finishes 1 h 30 min before it is due", taken[0]!["why"].Text());
    }

    [Fact]
    public async Task The_limit_cuts_the_list_but_not_the_counts()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        await client.OpenEmailCaseAsync();
        await client.OpenEmailCaseAsync();

        var forecast = await client.GetJsonAsync("/api/departments/billing/forecast?limit=1");

        Assert.Equal((2, 1), (forecast["forecastCases"]!.GetValue<int>(), forecast["cases"]!.AsArray().Count));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("ten")]
    [InlineData("-1")]
    [InlineData("")]
    public async Task A_bad_limit_is_a_validation_problem_naming_it(string limit)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var errors = await client.GetAsync($"/api/departments/billing/forecast?limit={limit}").ExpectValidationProblemAsync("limit");

        Assert.Equal(["must be a whole number from 1 to 1000"], errors["limit"]!.AsArray().Select(m => m.Text()));
    }
}
