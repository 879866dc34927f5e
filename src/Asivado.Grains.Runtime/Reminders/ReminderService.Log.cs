using Asivado.Grains.Runtime.Identity;
using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Runtime.Reminders;

internal sealed partial class ReminderService
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Reminder {Name} of {GrainId} failed (attempt {Attempt}); retrying in {RetryIn}.")]
    private static partial void LogFiringFailed(ILogger logger, Exception exception, GrainId grainId, string name, int attempt, TimeSpan retryIn);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Reminder {Name} of {GrainId} failed; not retried because it was changed or unregistered meanwhile, or the service is stopping.")]
    private static partial void LogFiringFailedNotRetried(ILogger logger, Exception exception, GrainId grainId, string name);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Loading reminders due before {Horizon} failed; the next load retries.")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, DateTimeOffset horizon);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Loaded {Count} reminders due from {From} (or earlier at start-up) to before {Horizon}; {Merged} were new to the schedule.")]
    private static partial void LogLoaded(ILogger logger, int count, DateTimeOffset from, DateTimeOffset horizon, int merged);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Reminder service started; {Pending} reminders due within the look-ahead.")]
    private static partial void LogStarted(ILogger logger, long pending);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Reminder service stopped.")]
    private static partial void LogStopped(ILogger logger);
}
