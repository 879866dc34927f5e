using Microsoft.Extensions.Logging;

namespace Asivado.Orleans.PostgreSql.Storage;

// Grain keys may carry customer data (a phone number, an e-mail address): messages name the grain type only.
public sealed partial class PostgreSqlGrainStorage
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug,
        Message = "Storage '{Storage}': {Operation} of state '{StateName}' of a '{GrainType}' grain conflicted: stored ETag '{StoredETag}', expected '{ExpectedETag}'.")]
    private static partial void LogConflict(ILogger logger, string storage, string operation, string grainType, string stateName, string storedETag, string expectedETag);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Storage '{Storage}' is ready on schema '{Schema}'.")]
    private static partial void LogInitialized(ILogger logger, string storage, string schema);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error,
        Message = "Storage '{Storage}': the stored JSON of state '{StateName}' of a '{GrainType}' grain does not deserialize.")]
    private static partial void LogUnreadableState(ILogger logger, Exception exception, string storage, string grainType, string stateName);
}
