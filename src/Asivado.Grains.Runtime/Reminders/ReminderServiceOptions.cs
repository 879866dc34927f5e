namespace Asivado.Grains.Runtime.Reminders;

/// <summary>
/// Settings of the durable reminder service (<see cref="IReminderService"/>). The gateway binds them from the
/// configuration section "Reminders" (e.g. <c>Reminders:Mode</c>, <c>Reminders:PollInterval</c>).
/// </summary>
public sealed class ReminderServiceOptions
{
    /// <summary>The longest <see cref="PollInterval"/> accepted: 1 day.</summary>
    public static readonly TimeSpan MaxPollInterval = TimeSpan.FromDays(1);

    /// <summary>
    /// Which service runs: <see cref="ReminderServiceMode.Exact"/> (the in-memory scheduler) or
    /// <see cref="ReminderServiceMode.Polling"/> (the polling baseline, for comparison). Default: Exact.
    /// </summary>
    public ReminderServiceMode Mode { get; set; } = ReminderServiceMode.Exact;

    /// <summary>
    /// Polling mode only: how often the table is queried for everything due; a reminder fires at the first poll at or
    /// after its due instant, so up to one interval late. Polls fall on a fixed grid from the service's start.
    /// Default: 1 minute (as Zammad, Chatwoot and osTicket check). Must be positive and at most 1 day.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Exact mode only: how far ahead the scheduler loads reminders from the table into memory. Default: 1 minute.
    /// The table is read again every half of this, so the in-memory schedule always covers at least
    /// the next <c>LookAhead / 2</c>.
    /// </summary>
    public TimeSpan LookAhead { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most reminder dispatches running at once. Default: 1,000.</summary>
    public int MaxConcurrentDispatches { get; set; } = 1_000;

    /// <summary>
    /// The wait before the first retry of a reminder whose dispatch failed. Default: 1 second. In polling mode the
    /// retry happens at the first poll after the wait.
    /// </summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between retries; the wait doubles from <see cref="InitialRetryDelay"/> up to this. Default: 1 minute.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Exact mode only: how many table rows are merged into the schedule under one lock while loading; what fell due meanwhile is dispatched between batches. Default: 10,000.</summary>
    public int LoadBatchSize { get; set; } = 10_000;

    /// <summary>The grain hash range this process owns. Default: <see cref="HashRange.Full"/> (one silo).</summary>
    public HashRange Range { get; set; } = HashRange.Full;

    internal void Validate()
    {
        if (!Enum.IsDefined(Mode))
        {
            throw new ArgumentOutOfRangeException(nameof(Mode), Mode, $"The reminder mode must be {nameof(ReminderServiceMode.Exact)} or {nameof(ReminderServiceMode.Polling)}.");
        }

        if (PollInterval <= TimeSpan.Zero || PollInterval > MaxPollInterval)
        {
            throw new ArgumentOutOfRangeException(nameof(PollInterval), PollInterval, "The poll interval must be positive and at most 1 day.");
        }

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
