using Asivado.Gateway.Tests.Api.Support;

namespace Asivado.Gateway.Tests.Api.Cases;

/// <summary>The escalation ladder itself is tested in the grain tests; here: a breach becomes visible through the API.</summary>
public sealed class DeadlineBreachTests
{
    [Fact]
    public async Task An_unanswered_email_shows_its_reply_target_breached_from_the_due_instant()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();

        // 08:00 → 10:59:59: two business hours from 09:00 are not yet used up.
        await api.AdvanceAsync(new TimeSpan(2, 59, 59));
        var before = (await client.GetJsonAsync($"/api/cases/{id}")).Deadline("reply-written");
        await api.AdvanceAsync(TimeSpan.FromSeconds(1));
        var after = (await client.GetJsonAsync($"/api/cases/{id}")).Deadline("reply-written");

        Assert.Equal("Pending", before["state"].Text());
        Assert.Equal(["Warning", "Warning", "Warning"], before["escalationsFired"]!.AsArray().Select(level => level.Text()));
        Assert.Equal("Breached", after["state"].Text());
        Assert.Equal("2026-01-05T11:00:00Z", after["dueAt"].Text());
        Assert.Equal(["Warning", "Warning", "Warning", "Breach"], after["escalationsFired"]!.AsArray().Select(level => level.Text()));
        var history = (await client.GetJsonAsync($"/api/cases/{id}/history")).AsArray();
        Assert.Equal(4, history.Count(entry => entry!["action"].Text() == "escalation" && entry["details"]!["targetId"].Text() == "reply-written"));
    }
}
