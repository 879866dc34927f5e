namespace Asivado.Gateway.Hardening;

/// <summary>The API requests being worked now, against <see cref="LoadSheddingOptions.MaxRequestsInFlight"/>, and when one was last refused.</summary>
public sealed class RequestsInFlight(LoadSheddingOptions options, TimeProvider time)
{
    private int _count;
    private long _lastShedTimestamp = long.MinValue;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Counts the request in; false (and nothing counted) when the limit is reached.</summary>
    public bool TryEnter()
    {
        if (Interlocked.Increment(ref _count) <= options.MaxRequestsInFlight)
        {
            return true;
        }

        Interlocked.Decrement(ref _count);
        Interlocked.Exchange(ref _lastShedTimestamp, time.GetTimestamp());
        return false;
    }

    public void Exit() => Interlocked.Decrement(ref _count);

    /// <summary>A request was refused within the last <see cref="LoadSheddingOptions.SaturatedFor"/>.</summary>
    public bool IsSaturated()
    {
        var lastShed = Interlocked.Read(ref _lastShedTimestamp);
        return lastShed != long.MinValue && time.GetElapsedTime(lastShed) < options.SaturatedFor;
    }
}
