namespace Asivado.LoadTest.Reports;

/// <summary>The host a run drove: launched by the tool (on PostgreSQL or the embedded default) or given by --target.</summary>
/// <param name="Mode">"launched on PostgreSQL", "launched embedded" or "target".</param>
/// <param name="Settings">The --host-setting values the launched host got, as Key=Value.</param>
public sealed record HostInfo(string Mode, string Address, IReadOnlyList<string> Settings, int? ProcessId, string? DatabaseName)
{
    public const string LaunchedPostgreSql = "launched on PostgreSQL";
    public const string LaunchedEmbedded = "launched embedded";
    public const string Target = "target";
}
