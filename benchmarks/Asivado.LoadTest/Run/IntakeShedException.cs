namespace Asivado.LoadTest.Run;

/// <summary>The host refused an intake because it was at its limit (503 or 429 with Retry-After): shed, not an error.</summary>
public sealed class IntakeShedException(int statusCode) : Exception($"HTTP {statusCode}")
{
    public int StatusCode { get; } = statusCode;
}
