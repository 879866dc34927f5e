using System.Diagnostics;
using System.Reflection;

namespace Asivado.LoadTest.Launch;

/// <summary>
/// scripts/cluster.sh, run with a state folder of the load tester's own (ASIVADO_CLUSTER_STATE), so that its
/// <c>stop</c> stops exactly the silos this run started, by the PIDs it recorded there.
/// </summary>
public static class ClusterScript
{
    /// <summary>Silo i serves HTTP on FirstHttpPort + i, talks to the others on FirstSiloPort + i, takes clients on FirstGatewayPort + i.</summary>
    public const int FirstHttpPort = 5080;

    public const int FirstSiloPort = 11111;

    public const int FirstGatewayPort = 30000;

    public const string StateVariable = "ASIVADO_CLUSTER_STATE";

    /// <summary>The connection string the silos use instead of scripts/ensure-postgres.sh's (a scratch database).</summary>
    public const string PostgresVariable = "ASIVADO_CLUSTER_POSTGRES";

    /// <summary>Set to 1: the script starts the gateway as built (the load tester builds it first if it is missing).</summary>
    public const string SkipBuildVariable = "ASIVADO_CLUSTER_SKIP_BUILD";

    public static string Path { get; } =
        typeof(ClusterScript).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(static a => a.Key == "ClusterScriptPath").Value!;

    public static Uri SiloAddress(int silo) => new($"http://127.0.0.1:{FirstHttpPort + silo}/");

    /// <summary>The ports silos 1..<paramref name="silos"/> will listen on.</summary>
    public static IEnumerable<int> Ports(int silos) =>
        Enumerable.Range(1, silos).SelectMany(silo => new[] { FirstHttpPort + silo, FirstSiloPort + silo, FirstGatewayPort + silo });

    /// <summary>Runs the script with <paramref name="arguments"/>; returns its exit code and everything it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"bash {Path} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Only the script itself: silos it already started are in its state folder, for stop.
            process.Kill();
            throw new InvalidOperationException($"{Path} {string.Join(' ', arguments)} did not finish within {timeout}: {await errors.ConfigureAwait(false)}");
        }

        return (process.ExitCode, await output.ConfigureAwait(false) + await errors.ConfigureAwait(false));
    }
}
