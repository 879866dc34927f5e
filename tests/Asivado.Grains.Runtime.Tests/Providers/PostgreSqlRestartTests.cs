using Asivado.Grains.Runtime.PostgreSql;
using Asivado.Grains.Runtime.Testing;

namespace Asivado.Grains.Runtime.Tests.Providers;

/// <summary>
/// A host on the PostgreSQL providers stops, the clock moves on past several due instants, and a new host
/// starts on the same schema: state and reminders come back from the database, and nothing fires twice.
/// </summary>
public sealed class PostgreSqlRestartTests : IAsyncLifetime
{
    private readonly PostgreSqlTestSchema _schema = PostgreSqlTestSchema.CreateEmpty();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Fact]
    public async Task State_and_reminders_survive_a_restart_and_missed_reminders_fire_once()
    {
        var options = new TestGrainHostOptions
        {
            ConfigureRuntime = runtime => runtime.AddGrain<SlaCaseGrain>(),
            ConfigureServices = services => services.AddPostgreSqlGrainProviders(provider =>
            {
                provider.ConnectionString = PostgreSqlTestSchema.ConnectionString;
                provider.Schema = _schema.Name;
            }),
        };
        var start = options.Time.GetUtcNow();
        var hold = TimeSpan.FromMinutes(1);

        // The schema does not exist yet: the first host's start-up migration creates it.
        var first = await TestGrainHost.StartAsync(options);
        await first.GrainFactory.GetGrain<ISlaCaseGrain>("case-42").Open("Printer on fire", start.AddMinutes(10), hold);
        await first.AdvanceAsync(TimeSpan.FromMinutes(1));
        await first.DisposeAsync();

        // Down from +1 min to +31 min 30 s: "acknowledge" (+10 min) and 30 periods of "hold" were missed.
        options.Time.Advance(TimeSpan.FromMinutes(30.5));
        await using var second = await TestGrainHost.StartAsync(options);
        await second.WhenIdleAsync();
        await second.AdvanceAsync(TimeSpan.FromSeconds(30));
        await second.AdvanceAsync(hold);

        var grain = second.GrainFactory.GetGrain<ISlaCaseGrain>("case-42");
        var state = await grain.Get();
        Assert.Equal("Printer on fire", state.Title);
        Assert.Equal([start.AddMinutes(31.5)], FiredAt(state, "acknowledge"));
        Assert.Equal([start.AddMinutes(1), start.AddMinutes(31.5), start.AddMinutes(32), start.AddMinutes(33)], FiredAt(state, "hold"));

        var reminder = Assert.Single(await grain.Reminders());
        Assert.Equal("hold", reminder.Name);
        Assert.Equal(start.AddMinutes(34), reminder.DueAt);
        Assert.Equal(1L, await _schema.ScalarAsync<long>($"SELECT count(*) FROM \"{_schema.Name}\".reminders"));
        Assert.Equal(1L, await _schema.ScalarAsync<long>($"SELECT count(*) FROM \"{_schema.Name}\".grain_state"));
    }

    private static IReadOnlyList<DateTimeOffset> FiredAt(SlaCaseState state, string reminderName) =>
        state.Firings.Where(firing => firing.Name == reminderName).Select(firing => firing.FiredAt).ToList();
}
