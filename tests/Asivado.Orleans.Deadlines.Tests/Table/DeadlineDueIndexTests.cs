using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Tests.Table;

public sealed class DeadlineDueIndexTests
{
    private static readonly DateTimeOffset Origin = Ids.Origin;

    [Fact]
    public void Random_adds_and_removes_keep_the_same_contents_and_order_as_a_sorted_model()
    {
        var random = new Random(20260105);
        var index = new DeadlineDueIndex();
        var model = new List<DeadlineEntry>();
        var places = new HashSet<(long Due, GrainId Target, string Name)>();
        for (var step = 0; step < 20_000; step++)
        {
            if (model.Count > 0 && random.Next(3) == 0)
            {
                var victim = model[random.Next(model.Count)];
                Assert.True(index.Remove(victim));
                model.Remove(victim);
                places.Remove((victim.DueAt.UtcTicks, victim.Target, victim.Name));
            }
            else
            {
                // Few distinct instants, so ties on the due instant are common and ordered by identity.
                var entry = new DeadlineEntry(Ids.Grain($"c{random.Next(2_000)}"), $"n{random.Next(3)}", Origin.AddSeconds(random.Next(500)));
                if (!places.Add((entry.DueAt.UtcTicks, entry.Target, entry.Name)))
                {
                    continue;
                }

                index.Add(entry);
                model.Add(entry);
            }

            if (step % 997 == 0)
            {
                AssertSameAsModel(index, model);
            }
        }

        AssertSameAsModel(index, model);
    }

    [Fact]
    public void Removing_everything_in_due_order_and_refilling_works_across_chunk_merges()
    {
        var index = new DeadlineDueIndex();
        var entries = Enumerable.Range(0, 5 * DeadlineDueIndex.ChunkCapacity)
            .Select(i => new DeadlineEntry(Ids.Grain($"c{i}"), "n", Origin.AddTicks(i)))
            .ToList();
        foreach (var entry in entries.AsEnumerable().Reverse())
        {
            index.Add(entry);
        }

        foreach (var entry in entries.Where((_, i) => i % 3 != 0))
        {
            Assert.True(index.Remove(entry));
        }

        AssertSameAsModel(index, entries.Where((_, i) => i % 3 == 0).ToList());
        foreach (var entry in entries.Where((_, i) => i % 3 == 0))
        {
            Assert.True(index.Remove(entry));
        }

        Assert.Equal(0, index.Count);
        Assert.False(index.Remove(entries[0]));
        Assert.Empty(Between(index, long.MinValue, long.MaxValue));
        index.Add(entries[7]);
        Assert.Equal([entries[7]], Between(index, long.MinValue, long.MaxValue));
    }

    [Fact]
    public void Adding_an_entry_of_the_same_instant_and_identity_twice_is_refused()
    {
        var index = new DeadlineDueIndex();
        var grain = Ids.Grain("1");
        index.Add(new DeadlineEntry(grain, "n", Origin));

        Assert.Throws<InvalidOperationException>(() => index.Add(new DeadlineEntry(grain, "n", Origin)));
        Assert.False(index.Remove(new DeadlineEntry(grain, "n", Origin.AddTicks(1))));
        Assert.True(index.Remove(new DeadlineEntry(grain, "n", Origin)));
    }

    private static void AssertSameAsModel(DeadlineDueIndex index, List<DeadlineEntry> model)
    {
        var sorted = model.ToList();
        sorted.Sort(DeadlineDueOrder.Compare);
        Assert.Equal(sorted.Count, index.Count);
        Assert.Equal(sorted, Between(index, long.MinValue, long.MaxValue));
        foreach (var (from, before) in new[] { (0, 1), (10, 20), (250, 251), (499, 600), (-5, 3) })
        {
            var fromTicks = Origin.AddSeconds(from).UtcTicks;
            var beforeTicks = Origin.AddSeconds(before).UtcTicks;
            Assert.Equal(
                sorted.Where(e => e.DueAt.UtcTicks >= fromTicks && e.DueAt.UtcTicks < beforeTicks),
                Between(index, fromTicks, beforeTicks));
        }
    }

    private static List<DeadlineEntry> Between(DeadlineDueIndex index, long from, long before)
    {
        var result = new List<DeadlineEntry>();
        index.CopyDueBetween(from, before, DeadlineRange.Full, result);
        return result;
    }
}
