using System.Collections.Concurrent;
using Orleans.Runtime.Diagnostics;

namespace Asivado.Testing;

/// <summary>
/// Tells a test when a silo has nothing left to do: no grain call in flight (counted from the moment it is sent, so a
/// call started and not awaited counts too), no grain timer tick running, no one-shot timer due by the clock and not
/// yet ticked, and whatever else is registered as busy (the deadline service). Tests in virtual time advance the clock,
/// then wait on <see cref="WhenIdleAsync"/> instead of sleeping.
/// </summary>
public sealed class GrainQuiescence : IIncomingGrainCallFilter, IOutgoingGrainCallFilter, IObserver<GrainTimerEvents.TimerEvent>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<IGrainTimer, DateTimeOffset> _timersDue = new();
    private readonly IDisposable _timerEvents;
    private readonly object _gate = new();
    private readonly List<Func<Task>> _otherWork = [];
    private TaskCompletionSource _changed = NewSignal();
    private int _calls;
    private int _ticks;
    private IServiceProvider? _silo;

    public GrainQuiescence(TimeProvider time)
    {
        _time = time;
        _timerEvents = GrainTimerEvents.AllEvents.Subscribe(this);
    }

    /// <summary>The silo whose timers count (timer events are process-wide).</summary>
    public void Attach(IServiceProvider siloServices) => _silo = siloServices;

    /// <summary>Other work to wait for, e.g. the deadline service's <c>WhenIdleAsync</c> (completed means idle).</summary>
    public void AddWork(Func<Task> whenIdle)
    {
        lock (_otherWork)
        {
            _otherWork.Add(whenIdle);
        }
    }

    public async Task WhenIdleAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            Task[] others;
            lock (_otherWork)
            {
                others = [.. _otherWork.Select(whenIdle => whenIdle())];
            }

            if (IsQuiet() && others.All(task => task.IsCompleted))
            {
                // Once more after the thread pool had a chance to run what the last completion released.
                await Task.Yield();
                if (IsQuiet() && others.All(task => task.IsCompleted))
                {
                    return;
                }

                continue;
            }

            try
            {
                await Task.WhenAny([changed, .. others]).WaitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The silo did not become idle: {_calls} call(s) in flight, {_ticks} timer tick(s) running, {DueTimers()} timer(s) due.");
            }
        }
    }

    async Task IIncomingGrainCallFilter.Invoke(IIncomingGrainCallContext context)
    {
        Enter();
        try
        {
            await context.Invoke();
        }
        finally
        {
            Leave();
        }
    }

    async Task IOutgoingGrainCallFilter.Invoke(IOutgoingGrainCallContext context)
    {
        Enter();
        try
        {
            await context.Invoke();
        }
        finally
        {
            Leave();
        }
    }

    void IObserver<GrainTimerEvents.TimerEvent>.OnNext(GrainTimerEvents.TimerEvent value)
    {
        if (_silo is null || !ReferenceEquals(value.GrainContext.ActivationServices.GetService(typeof(GrainQuiescence)), this))
        {
            return;
        }

        switch (value)
        {
            case GrainTimerEvents.Created created when created.DueTime != Timeout.InfiniteTimeSpan:
                _timersDue[value.Timer] = _time.GetUtcNow() + created.DueTime;
                break;
            case GrainTimerEvents.TickStart:
                Interlocked.Increment(ref _ticks);
                _timersDue.TryRemove(value.Timer, out _);
                break;
            case GrainTimerEvents.TickStop:
                Interlocked.Decrement(ref _ticks);
                break;
            case GrainTimerEvents.Disposed:
                _timersDue.TryRemove(value.Timer, out _);
                break;
        }

        Signal();
    }

    void IObserver<GrainTimerEvents.TimerEvent>.OnCompleted()
    {
    }

    void IObserver<GrainTimerEvents.TimerEvent>.OnError(Exception error)
    {
    }

    public void Dispose() => _timerEvents.Dispose();

    private bool IsQuiet() => Volatile.Read(ref _calls) == 0 && Volatile.Read(ref _ticks) == 0 && DueTimers() == 0;

    private int DueTimers()
    {
        var now = _time.GetUtcNow();
        return _timersDue.Values.Count(due => due <= now);
    }

    private void Enter() => Interlocked.Increment(ref _calls);

    private void Leave()
    {
        Interlocked.Decrement(ref _calls);
        Signal();
    }

    private void Signal()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
