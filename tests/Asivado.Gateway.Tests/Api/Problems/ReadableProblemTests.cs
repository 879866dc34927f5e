using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Problems;

/// <summary>Every problem detail is written for a person (issue 16): no .NET parameter or value text, and a 409 says what is allowed.</summary>
public sealed class ReadableProblemTests
{
    [Fact]
    public async Task An_extension_before_the_current_deadline_says_so_without_dotnet_text()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();

        var errors = await client.PostJsonAsync($"/api/cases/{id}/extend", new
        {
            newDueAt = "2026-01-06T12:00:00Z",
            reason = "Waiting for the bank's records",
            notice = new { toldAt = "2026-01-05T08:00:00Z", method = "Phone", toldBy = "alice" },
        }).ExpectValidationProblemAsync("newDueAt");

        var message = errors["newDueAt"]![0].Text();
        Assert.StartsWith("The new date must be after the current deadline, 2026-01-", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Actual value", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extending_after_the_response_is_a_409_that_lists_what_the_case_allows()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        await client.ActAsync(id, "assign", new { agentId = "alice" });
        await client.ActAsync(id, "respond", new { summary = "The second charge was a duplicate; refund issued." });

        var problem = await client.PostJsonAsync($"/api/cases/{id}/extend", new
        {
            newDueAt = "2026-01-20T12:00:00Z",
            reason = "Waiting for the bank's records",
            notice = new { toldAt = "2026-01-05T08:00:00Z", method = "Phone", toldBy = "alice" },
        }).ExpectProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(
            $"Cannot extend case {id} in status Responded: extend is allowed only when the case is Received, Acknowledged, Referred or InProgress; in status Responded this case allows reassign, pause, resolve or decline.",
            problem["detail"].Text());
    }
}
