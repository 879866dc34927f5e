using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Tests.Scheduling;

public sealed class LoadingTests : IDisposable
{
    private readonly EngineHarness _h = new(o => o.LookAhead = TimeSpan.FromMinutes(1));
    private readonly GrainId _grain = Ids.Grain("1");

    [Fact]
    public async Task A_deadline_beyond_the_look_ahead_stays_in_the_table_until_the_window_reaches_it()
    {
        await _h.StartAsync();
        var due = _h.Now.AddMinutes(10);
        await _h.Engine.ScheduleAsync(_grain, "far", due);
        Assert.Equal(0, _h.Engine.PendingCount());
        Assert.Equal(1, _h.Memory.Count);

        // Loads every 30 s reach now + 1 min: the load at 9 min reads up to 10 min (exclusive), the one at 9.5 min past it.
        await _h.AdvanceInStepsAsync(TimeSpan.FromMinutes(9), TimeSpan.FromSeconds(30));
        Assert.Equal(0, _h.Engine.PendingCount());
        await _h.AdvanceAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, _h.Engine.PendingCount());
        Assert.Empty(_h.Delivery.Calls);

        await _h.AdvanceInStepsAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10));
        Assert.Equal(new DeadlineFiring("far", due, due), Assert.Single(_h.Delivery.Fired).Firing);
    }

    [Fact]
    public async Task Memory_holds_only_the_window_while_the_table_holds_everything()
    {
        await _h.StartAsync();
        for (var minute = 1; minute <= 60; minute++)
        {
            await _h.Engine.ScheduleAsync(Ids.Grain($"g{minute}"), "n", _h.Now.AddMinutes(minute).AddSeconds(-1));
        }

        Assert.Equal(1, _h.Engine.PendingCount());
        for (var step = 0; step < 40; step++)
        {
            await _h.AdvanceAsync(TimeSpan.FromSeconds(30));
            Assert.InRange(_h.Engine.PendingCount(), 0, 2);
        }

        Assert.Equal(20, _h.Delivery.Fired.Count);
        Assert.Equal(40, _h.Memory.Count);
    }

    [Fact]
    public async Task Each_reload_reads_only_the_part_of_the_window_not_loaded_yet()
    {
        await _h.StartAsync();
        await _h.AdvanceInStepsAsync(TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(30));

        var reads = _h.Table.Reads;
        Assert.Equal(5, reads.Count);
        Assert.Equal(DateTimeOffset.MinValue, reads[0].From);
        Assert.Equal(Ids.Origin.AddMinutes(1), reads[0].Before);
        for (var i = 1; i < reads.Count; i++)
        {
            Assert.Equal(reads[i - 1].Before, reads[i].From);
            Assert.Equal(Ids.Origin.AddMinutes(1).AddSeconds(30 * i), reads[i].Before);
        }
    }

    [Fact]
    public async Task What_fell_due_while_no_engine_ran_fires_once_at_start_with_its_own_due_instant()
    {
        var table = new MemoryDeadlineTable();
        using (var before = new EngineHarness(table: table))
        {
            await before.StartAsync();
            await before.Engine.ScheduleAsync(_grain, "a", before.Now.AddSeconds(10));
            await before.Engine.ScheduleAsync(_grain, "b", before.Now.AddMinutes(30));
            await before.Engine.StopAsync(TimeSpan.FromSeconds(30));
        }

        using var after = new EngineHarness(table: table);
        after.Time.Advance(TimeSpan.FromHours(1));
        await after.StartAsync();
        await after.Engine.WhenIdleAsync();

        Assert.Equal(
            [new DeadlineFiring("a", Ids.Origin.AddSeconds(10), after.Now), new DeadlineFiring("b", Ids.Origin.AddMinutes(30), after.Now)],
            after.Delivery.Fired.Select(f => f.Firing));
        Assert.Equal(0, table.Count);

        await after.AdvanceAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(2, after.Delivery.Calls.Count);
    }

    [Fact]
    public async Task Loads_merge_rows_in_batches_and_every_row_fires_once()
    {
        using var h = new EngineHarness(o => o.LoadBatchSize = 7);
        for (var i = 0; i < 100; i++)
        {
            await h.Memory.ApplyAsync(Ids.Grain($"g{i}"), [new("n", h.Now.AddSeconds(i % 10))], []);
        }

        await h.StartAsync();
        await h.AdvanceAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(100, h.Delivery.Fired.Count);
        Assert.Equal(100, h.Delivery.Fired.Select(f => f.Entry).Distinct().Count());
        Assert.Equal(0, h.Memory.Count);
    }

    public void Dispose() => _h.Dispose();
}
