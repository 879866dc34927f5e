using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.Reports;
using Asivado.LoadTest.Scenarios;
using Asivado.LoadTest.SignIn;

namespace Asivado.LoadTest.Run;

/// <summary>One run against a host (one or several silos) that runs the scenario's organisation and knows the integration key and the tokens' signing key.</summary>
/// <param name="Targets">The silos' base addresses and how intake and consoles are spread over them.</param>
/// <param name="ConsoleTokens">Person id → that person's access token, for every roster person.</param>
public sealed record LoadRunOptions(
    Scenario Scenario,
    LoadOrganisation Organisation,
    TargetSpread Targets,
    IntegrationKey IntegrationKey,
    IReadOnlyList<LoadPerson> Roster,
    IReadOnlyDictionary<string, string> ConsoleTokens,
    HostInfo HostInfo,
    string Label)
{
    /// <summary>The host's processes on this machine (one per silo), to sample their CPU and memory together.</summary>
    public IReadOnlyList<int> HostPids { get; init; } = [];

    /// <summary>The database whose work to measure (a launched host on PostgreSQL).</summary>
    public DatabaseTarget? Database { get; init; }

    /// <summary>Completes when the host's process has exited (a launched host): the run then stops and reports what it has.</summary>
    public Task? HostExited { get; init; }
}
