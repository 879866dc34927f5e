using Asivado.Gateway.Tests.Api.Support;
using Asivado.Grains.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Asivado.Gateway.Tests.Api.Hosting;

/// <summary>"Reminders:Mode" and "Reminders:PollInterval" choose the reminder service the gateway runs.</summary>
public sealed class ReminderModeHostingTests
{
    [Fact]
    public async Task Without_configuration_the_exact_scheduler_runs()
    {
        await using var api = new GatewayApiFactory();
        using var client = api.CreateClient();

        Assert.Equal("ReminderService", api.Services.GetRequiredService<IReminderService>().GetType().Name);
        Assert.Equal(ReminderServiceMode.Exact, api.Services.GetRequiredService<IOptions<ReminderServiceOptions>>().Value.Mode);
    }

    [Fact]
    public async Task Reminders_Mode_Polling_selects_the_polling_service_with_the_configured_interval()
    {
        await using var api = new GatewayApiFactory()
            .WithSetting("Reminders:Mode", "Polling")
            .WithSetting("Reminders:PollInterval", "00:07:00");
        using var client = api.CreateClient();

        var options = api.Services.GetRequiredService<IOptions<ReminderServiceOptions>>().Value;
        Assert.Equal("PollingReminderService", api.Services.GetRequiredService<IReminderService>().GetType().Name);
        Assert.Equal(ReminderServiceMode.Polling, options.Mode);
        Assert.Equal(TimeSpan.FromMinutes(7), options.PollInterval);
    }

    [Fact]
    public async Task In_polling_mode_a_breach_due_between_polls_is_escalated_at_the_next_poll()
    {
        // Polls every 7 minutes from 08:00: ..., 10:55, 11:02. The reply-written breach is due at 11:00
        // (DeadlineBreachTests: the exact scheduler escalates it at 11:00 itself).
        await using var api = new GatewayApiFactory()
            .WithSetting("Reminders:Mode", "Polling")
            .WithSetting("Reminders:PollInterval", "00:07:00");
        using var client = api.CreateClient();
        var id = await client.OpenEmailCaseAsync();
        for (var poll = 1; poll <= 25; poll++)
        {
            await api.AdvanceAsync(TimeSpan.FromMinutes(7));
        }

        await api.AdvanceAsync(TimeSpan.FromMinutes(5));
        var atDue = (await client.GetJsonAsync($"/api/cases/{id}")).Deadline("reply-written");
        await api.AdvanceAsync(TimeSpan.FromMinutes(2));
        var atNextPoll = (await client.GetJsonAsync($"/api/cases/{id}")).Deadline("reply-written");

        Assert.Equal("2026-01-05T11:00:00Z", atDue["dueAt"].Text());
        Assert.DoesNotContain("Breach", atDue["escalationsFired"]!.AsArray().Select(level => level.Text()));
        Assert.Equal("Breached", atNextPoll["state"].Text());
        Assert.Equal("Breach", atNextPoll["escalationsFired"]!.AsArray().Select(level => level.Text()).Last());
    }
}
