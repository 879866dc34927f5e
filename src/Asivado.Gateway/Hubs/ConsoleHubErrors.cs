using Asivado.Grains.Common;
using Microsoft.AspNetCore.SignalR;

namespace Asivado.Gateway.Hubs;

/// <summary>
/// The one place that turns a refusal into the HubException the console sees. Messages start with a stable
/// code — "invalid", "not found", "conflict", "forbidden" — then a colon and the reason (for "invalid", the
/// argument's name first).
/// </summary>
public static class ConsoleHubErrors
{
    public static HubException From(GrainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new HubException(error.Kind switch
        {
            GrainErrorKind.InvalidArgument when error.Field is not null => $"invalid: {error.Field}: {error.Message}",
            GrainErrorKind.InvalidArgument => $"invalid: {error.Message}",
            GrainErrorKind.NotFound => $"not found: {error.Message}",
            GrainErrorKind.Conflict => $"conflict: {error.Message}",
            GrainErrorKind.Forbidden => $"forbidden: {error.Message}",
            _ => $"refused: {error.Message}",
        });
    }

    public static HubException Invalid(string argument, string message) => From(GrainError.Invalid(argument, message));

    public static HubException NotFound(string message) => From(GrainError.NotFound(message));

    public static HubException Conflict(string message) => From(GrainError.Conflict(message));

    public static HubException Forbidden(string message) => From(GrainError.Forbidden(message));

    /// <summary>The value of a successful result; otherwise throws the error's HubException.</summary>
    public static T ValueOrThrow<T>(this GrainResult<T> result)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Succeeded ? result.Value : throw From(result.Error);
    }
}
