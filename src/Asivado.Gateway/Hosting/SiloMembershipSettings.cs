namespace Asivado.Gateway.Hosting;

/// <summary>
/// Where the silo's cluster membership lives (<see cref="Provider"/>) and Orleans' failure detection, tuned so that a killed silo's grains and deadline ranges move to the survivors well
/// within 15 s ("Orleans:Membership"; Orleans' own defaults in brackets). A silo is suspected after
/// <see cref="NumMissedProbesLimit"/> probes of <see cref="ProbeTimeout"/> each go unanswered, and declared dead once
/// <see cref="NumVotesForDeathDeclaration"/> silos suspect it: about 3 x 2 s here against 3 x 5 s. Shorter probes
/// would risk declaring a busy silo dead on a loaded machine (Orleans lengthens them while the prober itself is
/// degraded).
/// </summary>
public sealed class SiloMembershipSettings
{
    /// <summary>How silos find each other. Default <see cref="SiloClustering.Localhost"/> (one silo).</summary>
    public SiloClustering Provider { get; set; } = SiloClustering.Localhost;

    /// <summary>How long a probe may go unanswered. Default 2 s [5 s].</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Consecutive missed probes before a silo votes the target dead. Default 3 [3].</summary>
    public int NumMissedProbesLimit { get; set; } = 3;

    /// <summary>Votes that declare a silo dead (fewer when fewer silos are alive). Default 2 [2].</summary>
    public int NumVotesForDeathDeclaration { get; set; } = 2;

    /// <summary>How often a silo writes that it is alive to the table (others check it when probes cannot). Default 10 s [30 s].</summary>
    public TimeSpan IAmAliveTablePublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a silo re-reads the whole table besides gossip. Default 10 s [60 s].</summary>
    public TimeSpan TableRefreshTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
