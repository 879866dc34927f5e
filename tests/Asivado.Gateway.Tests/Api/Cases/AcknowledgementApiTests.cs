using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Cases;

/// <summary>
/// POST /api/cases/{id}/acknowledge: the method checked against the channel (400 naming method), the owner or
/// referral and the response date named (409 naming what is missing), the message returned and kept with the case.
/// </summary>
public sealed class AcknowledgementApiTests
{
    [Fact]
    public async Task The_acknowledgement_names_the_owner_and_the_response_date_and_is_shown_with_the_case_and_its_history()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        await client.ActAsync(id, "assign", new { agentId = "alice" });

        var view = await client.ActAsync(id, "acknowledge", new { method = "Email" });

        var acknowledgement = view["acknowledgement"]!;
        var respondBy = view.Deadline("respond")["dueAt"].Text();
        Assert.Equal(
            ("2026-01-05T08:00:00Z", "Email", "Alice Adams (Billing)", "alice", respondBy, "ack-email@r1", $"We have received your message [{id}]"),
            (acknowledgement["at"].Text(), acknowledgement["method"].Text(), acknowledgement["referredTo"].Text(), acknowledgement["ownerId"].Text(),
                acknowledgement["expectedResponseAt"].Text(), acknowledgement["message"]!["template"].Text(), acknowledgement["message"]!["subject"].Text()));
        Assert.Contains("Dear Jane Doe,", acknowledgement["message"]!["body"].Text(), StringComparison.Ordinal);
        Assert.Contains("referred to Alice Adams (Billing), who will respond by Tuesday 13 January 2026 at 17:00 GMT.", acknowledgement["message"]!["body"].Text(), StringComparison.Ordinal);
        Assert.Equal(acknowledgement.ToJsonString(), (await client.GetJsonAsync($"/api/cases/{id}"))["acknowledgement"]!.ToJsonString());
        var entry = (await client.GetJsonAsync($"/api/cases/{id}/history")).AsArray()[^1]!;
        Assert.Equal(("acknowledge", "Alice Adams (Billing)", respondBy, "ack-email@r1"),
            (entry["action"].Text(), entry["details"]!["referredTo"].Text(), entry["details"]!["expectedResponseAt"].Text(), entry["details"]!["template"].Text()));
    }

    [Fact]
    public async Task A_case_with_no_owner_and_no_referral_is_a_conflict_naming_what_is_missing_and_changes_nothing()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        var before = await client.SnapshotAsync(id);

        var problem = await client.PostJsonAsync($"/api/cases/{id}/acknowledge", new { method = "Email" }).ExpectProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(
            $"Cannot acknowledge case {id}: an acknowledgement must name who it was referred to (the case has no owner and no referral: assign or refer it first).",
            problem["detail"].Text());
        Assert.Equal(before, await client.SnapshotAsync(id));
        Assert.Null((await client.GetJsonAsync($"/api/cases/{id}"))["acknowledgement"]);
    }

    [Theory]
    [InlineData("Phone", "Post", "must be Verbal for this case: a Phone contact is acknowledged verbally during the contact.")]
    [InlineData("Visit", "Email", "must be Verbal for this case: a Visit contact is acknowledged verbally during the contact.")]
    [InlineData("Email", "Verbal", "must be Email for this case: an Email contact is acknowledged by e-mail.")]
    [InlineData("PostalMail", "Verbal", "must be one of Phone, Post, Email for this case: a PostalMail contact is acknowledged by phone, post or e-mail to details the customer gave.")]
    public async Task A_method_the_channel_does_not_allow_is_refused_naming_method_and_the_allowed_ones(string channel, string method, string message)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = (await client.PostJsonAsync("/api/cases", Intakes.ForChannel(channel)).ExpectAsync(HttpStatusCode.Created))["id"].Text();
        await client.ActAsync(id, "assign", new { agentId = "alice" });
        var before = await client.SnapshotAsync(id);

        var errors = await client.PostJsonAsync($"/api/cases/{id}/acknowledge", new { method }).ExpectValidationProblemAsync("method");

        Assert.Equal(message, errors["method"]![0].Text());
        Assert.Equal(before, await client.SnapshotAsync(id));
    }

    [Fact]
    public async Task A_letter_without_a_postal_address_is_not_acknowledged_by_post()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var letter = new
        {
            channel = "PostalMail", kind = "Complaint", departmentId = "billing",
            customer = new { name = "Jane Doe", email = "jane@example.com" },
            subject = "Letter about fees", description = "A letter disputing a fee.",
        };
        var id = (await client.PostJsonAsync("/api/cases", letter).ExpectAsync(HttpStatusCode.Created))["id"].Text();
        await client.ActAsync(id, "assign", new { agentId = "alice" });

        var errors = await client.PostJsonAsync($"/api/cases/{id}/acknowledge", new { method = "Post" }).ExpectValidationProblemAsync("method");

        Assert.Equal(
            "must be Email for this case: a PostalMail contact is acknowledged by phone, post or e-mail to details the customer gave (Post needs a postal address on the case).",
            errors["method"]![0].Text());
        Assert.Equal("Email", (await client.ActAsync(id, "acknowledge", new { method = "Email" }))["acknowledgement"]!["method"].Text());
    }

    [Fact]
    public async Task Someone_who_may_not_see_the_customer_gets_whom_it_named_but_not_the_message_text()
    {
        await using var api = new GatewayApiFactory();
        using var admin = api.CreateClient();
        var id = await admin.OpenEmailCaseAsync();
        await admin.ActAsync(id, "refer", new { departmentId = "billing" });
        await admin.ActAsync(id, "acknowledge", new { method = "Email" });
        using var alice = api.CreateClientAs("alice", "agent", "billing");

        var view = await alice.GetJsonAsync($"/api/cases/{id}");

        var acknowledgement = view["acknowledgement"]!;
        Assert.True(view["contactRedacted"]!.GetValue<bool>());
        Assert.Equal(("Billing", "billing", "ack-email@r1"), (acknowledgement["referredTo"].Text(), acknowledgement["referredDepartmentId"].Text(), acknowledgement["message"]!["template"].Text()));
        Assert.Null(acknowledgement["message"]!["subject"]);
        Assert.Null(acknowledgement["message"]!["body"]);
    }
}
