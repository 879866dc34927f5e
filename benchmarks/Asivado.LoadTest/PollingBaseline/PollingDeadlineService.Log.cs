using Microsoft.Extensions.Logging;

namespace Asivado.LoadTest.PollingBaseline;

public sealed partial class PollingDeadlineService
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Polling baseline: deadlines are checked every {Interval}, not at their due instants (a measurement baseline, not for service).")]
    private static partial void LogStarted(ILogger logger, TimeSpan interval);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Debug, Message = "Polled for deadlines due at or before {Now}: {Rows} rows, {Dispatched} dispatched.")]
    private static partial void LogPolled(ILogger logger, DateTimeOffset now, int rows, int dispatched);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Error, Message = "Polling for deadlines due at or before {Now} failed; the next poll reads again.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, DateTimeOffset now);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Warning, Message = "Deadline {Name} of {Target} failed; the next poll that finds it due retries it.")]
    private static partial void LogFiringFailed(ILogger logger, Exception exception, GrainId target, string name);
}
