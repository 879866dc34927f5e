namespace Asivado.Grains.Common;

/// <summary>Why a grain refused a request; nothing was changed. The gateway maps <see cref="Kind"/> to an HTTP status.</summary>
/// <param name="Field">For <see cref="GrainErrorKind.InvalidArgument"/>: the request field at fault, camelCase JSON path.</param>
public sealed record GrainError(GrainErrorKind Kind, string Message, string? Field = null)
{
    public static GrainError NotFound(string message) => new(GrainErrorKind.NotFound, message);

    public static GrainError Invalid(string field, string message) => new(GrainErrorKind.InvalidArgument, message, field);

    public static GrainError Conflict(string message) => new(GrainErrorKind.Conflict, message);

    public static GrainError Forbidden(string message) => new(GrainErrorKind.Forbidden, message);
}

public enum GrainErrorKind
{
    /// <summary>HTTP 400.</summary>
    InvalidArgument = 1,

    /// <summary>HTTP 404.</summary>
    NotFound,

    /// <summary>HTTP 409: the current state forbids it.</summary>
    Conflict,

    /// <summary>HTTP 403.</summary>
    Forbidden,
}
