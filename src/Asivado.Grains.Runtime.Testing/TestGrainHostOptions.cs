using Asivado.Grains.Runtime.Hosting;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Grains.Runtime.Testing;

/// <summary>
/// What a <see cref="TestGrainHost"/> runs with. The clock, storage and reminder table are instances so that
/// a restarted host (<see cref="TestGrainHost.RestartAsync"/>) continues over the same ones.
/// </summary>
public sealed class TestGrainHostOptions
{
    /// <summary>The settable clock of the runtime and reminders. Default: starts at 2026-01-05 08:00 UTC (a Monday).</summary>
    public FakeTimeProvider Time { get; set; } = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Grain state. Default: a new <see cref="MemoryGrainStorage"/>.</summary>
    public IGrainStorage Storage { get; set; } = new MemoryGrainStorage();

    /// <summary>Durable reminders. Default: a new <see cref="MemoryReminderTable"/>.</summary>
    public IReminderTable ReminderTable { get; set; } = new MemoryReminderTable();

    /// <summary>Runtime options, e.g. <c>o => o.AddGrainsFrom(typeof(MyGrain).Assembly)</c>.</summary>
    public Action<GrainRuntimeOptions>? ConfigureRuntime { get; set; }

    /// <summary>
    /// Runs after the memory providers and the runtime are registered: add services grains need, or replace
    /// the providers (e.g. AddPostgreSqlGrainProviders) and options such as ReminderServiceOptions.
    /// </summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }
}
