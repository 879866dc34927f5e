using System.Threading.Channels;
using Asivado.Grains.Agents;
using Microsoft.AspNetCore.SignalR;

namespace Asivado.Gateway.Hubs;

/// <summary>
/// One connection's observer on its agent grain. <see cref="OnPush"/> runs inside the agent grain's turn (on
/// whichever silo the grain lives), so it only queues the push; <see cref="PumpAsync"/> writes the queue to the
/// connection in sequence order, without gaps and without repeats: a push already sent (or returned by Resume) is
/// dropped, and a gap (pushes the grain made while this connection was not subscribed, e.g. after the grain moved to
/// another silo) is filled from the agent's feed before the push after it. <see cref="RequestCatchUp"/> does the same
/// for whatever the feed holds beyond the last push sent. A console that lets the queue fill is disconnected (it
/// resumes from its last sequence) instead of stalling the grain.
/// </summary>
internal sealed class ConsoleObserver : IAgentConsoleObserver
{
    private const long NothingSentYet = -1;

    private readonly Channel<ConsolePush?> _outbox;
    private readonly IClientProxy _client;
    private readonly Func<long, Task<IReadOnlyList<ConsolePush>>> _readFeedAfter;
    private readonly Action _onOverflow;
    private readonly Action _onSubscriptionEnded;
    private readonly ILogger _logger;
    private readonly string _connectionId;
    private long _sent = NothingSentYet;
    private int _overflowed;

    /// <param name="readFeedAfter">The agent's persisted pushes after a sequence (<see cref="IAgentGrain.GetPushesAfter"/>).</param>
    /// <param name="onSubscriptionEnded">Subscribes again (the agent grain's activation went); must not block.</param>
    public ConsoleObserver(string connectionId, IClientProxy client, Func<long, Task<IReadOnlyList<ConsolePush>>> readFeedAfter, int capacity, Action onOverflow, Action onSubscriptionEnded, ILogger logger)
    {
        _connectionId = connectionId;
        _client = client;
        _readFeedAfter = readFeedAfter;
        _onOverflow = onOverflow;
        _onSubscriptionEnded = onSubscriptionEnded;
        _logger = logger;
        _outbox = Channel.CreateBounded<ConsolePush?>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public Task OnPush(ConsolePush push)
    {
        Enqueue(push);
        return Task.CompletedTask;
    }

    public Task OnSubscriptionEnded()
    {
        _onSubscriptionEnded();
        return Task.CompletedTask;
    }

    /// <summary>Asks the pump to send whatever the agent's feed holds after the last push sent (a null in the queue).</summary>
    public void RequestCatchUp() => Enqueue(null);

    /// <summary>The console has every push up to <paramref name="sequence"/> (Resume returned them): the pump sends only later ones.</summary>
    public void MarkSent(long sequence)
    {
        var current = Volatile.Read(ref _sent);
        while (sequence > current)
        {
            var seen = Interlocked.CompareExchange(ref _sent, sequence, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>Writes queued pushes to the connection until <see cref="Complete"/> is called and the queue is empty.</summary>
    public async Task PumpAsync()
    {
        await foreach (var push in _outbox.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var sent = Volatile.Read(ref _sent);
            if (push is null)
            {
                if (sent != NothingSentYet)
                {
                    await SendMissedAsync(sent, long.MaxValue).ConfigureAwait(false);
                }

                continue;
            }

            if (ConsolePushKind.IsSnapshot(push.Kind))
            {
                // A latest value (sequence 0) is not a feed entry: it takes no place in the feed's order.
                await SendAsync(push).ConfigureAwait(false);
                continue;
            }

            if (sent != NothingSentYet && push.Sequence <= sent)
            {
                continue;
            }

            if (sent != NothingSentYet && push.Sequence > sent + 1)
            {
                await SendMissedAsync(sent, push.Sequence).ConfigureAwait(false);
            }

            await SendAsync(push).ConfigureAwait(false);
        }
    }

    public void Complete() => _outbox.Writer.TryComplete();

    private void Enqueue(ConsolePush? push)
    {
        if (!_outbox.Writer.TryWrite(push) && !_outbox.Reader.Completion.IsCompleted && Interlocked.Exchange(ref _overflowed, 1) == 0)
        {
            _logger.OutboxOverflow(_connectionId, push?.Sequence ?? Volatile.Read(ref _sent));
            _onOverflow();
        }
    }

    /// <summary>Sends the feed's pushes after <paramref name="after"/> and before <paramref name="before"/>, in order.</summary>
    private async Task SendMissedAsync(long after, long before)
    {
        IReadOnlyList<ConsolePush> missed;
        try
        {
            missed = await _readFeedAfter(after).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The console still has Resume; the next push or catch-up tries again.
            _logger.CatchUpFailed(exception, _connectionId, after);
            return;
        }

        foreach (var push in missed)
        {
            if (push.Sequence > Volatile.Read(ref _sent) && push.Sequence < before)
            {
                await SendAsync(push).ConfigureAwait(false);
            }
        }
    }

    private async Task SendAsync(ConsolePush push)
    {
        if (!ConsolePushKind.IsSnapshot(push.Kind))
        {
            MarkSent(push.Sequence);
        }

        try
        {
            await _client.SendAsync(ConsoleHub.PushTarget, push).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _logger.PushFailed(exception, _connectionId, push.Sequence);
        }
    }
}
