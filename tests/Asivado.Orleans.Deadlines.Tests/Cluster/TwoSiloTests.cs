using Asivado.Orleans.Deadlines.Table;
using Microsoft.Extensions.Time.Testing;

namespace Asivado.Orleans.Deadlines.Tests.Cluster;

public sealed class TwoSiloTests
{
    private static readonly string[] Keys = [.. Enumerable.Range(0, 30).Select(i => $"t{i}")];

    [Fact]
    public async Task Each_deadline_fires_once_on_the_silo_owning_its_range()
    {
        await using var c = await DeadlineCluster.StartAsync(new FakeTimeProvider(Ids.Origin), new MemoryDeadlineTable(), silos: 2);
        var targets = Keys.Select(k => c.Grain(k).GetGrainId()).ToList();
        await c.WhenRangesSettleAsync(targets);
        var probes = c.Probes.ToList();
        Assert.Equal(2, probes.Count);

        foreach (var key in Keys)
        {
            await c.Grain(key).Schedule("ack", c.Now.AddSeconds(10));
        }

        Assert.Equal(Keys.Length, probes.Sum(p => p.InMemoryCount));
        await c.AdvanceAsync(TimeSpan.FromSeconds(10));

        foreach (var key in Keys)
        {
            Assert.Single(await c.Grain(key).Received());
        }

        foreach (var probe in probes)
        {
            Assert.Equal(targets.Count(probe.Owns), probe.FiredCount);
        }

        Assert.Equal(0, c.Table.Count);
    }

    [Fact]
    public async Task When_a_silo_stops_its_ranges_deadlines_fire_on_the_survivor()
    {
        await using var c = await DeadlineCluster.StartAsync(new FakeTimeProvider(Ids.Origin), new MemoryDeadlineTable(), silos: 2);
        var targets = Keys.Select(k => c.Grain(k).GetGrainId()).ToList();
        await c.WhenRangesSettleAsync(targets);
        foreach (var key in Keys)
        {
            await c.Grain(key).Schedule("ack", c.Now.AddSeconds(30));
        }

        var leaving = c.Cluster.Silos[1];
        var survivor = DeadlineCluster.Probe(c.Cluster.Silos[0]);
        var leavingCount = targets.Count(DeadlineCluster.Probe(leaving).Owns);
        Assert.InRange(leavingCount, 1, Keys.Length - 1);

        await c.Cluster.StopSiloAsync(leaving);
        await c.WhenRangesSettleAsync(targets);
        Assert.All(targets, t => Assert.True(survivor.Owns(t)));
        Assert.Equal(Keys.Length, survivor.InMemoryCount);

        await c.AdvanceAsync(TimeSpan.FromSeconds(30));
        foreach (var key in Keys)
        {
            Assert.Equal([new DeadlineFiring("ack", Ids.Origin.AddSeconds(30), Ids.Origin.AddSeconds(30))], await c.Grain(key).Received());
        }

        Assert.Equal(Keys.Length, survivor.FiredCount);
        Assert.Equal(0, c.Table.Count);
    }
}
