using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Hosting;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Invocation;
using Asivado.Grains.Runtime.State;
using Asivado.Grains.Runtime.Storage;
using Asivado.Grains.Runtime.Timers;

namespace Asivado.Grains.Runtime.Catalog;

/// <summary>
/// One activation of a grain and its mailbox. Requests take turns: a request runs from its start to the
/// completion of its task (across awaits) before the next starts, unless the grain is [Reentrant], the method
/// is [AlwaysInterleave], or both are [ReadOnly]. There is no thread per activation: a request to an idle
/// activation runs on the caller's thread, queued ones run on the thread pool.
/// </summary>
/// <remarks>Locks on itself rather than on a separate object to keep idle activations small.</remarks>
internal sealed class ActivationData
{
    [ThreadStatic]
    private static ActivationData? t_constructing;

    private object? _grain;
    private volatile ActivationState _state = ActivationState.Activating;

    // The activation turn counts as running, so requests arriving during activation wait.
    private int _running = 1;
    private int _runningReadOnly;
    private Queue<GrainRequest>? _queue;
    private List<GrainTimer>? _timers;
    private DeactivationReason? _deactivationReason;
    private TaskCompletionSource? _deactivated;
    private long _lastActivityTicks;

    public ActivationData(GrainRuntime runtime, GrainId grainId, GrainClassInfo grainClass)
    {
        Runtime = runtime;
        GrainId = grainId;
        GrainClass = grainClass;
    }

    /// <summary>The activation whose grain is being constructed on this thread, for the <see cref="Abstractions.Grain"/> constructor.</summary>
    public static ActivationData? Constructing => t_constructing;

    public GrainRuntime Runtime { get; }

    public GrainId GrainId { get; }

    public GrainClassInfo GrainClass { get; }

    public object Grain => _grain ?? throw new InvalidOperationException($"Grain {GrainId} is not activated.");

    public bool IsValid => _state == ActivationState.Valid;

    public async Task ActivateAsync()
    {
        try
        {
            IStateLoader[] states;
            t_constructing = this;
            try
            {
                (_grain, states) = GrainClass.Construct(this, Runtime.Services);
            }
            finally
            {
                t_constructing = null;
            }

            // Together, so that a provider that batches reads answers them in one round trip.
            if (states.Length == 1)
            {
                await states[0].ReadStateAsync(CancellationToken.None).ConfigureAwait(false);
            }
            else if (states.Length > 1)
            {
                await Task.WhenAll(states.Select(state => state.ReadStateAsync(CancellationToken.None))).ConfigureAwait(false);
            }

            if (_grain is Grain grain && GrainClass.OverridesOnActivate)
            {
                await LifecycleCallback.RunAsync(static (g, ct) => g.OnActivateAsync(ct), grain, Runtime.Options.ActivationTimeout, Runtime.Time).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            Runtime.Log.ActivationFailed(ex, GrainId);
            FailActivation(ex);
            return;
        }

        Runtime.Metrics.ActivationCreated();
        var deactivate = false;
        lock (this)
        {
            _state = ActivationState.Valid;
            _running = 0;
            _lastActivityTicks = Runtime.Time.GetUtcNow().UtcTicks;
            if (_deactivationReason is not null)
            {
                _state = ActivationState.Deactivating;
                deactivate = true;
            }
            else
            {
                DrainLocked();
            }
        }

        if (deactivate)
        {
            ScheduleDeactivation();
        }
    }

    /// <summary>Claims a turn for a request the caller will run on its own thread.</summary>
    public bool TryEnterInline(RequestFlags flags)
    {
        lock (this)
        {
            if (!CanRunLocked(flags) || (_queue is { Count: > 0 } && !Interleaves(flags)))
            {
                return false;
            }

            EnterLocked(flags);
            return true;
        }
    }

    /// <returns>False when the activation is gone; look the grain up again.</returns>
    public bool Enqueue(GrainRequest request)
    {
        lock (this)
        {
            if (_state == ActivationState.Invalid)
            {
                return false;
            }

            if (_queue is not { Count: > 0 } && CanRunLocked(request.Flags))
            {
                EnterLocked(request.Flags);
                request.Activation = this;
                ThreadPool.UnsafeQueueUserWorkItem(request, preferLocal: false);
                return true;
            }

            (_queue ??= new Queue<GrainRequest>()).Enqueue(request);
            return true;
        }
    }

    /// <summary>Ends a turn: starts what may run next, or the deactivation that waited for the turn.</summary>
    public void ExitTurn(RequestFlags flags, Exception? error)
    {
        var deactivate = false;
        lock (this)
        {
            _running--;
            if ((flags & RequestFlags.ReadOnly) != 0)
            {
                _runningReadOnly--;
            }

            if ((flags & RequestFlags.CountsAsActivity) != 0)
            {
                _lastActivityTicks = Runtime.Time.GetUtcNow().UtcTicks;
            }

            if (error is InconsistentStateException)
            {
                _deactivationReason ??= new DeactivationReason(DeactivationReasonCode.ApplicationError, "A state write conflicted with another writer.");
            }

            if (_running == 0 && _deactivationReason is not null && _state == ActivationState.Valid)
            {
                _state = ActivationState.Deactivating;
                deactivate = true;
            }
            else
            {
                DrainLocked();
            }
        }

        if (deactivate)
        {
            ScheduleDeactivation();
        }
    }

    /// <summary>Deactivates once no request is running; requests waiting then go to the next activation.</summary>
    public void RequestDeactivation(DeactivationReason reason)
    {
        lock (this)
        {
            if (_state is ActivationState.Deactivating or ActivationState.Invalid)
            {
                return;
            }

            _deactivationReason ??= reason;
            if (_state != ActivationState.Valid || _running != 0)
            {
                return;
            }

            _state = ActivationState.Deactivating;
        }

        ScheduleDeactivation();
    }

    /// <summary>Deactivates for idleness when nothing ran since <paramref name="cutoffTicks"/> and nothing runs or waits now.</summary>
    public bool TryCollect(long cutoffTicks)
    {
        lock (this)
        {
            if (_state != ActivationState.Valid || _running != 0 || _queue is { Count: > 0 } || _lastActivityTicks > cutoffTicks)
            {
                return false;
            }

            _deactivationReason ??= new DeactivationReason(DeactivationReasonCode.ActivationIdle, "No activity for the collection age.");
            _state = ActivationState.Deactivating;
        }

        Runtime.Metrics.ActivationCollected();
        ScheduleDeactivation();
        return true;
    }

    /// <summary>Completes when the activation has deactivated (or failed to activate).</summary>
    public Task WhenDeactivated()
    {
        lock (this)
        {
            if (_state == ActivationState.Invalid)
            {
                return Task.CompletedTask;
            }

            _deactivated ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _deactivated.Task;
        }
    }

    /// <exception cref="InvalidOperationException">The activation is deactivating.</exception>
    public void AddTimer(GrainTimer timer)
    {
        lock (this)
        {
            if (_state is ActivationState.Deactivating or ActivationState.Invalid)
            {
                throw new InvalidOperationException($"Grain {GrainId} is deactivating; it cannot register timers.");
            }

            (_timers ??= []).Add(timer);
        }
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (this)
        {
            _timers?.Remove(timer);
        }
    }

    private bool Interleaves(RequestFlags flags) => GrainClass.IsReentrant || (flags & RequestFlags.AlwaysInterleave) != 0;

    private bool CanRunLocked(RequestFlags flags)
    {
        if (_state != ActivationState.Valid || _deactivationReason is not null)
        {
            return false;
        }

        return _running == 0
            || Interleaves(flags)
            || ((flags & RequestFlags.ReadOnly) != 0 && _runningReadOnly == _running);
    }

    private void EnterLocked(RequestFlags flags)
    {
        _running++;
        if ((flags & RequestFlags.ReadOnly) != 0)
        {
            _runningReadOnly++;
        }
    }

    private void DrainLocked()
    {
        while (_queue is { Count: > 0 })
        {
            var next = _queue.Peek();
            if (next.IsAbandoned)
            {
                _queue.Dequeue();
                continue;
            }

            if (!CanRunLocked(next.Flags))
            {
                return;
            }

            _queue.Dequeue();
            EnterLocked(next.Flags);
            next.Activation = this;
            ThreadPool.UnsafeQueueUserWorkItem(next, preferLocal: false);
        }
    }

    private void ScheduleDeactivation() => Runtime.Work.Track(Task.Run(DeactivateAsync));

    private async Task DeactivateAsync()
    {
        DeactivationReason reason;
        List<GrainTimer>? timers;
        lock (this)
        {
            reason = _deactivationReason!.Value;
            timers = _timers;
            _timers = null;
        }

        foreach (var timer in timers ?? [])
        {
            timer.DisposeForDeactivation();
        }

        try
        {
            if (_grain is Grain grain && GrainClass.OverridesOnDeactivate)
            {
                await LifecycleCallback.RunAsync(static (call, ct) => call.Grain.OnDeactivateAsync(call.Reason, ct), (Grain: grain, Reason: reason), Runtime.Options.DeactivationTimeout, Runtime.Time).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            Runtime.Log.DeactivationFailed(ex, GrainId);
        }

        Runtime.Log.Deactivated(GrainId, reason.Code);
        Runtime.Metrics.ActivationRemoved();
        Finish(forwardError: null);
    }

    private void FailActivation(Exception error) => Finish(error);

    /// <summary>Leaves the catalog, then forwards (or, after a failed activation, fails) the requests that waited.</summary>
    private void Finish(Exception? forwardError)
    {
        Runtime.Catalog.Remove(this);
        Queue<GrainRequest>? waiting;
        TaskCompletionSource? deactivated;
        lock (this)
        {
            _state = ActivationState.Invalid;
            _running = 0;
            waiting = _queue;
            _queue = null;
            deactivated = _deactivated;
        }

        deactivated?.TrySetResult();
        foreach (var request in waiting ?? [])
        {
            if (forwardError is not null)
            {
                request.Fail(forwardError);
            }
            else if ((request.Flags & RequestFlags.LocalOnly) != 0)
            {
                request.Fail(new InvalidOperationException($"Grain {GrainId} deactivated before request {request.MethodName} ran."));
            }
            else if (!request.IsAbandoned)
            {
                Runtime.Dispatch(request);
            }
        }
    }
}
