using Asivado.Grains.Runtime.Identity;
using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Runtime.PostgreSql.Reminders;

public sealed partial class PostgreSqlReminderTable
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Debug,
        Message = "Reminder '{ReminderName}' of grain {GrainId} was not advanced: it changed or was removed since ETag '{ExpectedETag}'.")]
    private static partial void LogStaleAdvance(ILogger logger, string reminderName, GrainId grainId, string expectedETag);
}
