using Asivado.Gateway.Hubs;
using Asivado.Grains.Agents;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Asivado.Gateway.Tests.Hubs;

public sealed class ConsoleObserverTests
{
    [Fact]
    public async Task Pushes_are_sent_in_order_and_a_console_that_falls_behind_is_dropped_once_without_blocking_the_grain()
    {
        var client = new BlockingClient();
        var overflows = 0;
        var observer = new ConsoleObserver("connection-1", client, _ => Task.FromResult<IReadOnlyList<ConsolePush>>([]), capacity: 2, () => overflows++, () => { }, NullLogger.Instance);
        var pump = Task.Run(observer.PumpAsync);

        await observer.OnPush(Push(1));
        await client.FirstSendStarted.WaitAsync(TimeSpan.FromSeconds(15));
        var queued = new[] { observer.OnPush(Push(2)), observer.OnPush(Push(3)), observer.OnPush(Push(4)), observer.OnPush(Push(5)) };

        Assert.All(queued, task => Assert.True(task.IsCompletedSuccessfully));
        Assert.Equal(1, overflows);
        client.Release();
        observer.Complete();
        await pump.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal([1L, 2L, 3L], client.Sent);
    }

    [Fact]
    public async Task A_gap_is_filled_from_the_feed_in_order_and_a_late_or_repeated_push_is_dropped()
    {
        var client = new RecordingClient();
        var feed = Enumerable.Range(1, 6).Select(i => Push(i)).ToList();
        var reads = new List<long>();
        var observer = new ConsoleObserver("connection-1", client, after =>
        {
            reads.Add(after);
            return Task.FromResult<IReadOnlyList<ConsolePush>>([.. feed.Where(p => p.Sequence > after)]);
        }, capacity: 16, () => { }, () => { }, NullLogger.Instance);
        var pump = Task.Run(observer.PumpAsync);

        await observer.OnPush(Push(1));
        await observer.OnPush(Push(4));
        await observer.OnPush(Push(3));
        await observer.OnPush(Push(4));
        await observer.OnPush(Push(5));
        observer.RequestCatchUp();
        observer.Complete();
        await pump.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], client.Sent);
        Assert.Equal([1L, 5L], reads);
    }

    [Fact]
    public async Task Before_anything_was_sent_or_marked_a_catch_up_reads_nothing_and_the_first_push_is_sent_as_it_is()
    {
        var client = new RecordingClient();
        var reads = 0;
        var observer = new ConsoleObserver("connection-1", client, _ =>
        {
            reads++;
            return Task.FromResult<IReadOnlyList<ConsolePush>>([]);
        }, capacity: 16, () => { }, () => { }, NullLogger.Instance);
        var pump = Task.Run(observer.PumpAsync);

        observer.RequestCatchUp();
        await observer.OnPush(Push(7));
        observer.Complete();
        await pump.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal([7L], client.Sent);
        Assert.Equal(0, reads);
    }

    [Fact]
    public async Task What_Resume_or_the_subscription_already_covered_is_not_sent_again()
    {
        var client = new RecordingClient();
        var observer = new ConsoleObserver("connection-1", client, _ => Task.FromResult<IReadOnlyList<ConsolePush>>([]), capacity: 16, () => { }, () => { }, NullLogger.Instance);
        observer.MarkSent(9);
        observer.MarkSent(4);
        var pump = Task.Run(observer.PumpAsync);

        await observer.OnPush(Push(8));
        await observer.OnPush(Push(9));
        await observer.OnPush(Push(10));
        observer.Complete();
        await pump.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal([10L], client.Sent);
    }

    private static ConsolePush Push(long sequence) => new(sequence, ConsolePushKind.CaseChanged, Instant.FromUtc(2026, 1, 5, 8, 0));

    private sealed class RecordingClient : IClientProxy
    {
        public List<long> Sent { get; } = [];

        public Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
        {
            Sent.Add(((ConsolePush)args.Single()!).Sequence);
            return Task.CompletedTask;
        }
    }

    /// <summary>A client whose first send blocks until released, like a console that stopped reading.</summary>
    private sealed class BlockingClient : IClientProxy
    {
        private readonly TaskCompletionSource _firstSendStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<long> Sent { get; } = [];

        public Task FirstSendStarted => _firstSendStarted.Task;

        public void Release() => _released.TrySetResult();

        public async Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
        {
            Assert.Equal("push", method);
            Sent.Add(((ConsolePush)args.Single()!).Sequence);
            _firstSendStarted.TrySetResult();
            await _released.Task;
        }
    }
}
