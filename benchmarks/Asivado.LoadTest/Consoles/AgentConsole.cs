using System.Text.Json;
using System.Threading.Channels;
using Asivado.LoadTest.Escalations;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Run;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Asivado.LoadTest.Consoles;

/// <summary>
/// One person's console on the official .NET SignalR client: connects to its silo with their token, resumes the feed
/// (last sequence and epoch, as the page does), applies pushes, optionally acknowledges escalations as a person would,
/// and after a drop reconnects (up to <see cref="ReconnectAttempts"/> times, backing off from 1 s) and resumes where
/// it left off.
/// </summary>
public sealed class AgentConsole : IAsyncDisposable
{
    public const int ReconnectAttempts = 5;
    private static readonly TimeSpan ResumeTimeout = TimeSpan.FromSeconds(60);

    private readonly Uri _target;
    private readonly string _token;
    private readonly ConsoleConnectionFactory _factory;
    private readonly ConsoleCounters _counters;
    private readonly EscalationTracker _tracker;
    private readonly Channel<long>? _acknowledgements;
    private readonly CancellationTokenSource _stopping = new();
    private HubConnection? _connection;
    private string? _epoch;
    private Task _background = Task.CompletedTask;

    /// <param name="target">The silo this console connects to (and reconnects to).</param>
    public AgentConsole(LoadPerson person, Uri target, string token, ConsoleConnectionFactory factory, EscalationTracker tracker, ConsoleCounters counters, bool acknowledgeEscalations)
    {
        Person = person;
        _target = target;
        _token = token;
        _factory = factory;
        _tracker = tracker;
        _counters = counters;
        _acknowledgements = acknowledgeEscalations ? Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true }) : null;
        Feed = new ConsoleFeed(Applied);
    }

    public LoadPerson Person { get; }

    public ConsoleFeed Feed { get; }

    /// <summary>Connects and resumes; null on success, else the reason (for the results' failures by reason).</summary>
    public async Task<string?> ConnectAsync(CancellationToken cancellationToken)
    {
        var started = _factory.Time.GetTimestamp();
        var failure = await TryConnectAsync(cancellationToken).ConfigureAwait(false);
        if (failure is null)
        {
            _counters.ConnectLatency.Record(_factory.Time.GetElapsedTime(started));
            if (_acknowledgements is not null)
            {
                _background = AcknowledgeLoopAsync();
            }
        }

        return failure;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _acknowledgements?.Writer.TryComplete();
        if (Volatile.Read(ref _connection) is { } connection)
        {
            await connection.StopAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        await _background.ConfigureAwait(false);
    }

    private async Task<string?> TryConnectAsync(CancellationToken cancellationToken)
    {
        var connection = _factory.Create(_target, Person.Id, _token);
        connection.On<JsonElement>(WireContract.PushTarget, OnPush);
        var after = Feed.BeginResume();
        try
        {
            await connection.StartAsync(cancellationToken).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ResumeTimeout);
            var resumed = await connection.InvokeAsync<JsonElement>(WireContract.ResumeMethod, after, _epoch, timeout.Token).ConfigureAwait(false);
            Feed.EndResume(ReadResumed(resumed), _factory.Time.GetUtcNow());
        }
        catch (Exception exception)
        {
            Feed.AbandonResume();
            await connection.DisposeAsync().ConfigureAwait(false);
            if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            return ConnectFailure.Reason(exception);
        }

        Volatile.Write(ref _connection, connection);
        connection.Closed += error =>
        {
            // Off the client's close path: reconnecting waits.
            _ = Task.Run(() => OnClosedAsync(connection, error));
            return Task.CompletedTask;
        };
        if (connection.State != HubConnectionState.Connected)
        {
            _ = Task.Run(() => OnClosedAsync(connection, null));
        }

        return null;
    }

    private IReadOnlyList<ConsolePushMessage> ReadResumed(JsonElement resumed)
    {
        if (resumed.ValueKind == JsonValueKind.Object && resumed.TryGetProperty("epoch"u8, out var epoch) && epoch.ValueKind == JsonValueKind.String)
        {
            _epoch = epoch.GetString();
        }

        if (resumed.ValueKind != JsonValueKind.Object || !resumed.TryGetProperty("pushes", out resumed) || resumed.ValueKind != JsonValueKind.Array)
        {
            _counters.MalformedPush();
            return [];
        }

        var pushes = new List<ConsolePushMessage>(resumed.GetArrayLength());
        foreach (var element in resumed.EnumerateArray())
        {
            if (ConsolePushMessage.TryRead(element, out var push))
            {
                pushes.Add(push);
            }
            else
            {
                _counters.MalformedPush();
            }
        }

        return pushes;
    }

    private void OnPush(JsonElement argument)
    {
        var arrivedAt = _factory.Time.GetUtcNow();
        if (ConsolePushMessage.TryRead(argument, out var push))
        {
            // Sequence 0: presence or a queue notice, a latest value outside the feed.
            if (push.Sequence > 0)
            {
                Feed.OnLive(push, arrivedAt);
            }
        }
        else
        {
            _counters.MalformedPush();
        }
    }

    private void Applied(ConsolePushMessage push, DateTimeOffset arrivedAt)
    {
        _tracker.OnPush(Person, push, arrivedAt);
        if (push.IsEscalation)
        {
            _acknowledgements?.Writer.TryWrite(push.Sequence);
        }
    }

    private async Task OnClosedAsync(HubConnection closed, Exception? error)
    {
        if (_stopping.IsCancellationRequested || Interlocked.CompareExchange(ref _connection, null, closed) != closed)
        {
            return;
        }

        _counters.Dropping();
        _counters.Failure(ConnectFailure.Dropped(error));
        await closed.DisposeAsync().ConfigureAwait(false);
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; attempt <= ReconnectAttempts && !_stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                await Task.Delay(delay, _factory.Time, _stopping.Token).ConfigureAwait(false);
                if (await TryConnectAsync(_stopping.Token).ConfigureAwait(false) is null)
                {
                    _counters.Reconnecting();
                    return;
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }

            delay *= 2;
        }

        _counters.Failure("reconnect failed");
    }

    private async Task AcknowledgeLoopAsync()
    {
        try
        {
            await foreach (var sequence in _acknowledgements!.Reader.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
            {
                await AcknowledgeAsync(sequence).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    /// <summary>Acknowledges one escalation; a rate-limited call waits a second and tries again (the hub allows 20 a second per connection).</summary>
    private async Task AcknowledgeAsync(long sequence)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (Volatile.Read(ref _connection) is not { } connection)
            {
                break;
            }

            try
            {
                await connection.InvokeAsync<JsonElement>(WireContract.AcknowledgeMethod, sequence, _stopping.Token).ConfigureAwait(false);
                _counters.AcknowledgedOne();
                return;
            }
            catch (HubException exception) when (WireContract.IsRateLimited(exception.Message))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), _factory.Time, _stopping.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HubException or InvalidOperationException or IOException or ObjectDisposedException)
            {
                break;
            }
        }

        _counters.AcknowledgeFailed();
    }
}
