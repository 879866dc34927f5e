namespace Asivado.Gateway.Hosting;

/// <summary>How the gateway's silo finds the others of its cluster ("Orleans:Membership:Provider").</summary>
public enum SiloClustering
{
    /// <summary>One silo on localhost clustering: the embedded default, and one process with PostgreSQL storage.</summary>
    Localhost,

    /// <summary>Membership in the PostgreSQL database of ConnectionStrings:Asivado (required): several silos, one cluster.</summary>
    PostgreSql,
}
