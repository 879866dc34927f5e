namespace Asivado.Gateway.Hosting;

/// <summary>
/// The Orleans silo inside the gateway ("Orleans" section). The embedded default is one silo on localhost
/// clustering; every value has a default, so nothing needs configuring to start. A cluster sets
/// "Orleans:Membership:Provider" to <see cref="SiloClustering.PostgreSql"/> (with ConnectionStrings:Asivado) and gives
/// each silo of one machine its own ports. (Not "Orleans:Clustering": Orleans reads that section itself as the
/// configuration of one of its own clustering providers.)
/// </summary>
public sealed class SiloSettings
{
    public const string SectionName = "Orleans";

    /// <summary>Silo-to-silo port. Default 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port external Orleans clients connect to. Default 30000.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The deployment's cluster id: silos with the same one form a cluster. Default "asivado".</summary>
    public string ClusterId { get; set; } = "asivado";

    /// <summary>The service's id, stable across deployments (storage is keyed by it in some providers). Default "asivado".</summary>
    public string ServiceId { get; set; } = "asivado";

    /// <summary>
    /// The IP address the silo tells the others to reach it on (PostgreSql clustering only; localhost clustering
    /// is on loopback). Default: none, so Orleans picks the machine's first non-loopback address; "127.0.0.1" for
    /// several silos on one machine, the pod's IP on Kubernetes.
    /// </summary>
    public string? AdvertisedIPAddress { get; set; }

    /// <summary>The silo's name in membership and logs. Default: Orleans' own (a random one per process).</summary>
    public string? SiloName { get; set; }

    /// <summary>Where membership lives ("Orleans:Membership:Provider") and, for PostgreSql, how fast a silo that stopped answering is declared dead.</summary>
    public SiloMembershipSettings Membership { get; set; } = new();
}
