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
}
