namespace Asivado.Grains.Organisation.Revisions.Reapplication;

/// <summary>A case the job could not reach (its call failed); <see cref="Error"/> is the exception's type, never its text.</summary>
public sealed record ReapplicationFailure(string CaseId, string Error);
