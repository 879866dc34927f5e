namespace Asivado.Gateway.Hosting;

internal sealed partial class GrainProvidersStartupLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Grain state and deadlines are kept in memory: everything is lost when the process stops. Set ConnectionStrings:Asivado to use PostgreSQL.")]
    private static partial void LogMemoryProviders(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain state and deadlines are stored in PostgreSQL, schema {Schema}")]
    private static partial void LogPostgreSqlProviders(ILogger logger, string schema);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organisation loaded: {Departments} departments, {People} people")]
    private static partial void LogOrganisation(ILogger logger, int departments, int people);
}
