using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Asivado.Durability.Gateway;
using Asivado.LoadTest.Organisation;
using Asivado.LoadTest.SignIn;
using Npgsql;

namespace Asivado.LoadTest.Launch;

/// <summary>
/// N silos started by scripts/cluster.sh on a scratch database (membership, grain state and deadlines shared), with
/// the generated organisation file and keys. The script's state folder is the load tester's own, so disposing
/// (<c>cluster.sh stop</c>: SIGTERM, then SIGKILL after 30 s) stops exactly these silos; then the database is dropped.
/// </summary>
public sealed class LaunchedCluster : ILaunchedHost
{
    private const int LogLinesPerSilo = 15;

    /// <summary>The script waits up to 90 s for each silo.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(90);

    private readonly string _folder;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ScratchDatabase _database;

    private LaunchedCluster(string folder, IReadOnlyDictionary<string, string> environment, ScratchDatabase database, IReadOnlyList<int> processIds)
    {
        _folder = folder;
        _environment = environment;
        _database = database;
        ProcessIds = processIds;
        Targets = [.. Enumerable.Range(1, processIds.Count).Select(ClusterScript.SiloAddress)];
    }

    public IReadOnlyList<Uri> Targets { get; }

    public IReadOnlyList<int> ProcessIds { get; }

    public string? DatabaseName => _database.Name;

    public string Output => string.Join('\n', Enumerable.Range(1, ProcessIds.Count).Select(silo =>
    {
        var log = Path.Combine(StateFolder(_folder), $"silo-{silo}.log");
        return $"silo {silo}:\n" + (File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(LogLinesPerSilo)) : "(no log)");
    }));

    /// <exception cref="InvalidOperationException">A port is taken, or the script failed; the message says which, with its output.</exception>
    public static async Task<LaunchedCluster> StartAsync(HostLaunchOptions options, LoadOrganisation organisation, SigningKey signingKey, IntegrationKey integrationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var silos = options.Silos ?? throw new ArgumentException("A cluster launch needs Silos.", nameof(options));
        var server = options.ServerConnectionString ?? throw new ArgumentException("A cluster launch needs ServerConnectionString.", nameof(options));
        EnsurePortsFree(silos);
        await GatewayBuild.EnsureBuiltAsync(cancellationToken).ConfigureAwait(false);
        var folder = Directory.CreateTempSubdirectory("asivado-loadtest-cluster-").FullName;
        var state = Directory.CreateDirectory(StateFolder(folder)).FullName;
        ScratchDatabase? database = null;
        Dictionary<string, string>? environment = null;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(state, "signing-key"), signingKey.Base64 + "\n", cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(state, "integration-key"), integrationKey.Key + "\n", cancellationToken).ConfigureAwait(false);
            var organisationFile = Path.Combine(folder, "organisation.json");
            await OrganisationDocument.WriteAsync(organisation, organisationFile, cancellationToken).ConfigureAwait(false);
            database = await ScratchDatabase.CreateAsync(server, LaunchedHost.DatabasePrefix, cancellationToken).ConfigureAwait(false);
            environment = new Dictionary<string, string>(HostEnvironment.For(signingKey, integrationKey, options.Settings), StringComparer.Ordinal)
            {
                [ClusterScript.StateVariable] = state,
                [ClusterScript.SkipBuildVariable] = "1",
                [ClusterScript.PostgresVariable] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = PoolPerSilo(options.MaxPoolSize, silos) }.ConnectionString,
                ["Organisation__File"] = organisationFile,
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            };
            var (exitCode, output) = await ClusterScript.RunAsync([silos.ToString(CultureInfo.InvariantCulture)], environment, StartTimeout, cancellationToken).ConfigureAwait(false);
            var processIds = ReadProcessIds(state);
            if (exitCode == 0 && processIds.Count == silos)
            {
                return new LaunchedCluster(folder, environment, database, processIds);
            }

            throw new InvalidOperationException($"{ClusterScript.Path} {silos} exited with {exitCode}:\n{output}");
        }
        catch
        {
            // A failed start stops what it started; a cancelled one may have left silos in the record.
            if (environment is not null && File.Exists(Path.Combine(state, "pids")))
            {
                await ClusterScript.RunAsync(["stop"], environment, StopTimeout, CancellationToken.None).ConfigureAwait(false);
            }

            if (database is not null)
            {
                await database.DisposeAsync().ConfigureAwait(false);
            }

            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>The cluster holds as many database connections as one gateway would: the pool shared among the silos, at least 4 each.</summary>
    public static int PoolPerSilo(int maxPoolSize, int silos) => Math.Max(4, maxPoolSize / silos);

    public async Task WaitForExitAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500), time);
        while (ProcessIds.All(IsRunning) && await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
        }
    }

    /// <summary>A stop that fails throws and leaves the state folder (the PIDs) and the database for <c>cluster.sh stop</c> by hand.</summary>
    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(StateFolder(_folder), "pids")))
        {
            await ClusterScript.RunAsync(["stop"], _environment, StopTimeout, CancellationToken.None).ConfigureAwait(false);
        }

        await _database.DisposeAsync().ConfigureAwait(false);
        Directory.Delete(_folder, recursive: true);
    }

    private static string StateFolder(string folder) => Path.Combine(folder, "cluster");

    private static void EnsurePortsFree(int silos)
    {
        foreach (var port in ClusterScript.Ports(silos))
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
            }
            catch (SocketException)
            {
                throw new InvalidOperationException($"port {port} is in use: scripts/cluster.sh {silos} needs ports {string.Join(", ", ClusterScript.Ports(silos))} (another cluster on this machine?).");
            }
        }
    }

    /// <summary>The script's record: one "silo pid" line per silo it started.</summary>
    private static List<int> ReadProcessIds(string state)
    {
        var file = Path.Combine(state, "pids");
        return File.Exists(file)
            ? [.. File.ReadLines(file).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(parts => parts.Length == 2).Select(parts => int.Parse(parts[1], CultureInfo.InvariantCulture))]
            : [];
    }

    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 1)..].TrimStart() is not ['Z', ..];
        }
        catch (IOException)
        {
            return false;
        }
    }
}
