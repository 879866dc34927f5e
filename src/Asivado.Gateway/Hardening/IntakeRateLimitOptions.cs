namespace Asivado.Gateway.Hardening;

/// <summary>"RateLimits:Intake": a token bucket per signed-in subject (or per remote address when anonymous).</summary>
public sealed class IntakeRateLimitOptions
{
    public const string SectionName = "RateLimits:Intake";

    /// <summary>
    /// Tokens added per second. By default what one host of this machine's kind serves durably (about 2,000 intakes a
    /// second on PostgreSQL): one caller cannot take the whole host. The load tester raises it for its runs.
    /// </summary>
    public int PermitsPerSecond { get; set; } = 1_000;

    /// <summary>The bucket's size: how many intakes may arrive at once.</summary>
    public int Burst { get; set; } = 2_000;

    /// <summary>How often the bucket is refilled (PermitsPerSecond × this many seconds each time, up to Burst).</summary>
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
