namespace Asivado.Orleans.Persistence.Collections;

/// <summary>
/// Group commit inside one reentrant grain: one write in flight at a time, and every change made while it is in flight
/// goes out together in the next one. A turn changes memory synchronously, then awaits <see cref="WriteAsync"/>, which
/// completes once a write that started after the change is durable. So a grain's calls are not serialised behind each
/// other's round trips, yet its writes reach storage in order, never two at once.
/// </summary>
/// <remarks>Not thread-safe: call it from the grain's own turns only, like the state it writes.</remarks>
public sealed class WriteCoalescer(Func<Task> write)
{
    private Task _last = Task.CompletedTask;
    private Task? _queued;

    /// <summary>Writes every change made so far: joins the write queued behind the one in flight, or starts one.</summary>
    public Task WriteAsync()
    {
        if (_queued is not null)
        {
            return _queued;
        }

        if (_last.IsCompleted)
        {
            return _last = write();
        }

        var queued = WriteAfterAsync(_last);
        _queued = queued;
        _last = queued;
        return queued;
    }

    /// <summary>Completes when every change made so far is durable (at once when no write is in flight or queued).</summary>
    public Task WhenWrittenAsync() => _last;

    private async Task WriteAfterAsync(Task previous)
    {
        try
        {
            await previous.ConfigureAwait(true);
        }
        catch
        {
            // Its callers got the failure; the changes made after it are written (and may fail) on their own.
        }

        // From here new changes need the next write: this one takes what is pending now.
        _queued = null;
        await write().ConfigureAwait(true);
    }
}
