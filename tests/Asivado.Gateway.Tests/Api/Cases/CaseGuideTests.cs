using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Cases;

/// <summary>GET /api/cases/{id}/guide: what the console needs to work a case, from the domain's own rules.</summary>
public sealed class CaseGuideTests
{
    [Fact]
    public async Task A_postal_letter_lists_the_methods_its_details_allow_with_the_standard_messages_and_the_actions_of_its_status()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = (await client.PostJsonAsync("/api/cases", Intakes.ForChannel("PostalMail")).ExpectAsync(HttpStatusCode.Created))["id"].Text();
        await client.ActAsync(id, "refer", new { departmentId = "billing" });

        var guide = await client.GetJsonAsync($"/api/cases/{id}/guide");

        Assert.Equal("Europe/London", guide["timeZoneId"].Text());
        Assert.Equal(["acknowledge", "refer", "assign", "pause", "extend", "decline"], guide["allowedActions"]!.AsArray().Select(a => a.Text()));
        var acknowledgement = guide["acknowledgement"]!;
        Assert.Equal(["Phone", "Post", "Email"], acknowledgement["methods"]!.AsArray().Select(m => m.Text()));
        Assert.False(acknowledgement["duringContact"]!.GetValue<bool>());
        Assert.Null(acknowledgement["missing"]);
        Assert.Equal(["Phone", "Post", "Email"], acknowledgement["previews"]!.AsArray().Select(p => p!["method"].Text()));
        Assert.Equal("", acknowledgement["previews"]![0]!["subject"].Text());
        var letter = acknowledgement["previews"]![1]!;
        Assert.Equal($"Case {id}", letter["subject"].Text());
        Assert.StartsWith("Dear Jane Doe,", letter["body"].Text(), StringComparison.Ordinal);
        Assert.Contains("referred to Billing, who will respond by Tuesday 13 January 2026 at 17:00 GMT.", letter["body"].Text(), StringComparison.Ordinal);
        var respond = guide["deadlines"]!.AsArray().Single(d => d!["targetId"].Text() == "respond")!;
        Assert.Equal(
            "7 business days of 8 h (business time, Europe/London); counted from Mon 5 Jan 2026 09:00 GMT; skipped: weekend, hours outside opening times; due Tue 13 Jan 2026 17:00 GMT",
            respond["explanation"].Text());
    }

    [Fact]
    public async Task An_agent_who_does_not_work_the_case_gets_a_preview_without_the_customers_name()
    {
        await using var api = new GatewayApiFactory();
        using var admin = api.CreateClient();
        var id = await admin.OpenEmailCaseAsync();
        await admin.ActAsync(id, "refer", new { departmentId = "billing" });
        using var alice = api.CreateClientAs("alice", "agent", "billing");

        var guide = await alice.GetJsonAsync($"/api/cases/{id}/guide");

        var preview = Assert.Single(guide["acknowledgement"]!["previews"]!.AsArray())!;
        Assert.Equal("Email", preview["method"].Text());
        Assert.StartsWith("Dear customer,", preview["body"].Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Jane", preview["body"].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_with_no_owner_and_no_referral_has_no_message_to_give_and_says_what_is_missing()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();

        var acknowledgement = (await client.GetJsonAsync($"/api/cases/{id}/guide"))["acknowledgement"]!;

        Assert.Empty(acknowledgement["previews"]!.AsArray());
        Assert.Equal(
            "an acknowledgement must name who it was referred to (the case has no owner and no referral: assign or refer it first)",
            acknowledgement["missing"].Text());
    }

    [Fact]
    public async Task Someone_of_another_department_may_not_read_it_and_an_unknown_case_is_not_found()
    {
        await using var api = new GatewayApiFactory();
        using var admin = api.CreateClient();
        var id = await admin.OpenEmailCaseAsync();
        using var carl = api.CreateClientAs("carl", "agent", "support");

        await carl.GetAsync(new Uri($"/api/cases/{id}/guide", UriKind.Relative)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await admin.GetAsync(new Uri("/api/cases/C-none/guide", UriKind.Relative)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Once_acknowledged_there_is_no_acknowledgement_to_give()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        await client.ActAsync(id, "assign", new { agentId = "alice" });
        await client.ActAsync(id, "acknowledge", new { method = "Email" });

        var guide = await client.GetJsonAsync($"/api/cases/{id}/guide");

        Assert.Null(guide["acknowledgement"]);
        Assert.DoesNotContain("acknowledge", guide["allowedActions"]!.AsArray().Select(a => a.Text()));
    }
}
