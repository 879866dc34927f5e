namespace Asivado.LoadTest.Run;

/// <summary>An intake request that did not create a case; <see cref="Reason"/> groups errors in the results (e.g. "HTTP 503").</summary>
public sealed class IntakeFailedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
