using Asivado.Grains.Runtime.Catalog;
using Asivado.Grains.Runtime.Invocation;

namespace Asivado.Grains.Runtime.Timers;

/// <summary>
/// A timer on the runtime's TimeProvider whose ticks run as requests of the activation. The next tick is
/// armed only after the callback finished, so ticks never overlap.
/// </summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly ActivationData _activation;
    private readonly Func<object?, CancellationToken, Task> _callback;
    private readonly object? _state;
    private readonly RequestFlags _flags;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _disposal = new();
    private TimeSpan _period;
    private bool _inFlight;
    private bool _disposed;

    public GrainTimer(ActivationData activation, Func<object?, CancellationToken, Task> callback, object? state, GrainTimerCreationOptions options)
    {
        ValidateTime(options.DueTime, "options.DueTime");
        ValidateTime(options.Period, "options.Period");
        _activation = activation;
        _callback = callback;
        _state = state;
        _flags = RequestFlags.LocalOnly
            | (options.KeepAlive ? RequestFlags.CountsAsActivity : RequestFlags.None)
            | (options.Interleave ? RequestFlags.AlwaysInterleave : RequestFlags.None);
        _period = options.Period;
        _timer = activation.Runtime.Time.CreateTimer(static state => ((GrainTimer)state!).OnTick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        activation.AddTimer(this);
        _timer.Change(options.DueTime, Timeout.InfiniteTimeSpan);
    }

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        ValidateTime(dueTime, nameof(dueTime));
        ValidateTime(period, nameof(period));
        lock (this)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _period = period;
            _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        DisposeForDeactivation();
        _activation.RemoveTimer(this);
    }

    /// <summary>Stops the timer without touching the activation's timer list (the activation is clearing it).</summary>
    internal void DisposeForDeactivation()
    {
        lock (this)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        _timer.Dispose();
        _disposal.Cancel();
    }

    private static void ValidateTime(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(name, value, "A timer due time or period must be zero or positive, or Timeout.InfiniteTimeSpan.");
        }
    }

    private void OnTick()
    {
        lock (this)
        {
            if (_disposed || _inFlight)
            {
                return;
            }

            _inFlight = true;
        }

        var request = new GrainRequest<VoidResult>(_activation.Runtime, _activation.GrainId, $"GrainTimer({_activation.GrainClass.ClassType.Name})", _flags, (_, _) => RunAsync(), null);
        if (!_activation.Enqueue(request))
        {
            request.Fail(new InvalidOperationException("The activation is gone."));
            return;
        }

        _activation.Runtime.Work.Track(request.Task);
    }

    private async ValueTask<VoidResult> RunAsync()
    {
        try
        {
            await _callback(_state, _disposal.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _activation.Runtime.Log.TimerCallbackFailed(ex, _activation.GrainId);
        }
        finally
        {
            lock (this)
            {
                _inFlight = false;
                if (!_disposed && _period != Timeout.InfiniteTimeSpan)
                {
                    _timer.Change(_period, Timeout.InfiniteTimeSpan);
                }
            }
        }

        return default;
    }
}
