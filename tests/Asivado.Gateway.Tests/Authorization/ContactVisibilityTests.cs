using System.Net;
using System.Text.Json.Nodes;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Authorization;

/// <summary>The customer's contact details reach only the assignee, the department's leads and manager, and admins.</summary>
public sealed class ContactVisibilityTests(AccessGateway gateway) : IClassFixture<AccessGateway>
{
    [Theory]
    [InlineData("alice", true)]
    [InlineData("lena", true)]
    [InlineData("maria", true)]
    [InlineData("admin", true)]
    public async Task Those_working_an_assigned_case_see_the_contact_details(string caller, bool visible)
    {
        var id = await gateway.OpenCaseAsync("billing", assigneeId: "alice");
        using var client = gateway.Api.ClientFor(caller);

        var view = await client.GetJsonAsync($"/api/cases/{id}");

        Assert.Equal(visible, view["contactRedacted"] is null);
        Assert.Equal("Jane Doe", view["customer"]!["name"].Text());
        Assert.Equal("jane@example.com", view["customer"]!["contact"]!["email"].Text());
    }

    [Fact]
    public async Task An_agent_reading_a_queued_case_gets_the_customer_block_without_name_or_contact()
    {
        var id = await gateway.OpenCaseAsync("billing");
        using var client = gateway.Api.ClientFor("alice");

        var view = await client.GetJsonAsync($"/api/cases/{id}");

        AssertRedacted(view);
        Assert.Equal("Invoice query", view["subject"].Text());
    }

    [Fact]
    public async Task A_redacted_case_is_the_full_case_with_only_the_customer_blanked_and_the_flag_added()
    {
        var id = await gateway.OpenCaseAsync("billing");
        using var client = gateway.Api.ClientFor("alice");

        var redacted = (await client.GetJsonAsync($"/api/cases/{id}")).AsObject();
        var full = (await gateway.GetAsAdminAsync($"/api/cases/{id}")).AsObject();

        Assert.True(redacted.Remove("contactRedacted"));
        redacted.Remove("customer");
        full.Remove("customer");
        Assert.True(JsonNode.DeepEquals(full, redacted), $"{full.ToJsonString()}\n{redacted.ToJsonString()}");
    }

    [Fact]
    public async Task Claiming_a_case_shows_its_contact_details_to_the_new_assignee()
    {
        var id = await gateway.OpenCaseAsync("billing");
        using var client = gateway.Api.ClientFor("bob");

        var view = await client.ActAsync(id, "assign", new { agentId = "bob" });

        Assert.Null(view["contactRedacted"]);
        Assert.Equal("jane@example.com", view["customer"]!["contact"]!["email"].Text());
    }

    [Fact]
    public async Task An_agent_who_is_not_the_assignee_acting_on_a_queued_case_gets_it_redacted()
    {
        var id = await gateway.OpenCaseAsync("billing");
        using var client = gateway.Api.ClientFor("alice");

        var view = await client.ActAsync(id, "pause", new { reason = "Waiting for the customer's reply." });

        AssertRedacted(view);
    }

    [Fact]
    public async Task An_integration_never_gets_the_contact_details_back()
    {
        using var client = gateway.Api.ClientFor("integration");

        var created = await client.PostJsonAsync("/api/cases", Intakes.ForChannel("Phone")).ExpectAsync(HttpStatusCode.Created);

        AssertRedacted(created);
        var stored = await gateway.GetAsAdminAsync($"/api/cases/{created["id"].Text()}");
        Assert.Equal("+44 20 7946 0000", stored["customer"]!["contact"]!["phone"].Text());
    }

    private static void AssertRedacted(JsonNode view)
    {
        Assert.True(view["contactRedacted"]!.GetValue<bool>());
        var customer = view["customer"]!;
        Assert.Null(customer["name"]);
        Assert.Null(customer["contact"]!["email"]);
        Assert.Null(customer["contact"]!["phone"]);
        Assert.Null(customer["contact"]!["postalAddress"]);
    }
}
