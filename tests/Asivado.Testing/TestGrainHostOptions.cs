using Asivado.Grains.Hosting;
using Asivado.Orleans.Deadlines.Table;
using Asivado.Orleans.Persistence.Entries;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Testing;

/// <summary>
/// What a <see cref="TestGrainHost"/> runs with. The clock and the stores are instances so that a restarted host
/// (<see cref="TestGrainHost.RestartAsync"/>) continues over the same ones, as a silo restarted over a database.
/// </summary>
public sealed class TestGrainHostOptions
{
    /// <summary>The grains' and the deadline service's clock. Default: starts at 2026-01-05 08:00 UTC (a Monday).</summary>
    public FakeTimeProvider Time { get; set; } = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    public DurableMemoryGrainStorage Storage { get; set; } = new(AsivadoGrainsExtensions.ConfigureStateJson(new()));

    public MemoryGrainEntryStorage Entries { get; set; } = new();

    public MemoryDeadlineTable Deadlines { get; set; } = new();

    /// <summary>
    /// Runs after the Asivado registrations: add services grains need, or replace the stores with PostgreSQL ones
    /// (then <see cref="Storage"/>, <see cref="Entries"/> and <see cref="Deadlines"/> are not used).
    /// </summary>
    public Action<ISiloBuilder>? ConfigureSilo { get; set; }
}
