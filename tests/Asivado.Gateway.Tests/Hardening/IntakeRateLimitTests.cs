using System.Net;
using Asivado.Gateway.Tests.Api.Support;
using Asivado.Gateway.Tests.Hardening.Support;

namespace Asivado.Gateway.Tests.Hardening;

/// <summary>A bucket of 2 refilled once an hour: nothing refills while the test runs, whatever the machine's speed.</summary>
public sealed class IntakeRateLimitTests
{
    private static HardeningFactory TinyLimit() => new HardeningFactory()
        .WithSetting("RateLimits:Intake:PermitsPerSecond", "1")
        .WithSetting("RateLimits:Intake:Burst", "2")
        .WithSetting("RateLimits:Intake:ReplenishmentPeriod", "01:00:00");

    [Fact]
    public async Task Intake_over_the_limit_is_429_problem_details_with_retry_after()
    {
        await using var factory = TinyLimit();
        using var client = factory.CreateClientFor("integration-crm");
        await client.OpenEmailCaseAsync();
        await client.PostJsonAsync("/api/voicemails", new { departmentId = "support", callerName = "Caller", callerNumber = "+44 20 7946 0000" }).ExpectAsync(HttpStatusCode.Created);

        using var refused = await client.PostJsonAsync("/api/cases", Intakes.Email());
        using var refusedVoicemail = await client.PostJsonAsync("/api/voicemails", new { departmentId = "support", callerName = "Caller", callerNumber = "+44 20 7946 0000" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3600", refused.Headers.GetValues("Retry-After").Single());
        var problem = await refused.ReadJsonAsync();
        Assert.Equal(429, problem["status"]!.GetValue<int>());
        Assert.Equal("Too many requests", problem["title"].Text());
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedVoicemail.StatusCode);
    }

    [Fact]
    public async Task Each_subject_has_its_own_bucket_and_other_requests_are_not_limited()
    {
        await using var factory = TinyLimit();
        using var crm = factory.CreateClientFor("integration-crm");
        using var web = factory.CreateClientFor("integration-web");
        var caseId = await crm.OpenEmailCaseAsync();
        await crm.OpenEmailCaseAsync();
        await crm.PostJsonAsync("/api/cases", Intakes.Email()).ExpectProblemAsync(HttpStatusCode.TooManyRequests);

        await web.OpenEmailCaseAsync();
        for (var i = 0; i < 5; i++)
        {
            await crm.GetJsonAsync($"/api/cases/{caseId}");
        }

        await crm.ActAsync(caseId, "pause", new { reason = "Waiting for the customer's reply." });
    }
}
