using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Grains.Runtime.Tests.Reminders;

public sealed class ReminderDueIndexTests
{
    private static readonly DateTimeOffset Origin = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Random_adds_and_removes_keep_the_same_contents_and_order_as_a_sorted_model()
    {
        var random = new Random(20260105);
        var index = new ReminderDueIndex();
        var model = new List<ReminderEntry>();
        var places = new HashSet<(long Due, string Key, string Name)>();
        for (var step = 0; step < 20_000; step++)
        {
            if (model.Count > 0 && random.Next(3) == 0)
            {
                var victim = model[random.Next(model.Count)];
                Assert.True(index.Remove(victim));
                model.Remove(victim);
                places.Remove((victim.DueAt.UtcTicks, victim.GrainId.Key, victim.Name));
            }
            else
            {
                // Few distinct instants, so ties on the due instant are common and ordered by identity.
                var entry = new ReminderEntry(new GrainId("case", $"c{random.Next(2_000)}"), $"n{random.Next(3)}", Origin.AddSeconds(random.Next(500)), TimeSpan.Zero);
                if (!places.Add((entry.DueAt.UtcTicks, entry.GrainId.Key, entry.Name)))
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
        var index = new ReminderDueIndex();
        var entries = Enumerable.Range(0, 5 * ReminderDueIndex.ChunkCapacity)
            .Select(i => new ReminderEntry(new GrainId("case", $"c{i}"), "n", Origin.AddTicks(i), TimeSpan.Zero))
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
        var index = new ReminderDueIndex();
        var grain = new GrainId("case", "1");
        index.Add(new ReminderEntry(grain, "n", Origin, TimeSpan.Zero, "1"));

        Assert.Throws<InvalidOperationException>(() => index.Add(new ReminderEntry(grain, "n", Origin, TimeSpan.Zero, "2")));
        Assert.False(index.Remove(new ReminderEntry(grain, "n", Origin.AddTicks(1), TimeSpan.Zero)));
        Assert.True(index.Remove(new ReminderEntry(grain, "n", Origin, TimeSpan.Zero)));
    }

    private static void AssertSameAsModel(ReminderDueIndex index, List<ReminderEntry> model)
    {
        var sorted = model.ToList();
        sorted.Sort(ReminderDueOrder.Compare);
        Assert.Equal(sorted.Count, index.Count);
        Assert.Equal(sorted, Between(index, long.MinValue, long.MaxValue), ReferenceEqualityComparer.Instance);
        foreach (var (from, before) in new[] { (0, 1), (10, 20), (250, 251), (499, 600), (-5, 3) })
        {
            var fromTicks = Origin.AddSeconds(from).UtcTicks;
            var beforeTicks = Origin.AddSeconds(before).UtcTicks;
            Assert.Equal(
                sorted.Where(e => e.DueAt.UtcTicks >= fromTicks && e.DueAt.UtcTicks < beforeTicks),
                Between(index, fromTicks, beforeTicks),
                ReferenceEqualityComparer.Instance);
        }
    }

    private static List<ReminderEntry> Between(ReminderDueIndex index, long from, long before)
    {
        var result = new List<ReminderEntry>();
        index.CopyDueBetween(from, before, HashRange.Full, result);
        return result;
    }
}
