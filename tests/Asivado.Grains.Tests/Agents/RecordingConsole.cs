using Asivado.Grains.Agents;

namespace Asivado.Grains.Tests.Agents;

/// <summary>
/// A console that records the pushes it gets. <see cref="WaitForAsync"/> is the barrier for pushes sent by calls
/// the test cannot await (a department's notices to its leads, an auto-assignment); its time limit is only a guard
/// against a hung test, never a wait the test relies on.
/// </summary>
internal sealed class RecordingConsole : IAgentConsoleObserver
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private readonly Lock _lock = new();
    private readonly List<ConsolePush> _pushes = [];
    private readonly TaskCompletionSource _subscriptionEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(Func<IReadOnlyList<ConsolePush>, bool> Condition, TaskCompletionSource Done)> _waiters = [];

    /// <summary>When true, every push throws (a console that went away).</summary>
    public bool Fail { get; init; }

    public int Calls { get; private set; }

    public IReadOnlyList<ConsolePush> Pushes
    {
        get
        {
            lock (_lock)
            {
                return [.. _pushes];
            }
        }
    }

    public IReadOnlyList<long> Sequences => [.. Pushes.Select(p => p.Sequence)];

    /// <summary>Completes when the agent grain said its activation (and this subscription) ended.</summary>
    public Task SubscriptionEnded => _subscriptionEnded.Task.WaitAsync(Guard);

    public Task OnSubscriptionEnded()
    {
        _subscriptionEnded.TrySetResult();
        return Task.CompletedTask;
    }

    public Task OnPush(ConsolePush push)
    {
        lock (_lock)
        {
            Calls++;
            if (Fail)
            {
                throw new InvalidOperationException("console disconnected");
            }

            _pushes.Add(push);
            foreach (var waiter in _waiters.Where(w => w.Condition(_pushes)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Completes once the recorded pushes satisfy <paramref name="condition"/>.</summary>
    public Task WaitForAsync(Func<IReadOnlyList<ConsolePush>, bool> condition)
    {
        lock (_lock)
        {
            if (condition(_pushes))
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((condition, done));
            return done.Task.WaitAsync(Guard);
        }
    }

    public Task WaitForKindAsync(string kind, int count = 1) =>
        WaitForAsync(pushes => pushes.Count(p => p.Kind == kind) >= count);
}
