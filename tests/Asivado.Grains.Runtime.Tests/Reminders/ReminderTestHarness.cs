using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Reminders.Polling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using System.Diagnostics.Metrics;

namespace Asivado.Grains.Runtime.Tests.Reminders;

/// <summary>One owner of time (a fake clock), one memory table and one recording dispatcher per test, for either reminder service.</summary>
internal sealed class ReminderTestHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _metricsProvider = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly List<IDisposable> _services = new();

    public ReminderTestHarness()
    {
        Dispatcher = new RecordingReminderDispatcher(Time);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public MemoryReminderTable Table { get; } = new();

    public RecordingReminderDispatcher Dispatcher { get; }

    public ReminderServiceOptions Options { get; } = new();

    public IMeterFactory MeterFactory => _metricsProvider.GetRequiredService<IMeterFactory>();

    public static GrainId Case(string key) => new("case", key);

    /// <summary>A service over <see cref="Table"/>, or over <paramref name="table"/> (e.g. a decorator of <see cref="Table"/>).</summary>
    public ReminderService CreateService(IReminderTable? table = null)
    {
        var service = new ReminderService(table ?? Table, Dispatcher, Time, MeterFactory, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<ReminderService>.Instance);
        _services.Add(service);
        return service;
    }

    public async Task<ReminderService> StartServiceAsync(IReminderTable? table = null)
    {
        var service = CreateService(table);
        await service.StartAsync(CancellationToken.None);
        return service;
    }

    /// <summary>A polling service over <see cref="Table"/>, or over <paramref name="table"/>; its poll grid starts when it is started.</summary>
    public PollingReminderService CreatePollingService(IReminderTable? table = null)
    {
        var service = new PollingReminderService(table ?? Table, Dispatcher, Time, MeterFactory, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<PollingReminderService>.Instance);
        _services.Add(service);
        return service;
    }

    public async Task<PollingReminderService> StartPollingServiceAsync(IReminderTable? table = null)
    {
        var service = CreatePollingService(table);
        await service.StartAsync(CancellationToken.None);
        return service;
    }

    /// <summary>Moves the clock and waits until everything the service found due by then has been dispatched.</summary>
    public async Task AdvanceAsync(IReminderService service, TimeSpan delta)
    {
        Time.Advance(delta);
        await service.WhenIdleAsync();
    }

    public async Task AdvanceToAsync(IReminderService service, DateTimeOffset instant) =>
        await AdvanceAsync(service, instant - Time.GetUtcNow());

    public void Dispose()
    {
        foreach (var service in _services)
        {
            service.Dispose();
        }

        _metricsProvider.Dispose();
    }
}
