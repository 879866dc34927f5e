namespace Asivado.Grains.Runtime.Catalog;

/// <summary>
/// Counts work the runtime started on its own (timer turns, idle collection) so that tests in virtual time
/// can wait for it to finish without sleeping.
/// </summary>
internal sealed class PendingWorkTracker
{
    private readonly Lock _lock = new();
    private int _pending;
    private TaskCompletionSource? _idle;

    public void Track(Task work)
    {
        if (work.IsCompleted)
        {
            return;
        }

        lock (_lock)
        {
            _pending++;
        }

        work.ContinueWith(static (done, state) => ((PendingWorkTracker)state!).Done(done), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task WhenIdleAsync()
    {
        lock (_lock)
        {
            if (_pending == 0)
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task;
        }
    }

    private void Done(Task done)
    {
        // Observed here so that a failed timer turn is not reported as an unobserved task exception.
        _ = done.Exception;
        lock (_lock)
        {
            if (--_pending == 0 && _idle is not null)
            {
                _idle.TrySetResult();
                _idle = null;
            }
        }
    }
}
