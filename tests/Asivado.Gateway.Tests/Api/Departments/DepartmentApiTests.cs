using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Departments;

public sealed class DepartmentApiTests
{
    [Fact]
    public async Task A_department_shows_its_definition_and_live_counters()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        await client.OpenEmailCaseAsync();
        await client.OpenEmailCaseAsync();
        await client.OpenEmailCaseAsync("support");

        var billing = await client.GetJsonAsync("/api/departments/billing");

        Assert.Equal("billing", billing["id"].Text());
        Assert.Equal("Billing", billing["name"].Text());
        Assert.Equal("london", billing["calendar"]!["calendarId"].Text());
        Assert.Equal(["lena"], billing["leadIds"]!.AsArray().Select(id => id.Text()));
        Assert.Equal("maria", billing["managerId"].Text());
        Assert.Equal(2, billing["openCases"]!.GetValue<int>());
        Assert.Equal(2, billing["queueLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_queue_lists_unassigned_open_cases_soonest_deadline_first()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var email = await client.OpenEmailCaseAsync();
        var voicemail = (await client.PostJsonAsync("/api/voicemails", new { departmentId = "billing", callerName = "Jane Doe", callerNumber = "+44 20 7946 0000" }).ExpectAsync(HttpStatusCode.Created))["id"].Text();
        var assigned = await client.OpenEmailCaseAsync();
        await client.ActAsync(assigned, "assign", new { agentId = "alice" });

        var queue = await client.GetJsonAsync("/api/departments/billing/queue");

        Assert.Equal("billing", queue["departmentId"].Text());
        var entries = queue["entries"]!.AsArray();
        Assert.Equal([voicemail, email], entries.Select(e => e!["caseId"].Text()));
        Assert.Equal("2026-01-05T10:00:00Z", entries[0]!["nextDueAt"].Text());
        Assert.Equal("Voicemail", entries[0]!["subject"].Text());
    }

    [Theory]
    [InlineData("/api/departments/nowhere")]
    [InlineData("/api/departments/nowhere/queue")]
    [InlineData("/api/departments/nowhere/forecast")]
    public async Task An_unknown_department_is_not_found(string path)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var problem = await client.GetAsync(path).ExpectProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("No department has the id 'nowhere'.", problem["detail"].Text());
    }
}
