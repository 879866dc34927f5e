using Asivado.Orleans.Deadlines.Scheduling;
using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Tests.Scheduling;

public sealed class DeadlineScheduleTests
{
    private static readonly long T = Ids.Origin.UtcTicks;

    [Fact]
    public void Replacing_a_deadline_leaves_only_the_new_version_live()
    {
        var schedule = new DeadlineSchedule();
        var grain = Ids.Grain("1");
        schedule.Schedule(new DeadlineEntry(grain, "n", Ids.Origin), T);
        schedule.Schedule(new DeadlineEntry(grain, "n", Ids.Origin.AddTicks(5)), T + 5);
        schedule.Schedule(new DeadlineEntry(grain, "n", Ids.Origin), T);

        Assert.Equal(1, schedule.Count);
        Assert.Equal(T, schedule.NextFireUtcTicks());
        Assert.True(schedule.TryTakeDue(T + 10, out var due));
        Assert.Equal(Ids.Origin, due.Entry.DueAt);
        Assert.False(schedule.TryTakeDue(T + 10, out _));
        Assert.Equal(long.MaxValue, schedule.NextFireUtcTicks());
    }

    [Fact]
    public void Many_replacements_compact_the_heap_and_keep_the_live_versions()
    {
        var schedule = new DeadlineSchedule();
        for (var round = 0; round < 20; round++)
        {
            for (var i = 0; i < 500; i++)
            {
                schedule.Schedule(new DeadlineEntry(Ids.Grain($"g{i}"), "n", Ids.Origin.AddTicks(round)), T + round + i, failedAttempts: round);
            }
        }

        Assert.Equal(500, schedule.Count);
        var taken = new List<DueDeadline>();
        while (schedule.TryTakeDue(long.MaxValue, out var due))
        {
            taken.Add(due);
        }

        Assert.Equal(500, taken.Count);
        Assert.All(taken, d => Assert.Equal(19, d.FailedAttempts));
    }

    [Fact]
    public void RemoveWhere_drops_only_what_it_selects()
    {
        var schedule = new DeadlineSchedule();
        for (var i = 0; i < 10; i++)
        {
            schedule.Schedule(new DeadlineEntry(Ids.Grain($"g{i}"), "n", Ids.Origin), T + i);
        }

        Assert.Equal(5, schedule.RemoveWhere(e => int.Parse(e.Target.Key.ToString()[1..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0));
        Assert.Equal(5, schedule.Count);
        Assert.Equal(T + 1, schedule.NextFireUtcTicks());
    }
}
