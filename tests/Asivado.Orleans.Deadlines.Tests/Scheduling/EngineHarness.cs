using System.Diagnostics.Metrics;
using Asivado.Orleans.Deadlines.Scheduling;
using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Orleans.Deadlines.Tests.Scheduling;

/// <summary>A <see cref="DeadlineEngine"/> on a fake clock, a memory table and a recording delivery; time only moves in <see cref="AdvanceAsync"/>.</summary>
internal sealed class EngineHarness : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public EngineHarness(Action<DeadlineServiceOptions>? configure = null, MemoryDeadlineTable? table = null)
    {
        var options = new DeadlineServiceOptions();
        configure?.Invoke(options);
        Memory = table ?? new MemoryDeadlineTable();
        Table = new RecordingTable(Memory);
        Engine = new DeadlineEngine(Table, Delivery, Time, options, MeterFactory, NullLogger.Instance);
    }

    public FakeTimeProvider Time { get; } = new(Ids.Origin);

    public MemoryDeadlineTable Memory { get; }

    public RecordingTable Table { get; }

    public RecordingDelivery Delivery { get; } = new();

    public DeadlineEngine Engine { get; }

    public IMeterFactory MeterFactory => _services.GetRequiredService<IMeterFactory>();

    public DateTimeOffset Now => Time.GetUtcNow();

    public Task StartAsync(params DeadlineRange[] ranges) => Engine.StartAsync(ranges.Length == 0 ? [DeadlineRange.Full] : ranges);

    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await Engine.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Advances in steps of <paramref name="step"/>, waiting for idle after each, as the clock of a running silo moves.</summary>
    public async Task AdvanceInStepsAsync(TimeSpan by, TimeSpan step)
    {
        for (var moved = TimeSpan.Zero; moved < by; moved += step)
        {
            await AdvanceAsync(step < by - moved ? step : by - moved);
        }
    }

    public void Dispose()
    {
        Engine.Dispose();
        _services.Dispose();
    }
}
