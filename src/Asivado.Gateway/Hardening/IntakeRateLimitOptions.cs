namespace Asivado.Gateway.Hardening;

/// <summary>"RateLimits:Intake": a token bucket per signed-in subject (or per remote address when anonymous).</summary>
public sealed class IntakeRateLimitOptions
{
    public const string SectionName = "RateLimits:Intake";

    /// <summary>Tokens added per second. Generous by default: the load tester sends thousands of intakes a second.</summary>
    public int PermitsPerSecond { get; set; } = 10_000;

    /// <summary>The bucket's size: how many intakes may arrive at once.</summary>
    public int Burst { get; set; } = 20_000;

    /// <summary>How often the bucket is refilled (PermitsPerSecond × this many seconds each time, up to Burst).</summary>
    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
