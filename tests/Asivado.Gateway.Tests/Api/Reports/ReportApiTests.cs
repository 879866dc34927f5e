using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Reports;

public sealed class ReportApiTests
{
    [Fact]
    public async Task Compliance_counts_met_targets_for_one_department()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        await client.ActAsync(id, "assign", new { agentId = "alice" });
        await client.ActAsync(id, "acknowledge", new { method = "Email" });

        var report = await client.GetJsonAsync("/api/reports/compliance?departmentId=billing&from=2026-01-05&to=2026-01-05");

        Assert.Equal("2026-01-05", report["from"].Text());
        Assert.Equal("2026-01-05", report["to"].Text());
        var billing = Assert.Single(report["departments"]!.AsArray())!;
        Assert.Equal("billing", billing["departmentId"].Text());
        var acknowledge = billing["targets"]!.AsArray().Single(t => t!["targetId"].Text() == "acknowledge")!;
        Assert.Equal(1, acknowledge["met"]!.GetValue<int>());
        Assert.Equal(0, acknowledge["breached"]!.GetValue<int>());
        Assert.Equal(100.0, acknowledge["compliancePercent"]!.GetValue<double>());
    }

    [Fact]
    public async Task Without_a_department_every_department_reports()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var compliance = await client.GetJsonAsync("/api/reports/compliance?from=2026-01-01&to=2026-01-31");
        var feedback = await client.GetJsonAsync("/api/reports/feedback?from=2026-01-01&to=2026-01-31");

        Assert.Equal(["billing", "support"], compliance["departments"]!.AsArray().Select(d => d!["departmentId"].Text()));
        Assert.Equal(["billing", "support"], feedback["departments"]!.AsArray().Select(d => d!["departmentId"].Text()));
    }

    [Fact]
    public async Task Feedback_counts_praise_and_constructive_criticism()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        await client.PostJsonAsync("/api/cases", Intakes.Email(kind: "Praise")).ExpectAsync(HttpStatusCode.Created);
        await client.PostJsonAsync("/api/cases", Intakes.Email(kind: "Praise")).ExpectAsync(HttpStatusCode.Created);
        await client.PostJsonAsync("/api/cases", Intakes.Email(kind: "ConstructiveCriticism")).ExpectAsync(HttpStatusCode.Created);
        await client.PostJsonAsync("/api/cases", Intakes.Email(kind: "Complaint")).ExpectAsync(HttpStatusCode.Created);

        var report = await client.GetJsonAsync("/api/reports/feedback?departmentId=billing&from=2026-01-05&to=2026-01-05");

        var billing = Assert.Single(report["departments"]!.AsArray())!;
        Assert.Equal(2, billing["praise"]!.GetValue<int>());
        Assert.Equal(1, billing["constructiveCriticism"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("compliance?to=2026-01-05", "from")]
    [InlineData("compliance?from=2026-01-05", "to")]
    [InlineData("compliance", "from,to")]
    [InlineData("compliance?from=05/01/2026&to=2026-01-05", "from")]
    [InlineData("compliance?from=2026-01-06&to=2026-01-05", "to")]
    [InlineData("compliance?from=2025-01-01&to=2026-01-05", "to")]
    [InlineData("compliance?departmentId=nowhere&from=2026-01-05&to=2026-01-05", "departmentId")]
    [InlineData("feedback?from=2026-01-05&to=someday", "to")]
    [InlineData("feedback?departmentId=nowhere&from=2026-01-05&to=2026-01-05", "departmentId")]
    public async Task A_bad_report_query_names_the_field(string query, string fields)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.GetAsync("/api/reports/" + query).ExpectValidationProblemAsync(fields.Split(','));
    }
}
