using System.Threading.Channels;
using Asivado.Grains.Agents;
using Microsoft.AspNetCore.SignalR;

namespace Asivado.Gateway.Hubs;

/// <summary>
/// One connection's observer on its agent grain. <see cref="OnPush"/> runs inside the agent grain's turn, so
/// it only queues the push; <see cref="PumpAsync"/> writes the queue to the connection in order. A console
/// that lets the queue fill is disconnected (it resumes from its last sequence) instead of stalling the grain.
/// </summary>
internal sealed class ConsoleObserver : IAgentConsoleObserver
{
    private readonly Channel<ConsolePush> _outbox;
    private readonly IClientProxy _client;
    private readonly Action _onOverflow;
    private readonly ILogger _logger;
    private readonly string _connectionId;
    private int _overflowed;

    public ConsoleObserver(string connectionId, IClientProxy client, int capacity, Action onOverflow, ILogger logger)
    {
        _connectionId = connectionId;
        _client = client;
        _onOverflow = onOverflow;
        _logger = logger;
        _outbox = Channel.CreateBounded<ConsolePush>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public Task OnPush(ConsolePush push)
    {
        if (!_outbox.Writer.TryWrite(push) && !_outbox.Reader.Completion.IsCompleted && Interlocked.Exchange(ref _overflowed, 1) == 0)
        {
            _logger.OutboxOverflow(_connectionId, push.Sequence);
            _onOverflow();
        }

        return Task.CompletedTask;
    }

    /// <summary>Writes queued pushes to the connection until <see cref="Complete"/> is called and the queue is empty.</summary>
    public async Task PumpAsync()
    {
        await foreach (var push in _outbox.Reader.ReadAllAsync().ConfigureAwait(false))
        {
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

    public void Complete() => _outbox.Writer.TryComplete();
}
