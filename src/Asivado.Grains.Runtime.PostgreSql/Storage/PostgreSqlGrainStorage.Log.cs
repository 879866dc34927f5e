using Asivado.Grains.Runtime.Identity;
using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Runtime.PostgreSql.Storage;

public sealed partial class PostgreSqlGrainStorage
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug,
        Message = "State '{StateName}' of grain {GrainId} was not written: stored ETag '{StoredETag}', expected '{ExpectedETag}'.")]
    private static partial void LogConflict(ILogger logger, string stateName, GrainId grainId, string storedETag, string expectedETag);
}
