using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Orleans.Deadlines.Tests.Cluster;

public sealed class DowntimeTests
{
    [Fact]
    public async Task A_deadline_that_fell_due_while_no_silo_ran_fires_once_after_the_restart()
    {
        var time = new FakeTimeProvider(Ids.Origin);
        var table = new MemoryDeadlineTable();
        await using (var before = await DeadlineCluster.StartAsync(time, table))
        {
            await before.Grain("down").Schedule("ack", before.Now.AddSeconds(10));
        }

        Assert.Equal(1, table.Count);
        time.Advance(TimeSpan.FromMinutes(10));

        await using var after = await DeadlineCluster.StartAsync(time, table);
        var firedAt = after.Now;
        Assert.Equal([new DeadlineFiring("ack", Ids.Origin.AddSeconds(10), firedAt)], await after.Grain("down").Received());
        Assert.Equal(0, table.Count);

        await after.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Single(await after.Grain("down").Received());
    }
}
