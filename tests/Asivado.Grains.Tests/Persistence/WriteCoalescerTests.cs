using Asivado.Orleans.Persistence.Collections;
using Xunit;

namespace Asivado.Grains.Tests.Persistence;

/// <summary>Writes are held by the test until it releases them, so what joins which write does not depend on timing.</summary>
public sealed class WriteCoalescerTests
{
    private readonly List<int> _pending = [];
    private readonly List<(int[] Changes, TaskCompletionSource Done)> _writes = [];
    private readonly WriteCoalescer _coalescer;

    public WriteCoalescerTests() => _coalescer = new WriteCoalescer(() =>
    {
        var write = (_pending.ToArray(), new TaskCompletionSource());
        _pending.Clear();
        _writes.Add(write);
        return write.Item2.Task;
    });

    private Task Change(int change)
    {
        _pending.Add(change);
        return _coalescer.WriteAsync();
    }

    [Fact]
    public async Task Changes_made_while_a_write_is_in_flight_go_out_together_in_the_next_one()
    {
        var first = Change(1);
        var second = Change(2);
        var third = Change(3);

        Assert.Single(_writes);
        Assert.Same(second, third);
        Assert.False(second.IsCompleted);

        _writes[0].Done.SetResult();
        await first;

        Assert.Equal(2, _writes.Count);
        Assert.Equal([2, 3], _writes[1].Changes);
        Assert.False(second.IsCompleted);
        _writes[1].Done.SetResult();
        await second;
        Assert.True(_coalescer.WhenWrittenAsync().IsCompleted);
    }

    [Fact]
    public async Task A_change_made_after_the_queued_write_started_waits_for_a_third_write()
    {
        var first = Change(1);
        var second = Change(2);
        _writes[0].Done.SetResult();
        await first;

        var third = Change(3);

        Assert.NotSame(second, third);
        Assert.False(_coalescer.WhenWrittenAsync().IsCompleted);
        _writes[1].Done.SetResult();
        await second;
        Assert.Equal(3, _writes.Count);
        Assert.Equal([3], _writes[2].Changes);
        _writes[2].Done.SetResult();
        await third;
    }

    [Fact]
    public async Task A_failed_write_fails_its_callers_and_the_changes_after_it_are_still_written()
    {
        var first = Change(1);
        var second = Change(2);

        _writes[0].Done.SetException(new IOException("disk"));

        await Assert.ThrowsAsync<IOException>(() => first);
        Assert.Equal(2, _writes.Count);
        _writes[1].Done.SetResult();
        await second;
    }

    [Fact]
    public void Without_a_write_in_flight_a_change_starts_one_at_once()
    {
        _ = Change(1);

        Assert.Equal([1], Assert.Single(_writes).Changes);
    }
}
