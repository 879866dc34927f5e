namespace Asivado.Gateway.Hubs;

/// <summary>Settings of the agent console hub, bound from the "ConsoleHub" configuration section.</summary>
public sealed class ConsoleHubOptions
{
    public const string SectionName = "ConsoleHub";

    /// <summary>Where the hub is mapped.</summary>
    public const string Path = "/hubs/console";

    /// <summary>
    /// How often every live connection renews its subscription on its agent grain. Agent grains drop a
    /// subscription 5 minutes after its last renewal (and forget all of them when deactivated), so this must be
    /// well under 5 minutes. Default: 2 minutes.
    /// </summary>
    public TimeSpan SubscriptionRenewalPeriod { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Sustained hub invocations allowed per connection (token bucket refill rate). Default: 20 per second.</summary>
    public double InvocationsPerSecond { get; set; } = 20;

    /// <summary>Invocations a connection may make at once after being quiet (token bucket size). Default: 10.</summary>
    public int InvocationBurst { get; set; } = 10;

    /// <summary>
    /// Pushes waiting to be written to one connection. A console that falls this far behind is disconnected
    /// rather than allowed to hold up its agent grain; it resumes from its last sequence when it reconnects.
    /// Default: 256.
    /// </summary>
    public int OutboxCapacity { get; set; } = 256;
}
