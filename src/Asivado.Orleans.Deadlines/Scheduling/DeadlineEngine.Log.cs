using Microsoft.Extensions.Logging;

namespace Asivado.Orleans.Deadlines.Scheduling;

// Grain ids and deadline names only: a deadline carries no personal data, and its logs must not either.
internal sealed partial class DeadlineEngine
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Deadline {Name} of {Target} failed (attempt {Attempt}); retrying in {RetryIn}.")]
    private static partial void LogFiringFailed(ILogger logger, Exception exception, GrainId target, string name, int attempt, TimeSpan retryIn);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Deadline {Name} of {Target} failed; not retried here because it was changed or cancelled meanwhile, its range moved to another silo, or the service is stopping.")]
    private static partial void LogFiringFailedNotRetried(ILogger logger, Exception exception, GrainId target, string name);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Error, Message = "Loading deadlines due before {Horizon} failed; the next load retries.")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, DateTimeOffset horizon);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Debug, Message = "Loaded {Count} deadlines due from {From} to before {Horizon}; {Merged} were new to memory.")]
    private static partial void LogLoaded(ILogger logger, int count, DateTimeOffset from, DateTimeOffset horizon, int merged);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Debug, Message = "Discarded the deadlines read from {From} to before {Horizon}: the ring range changed meanwhile and is being reloaded.")]
    private static partial void LogLoadDiscarded(ILogger logger, DateTimeOffset from, DateTimeOffset horizon);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Information, Message = "Deadline ranges changed to {Ranges}; {Dropped} deadlines left memory for their new owner.")]
    private static partial void LogRangesChanged(ILogger logger, string ranges, int dropped);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Information, Message = "Deadline service started; {Pending} deadlines due within the look-ahead.")]
    private static partial void LogStarted(ILogger logger, long pending);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Information, Message = "Deadline service stopped.")]
    private static partial void LogStopped(ILogger logger);

    [LoggerMessage(EventId = 5109, Level = LogLevel.Warning, Message = "Deadline handler calls still running after {Timeout} while stopping; their rows stay for the next owner.")]
    private static partial void LogStopDrainTimedOut(ILogger logger, TimeSpan timeout);
}
