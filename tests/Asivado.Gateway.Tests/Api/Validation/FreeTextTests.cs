using System.Net;
using System.Text.Json;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Validation;

/// <summary>Control characters and bidirectional overrides in names and free text are a 400 naming the field; nothing is stored.</summary>
public sealed class FreeTextTests
{
    [Theory]
    [InlineData("customer.name", "Jane\u0000Doe")]
    [InlineData("customer.name", "Jane\nDoe")]
    [InlineData("subject", "Invoice \u202Efdp.exe")]
    [InlineData("subject", "Invoice\tquery")]
    [InlineData("description", "Charged \u001B[31mtwice\u001B[0m")]
    [InlineData("description", "isolated \u2067text\u2069")]
    [InlineData("customer.postalAddress", "1 High Street\u0007")]
    public async Task An_intake_with_a_refused_character_names_the_field_and_stores_nothing(string field, string value)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var errors = await client.PostRawAsync("/api/cases", Intake(field, value), idempotencyKey: "free-text-1").ExpectValidationProblemAsync(field);

        Assert.StartsWith("must not contain U+", errors[field]![0].Text(), StringComparison.Ordinal);
        Assert.Empty((await client.GetJsonAsync("/api/departments/billing/queue"))["entries"]!.AsArray());
    }

    [Fact]
    public async Task A_description_may_hold_line_breaks_and_tabs()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var view = await client.PostRawAsync("/api/cases", Intake("description", "Line one\r\nLine two\n\tindented")).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("Line one\r\nLine two\n\tindented", view["description"].Text());
    }

    [Theory]
    [InlineData("pause", "reason")]
    [InlineData("respond", "summary")]
    [InlineData("decline", "reasons[0]")]
    [InlineData("refer", "note")]
    public async Task A_case_action_with_a_refused_character_names_the_field_and_changes_nothing(string action, string field)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        var before = await client.SnapshotAsync(id);
        object body = action switch
        {
            "pause" => new { reason = "waiting \u202E" },
            "respond" => new { summary = "\u0000" + "analysis" },
            "decline" => new { reasons = new[] { "out of area\u001B" } },
            _ => new { departmentId = "billing", note = "note \u2066" },
        };

        await client.PostJsonAsync($"/api/cases/{id}/{action}", body).ExpectValidationProblemAsync(field);

        Assert.Equal(before, await client.SnapshotAsync(id));
    }

    [Fact]
    public async Task A_voicemail_caller_name_with_an_ansi_escape_is_refused()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.PostJsonAsync("/api/voicemails", new { departmentId = "billing", callerName = "\u001B]0;pwned\u0007", callerNumber = "+44 20 7946 0000" })
            .ExpectValidationProblemAsync("callerName");
    }

    [Fact]
    public async Task Who_told_the_customer_is_one_line()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();

        await client.PostJsonAsync($"/api/cases/{id}/extend", new
        {
            newDueAt = "2026-01-20T12:00:00Z",
            reason = "site visit",
            notice = new { toldAt = "2026-01-05T08:00:00Z", method = "Email", toldBy = "alice\r\nbob" },
        }).ExpectValidationProblemAsync("notice.toldBy");
    }

    private static string Intake(string field, string value)
    {
        var customer = new Dictionary<string, string> { ["name"] = "Jane Doe", ["email"] = "jane@example.com", ["postalAddress"] = "1 High Street" };
        var body = new Dictionary<string, object>
        {
            ["channel"] = "Email",
            ["kind"] = "Question",
            ["departmentId"] = "billing",
            ["customer"] = customer,
            ["subject"] = "Invoice query",
            ["description"] = "Why was I charged twice?",
        };
        if (field.StartsWith("customer.", StringComparison.Ordinal))
        {
            customer[field["customer.".Length..]] = value;
        }
        else
        {
            body[field] = value;
        }

        return JsonSerializer.Serialize(body);
    }
}
