using System.Net;
using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Validation;

/// <summary>Instants and report dates outside their documented windows are a 400 naming the field and the window, never a 500.</summary>
public sealed class InstantBoundsTests
{
    private const string Notice = """{"toldAt":"2026-01-05T08:00:00Z","method":"Email","toldBy":"alice"}""";

    [Theory]
    [InlineData("""{"newDueAt":"9999-12-31T23:59:59Z","reason":"site visit","notice":NOTICE}""", "newDueAt", "must be in the future, at most 366 days ahead (between 2026-01-05T08:00:00Z and 2027-01-06T08:00:00Z)")]
    [InlineData("""{"newDueAt":"2027-01-06T08:00:01Z","reason":"site visit","notice":NOTICE}""", "newDueAt", "must be in the future, at most 366 days ahead (between 2026-01-05T08:00:00Z and 2027-01-06T08:00:00Z)")]
    [InlineData("""{"newDueAt":"2026-01-20T12:00:00Z","reason":"site visit","notice":{"toldAt":"0001-01-01T00:00:00Z","method":"Email","toldBy":"alice"}}""", "notice.toldAt", "must be within the last 366 days and not after the extension is recorded (between 2025-01-04T08:00:00Z and 2026-01-05T08:00:00Z)")]
    public async Task An_extension_outside_the_window_is_refused_and_changes_nothing(string body, string field, string message)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        var before = await client.SnapshotAsync(id);

        var errors = await client.PostRawAsync($"/api/cases/{id}/extend", body.Replace("NOTICE", Notice, StringComparison.Ordinal)).ExpectValidationProblemAsync(field);

        Assert.Equal(message, errors[field]![0].Text());
        Assert.Equal(before, await client.SnapshotAsync(id));
    }

    [Fact]
    public async Task An_extension_at_the_end_of_the_window_is_taken()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();

        var view = await client.PostRawAsync($"/api/cases/{id}/extend", $$"""{"newDueAt":"2027-01-06T08:00:00Z","reason":"site visit","notice":{{Notice}}}""").ExpectAsync(HttpStatusCode.OK);

        // The last open moment before the committed date (Wednesday 08:00, before the calendar opens).
        Assert.Equal("2027-01-05T17:00:00Z", view.Deadline("respond")["dueAt"].Text());
    }

    [Fact]
    public async Task A_referral_committed_to_year_9999_is_refused_and_changes_nothing()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        var before = await client.SnapshotAsync(id);

        await client.PostJsonAsync($"/api/cases/{id}/refer", new { departmentId = "support", ownerId = "carl", committedDueAt = "9999-12-31T23:59:59Z" })
            .ExpectValidationProblemAsync("committedDueAt");

        Assert.Equal(before, await client.SnapshotAsync(id));
    }

    [Theory]
    [InlineData("compliance?from=2026-01-01&to=9999-12-31", "to")]
    [InlineData("feedback?from=2026-01-01&to=9999-12-31", "to")]
    [InlineData("compliance?from=9999-12-31&to=9999-12-31", "from,to")]
    [InlineData("feedback?from=9999-01-01&to=9999-12-31", "from,to")]
    [InlineData("compliance?from=0001-01-01&to=0001-12-31", "from,to")]
    [InlineData("feedback?from=2015-12-31&to=2016-01-05", "from")]
    public async Task A_report_outside_the_window_is_refused(string query, string fields)
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        var errors = await client.GetAsync("/api/reports/" + query).ExpectValidationProblemAsync(fields.Split(','));

        Assert.StartsWith("must be between 2016-01-05 and 2027-01-06", errors[fields.Split(',')[0]]![0].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_at_the_ends_of_the_window_is_answered()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        await client.GetAsync("/api/reports/feedback?from=2016-01-05&to=2016-12-31").ExpectAsync(HttpStatusCode.OK);
        await client.GetAsync("/api/reports/compliance?from=2026-01-07&to=2027-01-06").ExpectAsync(HttpStatusCode.OK);
    }
}
