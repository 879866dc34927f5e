using Microsoft.Extensions.Logging;

namespace Asivado.Orleans.PostgreSql.Batching;

internal sealed partial class PostgreSqlBatcher
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning,
        Message = "A {Batcher} batch of {Count} operations failed with SQL state {SqlState}; retrying them one by one so that only the one at fault fails.")]
    private static partial void LogBatchRetriedSingly(ILogger logger, Exception exception, string batcher, int count, string sqlState);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning,
        Message = "A {Batcher} batch of {Count} operations failed; each caller gets the error.")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, string batcher, int count);
}
