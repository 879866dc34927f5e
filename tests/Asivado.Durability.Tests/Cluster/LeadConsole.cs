using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Asivado.Durability.Tests.Cluster;

/// <summary>
/// A console of one person on the official .NET SignalR client, as the page does it: on every (re)connect
/// Resume(last applied), then live pushes, dropping sequences already applied. It keeps what it applied and, per
/// connection, the raw sequence of live pushes, so a test can tell a gap or a repeat on the wire from one the
/// protocol repaired. When its silo goes away it connects to the one it is told to.
/// </summary>
internal sealed class LeadConsole : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly SortedDictionary<long, JsonElement> _applied = [];
    private readonly List<List<long>> _liveByConnection = [];
    private readonly Func<string> _token;
    private readonly List<(Func<LeadConsole, bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private HubConnection? _connection;
    private string? _epoch;
    private TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LeadConsole(string personId, Func<string> token)
    {
        PersonId = personId;
        _token = token;
    }

    public string PersonId { get; }

    /// <summary>The silo (index) the current connection goes to.</summary>
    public int SiloIndex { get; private set; }

    /// <summary>Completes when the current connection closed (its silo died), with the reason.</summary>
    public Task<Exception?> Closed => _closed.Task;

    public static async Task<LeadConsole> ConnectAsync(string personId, Func<string> token, Uri silo, int siloIndex, CancellationToken cancellationToken)
    {
        var console = new LeadConsole(personId, token);
        await console.ConnectToAsync(silo, siloIndex, cancellationToken);
        return console;
    }

    /// <summary>The sequences applied, in order; gap-free when nothing was lost.</summary>
    public IReadOnlyList<long> AppliedSequences
    {
        get
        {
            lock (_gate)
            {
                return [.. _applied.Keys];
            }
        }
    }

    /// <summary>Each connection's live pushes, as they came over the wire.</summary>
    public IReadOnlyList<IReadOnlyList<long>> LiveByConnection
    {
        get
        {
            lock (_gate)
            {
                return [.. _liveByConnection.Select(list => (IReadOnlyList<long>)[.. list])];
            }
        }
    }

    /// <summary>The escalations applied: (case id, target id, level).</summary>
    public IReadOnlyList<(string CaseId, string TargetId, string Level)> Escalations
    {
        get
        {
            lock (_gate)
            {
                return [.. _applied.Values
                    .Where(push => push.GetProperty("kind").GetString() == "escalation")
                    .Select(push => (push.GetProperty("caseId").GetString()!, push.GetProperty("targetId").GetString()!, push.GetProperty("level").GetString()!))];
            }
        }
    }

    /// <summary>Completes once <paramref name="condition"/> holds (checked now and after every applied push).</summary>
    public Task WhenAsync(Func<LeadConsole, bool> condition)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiters.Add((condition, done));
        }

        CheckWaiters();
        return done.Task;
    }

    /// <summary>The case ids of every escalation in the agent's stored feed (Resume from 0), for a failure message.</summary>
    public async Task<IReadOnlyList<string>> StoredEscalationsAsync(CancellationToken cancellationToken)
    {
        var feed = await _connection!.InvokeAsync<JsonElement>("Resume", 0L, _epoch, cancellationToken);
        return [.. feed.GetProperty("pushes").EnumerateArray().Where(p => p.GetProperty("kind").GetString() == "escalation").Select(p => p.GetProperty("caseId").GetString()!)];
    }

    /// <summary>Connects to another silo (the old connection is gone) and resumes from the last push applied.</summary>
    public async Task MoveToAsync(Uri silo, int siloIndex, CancellationToken cancellationToken)
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        await ConnectToAsync(silo, siloIndex, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private async Task ConnectToAsync(Uri silo, int siloIndex, CancellationToken cancellationToken)
    {
        var live = new List<long>();
        lock (_gate)
        {
            _liveByConnection.Add(live);
        }

        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(silo, "hubs/console"), options => options.AccessTokenProvider = () => Task.FromResult<string?>(_token()))
            .Build();
        connection.On<JsonElement>("push", push =>
        {
            if (IsLatestValue(push))
            {
                return;
            }

            lock (_gate)
            {
                live.Add(push.GetProperty("sequence").GetInt64());
            }

            Apply(push);
        });
        connection.Closed += exception =>
        {
            closed.TrySetResult(exception);
            return Task.CompletedTask;
        };
        _connection = connection;
        _closed = closed;
        SiloIndex = siloIndex;
        await connection.StartAsync(cancellationToken);
        var resumed = await connection.InvokeAsync<JsonElement>("Resume", LastContiguous(), _epoch, cancellationToken);
        _epoch = resumed.GetProperty("epoch").GetString();
        foreach (var push in resumed.GetProperty("pushes").EnumerateArray().Where(push => !IsLatestValue(push)))
        {
            Apply(push.Clone());
        }
    }

    /// <summary>Presence and queue notices are latest values (sequence 0), not feed entries.</summary>
    private static bool IsLatestValue(JsonElement push) => push.GetProperty("sequence").GetInt64() == 0;

    /// <summary>The last sequence before the first gap: what Resume asks after.</summary>
    private long LastContiguous()
    {
        lock (_gate)
        {
            long last = 0;
            while (_applied.ContainsKey(last + 1))
            {
                last++;
            }

            return last;
        }
    }

    private void Apply(JsonElement push)
    {
        lock (_gate)
        {
            _applied.TryAdd(push.GetProperty("sequence").GetInt64(), push.Clone());
        }

        CheckWaiters();
    }

    private void CheckWaiters()
    {
        List<TaskCompletionSource> done = [];
        lock (_gate)
        {
            _waiters.RemoveAll(waiter =>
            {
                if (!waiter.Condition(this))
                {
                    return false;
                }

                done.Add(waiter.Done);
                return true;
            });
        }

        done.ForEach(static tcs => tcs.TrySetResult());
    }
}
