namespace Asivado.Gateway.Hosting;

/// <summary>
/// The Orleans silo inside the gateway ("Orleans" section). The embedded default is one silo on localhost
/// clustering; every value has a default, so nothing needs configuring to start.
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
}
