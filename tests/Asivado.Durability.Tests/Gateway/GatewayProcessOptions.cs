namespace Asivado.Durability.Gateway;

/// <summary>How to start the gateway as a child process.</summary>
public sealed class GatewayProcessOptions
{
    /// <summary>ConnectionStrings:Asivado: the gateway keeps grain state and deadlines in this database. Required.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>Organisation:File: the organisation JSON the gateway loads. Required.</summary>
    public required string OrganisationFile { get; init; }

    /// <summary>Loopback HTTP port to listen on. Default: a free one. The Orleans silo and gateway ports are always free ones
    /// picked at each start (Orleans:SiloPort, Orleans:GatewayPort; <see cref="Environment"/> can set them).</summary>
    public int? Port { get; init; }

    /// <summary>More environment variables (configuration keys with "__" for ":"), applied last.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// How long the process may take to answer /readyz with 200 (start-up, schema migration, loading due
    /// deadlines). Default: 60 seconds, generous for a loaded 2-core CI machine.
    /// </summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
