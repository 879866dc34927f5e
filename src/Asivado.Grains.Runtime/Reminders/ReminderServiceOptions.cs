namespace Asivado.Grains.Runtime.Reminders;

/// <summary>Settings of the durable reminder scheduler (<see cref="IReminderService"/>).</summary>
public sealed class ReminderServiceOptions
{
    /// <summary>
    /// How far ahead the scheduler loads reminders from the table into memory. Default: 1 minute.
    /// The table is read again every half of this, so the in-memory schedule always covers at least
    /// the next <c>LookAhead / 2</c>.
    /// </summary>
    public TimeSpan LookAhead { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most reminder dispatches running at once. Default: 1,000.</summary>
    public int MaxConcurrentDispatches { get; set; } = 1_000;

    /// <summary>The wait before the first retry of a reminder whose dispatch failed. Default: 1 second.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between retries; the wait doubles from <see cref="InitialRetryDelay"/> up to this. Default: 1 minute.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many table rows are merged into the schedule under one lock while loading; what fell due meanwhile is dispatched between batches. Default: 10,000.</summary>
    public int LoadBatchSize { get; set; } = 10_000;

    /// <summary>The grain hash range this process owns. Default: <see cref="HashRange.Full"/> (one silo).</summary>
    public HashRange Range { get; set; } = HashRange.Full;

    internal void Validate()
    {
        if (LookAhead <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(LookAhead), LookAhead, "The look-ahead must be positive.");
        }

        if (MaxConcurrentDispatches <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrentDispatches), MaxConcurrentDispatches, "At least one dispatch must be allowed.");
        }

        if (InitialRetryDelay <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialRetryDelay), InitialRetryDelay, "The retry delay must be positive.");
        }

        if (MaxRetryDelay < InitialRetryDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryDelay), MaxRetryDelay, "The maximum retry delay must not be less than the initial retry delay.");
        }

        if (LoadBatchSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(LoadBatchSize), LoadBatchSize, "The load batch size must be positive.");
        }
    }
}
