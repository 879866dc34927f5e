namespace Asivado.Domain.Cases;

public enum CaseErrorKind
{
    /// <summary>The command is not allowed in the case's current state (HTTP 409).</summary>
    InvalidTransition = 1,

    /// <summary>A field of the command is missing or wrong (HTTP 400); <see cref="CaseTransitionError.Field"/> names it.</summary>
    InvalidArgument,
}

public sealed record CaseTransitionError(CaseErrorKind Kind, string Command, CaseStatus Status, string Message, string? Field = null);
