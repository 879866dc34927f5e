using Asivado.Grains.Runtime.Identity;
using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Runtime.Reminders.Polling;

internal sealed partial class PollingReminderService
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Reminder {Name} of {GrainId} failed (attempt {Attempt}); retrying at the first poll after {RetryIn}.")]
    private static partial void LogFiringFailed(ILogger logger, Exception exception, GrainId grainId, string name, int attempt, TimeSpan retryIn);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Reminder {Name} of {GrainId} failed; not retried because it was changed or unregistered meanwhile, or the service is stopping.")]
    private static partial void LogFiringFailedNotRetried(ILogger logger, Exception exception, GrainId grainId, string name);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Polling for reminders due at or before {Now} failed; the next poll retries.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, DateTimeOffset now);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Debug, Message = "Polled for reminders due at or before {Now}: {Count} rows, {Claimed} claimed for dispatch.")]
    private static partial void LogPolled(ILogger logger, DateTimeOffset now, int count, int claimed);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Polling reminder service started (poll every {PollInterval}); {Claimed} reminders due at start.")]
    private static partial void LogStarted(ILogger logger, TimeSpan pollInterval, long claimed);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "Polling reminder service stopped.")]
    private static partial void LogStopped(ILogger logger);
}
