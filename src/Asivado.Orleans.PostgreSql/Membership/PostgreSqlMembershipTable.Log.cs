using Microsoft.Extensions.Logging;

namespace Asivado.Orleans.PostgreSql.Membership;

public sealed partial class PostgreSqlMembershipTable
{
    [LoggerMessage(EventId = 1401, Level = LogLevel.Debug, Message = "Membership table of cluster '{ClusterId}' is ready.")]
    private static partial void LogInitialized(ILogger logger, string clusterId);

    // Expected whenever two silos change membership at once: Orleans reads the table again and retries.
    [LoggerMessage(EventId = 1402, Level = LogLevel.Debug, Message = "Membership {Operation} in cluster '{ClusterId}' at table version {Version} lost to a concurrent change.")]
    private static partial void LogConflict(ILogger logger, string operation, string clusterId, int version);

    [LoggerMessage(EventId = 1403, Level = LogLevel.Information, Message = "Removed {Count} defunct silo entries of cluster '{ClusterId}'.")]
    private static partial void LogDefunctRemoved(ILogger logger, int count, string clusterId);
}
