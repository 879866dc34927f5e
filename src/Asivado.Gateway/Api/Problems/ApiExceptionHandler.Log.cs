namespace Asivado.Gateway.Api.Problems;

internal sealed partial class ApiExceptionHandler
{
    /// <summary>Field names only: the values may be personal data.</summary>
    [LoggerMessage(Level = LogLevel.Debug, Message = "Rejected the body of {Method} {Path}: {Fields}")]
    private static partial void LogRejectedBody(ILogger logger, string method, PathString path, string fields);
}
