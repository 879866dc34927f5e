using System.Diagnostics;
using Asivado.Grains.Runtime.Hosting;
using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Invocation;

/// <inheritdoc cref="GrainRequest"/>
internal sealed class GrainRequest<TResult> : GrainRequest
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly GrainRuntime _runtime;
    private readonly Func<object, object?[]?, ValueTask<TResult>> _invoker;
    private readonly object?[]? _args;
    private readonly long _startTimestamp;
    private ITimer? _timeout;
    private ValueTask<TResult> _running;

    public GrainRequest(GrainRuntime runtime, GrainId grainId, string methodName, RequestFlags flags, Func<object, object?[]?, ValueTask<TResult>> invoker, object?[]? args)
        : base(grainId, methodName, flags)
    {
        _runtime = runtime;
        _invoker = invoker;
        _args = args;
        _startTimestamp = Stopwatch.GetTimestamp();
        var timeout = runtime.Options.CallTimeout;
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            _timeout = runtime.Time.CreateTimer(static state => ((GrainRequest<TResult>)state!).OnTimeout(), this, timeout, Timeout.InfiniteTimeSpan);
        }
    }

    public Task<TResult> Task => _completion.Task;

    public override bool IsAbandoned => _completion.Task.IsCompleted;

    public override void Fail(Exception error)
    {
        _timeout?.Dispose();
        _completion.TrySetException(error);
    }

    public override void Execute()
    {
        if (IsAbandoned)
        {
            Activation!.ExitTurn(Flags, error: null);
            return;
        }

        ValueTask<TResult> pending;
        try
        {
            pending = _invoker(Activation!.Grain, _args);
        }
        catch (Exception ex)
        {
            Finish(ValueTask.FromException<TResult>(ex));
            return;
        }

        Attach(pending);
    }

    /// <summary>Takes over a turn that started inline and has not completed yet.</summary>
    public Task<TResult> AttachRunning(ValueTask<TResult> pending)
    {
        Attach(pending);
        return _completion.Task;
    }

    private void Attach(ValueTask<TResult> pending)
    {
        if (pending.IsCompleted)
        {
            Finish(pending);
            return;
        }

        _running = pending;
        pending.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(OnRunningCompleted);
    }

    private void OnRunningCompleted()
    {
        var completed = _running;
        _running = default;
        Finish(completed);
    }

    private void Finish(ValueTask<TResult> completed)
    {
        TResult? result = default;
        Exception? error = null;
        try
        {
            result = completed.Result;
        }
        catch (Exception ex)
        {
            error = ex;
        }

        Activation!.ExitTurn(Flags, error);
        _timeout?.Dispose();
        _runtime.Metrics.RecordCall(_startTimestamp);
        if (error is null)
        {
            _completion.TrySetResult(result!);
        }
        else if (error is OperationCanceledException canceled)
        {
            _completion.TrySetCanceled(canceled.CancellationToken);
        }
        else
        {
            _completion.TrySetException(error);
        }
    }

    private void OnTimeout()
    {
        var timeout = _runtime.Options.CallTimeout;
        if (_completion.TrySetException(new TimeoutException(
            $"Call to {MethodName} on grain {GrainId} did not complete within {timeout}. A call cycle between non-reentrant grains (A -> B -> A) or a request that never finishes blocks it.")))
        {
            _runtime.Log.CallTimedOut(MethodName, GrainId, timeout);
        }
    }
}
