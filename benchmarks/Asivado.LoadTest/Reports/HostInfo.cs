namespace Asivado.LoadTest.Reports;

/// <summary>The host a run drove: launched by the tool (on PostgreSQL, the embedded default, or a cluster) or given by --target.</summary>
/// <param name="Mode">"launched on PostgreSQL", "launched embedded", "launched cluster of N silos" or "target".</param>
/// <param name="Address">The base address, or a cluster's, comma-separated in silo order.</param>
/// <param name="ProcessId">The (first silo's) process; a cluster's host samples are all its silos' together.</param>
/// <param name="Settings">The --host-setting values the launched host got, as Key=Value.</param>
public sealed record HostInfo(string Mode, string Address, IReadOnlyList<string> Settings, int? ProcessId, string? DatabaseName)
{
    public const string LaunchedPostgreSql = "launched on PostgreSQL";
    public const string LaunchedEmbedded = "launched embedded";
    public const string Target = "target";

    public static string LaunchedCluster(int silos) => $"launched cluster of {silos} silo(s) (scripts/cluster.sh, PostgreSQL)";

    public static string Addresses(IEnumerable<Uri> targets) => string.Join(", ", targets);
}
