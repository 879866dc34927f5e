using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Authorization;

/// <summary>An integration key (X-Api-Key) may only take in contacts and send telephony events.</summary>
public sealed class IntegrationKeyTests(AccessGateway gateway) : IClassFixture<AccessGateway>
{
    [Fact]
    public async Task An_intake_with_the_key_is_recorded_under_the_key_name()
    {
        using var client = gateway.Api.ClientFor("integration");

        var id = await client.OpenEmailCaseAsync();

        var entry = (await gateway.GetAsAdminAsync($"/api/cases/{id}/history")).AsArray()[0]!;
        Assert.Equal(Callers.IntegrationKeyName, entry["actorId"].Text());
        Assert.Equal("Integration", entry["actorRole"].Text());
    }

    [Fact]
    public async Task A_voicemail_with_the_key_is_taken_in()
    {
        using var client = gateway.Api.ClientFor("integration");

        var created = await client.PostJsonAsync("/api/voicemails", new { departmentId = "billing", callerName = "Jane Doe", callerNumber = "+44 20 7946 0000" })
            .ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("Voicemail", created["channel"].Text());
        Assert.True(created["contactRedacted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Telephony_events_with_the_key_are_accepted_and_the_caller_number_is_not_echoed()
    {
        using var client = gateway.Api.ClientFor("integration");
        var callId = $"call-{Guid.NewGuid():N}";

        var offered = await client.PostJsonAsync($"/api/calls/{callId}/offered", new { departmentId = "billing", callerNumber = "+44 20 7946 0000" }).ExpectAsync(HttpStatusCode.OK);
        var answered = await client.PostJsonAsync($"/api/calls/{callId}/answered", new { agentId = "alice" }).ExpectAsync(HttpStatusCode.OK);
        await client.PostJsonAsync($"/api/calls/{callId}/ended", new { }).ExpectAsync(HttpStatusCode.OK);

        Assert.Null(offered["callerNumber"]);
        Assert.True(offered["contactRedacted"]!.GetValue<bool>());
        Assert.Equal("Connected", answered["status"].Text());
        Assert.Equal("+44 20 7946 0000", (await gateway.GetAsAdminAsync($"/api/calls/{callId}"))["callerNumber"].Text());
    }

    [Theory]
    [InlineData("GET", "/api/cases/{case}")]
    [InlineData("GET", "/api/cases/{case}/history")]
    [InlineData("POST", "/api/cases/{case}/assign")]
    [InlineData("GET", "/api/calls/{call}")]
    [InlineData("GET", "/api/departments/billing")]
    [InlineData("GET", "/api/departments/billing/queue")]
    [InlineData("GET", "/api/departments/billing/forecast")]
    [InlineData("GET", "/api/agents/alice")]
    [InlineData("PUT", "/api/agents/alice/presence")]
    [InlineData("GET", "/api/agents/alice/pushes")]
    [InlineData("GET", "/api/reports/compliance?from=2026-01-05&to=2026-01-05")]
    [InlineData("GET", "/api/reports/feedback?from=2026-01-05&to=2026-01-05")]
    public async Task Everything_else_is_forbidden_to_the_key(string method, string template)
    {
        var caseId = await gateway.OpenCaseAsync("billing");
        var callId = $"call-{Guid.NewGuid():N}";
        await gateway.Admin.PostJsonAsync($"/api/calls/{callId}/offered", new { departmentId = "billing" }).ExpectAsync(HttpStatusCode.OK);
        var before = await gateway.SnapshotAsync(caseId);
        using var client = gateway.Api.ClientFor("integration");
        var path = template.Replace("{case}", caseId, StringComparison.Ordinal).Replace("{call}", callId, StringComparison.Ordinal);
        var body = path.EndsWith("/presence", StringComparison.Ordinal) ? """{"presence":"Available"}""" : path.EndsWith("/assign", StringComparison.Ordinal) ? """{"agentId":"alice"}""" : "{}";

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await gateway.SnapshotAsync(caseId));
        Assert.NotEqual("Available", (await gateway.GetAsAdminAsync("/api/agents/alice"))["presence"].Text());
    }

    [Fact]
    public async Task A_wrong_key_is_401_and_takes_nothing_in()
    {
        using var client = gateway.Api.CreateApiKeyClient("not-the-key");
        var queueBefore = (await gateway.GetAsAdminAsync("/api/departments/support/queue"))["entries"]!.AsArray().Count;

        await client.PostJsonAsync("/api/cases", Intakes.Email("support")).ExpectProblemAsync(HttpStatusCode.Unauthorized);
        await client.PostJsonAsync("/api/calls/call-wrong-key/offered", new { departmentId = "support" }).ExpectProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(queueBefore, (await gateway.GetAsAdminAsync("/api/departments/support/queue"))["entries"]!.AsArray().Count);
        await gateway.Admin.GetAsync("/api/calls/call-wrong-key").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_documented_demo_key_works_on_the_embedded_default()
    {
        using var client = gateway.Api.CreateApiKeyClient("asivado-demo-integration-key");

        var id = await client.OpenEmailCaseAsync();

        var entry = (await gateway.GetAsAdminAsync($"/api/cases/{id}/history")).AsArray()[0]!;
        Assert.Equal("demo-integration", entry["actorId"].Text());
    }

    [Fact]
    public async Task Staff_may_not_send_telephony_events()
    {
        using var client = gateway.Api.ClientFor("alice");
        var callId = $"call-{Guid.NewGuid():N}";

        await client.PostJsonAsync($"/api/calls/{callId}/offered", new { departmentId = "billing" }).ExpectProblemAsync(HttpStatusCode.Forbidden);

        await gateway.Admin.GetAsync($"/api/calls/{callId}").ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
