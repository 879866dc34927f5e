using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Authorization;

/// <summary>Departments, queues, reports and agents by role and department.</summary>
public sealed class DepartmentAndAgentAccessTests(AccessGateway gateway) : IClassFixture<AccessGateway>
{
    [Theory]
    [InlineData("alice", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("carl", HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    [InlineData("lena", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("sam", HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    [InlineData("maria", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("integration", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("none", HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    public async Task Department_view_and_queue(string caller, HttpStatusCode billing, HttpStatusCode support)
    {
        using var client = gateway.Api.ClientFor(caller);

        foreach (var (id, expected) in new[] { ("billing", billing), ("support", support) })
        {
            await ExpectAsync(client.GetAsync($"/api/departments/{id}"), expected);
            await ExpectAsync(client.GetAsync($"/api/departments/{id}/queue"), expected);
        }
    }

    [Theory]
    [InlineData("alice", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("lena", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("sam", HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    [InlineData("maria", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("none", HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    public async Task Reports_of_one_department(string caller, HttpStatusCode billing, HttpStatusCode support)
    {
        using var client = gateway.Api.ClientFor(caller);

        foreach (var (id, expected) in new[] { ("billing", billing), ("support", support) })
        {
            await ExpectAsync(client.GetAsync($"/api/reports/compliance?departmentId={id}&from=2026-01-05&to=2026-01-05"), expected);
            await ExpectAsync(client.GetAsync($"/api/reports/feedback?departmentId={id}&from=2026-01-05&to=2026-01-05"), expected);
        }
    }

    /// <summary>The reports' rule: the department's leads, its manager and admins; its own agents may not.</summary>
    [Theory]
    [InlineData("alice", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("carl", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("lena", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("sam", HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    [InlineData("maria", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("integration", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("none", HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    public async Task Forecast_of_one_department(string caller, HttpStatusCode billing, HttpStatusCode support)
    {
        using var client = gateway.Api.ClientFor(caller);

        foreach (var (id, expected) in new[] { ("billing", billing), ("support", support) })
        {
            await ExpectAsync(client.GetAsync($"/api/departments/{id}/forecast"), expected);
        }
    }

    [Theory]
    [InlineData("lena", new[] { "billing" })]
    [InlineData("maria", new[] { "billing", "support" })]
    [InlineData("admin", new[] { "billing", "support" })]
    public async Task A_report_without_a_department_covers_the_departments_the_caller_may_see(string caller, string[] departments)
    {
        using var client = gateway.Api.ClientFor(caller);

        var report = await client.GetJsonAsync("/api/reports/compliance?from=2026-01-05&to=2026-01-05");

        Assert.Equal(departments, report["departments"]!.AsArray().Select(d => d!["departmentId"].Text()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_agent_may_not_read_reports_even_without_a_department()
    {
        using var client = gateway.Api.ClientFor("alice");

        await client.GetAsync("/api/reports/compliance?from=2026-01-05&to=2026-01-05").ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("alice", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("bob", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("carl", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("lena", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("sam", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("maria", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("integration", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("none", HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    public async Task An_agent_is_read_by_themselves_their_lead_and_manager_and_changed_only_by_themselves(string caller, HttpStatusCode read, HttpStatusCode change)
    {
        using var client = gateway.Api.ClientFor(caller);
        var presenceBefore = (await gateway.GetAsAdminAsync("/api/agents/alice"))["presence"].Text();
        var target = presenceBefore == "Away" ? "Busy" : "Away";

        await ExpectAsync(client.GetAsync("/api/agents/alice"), read);
        await ExpectAsync(client.GetAsync("/api/agents/alice/pushes"), read);
        await ExpectAsync(client.PutJsonAsync("/api/agents/alice/presence", new { presence = target }), change);

        var presenceAfter = (await gateway.GetAsAdminAsync("/api/agents/alice"))["presence"].Text();
        Assert.Equal(change == HttpStatusCode.OK ? target : presenceBefore, presenceAfter);
    }

    [Fact]
    public async Task Someone_else_may_not_acknowledge_an_agents_escalation()
    {
        using var client = gateway.Api.ClientFor("lena");

        await client.PostJsonAsync("/api/agents/alice/escalations/1/acknowledge", new { }).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/auth/demo-people")]
    [InlineData("/console/")]
    public async Task Health_the_document_demo_sign_in_and_the_console_page_stay_open(string path)
    {
        using var client = gateway.Api.ClientFor("none");

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task ExpectAsync(Task<HttpResponseMessage> request, HttpStatusCode expected)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
