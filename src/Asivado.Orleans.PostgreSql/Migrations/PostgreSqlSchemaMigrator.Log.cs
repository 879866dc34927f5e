using Microsoft.Extensions.Logging;

namespace Asivado.Orleans.PostgreSql.Migrations;

public sealed partial class PostgreSqlSchemaMigrator
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Applied migration {Version:D4}_{Name} to schema '{Schema}'.")]
    private static partial void LogMigrationApplied(ILogger logger, int version, string name, string schema);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Schema '{Schema}' is up to date.")]
    private static partial void LogSchemaUpToDate(ILogger logger, string schema);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning,
        Message = "Schema '{Schema}' records migration {Version:D4}_{Name}, which this build does not know; a newer build has migrated it.")]
    private static partial void LogUnknownMigration(ILogger logger, int version, string name, string schema);
}
