namespace Asivado.Gateway.Authentication.ApiKeys;

internal static partial class ApiKeyLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "A request presented an unknown API key")]
    public static partial void ApiKeyRefused(this ILogger logger);
}
