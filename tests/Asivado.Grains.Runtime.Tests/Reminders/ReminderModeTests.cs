using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Reminders.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Asivado.Grains.Runtime.Tests.Reminders;

/// <summary>AddReminderService registers the service <see cref="ReminderServiceOptions.Mode"/> names.</summary>
public sealed class ReminderModeTests
{
    [Fact]
    public void Without_a_mode_the_exact_scheduler_runs()
    {
        using var provider = Services().AddReminderService().BuildServiceProvider();

        Assert.IsType<ReminderService>(provider.GetRequiredService<IReminderService>());
        Assert.Equal(ReminderServiceMode.Exact, provider.GetRequiredService<IOptions<ReminderServiceOptions>>().Value.Mode);
    }

    [Fact]
    public void Polling_mode_registers_the_polling_service_as_the_one_singleton()
    {
        using var provider = Services().AddReminderService(o => o.Mode = ReminderServiceMode.Polling).BuildServiceProvider();

        Assert.IsType<PollingReminderService>(provider.GetRequiredService<IReminderService>());
        Assert.Same(provider.GetRequiredService<IReminderService>(), provider.GetRequiredService<IReminderService>());
        Assert.IsType<MemoryReminderTable>(provider.GetRequiredService<IReminderTable>());
    }

    [Fact]
    public void Mode_and_poll_interval_bind_from_configuration_registered_after_the_service()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Reminders:Mode"] = "Polling", ["Reminders:PollInterval"] = "00:00:30" })
            .Build();
        var services = Services().AddReminderService();
        services.AddOptions<ReminderServiceOptions>().Bind(configuration.GetSection("Reminders"));
        using var provider = services.BuildServiceProvider();

        Assert.IsType<PollingReminderService>(provider.GetRequiredService<IReminderService>());
        Assert.Equal(TimeSpan.FromSeconds(30), provider.GetRequiredService<IOptions<ReminderServiceOptions>>().Value.PollInterval);
    }

    [Fact]
    public async Task The_polling_service_from_the_container_fires_at_its_polls()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(ReminderTestHarness.Start);
        var dispatcher = new RecordingReminderDispatcher(clock);
        var services = Services().AddSingleton<TimeProvider>(clock).AddSingleton<IReminderDispatcher>(dispatcher);
        services.AddReminderService(o =>
        {
            o.Mode = ReminderServiceMode.Polling;
            o.PollInterval = TimeSpan.FromSeconds(5);
        });
        await using var provider = services.BuildServiceProvider();
        var reminders = provider.GetRequiredService<IReminderService>();
        await reminders.StartAsync(CancellationToken.None);
        await reminders.RegisterOrUpdateAsync(ReminderTestHarness.Case("1"), "respond", ReminderTestHarness.Start.AddSeconds(1), TimeSpan.Zero);

        clock.Advance(TimeSpan.FromSeconds(4));
        await reminders.WhenIdleAsync();
        Assert.Empty(dispatcher.Dispatches);
        clock.Advance(TimeSpan.FromSeconds(1));
        await reminders.WhenIdleAsync();

        Assert.Equal(ReminderTestHarness.Start.AddSeconds(5), Assert.Single(dispatcher.Dispatches).At);
        await reminders.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void An_unknown_mode_is_rejected_by_name_when_the_service_is_resolved()
    {
        using var provider = Services().AddReminderService(o => o.Mode = (ReminderServiceMode)7).BuildServiceProvider();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetRequiredService<IReminderService>());

        Assert.Equal(nameof(ReminderServiceOptions.Mode), error.ParamName);
        Assert.Contains("Exact or Polling", error.Message, StringComparison.Ordinal);
    }

    private static IServiceCollection Services() =>
        new ServiceCollection().AddLogging().AddSingleton<IReminderDispatcher>(new RecordingReminderDispatcher(TimeProvider.System));
}
