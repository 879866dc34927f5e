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
        var observer = new ConsoleObserver("connection-1", client, capacity: 2, () => overflows++, NullLogger.Instance);
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

    private static ConsolePush Push(long sequence) => new(sequence, ConsolePushKind.CaseChanged, Instant.FromUtc(2026, 1, 5, 8, 0));

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
