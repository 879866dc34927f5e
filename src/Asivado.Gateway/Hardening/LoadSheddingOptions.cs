namespace Asivado.Gateway.Hardening;

/// <summary>"Overload": how much API work the gateway takes on at once, and what it says when it refuses more.</summary>
public sealed class LoadSheddingOptions
{
    public const string SectionName = "Overload";

    /// <summary>
    /// API requests worked at once; one more is refused at once with 503. At this machine's kind's intake rate
    /// (about 2,000/s durable on PostgreSQL), 512 in flight is a quarter of a second of work, so what is accepted
    /// during a burst is still answered within a second.
    /// </summary>
    public int MaxRequestsInFlight { get; set; } = 512;

    /// <summary>Retry-After on a refusal.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>/readyz reports the gateway saturated for this long after its last refusal.</summary>
    public TimeSpan SaturatedFor { get; set; } = TimeSpan.FromSeconds(5);
}
