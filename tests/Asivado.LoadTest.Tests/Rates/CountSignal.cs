namespace Asivado.LoadTest.Tests.Rates;

/// <summary>A counter whose tests await "at least n" instead of sleeping.</summary>
public sealed class CountSignal
{
    private readonly Lock _gate = new();
    private readonly List<(int Target, TaskCompletionSource Signal)> _waiters = [];
    private int _count;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    public void Increment()
    {
        lock (_gate)
        {
            _count++;
            foreach (var waiter in _waiters.Where(waiter => waiter.Target <= _count).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public Task WhenAtLeast(int target)
    {
        lock (_gate)
        {
            if (_count >= target)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((target, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(20)); // Hang guard only.
        }
    }
}
