using Asivado.LoadTest.Escalations;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Reports;
using Asivado.LoadTest.Run;

namespace Asivado.LoadTest.Consoles;

/// <summary>Opens one console per roster person on its silo (<see cref="TargetSpread"/>), a bounded number at a time, keeps them for the run and closes them.</summary>
public sealed class ConsolePool(ConsoleConnectionFactory factory, TargetSpread spread, IReadOnlyList<LoadPerson> roster, IReadOnlyDictionary<string, string> tokens, EscalationTracker tracker, bool acknowledgeEscalations)
    : IAsyncDisposable
{
    /// <summary>Consoles connecting at once.</summary>
    public const int ConnectParallelism = 32;

    private readonly List<AgentConsole> _consoles = [];
    private readonly HashSet<(int Department, int Lead)> _leadConsoles = [];
    private int _failed;
    private double _connectSeconds;

    public ConsoleCounters Counters { get; } = new();

    public int Requested => roster.Count;

    public int Connected
    {
        get
        {
            lock (_consoles)
            {
                return _consoles.Count;
            }
        }
    }

    public int Failed => Volatile.Read(ref _failed);

    public async Task ConnectAllAsync(CancellationToken cancellationToken)
    {
        var started = factory.Time.GetTimestamp();
        await Parallel.ForEachAsync(roster, new ParallelOptions { MaxDegreeOfParallelism = ConnectParallelism, CancellationToken = cancellationToken }, async (person, cancellation) =>
        {
            var console = new AgentConsole(person, spread.ForConsole(person), tokens[person.Id], factory, tracker, Counters, acknowledgeEscalations);
            if (await console.ConnectAsync(cancellation).ConfigureAwait(false) is { } failure)
            {
                Interlocked.Increment(ref _failed);
                Counters.Failure(failure);
                await console.DisposeAsync().ConfigureAwait(false);
                return;
            }

            lock (_consoles)
            {
                _consoles.Add(console);
                if (person.IsLead)
                {
                    _leadConsoles.Add((person.DepartmentIndex, person.LeadIndex));
                }
            }
        }).ConfigureAwait(false);
        _connectSeconds = factory.Time.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>Whether lead <paramref name="lead"/> of department <paramref name="department"/> had a console connected at the start.</summary>
    public bool HasLeadConsole(int department, int lead)
    {
        lock (_consoles)
        {
            return _leadConsoles.Contains((department, lead));
        }
    }

    public ConsoleResults Results()
    {
        List<AgentConsole> consoles;
        lock (_consoles)
        {
            consoles = [.. _consoles];
        }

        return new ConsoleResults(
            roster.Count,
            consoles.Count,
            Failed,
            (int)Counters.Dropped,
            (int)Counters.Reconnected,
            _connectSeconds,
            Counters.ConnectLatency.Summarize(),
            new Dictionary<string, long>(Counters.FailuresByReason),
            consoles.Sum(console => console.Feed.Applied),
            new Dictionary<string, long>(tracker.PushesByKind),
            consoles.Sum(console => console.Feed.Duplicates),
            consoles.Sum(console => console.Feed.SequenceGaps),
            Counters.Malformed,
            Counters.Acknowledged,
            Counters.AcknowledgeFailures);
    }

    public async ValueTask DisposeAsync()
    {
        List<AgentConsole> consoles;
        lock (_consoles)
        {
            consoles = [.. _consoles];
        }

        await Parallel.ForEachAsync(consoles, new ParallelOptions { MaxDegreeOfParallelism = ConnectParallelism * 2 }, async (console, _) =>
            await console.DisposeAsync().ConfigureAwait(false)).ConfigureAwait(false);
    }
}
