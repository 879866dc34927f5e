using System.Collections.Concurrent;
using Asivado.Orleans.Deadlines.Scheduling;
using Asivado.Orleans.Deadlines.Table;

namespace Asivado.Orleans.Deadlines.Tests.Scheduling;

/// <summary>Records every handler call; can fail the first calls of a deadline, or run a handler body.</summary>
internal sealed class RecordingDelivery : IDeadlineDelivery
{
    private readonly ConcurrentDictionary<DeadlineKey, int> _failuresLeft = new();
    private readonly Lock _lock = new();
    private readonly List<(DeadlineEntry Entry, DeadlineFiring Firing, bool Failed)> _calls = [];

    /// <summary>Runs inside each call, before it succeeds.</summary>
    public Func<DeadlineEntry, DeadlineFiring, Task>? Handler { get; set; }

    public IReadOnlyList<(DeadlineEntry Entry, DeadlineFiring Firing, bool Failed)> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    public IReadOnlyList<(DeadlineEntry Entry, DeadlineFiring Firing)> Fired => [.. Calls.Where(c => !c.Failed).Select(c => (c.Entry, c.Firing))];

    public void FailFirst(GrainId target, string name, int times) => _failuresLeft[new DeadlineKey(target, name)] = times;

    public async Task DeliverAsync(DeadlineEntry entry, DeadlineFiring firing)
    {
        var key = DeadlineKey.Of(entry);
        var fail = _failuresLeft.TryGetValue(key, out var left) && left > 0;
        if (fail)
        {
            _failuresLeft[key] = left - 1;
        }

        lock (_lock)
        {
            _calls.Add((entry, firing, fail));
        }

        if (fail)
        {
            throw new InvalidOperationException("The handler failed (test).");
        }

        if (Handler is { } handler)
        {
            await handler(entry, firing);
        }
    }
}
