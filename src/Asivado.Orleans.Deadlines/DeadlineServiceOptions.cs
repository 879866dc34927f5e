namespace Asivado.Orleans.Deadlines;

/// <summary>Settings of the deadline service (<c>AddDeadlines</c>); validated when the silo starts.</summary>
public sealed class DeadlineServiceOptions
{
    /// <summary>
    /// How far ahead the service loads deadlines from the table into memory. The table is read again every half of
    /// this (only the part not loaded yet), so memory always covers at least the next <c>LookAhead / 2</c>.
    /// Default: 1 minute.
    /// </summary>
    public TimeSpan LookAhead { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most handler calls running at once per silo. Default: 1,000.</summary>
    public int MaxConcurrentDispatches { get; set; } = 1_000;

    /// <summary>The wait before the first retry of a handler call that failed. Default: 1 second.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between retries; the wait doubles from <see cref="InitialRetryDelay"/> up to this. Default: 1 minute.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many table rows are merged into memory under one lock while loading; what fell due meanwhile is dispatched between batches. Default: 10,000.</summary>
    public int LoadBatchSize { get; set; } = 10_000;

    /// <summary>The problems with these settings, none when they are valid.</summary>
    public IEnumerable<string> Problems()
    {
        if (LookAhead <= TimeSpan.Zero)
        {
            yield return $"{nameof(LookAhead)} must be positive (is {LookAhead}).";
        }

        if (MaxConcurrentDispatches <= 0)
        {
            yield return $"{nameof(MaxConcurrentDispatches)} must be positive (is {MaxConcurrentDispatches}).";
        }

        if (InitialRetryDelay <= TimeSpan.Zero)
        {
            yield return $"{nameof(InitialRetryDelay)} must be positive (is {InitialRetryDelay}).";
        }

        if (MaxRetryDelay < InitialRetryDelay)
        {
            yield return $"{nameof(MaxRetryDelay)} must not be less than {nameof(InitialRetryDelay)} (is {MaxRetryDelay}).";
        }

        if (LoadBatchSize <= 0)
        {
            yield return $"{nameof(LoadBatchSize)} must be positive (is {LoadBatchSize}).";
        }
    }
}
