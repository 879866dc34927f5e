using Asivado.LoadTest.Consoles;

namespace Asivado.LoadTest.Tests.Consoles;

public sealed class ConsoleFeedTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private readonly List<long> _applied = [];

    [Fact]
    public void The_first_resume_sets_the_start_and_live_pushes_held_meanwhile_follow_in_order()
    {
        var feed = NewFeed();

        Assert.Equal(0, feed.BeginResume());
        feed.OnLive(Push(42), At);
        feed.OnLive(Push(41), At);
        feed.EndResume([Push(39), Push(40), Push(41)], At);
        feed.OnLive(Push(43), At);

        Assert.Equal([42, 43], _applied);
        Assert.Equal(43, feed.LastSequence);
        Assert.Equal(0, feed.SequenceGaps);
        Assert.Equal(0, feed.Duplicates);
    }

    [Fact]
    public void A_jump_in_the_sequence_counts_the_pushes_skipped()
    {
        var feed = Started();

        feed.OnLive(Push(1), At);
        feed.OnLive(Push(2), At);
        feed.OnLive(Push(5), At);

        Assert.Equal([1, 2, 5], _applied);
        Assert.Equal(2, feed.SequenceGaps);
    }

    [Fact]
    public void A_reconnect_resumes_after_the_last_applied_and_drops_what_it_has()
    {
        var feed = Started();
        feed.OnLive(Push(1), At);
        feed.OnLive(Push(2), At);

        Assert.Equal(2, feed.BeginResume());
        feed.OnLive(Push(4), At);
        feed.EndResume([Push(2), Push(3), Push(4)], At);

        Assert.Equal([1, 2, 3, 4], _applied);
        Assert.Equal(0, feed.SequenceGaps);
        Assert.Equal(2, feed.Duplicates);
        Assert.Equal(4, feed.Applied);
    }

    [Fact]
    public void An_abandoned_resume_drops_what_it_held_so_the_next_one_asks_again()
    {
        var feed = Started();
        feed.OnLive(Push(1), At);

        feed.BeginResume();
        feed.OnLive(Push(3), At);
        feed.AbandonResume();
        Assert.Equal(1, feed.BeginResume());
        feed.EndResume([Push(2), Push(3)], At);

        Assert.Equal([1, 2, 3], _applied);
        Assert.Equal(0, feed.SequenceGaps);
    }

    [Fact]
    public void A_first_resume_that_failed_leaves_the_next_one_first()
    {
        var feed = NewFeed();
        feed.BeginResume();
        feed.AbandonResume();

        feed.BeginResume();
        feed.EndResume([Push(7)], At);
        feed.OnLive(Push(8), At);

        Assert.Equal([8], _applied);
    }

    private ConsoleFeed NewFeed() => new((push, _) => _applied.Add(push.Sequence));

    private ConsoleFeed Started()
    {
        var feed = NewFeed();
        feed.BeginResume();
        feed.EndResume([], At);
        return feed;
    }

    private static ConsolePushMessage Push(long sequence) => new(sequence, "queue-changed", null, null, null, null, null);
}
